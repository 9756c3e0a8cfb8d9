class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class It:
    def __init__(self, n): self.n = n
    def __iter__(self): return iter(range(self.n))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
def t(src):
    try:
        r = eval(src)
        print(src, '->', repr(r))
    except Exception as e:
        print(src, '!!', type(e).__name__, str(e))
L = list(range(10))
for s in [
    'L[Idx(2)]', 'L[Idx(1):Idx(4)]', 'L[::Idx(3)]', '(1, 2, 3)[Idx(-1)]', 'range(10)[Idx(3)]', 'range(Idx(4))', '[1] * Idx(3)',
    'Idx(2) * (1,)', 'list(It(3))', 'tuple(It(2))', 'set(It(4))', 'dict.fromkeys(It(2))', 'list(Seq())', 'tuple(Seq())', 'sorted(Seq(), reverse=True)',
    '[].extend(Seq())', 'L.index(3, Idx(1), Idx(5))', 'L.insert(Idx(0), 5)', '[1, 2].pop(Idx(0))', 'slice(Idx(1), Idx(5)).indices(Idx(3))',
    '"%s" % [1, 2]', '"%s %s" % (1, 2)', 'str((1,))', 'f"{[1, 2]!r} {(3,)}"', 'format([1])', '"".join(["a", "b"])', '", ".join(("x", "y"))',
    '"-".join({"a": 1})', 'list("ab") + ["c"]', '[1] == (1,)', '(1,) != [1]', '[] == []', '{} == {}', 'set() == set()',
    'list(dict(a=1).items())', 'dict(dict(a=1), b=2)', 'dict(a=1) | dict(b=2)', 'isinstance([], list), isinstance((), tuple)',
    'issubclass(bool, int), isinstance({}.keys(), type({}.keys()))', 'type(range(1)).__name__', 'type(slice(1)).__name__', 'type({}.items()).__name__',
    'iter(range(3)).__next__()', 'len([x for x in range(100) if x in {3, 5, 7}])', 'list(reversed(list(reversed([1, 2]))))',
    '[[1, 2], [3]][0][1]', '[i for i in (1, 2)][::-1]', '(lambda *a: a)(1, 2)', '(lambda **k: k)(a=1, b=2)', 'dict(**{"a": 1})',
]:
    t(s)
class LL(list):
    def __getitem__(self, i):
        return 'overridden'
ll = LL([1, 2])
print(ll[0], list(ll), len(ll), ll + [3], [x for x in ll])
class DD(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
dd = DD(a=1)
dd['b'] = 2
dd.update(c=3)
print(dd, dd.setdefault('d', 4))
class EqAll:
    def __eq__(self, o): return True
    def __hash__(self): return 0
print([1, 2, 3].count(EqAll()), [1, 2].index(EqAll()), EqAll() in [5], (EqAll(),) == (1,), 0 in {EqAll(): 1})
x = [1, 2, 3]
x[1:2] = x
print(x)
y = [1, 2, 3]
y *= 2
y[::2] = range(3)
print(y)
d = {i: i for i in range(8)}
for k in list(d):
    if k % 2: del d[k]
d.update({1: 'one'})
print(d, list(d.values()))
s = set(range(5))
s -= {1, 2}
s |= {9}
s &= {0, 3, 9, 10}
s ^= {3, 4}
print(s, s == {0, 4, 9})
