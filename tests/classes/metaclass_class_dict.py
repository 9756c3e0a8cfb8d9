# Classes made by a metaclass keep their namespace in __dict__ (the metaclass
# adds no instance __dict__ slot of its own), and __eq__ still clears __hash__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.created_by = mcls.__name__
        return cls

class A(metaclass=Meta):
    x = 1
    def __eq__(self, other):
        return True

print(sorted(k for k in A.__dict__ if not k.startswith('__')), A.x, A.created_by)
print(A.__dict__['__hash__'], '__dict__' in Meta.__dict__, sorted(k for k in vars(A) if k in ('x', 'created_by')))
A.y = 2
print(A.y, 'y' in A.__dict__, vars(A)['y'])
B = Meta('B', (A,), {'z': 3})
print(B.z, B.x, list(k for k in B.__dict__ if not k.startswith('__')), type(B).__name__)
print(bytearray.__hash__, list.__hash__, dict.__hash__)
