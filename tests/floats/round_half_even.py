for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994):
    print(v, round(v), type(round(v)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250.0, -2), round(1350, -2), round(1250, -2))
print(round(12345, -1), round(12355, -1), round(-12345, -1))
print(round(3.14159, 3), round(3.0, 1), round(-0.0), round(1e20, 2))
print(round(5), round(5, 2), type(round(5.0, 0)).__name__, round(5.5, 0))
print(round(0.1 + 0.2, 10))
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float('inf'), 2), round(float('nan'), 1))
