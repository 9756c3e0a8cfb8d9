def f(a, b=2, c='c'):
    return (a, b, c)
print(f(1), f(1, 3), f(1, c='z'), f(a=0, b=0, c=0), f(c=1, a=2))
def acc(x, into=[]):
    into.append(x)
    return into
print(acc(1), acc(2), acc(3, []))
def late(v=len('abc')):
    return v
print(late())
n = 10
def cap(v=n):
    return v
n = 20
print(cap(), f.__defaults__, cap.__defaults__)
def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(none_default(), none_default())
