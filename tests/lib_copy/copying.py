# copy.copy, copy.deepcopy (memo, cycles, shared references), the
# __copy__/__deepcopy__/__getstate__/__setstate__/__reduce__ hooks, copy.replace.
import copy

nested = {'list': [1, [2, 3]], 'tuple': (4, [5]), 'set': {6}, 'str': 'x'}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested['list'][1].append('changed')
nested['tuple'][1].append('changed')
nested['set'].add(7)
print(shallow['list'], shallow['tuple'], sorted(shallow['set']))
print(deep['list'], deep['tuple'], sorted(deep['set']))
print(shallow is nested, shallow['list'] is nested['list'], deep['list'] is nested['list'])

# atomic and immutable values come back as themselves
for v in [1, 2.5, 'text', b'bytes', None, True, (1, 2), frozenset({1}), range(3), len, int]:
    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v)
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t)
lst = [1, 2]
print(copy.copy(lst) is lst, copy.copy(lst) == lst, copy.copy({1: 2}), copy.copy(bytearray(b'ab')))

# shared references and cycles survive deepcopy
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is cyc, dc)
d = {'self': None}
d['self'] = d
dd = copy.deepcopy(d)
print(dd['self'] is dd)
memo = {}
first = copy.deepcopy(shared, memo)
print(copy.deepcopy(shared, memo) is first)

# plain instances: attributes are copied (deeply with deepcopy)
class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags
    def __repr__(self):
        return f'Point({self.x}, {self.tags})'
p = Point(1, ['a'])
p2, p3 = copy.copy(p), copy.deepcopy(p)
p.tags.append('b')
print(p2, p3, type(p3).__name__, p2.tags is p.tags, p3.tags is p.tags)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child
root = Node('root')
leaf = root.add(Node('a')).add(Node('b'))
clone = copy.deepcopy(root)
print(clone.children[0].children[0].name, clone.children[0].parent is clone, clone.children[0] is root.children[0])

# hooks
class Tracked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('  __copy__ called')
        return Tracked(self.v)
    def __deepcopy__(self, memo):
        print('  __deepcopy__ called', type(memo).__name__)
        return Tracked(copy.deepcopy(self.v, memo))
tr = Tracked([1])
print(copy.copy(tr).v, copy.deepcopy(tr).v is tr.v)

class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = 'big'
    def __getstate__(self):
        state = self.__dict__.copy()
        del state['cache']
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'
s = copy.deepcopy(Stateful())
print(s.a, s.cache)

class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b))
r = copy.copy(Reduced(1, [2]))
print(r.a, r.b)

class Slotted:
    __slots__ = ('x',)
    def __init__(self, x):
        self.x = x
print(copy.copy(Slotted(5)).x)

# subclasses of built-in containers keep their type, items and attributes
class Tagged(list):
    pass
tl = Tagged([1, [2]])
tl.label = 'L'
c1, c2 = copy.copy(tl), copy.deepcopy(tl)
print(type(c1).__name__, c1, c1.label, type(c2).__name__, c2, c2[1] is tl[1])
class Registry(dict):
    pass
rg = Registry(a=[1])
print(type(copy.deepcopy(rg)).__name__, copy.deepcopy(rg))
class Name(str):
    pass
n = Name('abc')
n.extra = 1
print(type(copy.copy(n)).__name__, copy.copy(n), copy.deepcopy(n).extra)

# methods bound to instances
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
        return self.n
c = Counter()
bump = copy.deepcopy(c.bump)
print(bump(), bump(), c.n)

# copy.replace
from collections import namedtuple
P = namedtuple('P', 'x y')
print(copy.replace(P(1, 2), y=5))
class Frozen:
    def __init__(self, a):
        self.a = a
    def __replace__(self, **changes):
        return Frozen(changes.get('a', self.a))
print(copy.replace(Frozen(1), a=2).a)
try:
    copy.replace([1])
except TypeError as e:
    print('TypeError', e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
