import math
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), type(math.fabs(-3)).__name__)
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(1, -math.inf))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.1 + 0.2, 0.3))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.02))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.modf(3.5), math.modf(-2.25))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.remainder(7, 4))
