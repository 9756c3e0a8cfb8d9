#!/usr/bin/env python3
"""Write tests/c/numbers_vectors.txt for tests/c/test_numbers.c, from CPython 3.13.

    PYENV_VERSION=3.13.0 python3 tests/c/gen_numbers_vectors.py

Each line: kind, operands..., expected — tab separated.  Values are encoded as
i<hex literal> int, f<hex or inf/nan> float, b0/b1 bool, n None, s<hex utf-8> str,
y<hex> bytes, C<v>|<v> a complex, T<name> a type (int, float, bool, MI, MF), M<v> MI(v) and N<v> MF(v)
where MI and MF are empty subclasses of int and float, l<v>,<v>... a list, kNAME=<v> a keyword argument.
Expected: v<repr(result)> or e<ExceptionType>:<str(exception)>.
"""
import math
import os
import random
import sys
import warnings

warnings.simplefilter("ignore")
sys.set_int_max_str_digits(4300)
assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"

rng = random.Random(20240613)
out = []


class MI(int):
    pass


class MF(float):
    pass


def enc(v):
    if type(v) is MI:
        return "M" + enc(int(v))
    if type(v) is MF:
        return "N" + enc(float(v))
    if v is True or v is False:
        return "b1" if v else "b0"
    if v is None:
        return "n"
    if isinstance(v, int):
        return "i" + hex(v)
    if isinstance(v, float):
        if math.isfinite(v):
            return "f" + v.hex()
        return "f" + repr(v)
    if isinstance(v, complex):
        return "C" + enc(v.real) + "|" + enc(v.imag)
    if isinstance(v, str):
        return "s" + v.encode("utf-8", "surrogatepass").hex()
    if isinstance(v, bytes):
        return "y" + v.hex()
    if isinstance(v, type):
        return "T" + v.__name__
    if isinstance(v, (list, tuple)):
        return "l" + ",".join(enc(x) for x in v)
    raise TypeError(v)


def outcome(fn):
    try:
        return "v" + repr(fn())     # a failing repr counts as the outcome too
    except Exception as e:
        return "e%s:%s" % (type(e).__name__, e)


def emit(fields, fn):
    res = outcome(fn)
    if "\n" in res or "\t" in res:
        return
    out.append("\t".join(fields + [res]))


def kw_split(args):
    pos = [a for a in args if not isinstance(a, Kw)]
    kws = {a.name: a.value for a in args if isinstance(a, Kw)}
    return pos, kws


class Kw:
    def __init__(self, name, value):
        self.name, self.value = name, value


def enc_arg(a):
    if isinstance(a, Kw):
        return "k%s=%s" % (a.name, enc(a.value))
    return enc(a)


BINOPS = {
    "ADD": lambda a, b: a + b, "AND": lambda a, b: a & b, "FLOOR_DIVIDE": lambda a, b: a // b,
    "LSHIFT": lambda a, b: a << b, "MULTIPLY": lambda a, b: a * b,
    "REMAINDER": lambda a, b: a % b, "OR": lambda a, b: a | b, "POWER": lambda a, b: a ** b,
    "RSHIFT": lambda a, b: a >> b, "SUBTRACT": lambda a, b: a - b,
    "TRUE_DIVIDE": lambda a, b: a / b, "XOR": lambda a, b: a ^ b,
    "MATRIX_MULTIPLY": lambda a, b: a @ b,
}
CMPS = {"LT": lambda a, b: a < b, "LE": lambda a, b: a <= b, "EQ": lambda a, b: a == b,
        "NE": lambda a, b: a != b, "GT": lambda a, b: a > b, "GE": lambda a, b: a >= b}


def binop(name, a, b):
    emit(["bin", name, enc(a), enc(b)], lambda: BINOPS[name](a, b))


def cmp(name, a, b):
    emit(["cmp", name, enc(a), enc(b)], lambda: CMPS[name](a, b))


def call(fname, *args):
    import builtins
    f = {"MI": MI, "MF": MF, "complex": complex}.get(fname) or getattr(builtins, fname)
    pos, kws = kw_split(args)
    emit(["call", fname] + [enc_arg(a) for a in args], lambda: f(*pos, **kws))


def meth(name, obj, *args):
    pos, kws = kw_split(args)
    emit(["meth", name, enc(obj)] + [enc_arg(a) for a in args],
         lambda: getattr(obj, name)(*pos, **kws))


def attr(name, obj):
    emit(["attr", name, enc(obj)], lambda: getattr(obj, name))


