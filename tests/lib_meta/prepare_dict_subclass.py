class D(dict):
    def __setitem__(self, k, v):
        print("set", k); dict.__setitem__(self, k, v)
    def __getitem__(self, k):
        print("get", k); return dict.__getitem__(self, k)
class M2(type):
    @classmethod
    def __prepare__(m, n, b): return D()
    def __new__(m, n, b, ns):
        print(type(ns).__name__)
        return super().__new__(m, n, b, dict(ns))
class C(metaclass=M2):
    a = 1
    b = a + 1
    c: int = 3
    def f(self): return b
    del b
print(C.a, C.c, C.__annotations__, hasattr(C, 'b'))


# a namespace that rejects redefinition (as enum does)
class NoDup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith('__'):
            raise TypeError(f"{k!r} already defined")
        super().__setitem__(k, v)


class Strict(type):
    @classmethod
    def __prepare__(m, n, b, **kw):
        return NoDup()


try:
    class Bad(metaclass=Strict):
        x = 1
        x = 2
except TypeError as e:
    print("TypeError:", e)


# a namespace with defaults (__missing__ is not consulted by name lookup)
class Auto(dict):
    def __getitem__(self, k):
        if k.startswith('auto_'):
            return k[5:]
        return super().__getitem__(k)


class AutoMeta(type):
    @classmethod
    def __prepare__(m, n, b):
        return Auto()


class Use(metaclass=AutoMeta):
    v = auto_hello
    w = len("abc")
print(Use.v, Use.w)


# metaclass __dict__ is the class dict; property __isabstractmethod__
class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    a = 1
print(sorted(k for k in WithMeta.__dict__ if not k.startswith('__')), '__dict__' in Meta.__dict__)
print(property(lambda s: 1).__isabstractmethod__)
