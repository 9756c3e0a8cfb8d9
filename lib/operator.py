"""The operators of Python as functions: operator.add(a, b) is a + b."""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
           'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt',
           'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul',
           'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow',
           'irshift', 'is_', 'is_not', 'isub', 'itemgetter', 'itruediv',
           'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul',
           'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos',
           'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']

from builtins import abs as _abs


# Comparisons and truth

def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return True if a else False
def is_(a, b): return a is b
def is_not(a, b): return a is not b


# Arithmetic and bitwise operators

def abs(a): return _abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b


def index(a):
    """Return a converted to an integer, as done for slicing: a.__index__()."""
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted "
                        "as an integer") from None
    result = method(a)
    if not isinstance(result, int):
        raise TypeError(f"__index__ returned non-int "
                        f"(type {type(result).__name__})")
    return result


# Sequences

def _check_sequence(a):
    if not hasattr(type(a), '__getitem__') or isinstance(a, dict):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")


def concat(a, b):
    _check_sequence(a)
    return a + b


def contains(a, b): return b in a


def countOf(a, b):
    return sum(1 for item in a if item is b or item == b)


def delitem(a, b): del a[b]
def getitem(a, b): return a[b]
def setitem(a, b, c): a[b] = c


def indexOf(a, b):
    for i, item in enumerate(a):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0):
    """An estimate of len(obj): len() if it has one, else __length_hint__(),
    else default."""
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be "
                        "interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError('__length_hint__ must be an integer, not '
                        f'{type(value).__name__}')
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


# In-place operators

def iadd(a, b):
    a += b
    return a

def iand(a, b):
    a &= b
    return a

def iconcat(a, b):
    _check_sequence(a)
    a += b
    return a

def ifloordiv(a, b):
    a //= b
    return a

def ilshift(a, b):
    a <<= b
    return a

def imod(a, b):
    a %= b
    return a

def imul(a, b):
    a *= b
    return a

def imatmul(a, b):
    a @= b
    return a

def ior(a, b):
    a |= b
    return a

def ipow(a, b):
    a **= b
    return a

def irshift(a, b):
    a >>= b
    return a

def isub(a, b):
    a -= b
    return a

def itruediv(a, b):
    a /= b
    return a

def ixor(a, b):
    a ^= b
    return a


# Callables that fetch parts of their argument

class itemgetter:
    """itemgetter(item, /, *items): a callable returning obj[item], or a tuple
    of obj[item] for each item when there are several."""
    __slots__ = ('_items', '_call')

    def __new__(cls, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self = object.__new__(cls)
        self._items = items
        if len(items) == 1:
            item = items[0]
            self._call = lambda obj: obj[item]
        else:
            self._call = lambda obj: tuple(obj[i] for i in items)
        return self

    def __call__(self, *args):
        if len(args) != 1:
            raise TypeError(f'itemgetter expected 1 argument, got {len(args)}')
        return self._call(args[0])

    def __repr__(self):
        items = ', '.join(map(repr, self._items))
        return f'{type(self).__module__}.{type(self).__qualname__}({items})'

    def __reduce__(self):
        return type(self), self._items


def _resolve_attr(obj, dotted):
    for name in dotted.split('.'):
        obj = getattr(obj, name)
    return obj


class attrgetter:
    """attrgetter(attr, /, *attrs): a callable returning obj.attr (dotted names
    follow the chain), or a tuple of them when there are several."""
    __slots__ = ('_attrs',)

    def __new__(cls, *attrs):
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
        self = object.__new__(cls)
        self._attrs = attrs
        return self

    def __call__(self, *args):
        if len(args) != 1:
            raise TypeError(f'attrgetter expected 1 argument, got {len(args)}')
        obj, attrs = args[0], self._attrs
        if len(attrs) == 1:
            return _resolve_attr(obj, attrs[0])
        return tuple(_resolve_attr(obj, attr) for attr in attrs)

    def __repr__(self):
        attrs = ', '.join(map(repr, self._attrs))
        return f'{type(self).__module__}.{type(self).__qualname__}({attrs})'

    def __reduce__(self):
        return type(self), self._attrs


class methodcaller:
    """methodcaller(name, /, *args, **kwargs): a callable that calls
    obj.name(*args, **kwargs)."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __new__(cls, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, '
                            'the method name')
        if not isinstance(args[0], str):
            raise TypeError('method name must be a string')
        self = object.__new__(cls)
        self._name = args[0]
        self._args = args[1:]
        self._kwargs = kwargs
        return self

    def __call__(self, *args):
        if len(args) != 1:
            raise TypeError(f'methodcaller expected 1 argument, got {len(args)}')
        return getattr(args[0], self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend(f'{k}={v!r}' for k, v in self._kwargs.items())
        return (f'{type(self).__module__}.{type(self).__qualname__}'
                f'({", ".join(parts)})')


# The dunder aliases: operator.__add__ is operator.add, and so on.
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
