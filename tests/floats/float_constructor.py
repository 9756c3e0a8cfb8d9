# float(): strings (with underscores, spaces, inf/nan spellings), numbers, __float__/__index__.
class HasFloat:
    def __float__(self):
        return 2.5

class HasIndex:
    def __index__(self):
        return 7

class BadFloat:
    def __float__(self):
        return 1

class FloatSub(float):
    pass

def attempt(*args, **kw):
    try:
        r = float(*args, **kw)
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

for s in ["1", " 1.5 ", "-1e5", "+.5", "1.", ".", "1e", "e5", "1_000.5", "1__0", "_1", "1_",
          "1e1_0", "1_e10", "0x1p3", "inf", "-Infinity", "+iNf", "nan", "-nan", "NaN", "nan(1)",
          "infinit", "1e500", "-1e500", "1e-400", "", "  ", "1 2", "١٢٣.٥", "\u00a01.5\u2003",
          "0.1e-1_0", "00012", "1.7976931348623157e308", "1.7976931348623159e308",
          "2.4703282292062328e-324", "9" * 400, "1" * 30 + "e-30", b"1.5", b" 2 ", b"x"]:
    attempt(s)
attempt()
attempt(HasFloat())
attempt(HasIndex())
attempt(BadFloat())
attempt(FloatSub(1.25))
attempt(True)
attempt(10**400)
attempt(2**63)
attempt(None)
attempt([1.0])
attempt(x=1)
attempt(1, 2)
f = FloatSub("3.5")
print(f, type(f).__name__, f + 1, type(f + 1).__name__, f * 2, -f, abs(FloatSub(-2)))
print(isinstance(f, float), f == 3.5, hash(f) == hash(3.5), f.is_integer(), f.hex())
print(FloatSub.fromhex("0x1.8p1"), type(FloatSub.fromhex("0x1p0")).__name__)
print(round(f), round(f, 0), int(f), f // 1, f % 1, divmod(f, 2), f ** 2)
print(format(f, ".3f"), f"{f:>8}", "%.2f" % f, str(f), repr(f))
