# Subclasses of int: construction, arithmetic results are plain ints, overrides.
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)

class Plain(int):
    pass

class Loud(int):
    def __add__(self, other):
        return "loud add"
    def __radd__(self, other):
        return "loud radd"

a = MyInt(5)
print(a, repr(a), str(a), type(a).__name__)
print(a + 1, type(a + 1).__name__, type(-a).__name__, type(abs(a)).__name__)
print(a * 2, a // 2, a % 3, a ** 2, a << 2, a & 3, ~a)
print(a == 5, a < 6, hash(a) == hash(5), a in {5: 1})
print(isinstance(a, int), issubclass(MyInt, int))
print(int(a), type(int(a)).__name__, float(a), bool(MyInt(0)))
print(Plain("ff", 16), Plain(10**30), type(Plain(2.5)).__name__, Plain(2.5))
print(Plain.from_bytes(b"\x01\x00", "big"), type(Plain.from_bytes(b"\x01", "big")).__name__)
print(a.real, type(a.real).__name__, a.numerator, a.denominator, a.imag)
print(a.bit_length(), a.to_bytes(2, "little"), a.as_integer_ratio())
print(format(a, "05d"), f"{a:x}", "%d" % a, "{:>4}".format(a))
b = Loud(3)
print(b + 1, 1 + b, b - 1, type(b - 1).__name__)
print(int.__add__(a, 2), int.__add__(a, 2.0), (5).__add__(a))
print(sum([Plain(1), Plain(2)]), max(Plain(3), 4), sorted([Plain(3), 1, 2]))
print(round(Plain(1234), -2), divmod(Plain(7), 2), pow(Plain(3), 4, 5))
x = Plain(7)
x += 1
print(x, type(x).__name__)
print(list(range(Plain(3))), [0, 1, 2][Plain(1)])

class WithAttrs(int):
    pass
w = WithAttrs(9)
w.tag = "t"
print(w, w.tag, w + 1)

class Weird(int):
    def __new__(cls, v, extra):
        self = super().__new__(cls, v)
        self.extra = extra
        return self
z = Weird(4, "e")
print(z, z.extra, z * 2)