def mathf(name, *args):
    pos, kws = kw_split(args)
    f = getattr(math, name)
    if callable(f):
        emit(["math", name] + [enc_arg(a) for a in args], lambda: f(*pos, **kws))
    else:
        emit(["mathc", name], lambda: f)


# ---------------------------------------------------------------- values

INTS = [0, 1, -1, 2, -2, 3, 7, -7, 10, 255, -256, 2**31, 2**53, 2**53 + 1, -2**53 - 1,
        2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, 2**64 - 1, -2**64, 10**18,
        10**19, 10**30, -10**30, 3**100, -(3**100), 2**200 + 12345, -(2**127) + 1]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 0.1, 3.0, 7.0, -7.5, 1e16, 1e300, 1e308,
          -1e308, 5e-324, 1e-310, 2.0**53, 2.0**63, -2.0**63, 2.0**64, float("inf"),
          float("-inf"), float("nan"), 123.456, 1/3]
BOOLS = [True, False]
OTHERS = ["a", None]

# ---------------------------------------------------------------- arithmetic

for a in INTS + BOOLS:
    for b in INTS + BOOLS:
        for name in BINOPS:
            if name == "MATRIX_MULTIPLY":
                continue
            if name == "POWER" and (b > 200 or b < -5) and a not in (0, 1, -1):
                continue
            if name == "LSHIFT" and b > 300:
                continue
            binop(name, a, b)
for a in INTS[:12] + FLOATS + BOOLS:
    for b in FLOATS + INTS[:12] + [10**30, -(3**100)]:
        for name in ["ADD", "SUBTRACT", "MULTIPLY", "TRUE_DIVIDE", "FLOOR_DIVIDE",
                     "REMAINDER", "POWER", "AND"]:
            if not (isinstance(a, float) or isinstance(b, float)):
                continue
            binop(name, a, b)
for a in [1, 1.5, True, 10**20]:
    for b in OTHERS:
        binop("ADD", a, b)
        binop("ADD", b, a)
        binop("MULTIPLY", b, a)
binop("MATRIX_MULTIPLY", 2, 3)
binop("MATRIX_MULTIPLY", 2.0, 3)

for a in INTS + FLOATS + BOOLS:
    for b in INTS + FLOATS + BOOLS:
        for name in CMPS:
            cmp(name, a, b)
for a in [1, 1.5, 10**30]:
    for b in ["a", None]:
        cmp("EQ", a, b)
        cmp("NE", a, b)
        cmp("LT", a, b)
# exact int/float comparisons near the precision limits
for k in [53, 54, 63, 64, 100, 1000, 1023]:
    for d in [-1, 0, 1]:
        for name in ["EQ", "LT", "GT"]:
            cmp(name, 2**k + d, 2.0**k)
            cmp(name, -(2**k + d), -2.0**k)
            cmp(name, 2.0**k, 2**k + d)
cmp("EQ", 10**400, float("inf"))
cmp("LT", 10**400, float("inf"))
cmp("GT", -(10**400), float("-inf"))

for v in INTS + FLOATS + BOOLS:
    emit(["neg", enc(v)], lambda: -v)
    emit(["pos", enc(v)], lambda: +v)
    call("abs", v)
    if not isinstance(v, float):
        emit(["inv", enc(v)], lambda: ~v)
emit(["inv", enc(1.5)], lambda: ~1.5)

# random big-int arithmetic
for _ in range(400):
    a = rng.getrandbits(rng.randint(1, 300)) * rng.choice([1, -1])
    b = rng.getrandbits(rng.randint(1, 300)) * rng.choice([1, -1]) or 3
    for name in ["ADD", "SUBTRACT", "MULTIPLY", "FLOOR_DIVIDE", "REMAINDER", "AND", "OR",
                 "XOR", "TRUE_DIVIDE"]:
        binop(name, a, b)
    binop("LSHIFT", a, rng.randint(0, 100))
    binop("RSHIFT", a, rng.randint(0, 300))
    binop("POWER", a, rng.randint(0, 5))
    call("divmod", a, b)
    call("pow", a, rng.randint(-3, 50), b)
# correctly rounded true division and int -> float
for _ in range(600):
    a = rng.getrandbits(rng.randint(50, 1100))
    b = rng.getrandbits(rng.randint(1, 1100)) or 1
    binop("TRUE_DIVIDE", a, b)
    call("float", a)
    call("float", a | 1)
