o = object()
print(type(o).__name__, isinstance(o, object), object.__name__, object.__bases__)
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(o == o, o != object(), hash(o) == hash(o))
class C:
    pass
print(C.__bases__ == (object,), issubclass(C, object), C.__mro__[-1] is object)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(str(o).startswith('<object object at '), repr(C()).startswith('<__main__.C object at '))
print(object.__str__(5), object.__repr__(5) if False else 'ok')
