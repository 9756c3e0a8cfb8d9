# Less common math functions and their error cases.
import math

def attempt(name, *args, **kw):
    try:
        print(name, repr(getattr(math, name)(*args, **kw)))
    except Exception as e:
        print(name, type(e).__name__, e)

for args in [(), (3, 4), (3, 4, 12), (1e308, 1e308), (math.nan, math.inf), (-3,), (0.1, 0.2, 0.3),
             (2**1000, 1), (1.5, 2.5, 3.5, 4.5), (1e-320, 1e-320), ("a",)]:
    attempt("hypot", *args)
for p, q in [((0, 0), (3, 4)), ([1.5, 2.5], [3.5, 1.5]), ((1, 2, 3), (4, 5, 6)), ((0,), (3, 4)), (1, 2)]:
    attempt("dist", p, q)
for p, q in [([1, 2], [3, 4]), ([0.1, 0.2], [0.3, 0.4]), ([], []), ([1], [1, 2]), ([1.5, 2**60], [2, 3]),
             ([1, 2.5], [True, 2]), (["a", "b"], [2, 3])]:
    attempt("sumprod", p, q)
for args in [(1, 2), (1, 2, 3), (0.0, -1), (1, 1), (1.0, 2.0)]:
    attempt("nextafter", *args)
attempt("nextafter", 1, 2, steps=3)
attempt("nextafter", 0.0, 1, steps=10**30)
attempt("nextafter", 1, 2, steps=-1)
for x in [1, 0, 1e300, 5e-324, math.inf, math.nan, -2.5]:
    attempt("ulp", x)
for x in [0.5, 5, -1.5, 0, -1, 171, 172, 1e-300, -200.5, 30.5, math.inf, -math.inf]:
    attempt("gamma", x)
    attempt("lgamma", x)
for x in [0, 0.5, -1, 3, 10]:
    attempt("erf", x)
    attempt("erfc", x)
for n, k in [(5, None), (5, 2), (5, 6), (-1, 2), (10**20, 2), (5.0, 2)]:
    attempt("perm", n, k)
    attempt("comb", n, k if k is not None else 1)
attempt("perm", 4)
for n in [0, 15, 16, 10**40 + 1, -1, 2.0, True]:
    attempt("isqrt", n)
attempt("prod", [1, 2, 3, 4])
attempt("prod", [], start=5)
attempt("prod", [2.5, 2])
attempt("prod", [1, 2], 3)
attempt("prod", ["a"], start=2)
for args in [(2, 3, 4), (0.1, 10, -1), (math.inf, 0, 1), (1e308, 10, -1e308)]:
    attempt("fma", *args)
for f in ["sqrt", "exp", "log", "atan2", "isclose", "floor", "factorial"]:
    attempt(f)
attempt("isclose", 1, 2, 3)
attempt("isclose", 1, 1.05, rel_tol=0.1)
attempt("isclose", 1, 2, abs_tol=-1)
attempt("log", 10**1000, 10)
attempt("log2", 2**2000)
attempt("log10", 10**500)
attempt("log", 2, 1)
attempt("log", -(10**400))
attempt("ldexp", 1.0, 1.5)
attempt("ldexp", 1.0, 10**30)
attempt("ldexp", 1.0, -(10**30))
attempt("trunc", "a")
attempt("floor", "a")
attempt("fsum", [1e308, 1e308])
attempt("fsum", [math.inf, -math.inf])
attempt("fsum", [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
attempt("fsum", iter([0.1] * 10))
attempt("remainder", 5, 3)
attempt("remainder", 5, 0)
attempt("copysign", 1, -0.0)
attempt("cbrt", -27)
attempt("exp2", 10)
attempt("exp2", 2000)
attempt("pow", 0, -1)
attempt("pow", -8, 1 / 3)
attempt("pow", 2, 10000)
attempt("factorial", 10**20)
attempt("comb", 10**20, 10**19)
class F:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
class G:
    def __float__(self):
        return 0.25
print(math.sqrt(G()), math.isnan(G()), math.floor(G()))
