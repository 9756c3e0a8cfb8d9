class Alias:
    def __init__(self, *cls): self.cls = cls
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return self.cls
class A: pass
class B: pass
class C(Alias(A, B), metaclass=type):
    pass
print(C.__mro__, C.__orig_bases__[0].__class__.__name__, C.__bases__)
class D(A, Alias()):
    pass
print(D.__bases__, '__orig_bases__' in D.__dict__)
class E(A): pass
print('__orig_bases__' in E.__dict__)
class Bad:
    def __mro_entries__(self, bases): return [A]
try:
    class F(Bad()): pass
except TypeError as e: print(e)
try:
    class G(3): pass
except TypeError as e: print(e)
