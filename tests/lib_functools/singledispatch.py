# functools.singledispatch and singledispatchmethod.
from functools import singledispatch, singledispatchmethod

@singledispatch
def describe(obj):
    return f'object {obj!r}'

@describe.register
def _(obj: int):
    return f'int {obj}'

@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f'sequence of {len(obj)}'

def describe_str(obj):
    return f'str {obj!r}'
describe.register(str, describe_str)

class Base: pass
class Derived(Base): pass

@describe.register(Base)
def _(obj):
    return f'Base instance {type(obj).__name__}'

print(describe(1), describe(True), describe(2.5))
print(describe([1, 2]), describe((1,)), describe('hi'))
print(describe(Derived()), describe(Base()), describe(None))
print(describe.dispatch(bool).__name__, describe.dispatch(float) is describe.registry[object])
print(describe.__name__, sorted(t.__name__ for t in describe.registry))
try:
    describe()
except TypeError as e:
    print('TypeError', e)

# later registrations take effect immediately
@describe.register(float)
def _(obj):
    return f'float {obj}'
print(describe(2.5))

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f'? {arg}'
    @fmt.register
    def _(self, arg: int):
        return f'int:{arg:04d}'
    @fmt.register(list)
    def _(self, arg):
        return '[' + ', '.join(self.fmt(x) for x in arg) + ']'

f = Formatter()
print(f.fmt(7), f.fmt('x'), f.fmt([1, 'a', [2]]))

# abstract base classes take part in dispatch
from collections.abc import Mapping, MutableMapping, Sequence, Iterable

@singledispatch
def kind(obj):
    return 'other'
@kind.register
def _(obj: Iterable):
    return 'iterable'
@kind.register
def _(obj: Mapping):
    return 'mapping'
@kind.register
def _(obj: Sequence):
    return 'sequence'
print(kind({}), kind([]), kind('s'), kind({1}), kind(5), kind(iter([])))
@kind.register(MutableMapping)
def _(obj):
    return 'mutable mapping'
print(kind({}), kind(type('M', (Mapping,), {'__getitem__': None, '__iter__': None, '__len__': None})()))
