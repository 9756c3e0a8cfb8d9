print(int(3.7), int(-3.7), int(0.9), int(-0.9), int(1e20), int(-1e20))
print(int(2.0 ** 70), int(1.5e30))
print(int(True), int(False))
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(int('  -0  '), int(-0.0))
class I:
    def __int__(self):
        return 7
class Idx:
    def __index__(self):
        return 9
print(int(I()), int(Idx()))
print(float(2 ** 100), float(-(10 ** 30)))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 30 / 10 ** 10, 2 ** 200 / 2 ** 199, 1 / 3)
