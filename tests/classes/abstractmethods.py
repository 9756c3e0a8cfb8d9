# type.__abstractmethods__: assigning a non-empty set makes the class abstract
# (object.__new__ refuses it); only the class's own attribute counts.
class A:
    def f(self):
        pass

print(hasattr(A, '__abstractmethods__'))
A.__abstractmethods__ = frozenset({'g', 'f'})
print(sorted(A.__abstractmethods__))
try:
    A()
except TypeError as e:
    print('TypeError', e)
A.__abstractmethods__ = frozenset({'only'})
try:
    A()
except TypeError as e:
    print('TypeError', e)

class B(A):
    pass
print(type(B()).__name__)
try:
    B.__abstractmethods__
except AttributeError as e:
    print('AttributeError', e)

A.__abstractmethods__ = ()
print(type(A()).__name__)
del A.__abstractmethods__
try:
    del A.__abstractmethods__
except AttributeError as e:
    print('AttributeError', e)
try:
    int.__abstractmethods__
except AttributeError as e:
    print('AttributeError', e)

C = type('C', (), {'__abstractmethods__': frozenset({'x'})})
print(type(C()).__name__)

class D:
    pass
D.__module__ = 'elsewhere'
print(D, D.__module__)
