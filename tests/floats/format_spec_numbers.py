# The format mini-language for int and float: fill, align, sign, z, #, 0, width,
# grouping, precision and every presentation type.
values = [0, 1, -1, 42, -1234567, 255, 65, 10**20, True, 0.0, -0.0, 1.0, -1.5, 0.1,
          1234.5678, -1234567.891, 1e16, 1e-5, 1e-7, 123456789.0, 1e300, 5e-324,
          float("inf"), float("-inf"), float("nan"), 0.5, 2.5, 9.99, 0.0001, 12345678.9, 2.0**70]
specs = ["", "d", "b", "o", "x", "X", "c", "n", "e", "E", "f", "F", "g", "G", "%", ",", "_",
         "_x", "_b", "#x", "#o", "#b", "#X", "+", " ", "010", "010,", "<10", ">10", "^10",
         "=10", "*^11", "0=+10,", "+08.2f", ".2f", ".0f", "#.0f", ".3e", ".10g", ".3", ".1",
         "#.3", ".0%", ",.2f", "_.3f", "z.1f", "z", "#", "#g", "#.0e", "€^9", "0<5", "<05",
         "x=+12,.3f", ".20f", ".17g", "#010_x", "07,", "08,", "-^+7"]
for v in values:
    out = []
    for spec in specs:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(v), out)
for spec in [",x", "_n", ".2d", "+c", "#c", "xx", ".", ",,", "_,", ",_", "__", "z.2", "s",
             "99999999999999999999", "\x01"]:
    for v in [5, 5.5]:
        try:
            print(repr(format(v, spec)))
        except Exception as e:
            print(type(e).__name__, e)
print(f"{3.14159:.2f} {1e10:,.0f} {-42:+05d} {255:#06x} {0.25:.1%} {1234567:_} {12:*^9}")
print("{:>10.3e}|{:<8}|{:^+9.2f}".format(12345.678, 1.5, -2.25))
