import math
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2 ** 1000))
print(math.log2(8), math.log2(1024), math.log2(3), math.log10(1000), math.log10(0.001), math.log10(2))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(2), math.log1p(0), math.expm1(0))
for bad in [lambda: math.log(0), lambda: math.log(-1), lambda: math.log10(0), lambda: math.log2(-2)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.exp(-1000), math.pow(2, 10), math.pow(2, 0.5), math.pow(4, -0.5))
