def f(a, *, key, opt='o'):
    return a, key, opt
print(f(1, key=2), f(1, opt=3, key=4))
for call in [lambda: f(1, 2), lambda: f(1), lambda: f(1, key=1, bad=2)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def g(*args, flag=False, **kw):
    return args, flag, kw
print(g(1, 2, flag=True, x=3), g())
def h(*, only):
    return only
print(h(only=9))
try:
    h(9)
except TypeError as e:
    print(type(e).__name__, e)
print(f.__kwdefaults__, h.__kwdefaults__)
