def f():
    x = 1
    snap = locals()
    x = 2
    print(snap['x'], locals()['x'])
    snap['x'] = 100
    print(x)
    snap2 = locals()
    print(snap is snap2, snap2['x'])
f()
def g(a, *args, **kw):
    b = a * 2
    return locals()
print(g(1, 2, k=3))
def with_closure():
    cv = 'cell'
    def inner():
        return cv
    return sorted(locals())
print(with_closure())
