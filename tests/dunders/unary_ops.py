class U:
    def __neg__(self):
        return 'neg'
    def __pos__(self):
        return 'pos'
    def __invert__(self):
        return 'inv'
    def __abs__(self):
        return 'abs'
u = U()
print(-u, +u, ~u, abs(u))
class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v + 1000
    def __float__(self):
        return 0.5
    def __round__(self, n=None):
        return ('round', n)
    def __complex__(self):
        return 1j
n = Num(3)
print([0, 1, 2, 3, 4][n], bin(n), int(n), float(n), round(n), round(n, 2), 'ab' * n)
try:
    -object()
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs('s')
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~[]
except TypeError as e:
    print(type(e).__name__, e)
