# collections.abc: isinstance/issubclass for built-in types, structural
# checks, registration, and the mixin methods of the ABCs.
from collections import abc, OrderedDict, deque, Counter, defaultdict, ChainMap
import collections.abc

print(collections.abc is abc, abc.Mapping is collections.abc.Mapping)

values = [1, 'text', b'bytes', bytearray(b'x'), [1], (1,), {1: 2}, {1}, frozenset(),
          range(3), iter([]), (x for x in []), len, None, {}.keys(), {}.items(),
          {}.values(), deque(), OrderedDict(), Counter(), defaultdict(int), ChainMap()]
names = ['Hashable', 'Iterable', 'Iterator', 'Reversible', 'Generator', 'Sized',
         'Container', 'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping',
         'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
         'Sequence', 'MutableSequence']
for v in values:
    hits = [n for n in names if isinstance(v, getattr(abc, n))]
    print(type(v).__name__, hits)

# structural checks through __subclasshook__
class Box:
    def __init__(self, items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return x in self.items
class Counter3:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
class NoHash:
    __hash__ = None
print(isinstance(Box([]), abc.Iterable), isinstance(Box([]), abc.Sized),
      isinstance(Box([]), abc.Collection), isinstance(Box([]), abc.Sequence))
print(isinstance(Counter3(), abc.Iterator), list(Counter3()), issubclass(Counter3, abc.Iterable))
print(isinstance(NoHash(), abc.Hashable), isinstance(object(), abc.Hashable))
print(issubclass(int, abc.Hashable), issubclass(list, abc.Hashable), issubclass(Box, abc.Callable))

# registration
class Roster:
    pass
abc.Sequence.register(Roster)
print(issubclass(Roster, abc.Sequence), issubclass(Roster, abc.Iterable),
      isinstance(Roster(), abc.Collection), issubclass(Roster, abc.MutableSequence))
print(abc.Sized.register(Roster) is Roster)
try:
    abc.Sized.register(5)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(5, abc.Sized)
except TypeError as e:
    print('TypeError', e)

# abstract classes cannot be instantiated
for cls in (abc.Mapping, abc.Iterable, abc.MutableSequence):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
class Partial(abc.Mapping):
    def __getitem__(self, key):
        return key
try:
    Partial()
except TypeError as e:
    print('TypeError', e)
print(sorted(abc.Sequence.__abstractmethods__), sorted(abc.MutableMapping.__abstractmethods__))

# a Mapping from three methods
class Squares(abc.Mapping):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, k):
        if not (isinstance(k, int) and 0 <= k < self.n):
            raise KeyError(k)
        return k * k
    def __iter__(self):
        return iter(range(self.n))
    def __len__(self):
        return self.n
sq = Squares(4)
print(list(sq.keys()), list(sq.values()), list(sq.items()), sq.get(2), sq.get(9, -1))
print(3 in sq, 4 in sq, sq == {0: 0, 1: 1, 2: 4, 3: 9}, sq == {0: 0}, dict(sq))
print(sq.keys() & {1, 2, 7}, sq.keys() | {9}, sq.keys() - {0}, (1, 1) in sq.items(), 9 in sq.values())
print(len(sq.keys()), isinstance(sq.keys(), abc.Set), sq.keys() == {0, 1, 2, 3})

# a MutableMapping
class Registry(abc.MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
r = Registry()
r['A'] = 1
r.update({'B': 2}, C=3)
r.update([('D', 4)])
print(dict(r), r.setdefault('a', 9), r.setdefault('E', 5), r.pop('b'), r.pop('zz', None))
print(r.popitem(), len(r))
try:
    r.pop('nope')
except KeyError as e:
    print('KeyError', e)
r.clear()
print(dict(r), len(r))

# a Sequence and a MutableSequence
class Letters(abc.Sequence):
    def __init__(self, s):
        self.s = s
    def __getitem__(self, i):
        return self.s[i]
    def __len__(self):
        return len(self.s)
l = Letters('banana')
print(list(l), 'n' in l, l.index('n'), l.count('a'), list(reversed(l)), l.index('a', 2))
try:
    l.index('z')
except ValueError:
    print('ValueError')

class Arr(abc.MutableSequence):
    def __init__(self):
        self.data = []
    def __getitem__(self, i):
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __len__(self):
        return len(self.data)
    def insert(self, i, v):
        self.data.insert(i, v)
a = Arr()
a.append(1)
a.extend([2, 3, 4])
a += [5]
a.reverse()
print(a.data, a.pop(), a.pop(0), a.data)
a.remove(3)
print(a.data)
a.clear()
print(a.data)

# a Set from three methods gets the operators
class Bits(abc.Set):
    def __init__(self, items=()):
        self.items = sorted(set(items))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f'Bits({self.items})'
x, y = Bits([1, 2, 3]), Bits([2, 3, 4])
print(x & y, x | y, x - y, x ^ y, x <= y, Bits([2]) < x, x == Bits([3, 2, 1]), x.isdisjoint([7]))

class ListSet(abc.MutableSet):
    def __init__(self):
        self.items = []
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)
s = ListSet()
s |= [3, 1, 3, 2]
print(s.items)
s -= [1]
s.add(7)
print(s.items, s.pop(), s.items)
s.remove(2)
try:
    s.remove(2)
except KeyError as e:
    print('KeyError', e)
print(s.items)

print(sorted(abc.__all__))
print(abc.Iterable[int], abc.Callable)
