print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 2 ** -2, (-2) ** -1, 10 ** -3)
print(4 ** 0.5, 8 ** (1 / 3), 2 ** 0.5)
print(2.0 ** 10, (-8) ** 2.0)
r = (-8) ** (1 / 3)
print(type(r).__name__)
print(7 ** 77)
print((-3) ** 41)
print(pow(2, 100), pow(2, -3), pow(3, 4, 5), pow(-3, 3, 7), pow(3, 100, 1000007))
print(pow(2, -1, 5), pow(3, -2, 11))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(1 ** 10 ** 10, (-1) ** (10 ** 10 + 1))
print(2 ** 3 ** 2)
