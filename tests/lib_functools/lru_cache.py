# functools.lru_cache and cache: hits, misses, eviction order, typed keys,
# keyword arguments, methods, recursion, cache_clear and the wrapper's metadata.
import functools
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    "Fibonacci numbers."
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
print(fib.__name__, fib.__doc__, fib.__wrapped__.__name__)
print(fib.cache_parameters())
fib.cache_clear()
print(fib.cache_info())

calls = []

@lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x

for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    square(x)
print(calls)
info = square.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)
print(type(info).__name__, info._fields)
hits, misses, maxsize, currsize = info
print(hits + misses)

# plain decorator form, default maxsize
@lru_cache
def ident(x):
    return x
ident(1); ident(1); ident(2)
print(ident.cache_info(), ident.cache_parameters())

# typed: 1 and 1.0 are distinct entries
@lru_cache(typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info())

@lru_cache()
def untyped(x):
    return type(x).__name__
print(untyped(1), untyped(1.0), untyped.cache_info())

# keyword arguments are part of the key, in order
@lru_cache(maxsize=10)
def f(a, b=2, *, c=3):
    calls.append((a, b, c))
    return a + b + c
calls.clear()
print(f(1), f(1, 2), f(1, b=2), f(1, c=3), f(a=1), f(1))
print(calls, f.cache_info())

# maxsize=0: never caches; negative is treated as 0
@lru_cache(maxsize=0)
def nothing(x):
    return x
nothing(1); nothing(1)
print(nothing.cache_info())

@lru_cache(maxsize=-5)
def negative(x):
    return x
negative(1); negative(1)
print(negative.cache_info())

# unhashable arguments
try:
    ident([1, 2])
except TypeError as e:
    print('TypeError', e)

# exceptions are not cached
count = 0
@lru_cache
def flaky(x):
    global count
    count += 1
    if count == 1:
        raise ValueError('first call fails')
    return x
try:
    flaky(5)
except ValueError as e:
    print('ValueError', e)
print(flaky(5), flaky(5), flaky.cache_info())

# bad arguments to the decorator
try:
    lru_cache('big')
except TypeError as e:
    print('TypeError', e)

# cache: unbounded
@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1
print(factorial(20), factorial(10), factorial.cache_info())

# on methods: the instance is part of the key
class Circle:
    def __init__(self, r):
        self.r = r
    @lru_cache(maxsize=4)
    def area(self, scale=1):
        return 3 * self.r * self.r * scale
    def __hash__(self):
        return hash(self.r)
    def __eq__(self, other):
        return isinstance(other, Circle) and self.r == other.r

c1, c2 = Circle(2), Circle(3)
print(c1.area(), c2.area(), c1.area(), Circle(2).area(), c1.area(2))
print(Circle.area.cache_info())

# the wrapper keeps attributes of the function
def documented(x):
    """Doc string."""
    return x
documented.extra = 'kept'
wrapped = lru_cache(documented)
print(wrapped.__name__, wrapped.__qualname__, wrapped.__doc__, wrapped.extra,
      wrapped.__wrapped__ is documented, wrapped.__module__)

# LRU order: a hit refreshes the entry
@lru_cache(maxsize=2)
def g(x):
    calls.append(x)
    return x
calls.clear()
g(1); g(2); g(1); g(3); g(1); g(2)
print(calls, g.cache_info())
