x = 'global'
class C:
    x = 'class'
    def m(self):
        return x
    y = [x for _ in range(1)]
    z = x
print(C().m(), C.y, C.z)
def f():
    v = 'func local'
    class D:
        w = v
        def get(self):
            return v
    return D
D = f()
print(D.w, D().get())
class E:
    a = 1
    b = a + 1
    def meth(self):
        try:
            return a
        except NameError as e:
            return 'NameError: ' + str(e)
print(E.b, E().meth())
def g():
    n = 'outer n'
    class K:
        n = 'class n'
        def get(self):
            return n
    return K().get(), K.n
print(g())
