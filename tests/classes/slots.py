# __slots__: fixed attribute storage, no __dict__ unless asked, inheritance
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.x)
p.x = 10
del p.y
print(p.x, hasattr(p, "y"))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
class Q(P):
    __slots__ = ("z",)
q = Q(1, 2); q.z = 3
print(q.x, q.y, q.z)
class R(P):
    pass
r = R(5, 6); r.extra = 7
print(r.x, r.extra, sorted(vars(r)))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict(); w.a = 1; w.b = 2
print(w.a, w.b, vars(w))
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError", e)
class S:
    __slots__ = "only"
s = S(); s.only = [1, 2]
print(s.only)
import gc
items = [P(i, [i] * 3) for i in range(1000)]
gc.collect()
print(sum(len(it.y) for it in items))