for k in range(1020, 1030):
    binop("TRUE_DIVIDE", 2**k - 1, 2**(k - 1000))
    binop("TRUE_DIVIDE", 1, 2**k)
    binop("TRUE_DIVIDE", 3, 2**(k + 50))
    call("float", 2**k - 2**(k - 54))
    call("float", 2**1024 - 2**970 - 1)
# halfway cases
for k in range(54, 70):
    call("float", 2**k + 2**(k - 53))
    call("float", 2**k + 2**(k - 53) + 1)
    call("float", 2**k + 3 * 2**(k - 53))
    call("float", -(2**k + 2**(k - 53)))

# ---------------------------------------------------------------- divmod, pow, hash

for a in [7, -7, 7.5, -7.5, 0, 10**20, -(10**20), True, 0.0, -0.0]:
    for b in [2, -2, 0, 0.0, 2.5, -2.5, 10**19, float("inf"), True]:
        call("divmod", a, b)
for a, b, m in [(2, 10, 1000), (2, -1, 7), (2, -1, 4), (3, 200, 10**9 + 7), (5, 0, 1),
                (5, 3, -7), (-5, 3, 7), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0),
                (10**30, 10**20, 97), (7, -2, 10**20), ("a", 2, 3), (0, -1, 5), (4, -1, 1)]:
    call("pow", a, b, m)
for v in INTS + [x for x in FLOATS if x == x] + BOOLS + [10**100, -(10**100), 2**61 - 1, 2**61, -(2**61), 2**61 - 2,
                                  float("inf"), float("-inf"), 0.5, -0.5, 1e100, 1e-100, 2.0**-1074, 123456789.125]:
    call("hash", v)
for _ in range(200):
    call("hash", rng.getrandbits(rng.randint(1, 200)) * rng.choice([1, -1]))
    call("hash", rng.uniform(-1e6, 1e6))
    call("hash", math.ldexp(rng.random(), rng.randint(-1070, 1020)))

# ---------------------------------------------------------------- repr and parsing

specials = [0.1, 0.2, 0.3, 1/3, 2/3, 1e16, 1e15, 1e17, 123456789012345678.0, 1e-4, 1e-5,
            0.0001234, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.0**-1022, 9007199254740993.0,
            0.30000000000000004, 100.0, 1e100, 12345.678, -0.0, 0.0, float("inf"), float("-inf"),
            float("nan"), 4.35, 2.675, 1.1, 2.2, 3.3000000000000003]
for k in range(-1074, 1024, 7):
    specials.append(2.0**k)
for k in range(-330, 310, 3):
    specials.append(float("1e%d" % k))
    specials.append(float("1.5e%d" % k))
for v in specials:
    call("repr", v)
for _ in range(3000):
    bits = rng.getrandbits(64)
    v = __import__("struct").unpack("<d", bits.to_bytes(8, "little"))[0]
    call("repr", v)
for _ in range(500):
    call("repr", round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
    call("repr", float(rng.randint(-10**17, 10**17)))

float_strs = ["1", " 1.5 ", "-1e5", "+.5", "1.", ".", "1e", "e5", "1_000.5", "1__0", "_1",
              "1_", "1e1_0", "1_e10", "0x1p3", "inf", "-Infinity", "+iNf", "nan", "-nan", "NaN",
              "nan(1)", "infinit", "1e500", "-1e500", "1e-400", "", "  ", "1 2", "١٢٣.٥",
              "\u00a01.5\u2003", "1.5\x00", "0.1e-1_0", "00012", "1.7976931348623157e308",
              "1.7976931348623159e308", "4.9e-324", "2.4703282292062327e-324",
              "2.4703282292062328e-324", "0." + "0" * 400 + "1", "9" * 400, "1" * 30 + "e-30"]
for s in float_strs:
    call("float", s)
for s in [b"1.5", b" 2 ", b"x", b"1_0"]:
    call("float", s)
for v in [1, True, 10**400, 2**63, -5]:
    call("float", v)
call("float")
call("float", None)
call("float", Kw("x", 1))
call("float", 1, 2)

int_strs = ["0", "-0", "+12", " 12 ", "1_000", "1__0", "_1", "1_", "", " ", "+ 1", "0x1f",
            "0o17", "0b101", "010", "000", "0_0", "00_0", "0_1", "١٢٣", "\u00a012\u2003",
            "12\x00", "9" * 50, "-" + "9" * 40, "z", "Z", "1" * 4300, "1" * 4301,
            " " + "1" * 4301 + " ", "1_" * 2200 + "1", "x" * 300, "1" * 5000 + "x"]
for s in int_strs:
    call("int", s)
for s, base in [("0x1f", 0), ("0X1F", 16), ("1f", 16), ("0x", 16), ("0o17", 0), ("0b101", 0),
                ("0B101", 2), ("z", 36), ("Z", 36), ("10", 1), ("10", 37), ("10", -1), ("010", 0),
                ("0_0", 0), ("0x_1f", 0), ("0x__1f", 0), ("0b", 0), ("-0x1f", 0), ("+0b1", 2),
                ("12", 3), ("f" * 5000, 16), ("7" * 5000, 8), ("1" * 5000, 3), ("11", 2.0),
                (b"12", 10), (b" ff ", 16), (12, 10), (b"x", 10), ("8", 8)]:
    call("int", s, base)
for _ in range(600):
    base = rng.randint(2, 36)
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:base]
    t = "".join(rng.choice(digits) for _ in range(rng.randint(1, 40)))
    if rng.random() < 0.3:
        t = t.upper()
    if rng.random() < 0.2:
        t = "-" + t
    call("int", t, base)
