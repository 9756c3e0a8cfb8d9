# collections.Counter: counting, most_common, elements, arithmetic,
# comparisons, update/subtract and repr ordering.
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['z'], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
words = 'red blue red green blue blue'.split()
wc = Counter(words)
print(wc, wc.most_common(1)[0])
print(Counter({'x': 3, 'y': 1}), Counter(cats=4, dogs=8), Counter(), Counter([]))

c = Counter(a=4, b=2, c=0, d=-2)
d = Counter(a=1, b=2, c=3, d=4)
c.subtract(d)
print(c)
c.update(d)
print(c)
c.update('aab')
c.update({'z': 5}, y=1)
print(c)
c.subtract('zz')
c.subtract(y=10)
print(c)
del c['missing']
del c['z']
print(c)

a, b = Counter(a=3, b=1), Counter(a=1, b=2)
print(a + b, a - b, a & b, a | b, +Counter(x=-1, y=1), -Counter(x=-1, y=1))
print(a + Counter(), Counter(x=-5) + Counter(), Counter(a=1) - Counter(a=5))
i = Counter(a=3, b=1)
i += Counter(a=1, c=-1)
print(i)
i -= Counter(a=10)
print(i)
i |= Counter(b=7, q=0)
print(i)
i &= Counter(b=2)
print(i)

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=3) >= Counter(a=2, b=0), Counter(a=3) > Counter())
print(Counter(a=1) == {'a': 1}, Counter('ab') == Counter('ba'))

# counts need not be ints; the repr falls back when they cannot be ordered
print(Counter({'x': 1.5, 'y': 0.5}), Counter({'p': 'str', 'q': 1}))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
cp = c.copy()
print(type(cp).__name__, cp == c, cp is c)

# ties keep the order in which elements were first seen
print(Counter('zyxzyx').most_common())
print(Counter('banana').most_common(1), Counter('mississippi').most_common(3))
print(sum(Counter('hello world').values()), sorted(Counter('hello').keys()))

class Tally(Counter):
    pass
t = Tally('aab')
print(t, type(t + t).__name__)
import copy
print(copy.deepcopy(Counter(k=[1])))
