class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), isinstance(b, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(A, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance('s', str), isinstance([], (list, tuple)), isinstance(None, type(None)))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(KeyError, LookupError))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(b, (list, (dict, A))))
