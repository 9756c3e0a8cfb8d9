# iteration order of int sets follows CPython's hash table layout
print({3, 1, 2}, {10, 2}, {2, 10}, set(range(20)), {100, 3, 67, 35, 8, 1000, -1})
s = set()
for x in [x * 7 % 50 for x in range(30)]:
    s.add(x)
print(s)
for x in range(0, 50, 3):
    s.discard(x)
print(s)
for x in range(100, 140):
    s.add(x)
print(s)
print(s.pop(), s.pop(), s.pop(), len(s))
a = set(range(0, 40, 3))
b = set(range(0, 40, 5))
print(a | b)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union([99, 1, 2], (50,)), a.intersection(range(10), [0, 3, 6, 100]))
print(a.difference([0, 3], {6}), a.symmetric_difference([1, 2, 3]))
c = set(a)
c |= {1000, 2000}
c &= set(range(0, 2001, 2))
print(c)
c -= {0, 6}
c ^= {1, 2, 3, 12}
print(c)
print(frozenset(range(30)) - frozenset(range(0, 30, 2)))
print({x * x for x in range(-5, 6)}, {2 ** i for i in range(12)})
print(set([(1, 2), (3, 4), (1, 2)]) == {(3, 4), (1, 2)})
big = set(range(1000))
for i in range(0, 1000, 7):
    big.discard(i)
print(len(big), list(big)[:10], list(big)[-3:])
big.difference_update(range(500))
print(len(big), list(big)[:5])
print(set(dict.fromkeys([5, 3, 9, 1])), set({8: 1, 1: 2}.keys()))
print({-1, -2, -3, 2**61 - 1, 2**61, 2**63 - 1})
l = [1.5, 2.5, 0.5, 3.0]
print(set(l), {True, 2, 1.0, 0, False})