call("int", "10", Kw("base", 2))
call("int", Kw("base", 2))
call("int", "1", 2, 3)
for v in [3.7, -3.7, 1e20, -1e30, float("inf"), float("nan"), True, 10**30, None, 2.0**63,
          -2.0**63, 0.999]:
    call("int", v)
for v in [0, 5, -255, 10**30, -(10**30), 2**64, True]:
    call("hex", v)
    call("oct", v)
    call("bin", v)
    call("str", v)
    call("repr", v)
call("str", 10**4299)
call("str", 10**4300)
call("str", -(10**4300))
call("repr", 2**14300)
call("hex", 10**5000 if False else 2**20000)

# ---------------------------------------------------------------- rounding

for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e20, 123.456, -123.456, 1e300,
          1.7976931348623157e308, 5e-324, 0.0, -0.0, float("inf"), float("nan"), 12345.6789,
          1e-10, 4.35, 8.875, -4.5]:
    call("round", x)
    for n in [0, 1, 2, 3, -1, -2, -3, 10, 20, 400, -400, -308, -309, 323, 324, None]:
        call("round", x, n)
for x in [5, 15, 25, 1234, 1250, 1350, -1250, 10**20 + 5 * 10**9, 2**70, -(2**70), 0, True]:
    for n in [None, 0, 2, -1, -2, -3, -10, -25, -100]:
        call("round", x, n)
call("round", 2.5, 1.0)
call("round", 2, "a")
for _ in range(400):
    x = rng.uniform(-1000, 1000)
    call("round", x, rng.randint(-3, 8))
    call("round", x)

# ---------------------------------------------------------------- methods

for v in INTS + BOOLS + [10**100]:
    meth("bit_length", v)
    meth("bit_count", v)
    meth("as_integer_ratio", v)
    meth("conjugate", v)
    meth("is_integer", v)
    meth("__index__", v)
    meth("__trunc__", v)
    meth("__floor__", v)
    meth("__float__", v)
    meth("__round__", v)
    meth("__round__", v, -1)
    for name in ["real", "imag", "numerator", "denominator"]:
        attr(name, v)
for v, args in [(1024, (2, "big")), (1024, (2, "little")), (-1, (2, "big", Kw("signed", True))),
                (-1, (2, "big")), (65536, (2, "big")), (5, ()), (5, (1, "middle")),
                (128, (1, Kw("signed", True))), (127, (1, Kw("signed", True))),
                (-128, (1, "little", Kw("signed", True))), (-129, (1, "big", Kw("signed", True))),
                (0, (0, "big")), (1, (-1, "big")), (2**64 - 1, (8, "little")),
                (-(2**63), (8, "big", Kw("signed", True))), (10**30, (13, "big")),
                (10**30, (12, "big")), (1, (1, 5)), (3, (Kw("length", 2), Kw("byteorder", "little")))]:
    meth("to_bytes", v, *args)
for data, args in [(b"\xff\xfe", ("big", Kw("signed", True))), (b"\x01\x02", ("little",)),
                   (b"", ("big",)), (b"\x00\x80", ("big", Kw("signed", True))),
                   (b"\xff" * 20, ("little", Kw("signed", True))), (b"\x01", ()),
                   ([1, 2, 3], ("big",)), (b"\x01", ("sideways",))]:
    meth("from_bytes", int, data, *args)
