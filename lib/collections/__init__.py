"""Container datatypes: namedtuple, deque, defaultdict, OrderedDict,
Counter, ChainMap, UserDict and UserList."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'defaultdict', 'deque', 'namedtuple']

import sys as _sys
from keyword import iskeyword as _iskeyword
from operator import index as _index
import _collections_abc
from _collections_abc import (Mapping as _Mapping,
                              MutableMapping as _MutableMapping,
                              MutableSequence as _MutableSequence,
                              KeysView as _KeysView, ItemsView as _ItemsView,
                              ValuesView as _ValuesView)

_GenericAlias = type(list[int])
_repr_running = set()   # ids of containers whose repr is being computed


def _guarded_repr(obj, build, recursive):
    """repr of a container, or `recursive` if obj's repr is already being
    computed further up (a container that contains itself)."""
    key = id(obj)
    if key in _repr_running:
        return recursive
    _repr_running.add(key)
    try:
        return build()
    finally:
        _repr_running.discard(key)


################################################################################
# namedtuple

class _tuplegetter:
    """The descriptor for a namedtuple field: self[index], read-only."""

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self.index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'{type(self).__name__}({self.index}, {self.__doc__!r})'


def _check_names(typename, field_names, rename):
    if rename:
        seen = set()
        for i, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[i] = f'_{i}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """A new tuple subclass whose items are also reachable as named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))
    _check_names(typename, field_names, rename)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        # Defaults apply to the rightmost fields.
        named = field_names[len(field_names) - len(defaults):]
        field_defaults = dict(zip(named, defaults))

    fields = tuple(map(_sys.intern, field_names))
    count = len(fields)
    arg_list = ', '.join(fields)
    if count == 1:
        arg_list += ','

    # __new__ is compiled, so that calls get the real signature and
    # CPython's messages for missing or unexpected arguments.
    namespace = {'_tuple_new': tuple.__new__, '__builtins__': {},
                 '__name__': f'namedtuple_{typename}'}
    exec(f'def __new__(_cls, {arg_list}):\n'
         f'    return _tuple_new(_cls, ({arg_list}))\n', namespace)
    __new__ = namespace['__new__']
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != count:
            raise TypeError(f'Expected {count} arguments, got {len(result)}')
        return result

    _make.__func__.__doc__ = (f'Make a new {typename} object from a sequence '
                              'or iterable')

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value)
                             for name, value in zip(fields, self)])
        if kwds:
            raise TypeError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    def __repr__(self):
        """Return a nicely formatted representation string"""
        values = ', '.join(f'{name}={value!r}'
                           for name, value in zip(fields, self))
        return f'{self.__class__.__name__}({values})'

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict,
                   __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '__replace__': _replace,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        doc = _sys.intern(f'Alias for field number {index}')
        class_namespace[name] = _tuplegetter(index, doc)

    result = type(typename, (tuple,), class_namespace)

    # The class belongs to the module that called namedtuple().
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module
    return result


################################################################################
# deque

