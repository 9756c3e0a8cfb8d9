# float.hex / float.fromhex round trips, as_integer_ratio, is_integer.
import math
for v in [0.0, -0.0, 1.0, 1.5, -0.1, 5e-324, 2.0**-1022, 1.7976931348623157e308, 1/3, 1e-310,
          123456.789, float("inf"), float("-inf"), float("nan")]:
    h = v.hex()
    print(h, float.fromhex(h) == v or math.isnan(v), v.is_integer())
    try:
        print(v.as_integer_ratio())
    except Exception as e:
        print(type(e).__name__, e)
for s in ["0x1.8p1", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076",
          "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1p1024", "-0x1.8p+0",
          "0x.8", "1", "1.8p1", "  0X1P+3  ", "inf", "-Infinity", "nan", "0x", "0x1p", "0xg",
          "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000001p0"]:
    try:
        print(repr(float.fromhex(s)))
    except Exception as e:
        print(type(e).__name__, e)
print((0.5).conjugate(), (2.5).real, (2.5).imag, (7.0).__trunc__(), (-7.5).__floor__(), (-7.5).__ceil__())
print(float.__getformat__("double"))
