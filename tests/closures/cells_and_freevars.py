def outer():
    a = 1
    b = 2
    def inner():
        return a + b
    return inner
f = outer()
print(f(), f.__code__.co_freevars, outer.__code__.co_cellvars)
print(len(f.__closure__), [c.cell_contents for c in f.__closure__])
def shared():
    v = 0
    def get():
        return v
    def set_(n):
        nonlocal v
        v = n
    return get, set_
g, s = shared()
s(42)
print(g())
def param_cell(x):
    def show():
        return x
    x = x * 2
    return show
print(param_cell(5)())
print(outer.__closure__, (lambda: 0).__closure__)
def unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
    return inner()
print(unbound())
