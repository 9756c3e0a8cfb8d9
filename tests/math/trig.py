import math
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi))
print(round(math.sin(math.pi), 12), round(math.cos(math.pi / 2), 12))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(0, 1), math.atan(1))
print(math.asin(1), math.acos(1), math.acos(0))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1, 1))
print(math.sinh(0), math.cosh(0), math.tanh(0))
try:
    math.asin(2)
except ValueError as e:
    print(type(e).__name__, e)
print(math.sin(1.0), math.cos(1.0), math.tan(1.0))
print(math.dist((0, 0), (3, 4)))
