# list.sort / sorted: keys, reverse stability, errors, mutation during sort
calls = []
def k(x):
    calls.append(x)
    return x % 3
l = [5, 3, 9, 1, 4, 7, 2, 8, 6, 0]
l.sort(key=k)
print(l, len(calls))
l.sort(key=k, reverse=True)
print(l)
pairs = [(i % 4, i) for i in range(20)]
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
words = ['pear', 'Apple', 'fig', 'banana', 'apple', 'Fig']
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
mixed = [3, 1.5, True, -2, 0.0, 2]
mixed.sort()
print(mixed)
nested = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
nested.sort()
print(nested)
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:10], s[-5:], s == sorted(big, reverse=True)[::-1])
runs = list(range(50)) + list(range(100, 50, -1)) + list(range(50, 60))
print(sorted(runs) == list(range(101)) + list(range(51, 60)) or sorted(runs)[:5])
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print('TypeError:', e)
try:
    [3, 1, 2].sort(key=lambda x: 'a' if x == 1 else x)
except TypeError as e:
    print('TypeError:', e)
try:
    [].sort(1)
except TypeError as e:
    print('TypeError:', e)
try:
    [3, 1].sort(key=1)
except TypeError as e:
    print('TypeError:', e)
victim = [3, 1, 2]
def grow(x):
    victim.append(x)
    return x
try:
    victim.sort(key=grow)
except ValueError as e:
    print('ValueError:', e, victim)
victim = [3, 1, 2]
def shrink(x):
    victim.clear()
    return x
victim.sort(key=shrink)
print(victim)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'C%d' % self.v
cs = [Cmp(3), Cmp(1), Cmp(2), Cmp(1)]
cs.sort()
print(cs)
print(sorted([3, 1, 2], key=None), [].sort(), [5].sort(key=lambda x: x))
l = [1, 2, 3]
def bad_key(x):
    if x == 2:
        raise KeyError('boom')
    return x
try:
    l.sort(key=bad_key)
except KeyError as e:
    print('KeyError', e, l)
