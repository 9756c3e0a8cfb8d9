# collections.namedtuple: construction, fields, defaults, rename, helper
# methods, tuple behaviour, subclassing and argument errors.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(p == (11, 22), p == Point(11, 22), p != (11, 23), p < Point(12, 0), hash(p) == hash((11, 22)))
x, y = p
print(x + y, sum(p), p + (1,), p * 2, p[::-1], 22 in p, p.index(22), p.count(11))
print(isinstance(p, tuple), type(p).__name__, Point.__name__, Point.__qualname__, Point.__module__)
print(Point._fields, Point.__doc__, Point.__match_args__, Point._field_defaults)
print(Point.x.__doc__, Point.y.__doc__, Point.__new__.__doc__)
print(p._asdict(), p._replace(x=100), p)
print(Point._make([3, 4]), Point._make(range(2)), Point(*'ab'))
print(f'{p}', str(p), repr(p), '%s|%r' % (p, p))
print({p: 'found'}[Point(11, 22)], sorted([Point(2, 1), Point(1, 2)]))

# field names as one string, with commas or spaces
Color = namedtuple('Color', 'red, green blue')
print(Color(1, 2, 3), Color._fields)
Single = namedtuple('Single', 'only')
print(Single(5), Single._fields, Single(5)._replace(only=6))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))

# defaults apply to the rightmost fields
Account = namedtuple('Account', 'owner balance currency', defaults=[0, 'EUR'])
print(Account('ann'), Account('bob', 10), Account('cy', 1, 'USD'))
print(Account._field_defaults, Account.__new__.__defaults__)
Opt = namedtuple('Opt', 'a b', defaults=iter([None]))
print(Opt(1))

# rename replaces invalid names with _index
Row = namedtuple('Row', ['id', 'class', '_hidden', 'id', '2x', 'ok'], rename=True)
print(Row._fields, Row(1, 2, 3, 4, 5, 6))

# pattern matching reads __match_args__
print(Point.__match_args__ == Point._fields)

# subclassing adds behaviour
class Vector(namedtuple('Vector', 'x y')):
    __slots__ = ()
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __str__(self):
        return f'<{self.x}, {self.y}>'
v = Vector(3, 4) + Vector(1, 1)
print(v, repr(v), v.norm2, v._replace(x=0), type(v._replace(x=0)).__name__)
print(Vector._make([1, 2]), type(Vector._make([1, 2])).__name__)

# fields are read-only
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)

# argument errors
for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1,), {'z': 3}), ((1, 2), {'x': 1})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=3)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)

# invalid definitions
for typename, fields, kw in [('1abc', 'x', {}), ('Ok', 'x class', {}), ('Ok', 'x _y', {}),
                             ('Ok', 'x y x', {}), ('Ok', 'x y', {'defaults': [1, 2, 3]}),
                             ('Ok', ['a', 'b-c'], {}), ('def', 'x', {})]:
    try:
        namedtuple(typename, fields, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# module argument
M = namedtuple('M', 'a', module='somewhere')
print(M.__module__, M(1))

# copy and conversion helpers
import copy
print(copy.copy(p), copy.deepcopy(Account('z', [1])), copy.replace(p, y=0))
print(dict(zip(Point._fields, p)), Point(**{'x': 1, 'y': 2}))
