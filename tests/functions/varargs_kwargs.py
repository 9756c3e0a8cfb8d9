def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2, c=3))
def g(a, b, *rest, c=0, **others):
    return a, b, rest, c, others
print(g(1, 2), g(1, 2, 3, 4, c=5, d=6))
print(type(f(1)[0]).__name__, type(f(a=1)[1]).__name__)
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
def count(*a):
    return len(a)
print(count(*range(100)))