class deque:
    """deque([iterable[, maxlen]]): a double-ended queue with fast appends
    and pops at both ends; bounded by maxlen if given (adding items then
    drops them from the other end).

    The items live in two lists meeting in the middle: _left holds the
    first items in reverse order (so _left[-1] is the first item), _right
    the rest in order. Pops that find their side empty move half of the
    other side over, which keeps every end operation O(1) amortized."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._left = []
        self._right = []
        self._state = 0   # bumped by every mutation; iterators check it
        self.extend(iterable)

    @property
    def maxlen(self):
        """Maximum size of the deque, or None if unbounded."""
        return self._maxlen

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left or self._right)

    # Adding and removing at the ends

    def append(self, x):
        """Add x to the right end."""
        self._state += 1
        self._right.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self._take_left()

    def appendleft(self, x):
        """Add x to the left end."""
        self._state += 1
        self._left.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self._take_right()

    def pop(self):
        """Remove and return the rightmost item."""
        if not self._right and not self._left:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._take_right()

    def popleft(self):
        """Remove and return the leftmost item."""
        if not self._right and not self._left:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._take_left()

    def _take_right(self):
        if not self._right:
            left = self._left
            half = (len(left) + 1) // 2
            self._right = left[half - 1::-1]
            self._left = left[half:]
        return self._right.pop()

    def _take_left(self):
        if not self._left:
            right = self._right
            half = (len(right) + 1) // 2
            self._left = right[half - 1::-1]
            self._right = right[half:]
        return self._left.pop()

    def extend(self, iterable):
        """Append the items of iterable at the right end."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Append the items of iterable at the left end, one by one (so
        they end up in reverse order)."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove every item."""
        self._state += 1
        self._left = []
        self._right = []

    def _replace_items(self, items):
        self._state += 1
        self._left = []
        self._right = items

    def rotate(self, n=1):
        """Rotate n steps to the right (to the left if n is negative)."""
        size = len(self)
        if size > 1:
            n %= size
            if n:
                items = list(self)
                self._replace_items(items[-n:] + items[:-n])

    def reverse(self):
        """Reverse the items in place."""
        self._state += 1
        self._left, self._right = self._right, self._left

    # Searching

    def count(self, x):
        """Number of items equal to x."""
        return sum(1 for item in self if item is x or item == x)

    def index(self, x, start=0, stop=_sys.maxsize):
        """First index of x in [start:stop]; ValueError if absent."""
        size = len(self)
        start, stop, _ = slice(start, stop).indices(size)
        state = self._state
        for i in range(start, stop):
            item = self._get(i)
            if item is x or item == x:
                return i
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError(f'{x!r} is not in deque')

    def remove(self, value):
        """Remove the first item equal to value; ValueError if absent."""
        for i, item in enumerate(self):
            if item is value or item == value:
                del self[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    def insert(self, i, x):
        """Insert x before index i."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = list(self)
        items.insert(i, x)
        self._replace_items(items)

    def __contains__(self, x):
        for item in self:
            if item is x or item == x:
                return True
        return False

    # Indexing

    def _position(self, i):
        if not hasattr(type(i), '__index__'):
            raise TypeError('sequence index must be integer, not '
                            f'{type(i).__name__!r}')
        i = _index(i)
        size = len(self)
        if i < 0:
            i += size
        if not 0 <= i < size:
            raise IndexError('deque index out of range')
        return i

    def _get(self, i):
        left = self._left
        if i < len(left):
            return left[-1 - i]
        return self._right[i - len(left)]

    def __getitem__(self, i):
        return self._get(self._position(i))

    def __setitem__(self, i, x):
        i = self._position(i)
        left = self._left
        if i < len(left):
            left[-1 - i] = x
        else:
            self._right[i - len(left)] = x

    def __delitem__(self, i):
        i = self._position(i)
        self._state += 1
        left = self._left
        if i < len(left):
            del left[-1 - i]
        else:
            del self._right[i - len(left)]

    # Iteration

    def __iter__(self):
        return self._iterate(self._state, self._left, self._right)

    def __reversed__(self):
        return self._iterate(self._state, self._right, self._left)

    def _iterate(self, state, first, second):
        # first is read backwards, second forwards.
        for i in range(len(first) - 1, -1, -1):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield first[i]
        for i in range(len(second)):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield second[i]
        if self._state != state:
            raise RuntimeError('deque mutated during iteration')

    # Copies, operators and comparisons

    def copy(self):
        """A shallow copy."""
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (list(self), self._maxlen)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not '
                            f'"{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self) * _index(n)
        if self._maxlen is not None:
            items = items[len(items) - self._maxlen:] if self._maxlen else []
        self._replace_items(items)
        return self

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self), list(other))

    def __eq__(self, other): return self._compare(other, list.__eq__)
    def __ne__(self, other): return self._compare(other, list.__ne__)
    def __lt__(self, other): return self._compare(other, list.__lt__)
    def __le__(self, other): return self._compare(other, list.__le__)
    def __gt__(self, other): return self._compare(other, list.__gt__)
    def __ge__(self, other): return self._compare(other, list.__ge__)

    __hash__ = None

    def __repr__(self):
        def build():
            items = repr(list(self))
            name = type(self).__name__
            if self._maxlen is None:
                return f'{name}({items})'
            return f'{name}({items}, maxlen={self._maxlen})'
        return _guarded_repr(self, build, '[...]')

    __class_getitem__ = classmethod(_GenericAlias)


_MutableSequence.register(deque)


################################################################################
# defaultdict

class defaultdict(dict):
    """defaultdict(default_factory=None, /, ...): a dict that creates
    missing items with default_factory() when they are looked up with d[k].
    The other arguments are those of dict()."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        factory = _guarded_repr(self, lambda: repr(self.default_factory), '...')
        return f'{type(self).__name__}({factory}, {dict.__repr__(self)})'

    def copy(self):
        """A shallow copy."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return (type(self), (self.default_factory,), None, None,
                iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result


################################################################################
# OrderedDict

# The views iterate with the dict's own (C) iterators; they exist for their
# odict_* reprs and their reversed().

class _OrderedDictKeysView(_KeysView):
    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    def __repr__(self):
        return f'odict_keys({list(self)!r})'


class _OrderedDictItemsView(_ItemsView):
    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(dict.items(self._mapping))

    def __repr__(self):
        return f'odict_items({list(self)!r})'


class _OrderedDictValuesView(_ValuesView):
    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(dict.values(self._mapping))

    def __repr__(self):
        return f'odict_values({list(self)!r})'


class OrderedDict(dict):
    """A dict with order-aware operations: move_to_end(), popitem(last=),
    and equality that compares the order when both sides are OrderedDicts.
    (Plain dicts keep insertion order, which this builds on.)"""

    def move_to_end(self, key, last=True):
        """Move key to the right end (the left end if last is false)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return the last (key, value) pair, or the first if
        last is false."""
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def keys(self):
        return _OrderedDictKeysView(self)

    def items(self):
        return _OrderedDictItemsView(self)

    def values(self):
        return _OrderedDictValuesView(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({dict.__repr__(self)})'

    def __reduce__(self):
        return type(self), (), getattr(self, '__dict__', None) or None, None, \
            iter(dict.items(self))

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new ordered dictionary with keys from iterable, all set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
# Counter

class Counter(dict):
    """A dict that counts hashable items: Counter('abracadabra') maps each
    letter to its number of occurrences. Missing items count as zero."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common (item, count) pairs, most common first (all of
        them if n is None); equal counts keep first-seen order."""
        ranked = sorted(self.items(), key=lambda pair: pair[1], reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        """Each item repeated as many times as its count (items with counts
        below one are left out)."""
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use '
                                  'Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of items or from a mapping of counts."""
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts (which may go to zero or below)."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _Mapping):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            shown = dict(self.most_common())
        except TypeError:   # counts that cannot be ordered
            shown = dict(self)
        return f'{self.__class__.__name__}({shown!r})'

    # Comparisons treat missing items as zero counts.

    def _all(self, other, test):
        return all(test(self[e], other[e]) for c in (self, other) for e in c)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, lambda a, b: a == b)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, lambda a, b: a <= b)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, lambda a, b: a >= b)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset operations: results keep positive counts only.

    def _combine(self, other, combine):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            new = combine(count, other[elem])
            if new > 0:
                result[elem] = new
        for elem, count in other.items():
            if elem not in self:
                new = combine(0, count)
                if new > 0:
                    result[elem] = new
        return result

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
# ChainMap

