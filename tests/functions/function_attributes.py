def f(a, b=1, *args, c, d=2, **kw):
    """The doc."""
    x = 1
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__module__, type(f).__name__, callable(f))
f.custom = 'attr'
print(f.custom, 'custom' in f.__dict__)
class C:
    def m(self):
        def inner():
            pass
        return inner
print(C.m.__qualname__, C().m().__qualname__, C.m.__name__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
def nodoc(): pass
print(nodoc.__doc__)
bm = C().m
print(type(bm).__name__, bm.__name__, bm.__func__ is C.m)
