import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50))
print(math.gcd(), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm())
print(math.factorial(0), math.factorial(5), math.factorial(20), math.factorial(30))
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.factorial(2.5)
except TypeError as e:
    print(type(e).__name__, e)
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(10, 3))
try:
    math.comb(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 11)), math.prod([2, 3], start=10))
