def trace(fn):
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print('returned', result)
        return result
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__)
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(name):
    return 'hi ' + name
print(hi('bob'))
def d1(f):
    print('apply d1')
    return lambda: 'd1(' + f() + ')'
def d2(f):
    print('apply d2')
    return lambda: 'd2(' + f() + ')'
@d1
@d2
def base():
    return 'base'
print(base())
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one(): pass
@register
def two(): pass
print(registry)
@(lambda f: f)
def ident(): return 'expr decorator'
print(ident())
def cls_deco(cls):
    cls.tag = 'decorated'
    return cls
@cls_deco
class K: pass
print(K.tag)
