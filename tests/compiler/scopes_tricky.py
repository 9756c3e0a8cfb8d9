# free variables passing through several levels
def l1():
    v = 'deep'
    def l2():
        def l3():
            def l4():
                return v
            return l4()
        return l3()
    return l2()
print(l1())

# a class in a function: a method reads a free variable that is also a class attribute
def make():
    shared = 'from function'
    class K:
        shared = 'from class'
        def get(self):
            return shared
        cls_view = shared
    return K().get(), K.cls_view, K.shared
print(make())

# comprehension at module level capturing its variable in a lambda
fs = [lambda: n for n in range(3)]
print([f() for f in fs])

class Holder:
    fs = [lambda: n for n in range(3)]
    vals = [f() for f in fs]
print(Holder.vals)

# nonlocal through a comprehension walrus
def outer():
    found = None
    def search(items):
        nonlocal found
        if any((found := it) > 2 for it in items):
            return True
        return False
    return search([1, 3, 5]), found
print(outer())

# global in a class body
gcount = 0
class G:
    global gcount
    gcount = 10
print(gcount)

# del of a name inside its own except handler
def del_in_handler():
    try:
        raise ValueError('x')
    except ValueError as err:
        del err
    return 'ok'
print(del_in_handler())

# names used before assignment in class body fall back to globals
y = 'global y'
class Late:
    first = y
    y = 'class y'
    second = y
print(Late.first, Late.second)

# compile() in its modes
ns = {}
exec(compile('a = 1\nb = a + 1', '<exec>', 'exec'), ns)
print(ns['a'], ns['b'], eval(compile('a * 10', '<eval>', 'eval'), ns))
code = compile('1 + 1', '<s>', 'single')
print(type(code).__name__)

# __debug__ is a constant
print(__debug__, (lambda: __debug__)())

# default arguments evaluated once, in the defining scope
class Defaults:
    base = 5
    def m(self, x=base * 2):
        return x
print(Defaults().m())

# lambda closures and keyword-only defaults
mk = lambda a, *, k=lambda: 'kw default': (a, k())
print(mk(1))

# generator capturing a cell that changes
def gen_cell():
    x = 1
    def show():
        return x
    g = (show() for _ in range(2))
    x = 2
    return list(g)
print(gen_cell())

# yield inside try/except/finally with exceptions while suspended
def robust():
    for i in range(3):
        try:
            yield i
        except ValueError as e:
            yield 'handled ' + str(e)
        finally:
            print('finally', i)
r = robust()
print(next(r), r.throw(ValueError('boom')), next(r), next(r))
r.close()

# with statement around a yield
class Tracker:
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit', a[0]); return False
def gen_with():
    with Tracker():
        yield 1
        yield 2
gw = gen_with()
print(next(gw))
gw.close()

# super() in a classmethod and in nested function of a method
class Base:
    @classmethod
    def who(cls): return 'Base.who(%s)' % cls.__name__
    def greet(self): return 'Base.greet'
class Child(Base):
    @classmethod
    def who(cls): return 'Child>' + super().who()
    def greet(self):
        def inner():
            return __class__.__name__
        return super().greet() + ' via ' + inner()
print(Child.who(), Child().greet())

# conditional imports and import as
import sys as system, os.path
from os import path as p2, sep
print(system is sys if 'sys' in dir() else 'no sys name', os.path is p2, type(sep).__name__)

# star-args with generators and kwargs merge error
def kw(**k): return sorted(k)
print(kw(**{'a': 1}, **{'b': 2}))
try:
    kw(**{'a': 1}, a=2)
except TypeError as e:
    print(e)
def star(*a): return a
print(star(*(x for x in range(3))), star(*'ab', *[1]))
