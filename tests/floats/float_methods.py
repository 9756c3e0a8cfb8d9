print((1.5).is_integer(), (2.0).is_integer(), float('inf').is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio())
print((1.0).hex(), (0.5).hex(), (3.0).hex(), float.fromhex('0x1.8p1'))
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float.__name__, float(), float(True), float('  -3.5  '))
for bad in ['', 'abc', '1.2.3', '1e', '0x10', 'in f']:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
print(float(F()))
print(int(2.5).__class__.__name__, (7.9).__trunc__(), (7.1).__floor__(), (7.1).__ceil__())
print(3.7 // 1, -3.7 // 1, type(3.7 // 1).__name__)
