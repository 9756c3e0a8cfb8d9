# functools.total_ordering, cmp_to_key, cached_property.
from functools import total_ordering, cmp_to_key, cached_property

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= b, a > b, a >= b, a <= c, a >= c, b > a, b >= a)
print(sorted([Version(2), Version(1, 5), Version(1)]))
print(max(Version(3), Version(1)), min(Version(3), Version(1)))
try:
    a < 3
except TypeError as e:
    print('TypeError', e)
try:
    a >= 3
except TypeError as e:
    print('TypeError', e)

# each root operation derives the others
for root in ('__le__', '__gt__', '__ge__'):
    def make(root):
        ns = {'__init__': lambda self, v: setattr(self, 'v', v),
              '__eq__': lambda self, o: self.v == o.v}
        ops = {'__le__': lambda self, o: self.v <= o.v,
               '__gt__': lambda self, o: self.v > o.v,
               '__ge__': lambda self, o: self.v >= o.v}
        ns[root] = ops[root]
        return total_ordering(type('T' + root.strip('_'), (), ns))
    T = make(root)
    x, y = T(1), T(2)
    print(T.__name__, x < y, x <= y, x > y, x >= y, y < x, y <= x, x <= T(1), x >= T(1), x < T(1))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)

# cmp_to_key
def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)

words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana']
print(sorted(words, key=cmp_to_key(by_length_then_reverse_alpha)))
key = cmp_to_key(lambda a, b: a - b)
print(key(1) < key(2), key(2) == key(2), key(3) >= key(4), key(5).obj)
try:
    hash(key(1))
except TypeError as e:
    print('TypeError')
print(min([5, 3, 8], key=cmp_to_key(lambda a, b: b - a)))

# cached_property
class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0
    @cached_property
    def total(self):
        """The sum, computed once."""
        self.computed += 1
        return sum(self.values)

d = Dataset([1, 2, 3])
print(d.total, d.total, d.computed)
print('total' in vars(d))
d.values.append(4)
print(d.total)
del d.total
print(d.total, d.computed)
d.total = 100
print(d.total)
print(Dataset.total.__doc__, Dataset.total.attrname)
print(type(Dataset.__dict__['total']).__name__)

prop = cached_property(lambda self: 1)
try:
    prop.__get__(Dataset([1]), Dataset)
except TypeError as e:
    print('TypeError', e)
try:
    class Twice:
        x = cached_property(lambda self: 1)
        y = x
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
