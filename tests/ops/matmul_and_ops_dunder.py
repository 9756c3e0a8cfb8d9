class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return M(self.v * o.v + 1)
    def __rmatmul__(self, o):
        return M(o * self.v)
    def __imatmul__(self, o):
        self.v = -self.v
        return self
    def __repr__(self):
        return 'M(%r)' % self.v
a = M(2)
b = M(3)
print(a @ b)
print(5 @ a)
c = a
c @= b
print(c, a, c is a)
try:
    1 @ 2
except TypeError as e:
    print(type(e).__name__, e)
