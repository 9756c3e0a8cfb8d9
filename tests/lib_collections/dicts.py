# collections.defaultdict and OrderedDict.
from collections import defaultdict, OrderedDict

words = 'the quick brown fox jumps over the lazy dog the end'.split()
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter['t'], by_letter['q'], len(by_letter))
print(sorted(by_letter.items())[:3])
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts['the'], counts['missing'], 'missing' in counts, counts.get('nope'))
print(dict(sorted(counts.items())))

nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 1
nested['a']['y'] += 2
nested['b']['x'] += 3
print({k: dict(v) for k, v in nested.items()})

dd = defaultdict(set, {'k': {1}}, extra={2})
dd['new'].add(3)
print(dd, dd.default_factory)
print(defaultdict(), defaultdict(None, a=1), defaultdict(int, [('x', 1)]))
nofactory = defaultdict()
try:
    nofactory['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
dd.default_factory = list
print(dd['other'], dd.default_factory)
c = dd.copy()
print(type(c).__name__, c.default_factory, c == dd, c is dd)
u = defaultdict(int, a=1) | {'b': 2}
print(u, type(u).__name__)
r = {'z': 0} | defaultdict(int, a=1)
print(r, type(r).__name__)
print(isinstance(dd, dict), defaultdict.__mro__[1].__name__)
import copy
deep = copy.deepcopy(defaultdict(list, {'a': [1]}))
print(deep, deep.default_factory)

# OrderedDict
od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
print(od.keys(), od.values(), od.items())
od.move_to_end('b')
print(list(od))
od.move_to_end('b', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)

x = OrderedDict([('a', 1), ('b', 2)])
y = OrderedDict([('b', 2), ('a', 1)])
print(x == y, x != y, x == dict(y), dict(x) == y, x == {'a': 1, 'b': 2})
print(OrderedDict(), OrderedDict(a=1, b=2), OrderedDict.fromkeys('xyz', 0))
print(list(reversed(x)), list(reversed(x.items())), list(reversed(x.values())))
print(x | {'c': 3}, type(x | {'c': 3}).__name__)
x |= {'z': 26}
print(x, x.copy(), type(x.copy()).__name__)
print(x.setdefault('a', 9), x.setdefault('n', 14), x.pop('b'), x)

# an LRU cache built on OrderedDict
class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size
    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value
    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.size:
            del self[next(iter(self))]
cache = LRU(2)
cache['a'] = 1
cache['b'] = 2
cache['a']
cache['c'] = 3
print(list(cache.items()))
