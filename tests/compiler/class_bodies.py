class A:
    """Doc of A."""
    x = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def other(self):
        self.c = 3
        if False:
            self.a = 4
print(A.__module__, A.__qualname__, A.__doc__, A.__firstlineno__, A.__static_attributes__)

def func():
    class Inner:
        def m(self): pass
    return Inner
print(func().__qualname__, func().m.__qualname__)

# __classcell__ only when __class__ is used
class B:
    def f(self):
        return __class__
print(B().f() is B, '__classcell__' in B.__dict__)

# annotations in modules and classes
x: int = 5
y: 'forward'
class Ann:
    a: int
    b: str = 'b'
    def m(self, p: int, *q: str, r: float = 1.0, **s: bool) -> list: pass
print(__annotations__, Ann.__annotations__, Ann.m.__annotations__)

def local_ann():
    z: undefined_name = 1     # not evaluated inside functions
    return z
print(local_ann())

# private names are mangled
class Priv:
    __secret = 'hidden'
    def get(self):
        return self.__secret
    def __dunder__(self):
        return 'not mangled'
print(Priv().get(), Priv._Priv__secret, Priv().__dunder__())

# docstrings are cleaned of indentation
def doc():
    """First line.

        Indented more.
    Back.
    """
print(repr(doc.__doc__))
class NoDoc:
    x = 'not a docstring'
print(NoDoc.__doc__)

# decorated classes
def add_attr(cls):
    cls.added = True
    return cls
@add_attr
class Decorated:
    pass
print(Decorated.added, Decorated.__firstlineno__)

# class attribute and method resolution inside the body
class Counter:
    count = 0
    count += 1
    items = [count] * 2
    def bump(cls):
        cls.count += 1
        return cls.count
    bump = classmethod(bump)
print(Counter.count, Counter.items, Counter.bump(), Counter.bump())
