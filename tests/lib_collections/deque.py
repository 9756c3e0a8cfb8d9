# collections.deque: both ends, maxlen, rotation, indexing, iteration,
# comparisons, copies and errors.
from collections import deque

d = deque('ghi')
d.append('j')
d.appendleft('f')
print(d, len(d), d[0], d[-1], list(reversed(d)))
print(d.pop(), d.popleft(), d)
d.extend('jkl')
d.extendleft('abc')
print(d)
d.rotate(1)
print(d)
d.rotate(-2)
print(d)
d.rotate(0); d.rotate(len(d) * 3 + 1)
print(d)
print('h' in d, 'z' in d, d.count('h'), d.index('h'), d.index('k', 2, 8))
d.remove('h')
d.reverse()
print(d)
d[0] = 'L'
del d[1]
print(d, d[2], d[-2])
d.insert(2, 'X')
d.insert(-1, 'Y')
d.insert(100, 'Z')
print(d)
c = d.copy()
c.clear()
print(c, d == deque(d), bool(c), bool(d))

# bounded deques drop from the opposite end
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3), end=' ')
print()
last3.appendleft(-1)
print(last3, last3.maxlen)
last3.extendleft([10, 20])
print(last3)
print(deque(range(10), maxlen=4), deque([], maxlen=0), deque('abc', 0))
z = deque(maxlen=0)
z.append(1)
print(z, deque().maxlen)

# queue and stack usage; long runs stay correct
q = deque()
out = []
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        out.append(q.popleft())
print(len(q), out[:5], out[-3:], q[0], q[-1], q[100])
s = deque()
for i in range(50):
    s.appendleft(i)
print([s.pop() for _ in range(5)], [s.popleft() for _ in range(5)], len(s))
mixed = deque(range(20))
res = []
while mixed:
    res.append(mixed.pop())
    if mixed:
        res.append(mixed.popleft())
print(res)

# breadth-first search
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
seen, order, todo = {'a'}, [], deque(['a'])
while todo:
    node = todo.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            todo.append(nxt)
print(order)

# sliding window
def moving_average(values, n):
    window = deque(maxlen=n)
    for v in values:
        window.append(v)
        if len(window) == n:
            yield sum(window) / n
print(list(moving_average([40, 30, 50, 46, 39, 44], 3)))

# operators and comparisons
a, b = deque([1, 2]), deque([1, 3])
print(a + b, a * 2, 2 * a, a < b, a <= a, a > b, a == deque([1, 2]), a == [1, 2], a != [1, 2])
a += [9]
print(a)
a *= 2
print(a)
m = deque([1, 2, 3], maxlen=4)
print(m * 2, m + deque([7]))

# recursive repr
r = deque([1])
r.append(r)
print(r)

# mutation during iteration
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
it = iter(d)
d.appendleft(0)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)

# errors
for op in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[3],
           lambda: deque([1])[-2], lambda: deque([1]).remove(5), lambda: deque([1]).index(5),
           lambda: deque(maxlen=-1), lambda: deque([1], maxlen=1).insert(0, 2),
           lambda: deque([1])['0'], lambda: deque([1]) + [2], lambda: deque([1])[1:2],
           lambda: deque(maxlen=1.5)]:
    try:
        op()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    hash(deque())
except TypeError:
    print('unhashable')
try:
    d.maxlen = 5
except AttributeError:
    print('maxlen is read-only')

import copy
orig = deque([[1], [2]], maxlen=5)
sh, dp = copy.copy(orig), copy.deepcopy(orig)
orig[0].append('x')
print(sh, dp, sh.maxlen, dp.maxlen)
