# isinstance / issubclass: tuples, nesting, metaclass hooks, __class__ and __bases__.
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, (float, (int,)))))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, (str, int)), issubclass(B, (C, (A,))))
print(issubclass(A, A), issubclass(A, object), isinstance(A, type), isinstance(type, type))
print(isinstance(1, ()), issubclass(int, ()))

class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, inst)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance(42, Magic), isinstance(41, Magic), isinstance(Magic(), Magic))
print(issubclass(int, Magic), issubclass(str, Magic), issubclass(Magic, Magic))
print(isinstance(42, (str, Magic)), issubclass(int, (str, Magic)))

class Truthy(type):
    def __instancecheck__(cls, inst):
        return [1]
class T(metaclass=Truthy): pass
print(isinstance(None, T))

class Raiser(type):
    def __instancecheck__(cls, inst):
        raise KeyError("nope")
class R(metaclass=Raiser): pass
try:
    isinstance(1, R)
except KeyError as e:
    print("KeyError", e)

# __class__ override
class Fake:
    @property
    def __class__(self):
        return int
f = Fake()
print(isinstance(f, int), isinstance(f, Fake), type(f) is Fake)

# class-like objects through __bases__
class Pseudo:
    def __init__(self, *bases):
        self.__bases__ = bases
base = Pseudo()
derived = Pseudo(base)
other = Pseudo()
print(issubclass(derived, base), issubclass(base, derived), issubclass(derived, (other, base)))
multi = Pseudo(other, Pseudo(base))
print(issubclass(multi, base))

errors = [
    "isinstance(1, 2)", "isinstance(1, (int, 2))", "isinstance(1, (2, int))", "isinstance(1, [int])",
    "issubclass(1, int)", "issubclass(int, 1)", "issubclass(int, (1,))", "issubclass(int, (int, 1))",
    "issubclass(derived, 1)", "issubclass(1, base)", "isinstance(1, base)",
]
for e in errors:
    try:
        print(e, "->", eval(e))
    except TypeError as x:
        print(e, "!!", x)
