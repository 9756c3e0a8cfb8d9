def accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
a = accumulator()
for v in [1, 2, 3]:
    print(a(v))
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def gen_adders():
    return {n: (lambda x, n=n: x + n) for n in range(3)}
print({k: f(10) for k, f in gen_adders().items()})
