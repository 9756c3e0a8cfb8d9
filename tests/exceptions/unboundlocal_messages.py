def f():
    print(v)
    v = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g(flag):
    if flag:
        w = 'set'
    return w
print(g(True))
try:
    g(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def h():
    try:
        raise ValueError
    except ValueError as exc:
        pass
    return exc
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def free_var():
    def inner():
        return cellv
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    cellv = 1
free_var()
try:
    print(never_defined_global)
except NameError as e:
    print(type(e).__name__, e, e.name)
