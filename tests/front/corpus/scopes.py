def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    x = 1
    print(z)
    y, z = 2, 3
    def g(): return a + x + q
    q = 4
    w = [i for i in range(3) if x]
    for m in y: pass
    with open(a) as fh: pass
    return g
def h():
    t = 1
    v = [lambda: t for t in range(2)]
    return [u*t for u in v]
def k():
    a = b = c = 0
    a += d
    del e
    import os.path, sys as s
    from m import n as o
    try: pass
    except E as exc: pass
    (p := 1)
    class K: pass
    def fn(): pass
    return locals
class C:
    def m(self): return __class__
    def n(self): super().n()
    __p = 1
    def o(self): __q = self.__p; return __q
[x for x in y]
z = (a for a in b)