for v in FLOATS + [2.0**-1074, 1e-320, 0.1, -0.1, 1234.5, 2.0**1023]:
    meth("is_integer", v)
    meth("as_integer_ratio", v)
    meth("hex", v)
    meth("conjugate", v)
    meth("__trunc__", v)
    meth("__floor__", v)
    meth("__ceil__", v)
    meth("__int__", v)
    meth("__round__", v)
    attr("real", v)
    attr("imag", v)
for s in ["0x1.8p1", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076",
          "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1p1024", "-0x1.8p+0",
          "0x.8", "1", "1.8p1", "  0X1P+3  ", "inf", "-Infinity", "nan", "0x", "0x1p", "0xg",
          "0x1.8000000000000p+0", "0x0.0000000000001p-1022", "0x1.00000000000008p0",
          "0x1.00000000000018p0", "0x1.000000000000080000001p0"]:
    meth("fromhex", float, s)
for _ in range(300):
    v = math.ldexp(rng.random(), rng.randint(-1080, 1025))
    meth("hex", v)
    meth("fromhex", float, v.hex())
for v in [7, -7, 2.5]:
    meth("__divmod__", v, 2)
    meth("__rdivmod__", v, 2)
    meth("__divmod__", v, 2.5)
    meth("__pow__", v, 3)
    meth("__pow__", v, 3, 5)
    meth("__rpow__", v, 3)
    meth("__rpow__", v, 3, 5)
    meth("__add__", v, 2)
    meth("__add__", v, 2.0)
    meth("__radd__", v, 2.0)
    meth("__mod__", v, 3)
    meth("__lt__", v, 3.5)
    meth("__eq__", v, 7)

# ---------------------------------------------------------------- format

format_values = [0, 1, -1, 42, -42, 1234, -1234567, 255, 65, 10**20, -(10**25), True, False,
                 0.0, -0.0, 1.0, -1.5, 0.1, 1234.5678, -1234567.891, 1e16, 1e-5, 1e-7, 123456789.0,
                 1e300, 5e-324, float("inf"), float("-inf"), float("nan"), 0.5, 2.5, 9.99, 0.0001,
                 100.0, 12345678.9, 1e22, 2.0**70]
base_specs = ["", "d", "b", "o", "x", "X", "c", "n", "e", "E", "f", "F", "g", "G", "%", "s",
              ",", "_", ",d", "_x", "_b", "#x", "#o", "#b", "#X", "+", " ", "-", "010", "010,",
              "<10", ">10", "^10", "=10", "*^11", "0=+10,", "+08.2f", ".2f", ".0f", "#.0f", ".3e",
              ".10g", ".3", ".1", "#.3", ".0%", ",.2f", "_.3f", "z.1f", "z", "#", "#g", ".0e",
              "#.0e", "12.3", "€^9", "0<5", "<05", "x=+12,.3f", ".20f", ".17g", "#010_x", ",x",
              "_n", ".2d", "+c", "#c", "5c", "xx", "5xx", ".", "99999999999999999999", ",,",
              "_,", ",_", "__", "z.2", ".2z", "07,", "08,", "06,", "07_b", "=+10", "-^+7"]
for v in format_values:
    for spec in base_specs:
        call("format", v, spec)
str_values = ["", "a", "abc", "é", "hello world"]
for v in str_values:
    for spec in ["", "s", "5", ">5", "^6", "<3", ".2", "x^7.2", ".0", "05", "=5", "+", " ",
                 "#", ",", "_", "d", "z", "€>4", "10.3s", "xx"]:
        call("format", v, spec)
for _ in range(1500):
    v = rng.choice([rng.randint(-10**6, 10**6), rng.uniform(-1e6, 1e6),
                    math.ldexp(rng.random(), rng.randint(-40, 60)), rng.getrandbits(100)])
    spec = ""
    if rng.random() < 0.3:
        spec += rng.choice(["", "*", "0", "x"]) + rng.choice("<>^=")
    if rng.random() < 0.3:
        spec += rng.choice("+- ")
    if rng.random() < 0.1:
        spec += "z"
    if rng.random() < 0.2:
        spec += "#"
    if rng.random() < 0.2:
        spec += "0"
    if rng.random() < 0.5:
        spec += str(rng.randint(0, 25))
    if rng.random() < 0.3:
        spec += rng.choice(",_")
    if rng.random() < 0.5:
        spec += "." + str(rng.randint(0, 20))
    spec += rng.choice(["", "e", "E", "f", "F", "g", "G", "%", "n", "d", "x", "b"])
    call("format", v, spec)

