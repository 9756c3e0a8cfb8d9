import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(0), math.sqrt(1e100), math.sqrt(0.25))
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.floor(5), math.ceil(5))
print(type(math.floor(2.5)).__name__, type(math.ceil(2.5)).__name__, math.floor(1e20), math.ceil(-0.5))
print(math.trunc(2.7), math.trunc(-2.7), math.trunc(5), math.isqrt(17), math.isqrt(10 ** 20))
try:
    math.floor(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ceil(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(math.floor(2 ** 70), math.sqrt(4) == 2.0)
