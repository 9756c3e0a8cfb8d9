import math
print(math.sqrt(4), type(math.sqrt(4)).__name__, math.floor(-0.0), math.sqrt(10 ** 40))
try:
    math.sqrt('4')
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.sqrt(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.log(10 ** 400) > 900, math.gcd(True, 4))
class F:
    def __float__(self):
        return 9.0
print(math.sqrt(F()))
from math import pi, sqrt as root
print(pi, root(81))