# ---------------------------------------------------------------- math

nan, inf = float("nan"), float("inf")
for name in ["pi", "e", "tau", "inf", "nan"]:
    mathf(name)
unary = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
         "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs",
         "floor", "ceil", "trunc", "isnan", "isinf", "isfinite", "degrees", "radians", "erf",
         "erfc", "gamma", "lgamma", "cbrt", "ulp", "frexp", "modf"]
margs = [0, 1, -1, 2, 0.5, -0.5, 1.5, 10, 100, 1000, 710, -710, 1e-10, 1e300, 0.0, -0.0, inf, -inf,
         nan, 10**400, -(10**400), 2**1000, True, 3, -3, 0.25, 171, 172, -1.5, 1e-320, 7.5]
for f in unary:
    for x in margs:
        mathf(f, x)
    mathf(f, "a")
    mathf(f, None)
binary = ["atan2", "copysign", "fmod", "pow", "remainder", "ldexp", "nextafter", "hypot",
          "log", "isclose", "dist"]
bargs = [0, 1, -1, 2, 0.5, -2.5, 3, 1e308, 0.0, -0.0, inf, -inf, nan, 10**30]
for f in ["atan2", "copysign", "fmod", "pow", "remainder", "nextafter", "log"]:
    for x in bargs:
        for y in bargs:
            mathf(f, x, y)
for x in [1, 1.5, 0.0, -2.0, inf, nan, 0.5]:
    for i in [0, 1, -1, 10, 1024, -1075, 2000, -2000, 10**30, -(10**30), 1.5, True]:
        mathf("ldexp", x, i)
for args in [(), (3, 4), (3, 4, 12), (1e308, 1e308), (nan, inf), (inf, nan), (nan, 1), (-3,),
             (1e-320, 1e-320), (0.1, 0.2, 0.3), (3, "a"), (2**1000, 1), (1.5, 2.5, 3.5, 4.5)]:
    mathf("hypot", *args)
for _ in range(300):
    n = rng.randint(1, 6)
    mathf("hypot", *[rng.uniform(-100, 100) * 10.0**rng.randint(-50, 50) for _ in range(n)])
for p, q in [((0, 0), (3, 4)), ((1,), (4,)), ((0,), (3, 4)), ([1.5, 2.5], [3.5, 1.5]),
             ((1, 2, 3), (4, 5, 6)), ((), ()), ((inf, 0), (0, 0)), (1, 2)]:
    mathf("dist", list(p) if isinstance(p, tuple) else p, list(q) if isinstance(q, tuple) else q)
for a, b, kws in [(1, 1.0000000001, ()), (1, 1.1, ()), (1, 1.1, (Kw("rel_tol", 0.2),)),
                  (0, 1e-10, ()), (0, 1e-10, (Kw("abs_tol", 1e-9),)), (inf, inf, ()),
                  (inf, -inf, ()), (nan, nan, ()), (1, 2, (Kw("rel_tol", -1),)),
                  (1, 2, (Kw("abs_tol", -1),)), (1e308, 1.0000001e308, ())]:
    mathf("isclose", a, b, *kws)
for args in [(), (0,), (12, 18), (12, -18), (-12, -18), (2**100, 6**50), (0, 0), (5, 0),
             (12, 18, 27), (1.5, 2), (True, 4), (10**30, 10**20, 10**25)]:
    mathf("gcd", *args)
    mathf("lcm", *args)
for n in [0, 1, 5, 20, 21, 100, -1, 3.0, True, 10**20, "a", 2**63]:
    mathf("factorial", n)
for n, k in [(10, 3), (3, 10), (10, 0), (10, 10), (-1, 2), (5, -1), (100, 50), (10**20, 2),
             (10**20, 10**19), (5.0, 2), (5, 2.0), (True, True), (2**70, 3)]:
    mathf("comb", n, k)
    mathf("perm", n, k)
for n in [0, 5, 10, -1, 3.0]:
    mathf("perm", n)
    mathf("perm", n, None)
for n in [0, 1, 2, 3, 4, 15, 16, 17, 10**40, 10**40 + 1, 10**41, -1, 2.0, True, 2**1000]:
    mathf("isqrt", n)
for data in [[1, 2, 3], [], [1.5, 2], [2**64, 2**64], [1, 2.5, True]]:
    mathf("prod", data)
    mathf("prod", data, Kw("start", 5))