class ChainMap(_MutableMapping):
    """ChainMap(*maps): one view over several mappings. Lookups search the
    maps in order; writes, updates and deletions go to maps[0]."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # The keys in the order of first appearance from the last map.
        keys = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                keys[key] = None
        return iter(keys)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return _guarded_repr(
            self, lambda: f'{self.__class__.__name__}'
                          f'({", ".join(map(repr, self.maps))})', '...')

    @classmethod
    def fromkeys(cls, iterable, value=None, /):
        """A ChainMap over one new dict with keys from iterable."""
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        """A new ChainMap with a copy of maps[0] and the same other maps."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new ChainMap with a new map (m, or a new dict with kwargs) in
        front of the current ones."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A new ChainMap of every map but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove and return an item of maps[0]."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empty maps[0]."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(other)
        for child in reversed(self.maps):
            merged.update(child)
        return self.__class__(merged)


################################################################################
# UserDict, UserList

class UserDict(_MutableMapping):
    """A dict-like class wrapping a real dict, self.data; convenient to
    subclass."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        result = self.__class__.__new__(self.__class__)
        result.__dict__.update(self.__dict__)
        result.__dict__['data'] = self.__dict__['data'].copy()
        return result

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_MutableSequence):
    """A list-like class wrapping a real list, self.data; convenient to
    subclass."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other): return self.data < self._cast(other)
    def __le__(self, other): return self.data <= self._cast(other)
    def __eq__(self, other): return self.data == self._cast(other)
    def __gt__(self, other): return self.data > self._cast(other)
    def __ge__(self, other): return self.data >= self._cast(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        result = self.__class__.__new__(self.__class__)
        result.__dict__.update(self.__dict__)
        result.__dict__['data'] = self.__dict__['data'][:]
        return result

    def append(self, item): self.data.append(item)
    def insert(self, i, item): self.data.insert(i, item)
    def pop(self, i=-1): return self.data.pop(i)
    def remove(self, item): self.data.remove(item)
    def clear(self): self.data.clear()
    def copy(self): return self.__class__(self)
    def count(self, item): return self.data.count(item)
    def index(self, item, *args): return self.data.index(item, *args)
    def reverse(self): self.data.reverse()
    def sort(self, /, *args, **kwds): self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)
