# Argument-binding errors name the function by its (assignable) __qualname__.
def make():
    def inner(a, b, *, c):
        return a + b + c
    return inner

f = make()
for args, kwargs in [((1,), {'c': 0}), ((1, 2, 3), {'c': 0}), ((1, 2), {}), ((1, 2), {'c': 0, 'd': 1}),
                     ((1, 2), {'a': 1, 'c': 0})]:
    try:
        f(*args, **kwargs)
    except TypeError as e:
        print(e)
f.__qualname__ = 'Renamed.method'
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)

# __type_params__ can be assigned a tuple (functools.update_wrapper copies it)
def g():
    pass
print(g.__type_params__, g.__dict__)
g.__type_params__ = ()
print(g.__type_params__, g.__dict__)
try:
    g.__type_params__ = [1]
except TypeError as e:
    print('TypeError', e)