mathf("prod", ["a"], Kw("start", 1))
mathf("prod", [2], Kw("start", "a"))
mathf("prod", ["a", 2])
for data in [[0.1] * 10, [1e308, 1e308], [1e308, 1e308, -1e308], [inf, -inf], [inf, inf],
             [nan, 1], [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [], [1, 2, 3],
             [10**30, 1.0], [2.0**-1074, 2.0**-1074], [1e16, 1.0, 1e-16], [-0.0, -0.0],
             [0.1, 0.2, 0.3, -0.6], [1.0, 2.0**-53, 2.0**-106], [1.0, 2.0**-53, -2.0**-106],
             [2.0**1023, 2.0**1023, -2.0**1023], ["a"], [10**400]]:
    mathf("fsum", data)
for _ in range(400):
    x = rng.choice([rng.uniform(-30, 30), rng.uniform(0, 200), rng.uniform(-200, 0),
                    math.ldexp(rng.random(), rng.randint(-80, 8))])
    mathf("gamma", x)
    mathf("lgamma", x)
    mathf("lgamma", x * 1e3)
for _ in range(300):
    data = [rng.uniform(-1, 1) * 10.0**rng.randint(-20, 20) for _ in range(rng.randint(1, 20))]
    mathf("fsum", data)
for p, q in [([1, 2], [3, 4]), ([0.1, 0.2], [0.3, 0.4]), ([], []), ([1], [1, 2]),
             ([1.5, 2**60], [2, 3]), ([10**30], [2.5])]:
    mathf("sumprod", p, q)
for a, b, c in [(2, 3, 4), (0.1, 10, -1), (inf, 0, 1), (1e308, 10, -1e308), (nan, 1, 1)]:
    mathf("fma", a, b, c)
for args in [(1, 2, Kw("steps", 3)), (0.0, -1), (1, 1), (1, 2, Kw("steps", 0)),
             (1, 2, Kw("steps", -1)), (0.0, 1, Kw("steps", 10**30)), (-1.0, 1.0, Kw("steps", 10)),
             (inf, 0), (nan, 1), (1, nan), (5e-324, -1, Kw("steps", 2))]:
    mathf("nextafter", *args)
for f in ["floor", "ceil", "trunc"]:
    mathf(f, 2.5)
    mathf(f, -2.5)
    mathf(f, 10**30)
    mathf(f, 1e300)
for name in ["sqrt", "log", "exp"]:
    mathf(name)
mathf("log", 8, 2)
mathf("log", 2**1000, 2)
mathf("log", 10**1000, 10)
mathf("log", 2, 1)
mathf("log", 1, 0)
mathf("log", 0.5, 0.5)
mathf("log", 1, 2, 3)
mathf("log10", 10**500)
mathf("log2", 2**2000)
mathf("log2", -(2**2000))
mathf("log1p", 10**400)
mathf("gamma", 0.5)
mathf("gamma", 5)
mathf("gamma", -1.5)

# ---------------------------------------------------------------- subclasses

subs = [MI(5), MI(-7), MI(10**30), MF(1.5), MF(-0.0), MF(float("inf"))]
for a in subs:
    call("repr", a)
    call("hash", a)
    call("int", a)
    call("float", a)
    call("bool", a)
    call("abs", a)
    emit(["neg", enc(a)], lambda: -a)
    call("format", a, "")
    call("format", a, "10.3f")
    call("round", a)
    call("round", a, 1)
    attr("real", a)
    meth("conjugate", a)
    meth("__trunc__", a)
    meth("as_integer_ratio", a)
    mathf("floor", a)
    mathf("sqrt", a)
    mathf("trunc", a)
    for b in [2, 2.5, MI(3), MF(0.5), True, None]:
        for name in ["ADD", "MULTIPLY", "TRUE_DIVIDE", "FLOOR_DIVIDE", "POWER", "AND"]:
            binop(name, a, b)
            if name != "POWER" or a != 10**30:
                binop(name, b, a)
        for name in ["EQ", "LT"]:
            cmp(name, a, b)
            cmp(name, b, a)
        call("divmod", a, b)
for v in [0, 5, "12", "  -3 ", 2.9, 10**30, MI(4), True]:
    call("MI", v)
    call("MF", v)
call("MI", "12", 8)
call("MI", "z")
call("MF", "x")
call("MF", "1e5")
meth("from_bytes", MI, b"\x01\x00", "big")
meth("fromhex", MF, "0x1.8p1")
for v in [MI(5), MF(2.5)]:
    call("isinstance", v, int)
    call("isinstance", v, float)
    meth("__add__", v, 1)
    meth("__radd__", v, 1.0)
    call("str", v)
    call("pow", v, 2, 7)

# ---------------------------------------------------------------- complex

inf, nan = float("inf"), float("nan")
CPLX = [0j, 1j, -1j, 1 + 2j, -1.5 - 2.5j, complex(-0.0, 1), complex(1, -0.0), complex(-0.0, -0.0),
        complex(inf, 0), complex(inf, -inf), complex(nan, 1), complex(1, nan), 1e300 + 1e300j,
        complex(0.1, 1e16), complex(1e-5, 3), complex(2, 0), 3 + 4j, complex(5e-324, -5e-324)]
for a in CPLX:
    call("repr", a)
    call("str", a)
    if a == a:
        call("hash", a)     # NaNs hash by identity
    call("abs", a)
    call("bool", a)
    emit(["neg", enc(a)], lambda: -a)
    emit(["pos", enc(a)], lambda: +a)
    meth("conjugate", a)
    meth("__complex__", a)
    meth("__getnewargs__", a)
    attr("real", a)
    attr("imag", a)
    call("complex", a)
    for b in CPLX[:12] + [0, 2, -3, 2.5, 0.0, True, 10**400, "x", None]:
        for name in ["ADD", "SUBTRACT", "MULTIPLY", "TRUE_DIVIDE", "POWER", "FLOOR_DIVIDE", "AND"]:
            binop(name, a, b)
            binop(name, b, a)
        for name in ["EQ", "NE", "LT"]:
            cmp(name, a, b)
            cmp(name, b, a)
    for spec in ["", ".2f", ">20", "g", "e", "<22.3e", "+", ",", "^15.1e", "z", "#", "n", ".3",
                 "=10", "010", "%", "d", "*^30", "F", "G", " ", "-.1f", "z.1f", "_.2f"]:
        call("format", a, spec)
for a in [1 + 1j, 2 + 3j, -1j, 1e200 + 1e200j, 1e200j, 0.5 + 0.5j, complex(-1, 0), 0j]:
    for e in [0, 1, 2, 3, -1, -2, 0.5, 1.0, 100, 101, 1j, 1 + 1j, -0.5, 0j, 2.5 + 0j]:
        binop("POWER", a, e)
    call("pow", a, 2, 3)
    call("pow", a, 2, None)
for x in [-8, -1, -2.0, -1e308, -0.5, -1e-300]:
    for y in [1 / 3, 0.5, 1.5, -0.5, 2.5, 123.4]:
        binop("POWER", x, y)
for s in ["1+2j", " ( 1-2.5e3J ) ", "j", "-j", "+j", "1", "1_0+2_0j", "1+j", "1-j", "inf-infj",
          "nan+nanj", "-INFINITYj", "1 + 2j", "", "(1+2j", "1+2)", "1+2", "x", "1e5j", "1ej", "1e+5-2e-3j",
          "(j)", "( )", "1j1", "--1j", "+-1j", "1+-2j", ".5j", "5.j", "1__0j", "_1j", "١+٢j",
          " 1+1j ", "0x1j", "infj", "nanj", "1+infj", "j+1", "2j+1", "1.5e3", "  3  "]:
    call("complex", s)
for args in [(), (1, 2), (1j, 2j), ("1", 2), (1, "2"), (None,), ([1],), (2.5,), (10**400,),
             (1, None), (True, False), (1 + 2j, 3), (3, 1 + 2j), (MI(3), MF(1.5)), (1.5j,)]:
    call("complex", *args)
call("complex", Kw("real", 1), Kw("imag", 2))
call("complex", Kw("imag", 2))
call("complex", 1, 2, 3)
for v in [1j, 1 + 2j]:
    call("int", v)
    call("float", v)
    call("round", v)
    call("divmod", v, 2)
    mathf("sqrt", v)
    mathf("isnan", v)
    meth("__pow__", v, 2, 3)
    meth("__rpow__", v, 2)
    meth("__format__", v, "")
    meth("__format__", v, ".1f")

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "numbers_vectors.txt")
with open(path, "w", encoding="utf-8") as f:
    f.write("# generated by tests/c/gen_numbers_vectors.py from CPython %s\n" %
            sys.version.split()[0])
    for line in out:
        f.write(line + "\n")
print("%d cases -> %s" % (len(out), path))
