print(type(5).__name__, type('').__name__, type([]).__name__, type(type).__name__)
print(type(print).__name__, type(len).__name__, type(lambda: 0).__name__)
def gen():
    yield
print(type(gen()).__name__, type(range(1)).__name__, type(iter([])).__name__, type({}.keys()).__name__)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, type(slice(1)).__name__)
print(int, str, type, object, list, ValueError)
class C: pass
print(C.__class__ is type, type(C()) is C, type.__name__)
X = type('X', (C,), {'v': 1})
print(X.__name__, X.v, X.__bases__[0].__name__, isinstance(X(), C))
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(int), repr(C))
