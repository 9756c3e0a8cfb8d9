# int(): numbers, strings with bases, and objects with __int__/__index__.
# (__trunc__ delegation works too but CPython 3.13 warns about it on stderr.)
class HasInt:
    def __int__(self):
        return 42

class HasIndex:
    def __index__(self):
        return 7

class HasTrunc:
    def __trunc__(self):
        return 9

class TruncToIndex:
    def __trunc__(self):
        return HasIndex()

class BadInt:
    def __int__(self):
        return "nope"

class BadIndex:
    def __index__(self):
        return 1.5

class BadTrunc:
    def __trunc__(self):
        return "x"

class IntSub(int):
    pass

def attempt(*args, **kw):
    try:
        r = int(*args, **kw)
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

attempt()
attempt(HasInt())
attempt(HasIndex())
attempt(BadInt())
attempt(BadIndex())
attempt(IntSub(5))
attempt(True)
attempt(3.99)
attempt(-3.99)
attempt(1e20)
attempt(float("inf"))
attempt(float("nan"))
attempt(None)
attempt([1])
attempt("12", 8)
attempt("0x1f", 0)
attempt("0o17", 0)
attempt("0b101", 0)
attempt("z", 36)
attempt("12", base=3)
attempt(base=3)
attempt("12", 37)
attempt("12", 1)
attempt(12, 10)
attempt("12", 10.0)
attempt(b"42")
attempt(b"0x2a", 16)
attempt("  -12_345  ")
attempt("1__2")
attempt("١٢٣")
attempt("")
attempt("x" * 250)
attempt("12", HasIndex())
print(int("1" * 100) % 1000)
