# chr/ord, bin/oct/hex, format, divmod, pow, getattr family, hash/id/callable, dir, print.
import sys
print(chr(65), chr(0x10ffff) == "\U0010ffff", chr(True), ord("A"), ord("\u20ac"), ord(b"a"), ord(bytearray(b"z")))
for c in ["chr(-1)", "chr(0x110000)", "chr(2**70)", "chr(1.5)", "chr('a')", "ord('ab')", "ord('')",
          "ord(1)", "ord(b'ab')", "ord(None)"]:
    try:
        print(eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)
class I:
    def __index__(self):
        return 255
print(bin(5), bin(-5), oct(8), oct(-8), hex(255), hex(-255), hex(I()), bin(0), hex(2**70), bin(True))
for c in ["bin(1.5)", "hex('a')", "oct(None)"]:
    try:
        print(eval(c))
    except TypeError as e:
        print(c, "TypeError", e)

print(format(3.14159, ".2f"), format(42), format(42, "x"), format("ab", ">5"), format(True), format(None))
class F:
    def __format__(self, spec):
        return "F[" + spec + "]"
print(format(F()), format(F(), "xyz"), f"{F():abc}")
class BadF:
    def __format__(self, spec):
        return 5
for c in ["format(BadF())", "format(1, 2)", "format(object(), 'x')", "format([1], '')"]:
    try:
        print(repr(eval(c)))
    except TypeError as e:
        print(c, "TypeError", e)

print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 3))
print(divmod(True, 2), divmod(7, 2.5), divmod(-0.0, 1.0))
for c in ["divmod(1, 0)", "divmod(1.0, 0)", "divmod(1, 0.0)", "divmod('a', 1)", "divmod(1, 'a')"]:
    try:
        print(eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)
class D:
    def __repr__(self):
        return type(self).__name__ + "()"
    def __divmod__(self, o):
        return ("D.divmod", o)
    def __rdivmod__(self, o):
        return ("D.rdivmod", o)
class E(D):
    def __rdivmod__(self, o):
        return ("E.rdivmod", o)
class N:
    def __divmod__(self, o):
        return NotImplemented
print(divmod(D(), 1), divmod(1, D()), divmod(D(), E()), divmod(E(), D()) == ("D.divmod", None) or "ok")
try:
    divmod(N(), N())
except TypeError as e:
    print("TypeError", e)

print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(-2, 3, 5), pow(3, -1, 7), pow(2.0, 3), pow(base=2, exp=5, mod=3))
print(pow(2, 3, None), pow(True, 2, 3), pow(2, 100, 10**9 + 7))
for c in ["pow(2, 3, 0)", "pow(2, -1, 4)", "pow(2.0, 3, 5)", "pow('a', 2, 3)", "pow(2, 'a', 3)",
          "pow(2, 3, 'a')", "pow('a', 2)"]:
    try:
        print(eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)
class P:
    def __pow__(self, e, m=None):
        return ("P.pow", e, m)
    def __rpow__(self, b, m=None):
        return ("P.rpow", b, m)
print(pow(P(), 2), pow(P(), 2, 5), pow(2, P()))
try:
    pow(2, P(), 5)
except TypeError as e:
    print("TypeError", e)

class Obj:
    cls_attr = 1
    @property
    def bad(self):
        raise ValueError("bad property")
    @property
    def missing(self):
        raise AttributeError("missing inside")
o = Obj()
print(getattr(o, "cls_attr"), getattr(o, "nope", "dflt"), getattr(o, "missing", "dflt2"), hasattr(o, "missing"))
print(hasattr(o, "cls_attr"), hasattr(o, "zzz"), setattr(o, "x", 5), o.x, delattr(o, "x"), hasattr(o, "x"))
for c in ["getattr(o, 'bad', 1)", "hasattr(o, 'bad')", "getattr(o, 'nope')", "getattr(o, 1)", "setattr(o, 1, 2)",
          "delattr(o, 'nope')", "hasattr(o, None)", "getattr(1, 'x')", "setattr(1, 'x', 2)"]:
    try:
        print(eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)
class StrSub(str):
    pass
setattr(o, StrSub("sub"), 9)
print(getattr(o, "sub"), getattr(o, StrSub("sub")))

print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
for c in ["hash([])", "hash({})", "hash((1, [2]))"]:
    try:
        print(eval(c))
    except TypeError as e:
        print(c, "TypeError", e)
x = object()
print(id(x) == id(x), id(x) != id(object()), id(None) == id(None), id(1) == id(1), id(1) != id(2), id(1) != id(True))
print(type(id(x)).__name__, id(0.5) == id(0.5))
class Callme:
    def __call__(self):
        pass
print(callable(len), callable(Callme), callable(Callme()), callable(1), callable(x), callable(lambda: 0), callable(print))

class Base:
    b = 1
    def meth(self): pass
class Derived(Base):
    d = 2
    def __init__(self):
        self.inst = 3
names = dir(Derived())
print([n for n in names if not n.startswith("__")], "__init__" in names, "__class__" in names, names == sorted(names))
print([n for n in dir(Derived) if not n.startswith("__")])

print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
print(sorted({3: 1, 1: 2}), sorted((1, 3, 2), key=None, reverse=False), sorted([]))
lst = [3, 1, 2]
print(sorted(lst) is not lst, lst)
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)

print(all([]), all([1, 1]), all([1, 0]), any([]), any([0, 0]), any([0, 1]), all(iter([1, 2])), any("a"))
def g():
    yield 1
    print("consumed past first")
    yield 0
print(any(g()))
print(abs(-5), abs(-2.5), abs(True), abs(-2**70))
try:
    abs("a")
except TypeError as e:
    print("TypeError", e)
print(repr("a'b"), ascii("é€"), ascii([1, "ü"]), repr([1, "x"]))
print(len([1, 2]), len("héllo"), len({}), len(range(10)))
for c in ["len(1)", "len(iter([]))"]:
    try:
        print(eval(c))
    except TypeError as e:
        print(c, "TypeError", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
w = Writer()
print(1, "two", 3.0, None, sep="", end="", file=w)
print(file=w)
print("a", "b", sep=None, end=None, file=w, flush=True)
print("x", "y", sep="--", end="!\n", file=w, flush=0)
print(w.parts)
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print("AttributeError", e)
print("stdout", file=sys.stdout)
print("stderr", file=sys.stderr)
try:
    input()
except EOFError as e:
    print("EOFError", e)
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError", e)
