# complex: literals, construction, arithmetic, comparisons, repr/format, errors.
z = 1 + 2j
print(z, repr(z), type(z).__name__, z.real, z.imag, z.conjugate(), abs(3 + 4j), -z, +z)
print(z * (3 - 4j), z / 1j, z + 1, 1 - z, 2 * z, z * 2.5, z ** 2, 1j ** 2, (1 + 1j) ** -2)
print((-8) ** (1 / 3), (-1) ** 0.5, (-2.0) ** 1.5, 2 ** (1 + 1j), (2 + 3j) ** (1 + 1j))
print(complex(), complex(2.5), complex(1, 2), complex(1j, 2j), complex("1+2j"), complex(" ( -j ) "))
print(complex(real=1, imag=2), complex("1e5-2.5e-3J"), complex("inf-nanj"), complex(True, False))
print(z == 1 + 2j, (1 + 0j) == 1, (1 + 0j) == 1.0, 2j != 2j, hash(1 + 0j) == hash(1), hash(z))
print(bool(0j), bool(1e-300j), 0j, -0j, complex(-0.0, 0.0), complex(0.0, -0.0), 1e16 + 1e-5j)
print(format(z, ".2f"), format(z, ">12"), format(1j, ""), format(z, "+"), format(z, "#"),
      format(1234.5 + 2j, ",.1f"), format(z, "^15.1e"), f"{z:g}", f"{z}", str(z))
for expr in ["z < z", "z // 2", "z % 2", "divmod(z, 2)", "pow(z, 2, 3)", "int(z)", "float(z)",
             "round(z)", "1 / 0j", "0j ** -1", "(1e200j) ** 100.5", "complex('1 + 2j')",
             "complex('1', 2)", "complex(1, '2')", "complex(None)", "complex('1__0j')",
             "abs(complex(1e308, 1e308))", "abs(complex(1.5e308, 1.5e308))"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)

class C(complex):
    def __repr__(self):
        return "C" + super().__repr__()
c = C(1, 1)
print(c, type(c + 1).__name__, isinstance(c, complex), C("2-3j"))

class HasComplex:
    def __complex__(self):
        return 5j
print(complex(HasComplex()))
import math
try:
    math.sqrt(1j)
except TypeError as e:
    print(e)
