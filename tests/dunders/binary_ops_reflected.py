class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'N(%r)' % self.v
    def __add__(self, o):
        if isinstance(o, N):
            return N(self.v + o.v)
        if isinstance(o, int):
            return N(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print('radd with', o)
        return N(o + self.v)
    def __sub__(self, o):
        return N(self.v - (o.v if isinstance(o, N) else o))
    def __rsub__(self, o):
        return N(o - self.v)
    def __mul__(self, o):
        return N(self.v * o)
    __rmul__ = __mul__
    def __truediv__(self, o):
        return N(self.v / o)
    def __floordiv__(self, o):
        return N(self.v // o)
    def __mod__(self, o):
        return N(self.v % o)
    def __pow__(self, o):
        return N(self.v ** o)
    def __rpow__(self, o):
        return N(o ** self.v)
    def __lshift__(self, o):
        return N(self.v << o)
    def __and__(self, o):
        return N(self.v & o)
    def __or__(self, o):
        return N(self.v | o)
    def __xor__(self, o):
        return N(self.v ^ o)
    def __rshift__(self, o):
        return N(self.v >> o)
    def __divmod__(self, o):
        return (self.v // o, self.v % o)
a = N(10)
print(a + N(1), a + 1, 1 + a, a - 3, 20 - a, a * 2, 3 * a)
print(a / 4, a // 3, a % 3, a ** 2, 2 ** N(5), a << 2, a >> 1, a & 6, a | 5, a ^ 3, divmod(a, 3))
print(sum([N(1), N(2)], N(0)), sum([N(1), N(2)]))
try:
    a + 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'x' + a
except TypeError as e:
    print('unexpected', e)
class Sub(N):
    def __radd__(self, o):
        print('Sub.__radd__ first')
        return 'sub wins'
print(N(1) + Sub(2))
