def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
print(c(), c(), c(5), c.__code__.co_freevars, counter.__code__.co_cellvars)

# an argument that is also a cell
def make_adder(x):
    def add(y):
        return x + y
    x += 10
    return add
print(make_adder(1)(2), make_adder.__code__.co_cellvars, make_adder.__code__.co_varnames)

# closures over loop variables and default-arg capture
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])

# class body scopes: class variables are not visible in methods or comprehensions
x = 'global'
class C:
    x = 'class'
    y = [x for _ in range(1)]
    def m(self):
        return x
    z = (lambda: x)()
print(C.y, C().m(), C.z)

def outer():
    x = 'enclosing'
    class D:
        x = 'class'
        def get(self):
            return x
        seen = x
    return D().get(), D.seen
print(outer())

# class reading an enclosing function's variable
def outer2():
    v = 1
    class E:
        w = v + 1
    return E.w
print(outer2())

# global declarations
g = 0
def setg():
    global g
    g = 42
    def inner():
        return g
    return inner()
print(setg(), g)

# __class__ and zero-argument super
class Base:
    def hello(self):
        return 'Base.hello'
class Derived(Base):
    def hello(self):
        return 'Derived+' + super().hello()
    def cls(self):
        return __class__.__name__
print(Derived().hello(), Derived().cls())

# walrus binds in the enclosing function, even from a comprehension
def walrus():
    data = [1, 5, 3]
    if any((big := v) > 4 for v in data):
        pass
    total = [(last := v) for v in data]
    return big, last, total
print(walrus())

# nested functions see later assignments of the enclosing scope
def late():
    def f():
        return y
    y = 'late binding'
    return f()
print(late())

# deleting a cell variable
def delcell():
    a = 1
    def f():
        return a
    del a
    try:
        f()
    except NameError as e:
        return str(e)
print(delcell())

# unbound local
def unbound():
    try:
        print(q)
        q = 1
    except UnboundLocalError as e:
        return str(e)
print(unbound())

# qualnames
def qa():
    def qb():
        class QC:
            def qm(self): pass
        return QC
    return qb
print(qa.__qualname__, qa().__qualname__, qa()().__qualname__, qa()().qm.__qualname__)
print((lambda: 0).__qualname__, [lambda: 0][0].__qualname__)
