class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, **kw):
        return self.n + x + sum(rest) + sum(kw.values())
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(0, k=10), callable(add5), callable(Adder))
print(list(map(add5, [1, 2])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(NotCallable()))
class Chain:
    def __call__(self):
        return self
print(Chain()()()() is not None)
