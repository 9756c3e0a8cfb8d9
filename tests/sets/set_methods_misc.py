s = {1, 2, 3}
c = s.copy()
print(c == s, c is s)
s.update(range(5, 7))
print(sorted(s))
print(sorted(s.union()), sorted(s.intersection(s)), sorted(s.difference()))
s2 = set()
for i in range(100):
    s2.add(i % 10)
print(len(s2), sorted(s2) == list(range(10)))
big = set(range(1000))
for i in range(0, 1000, 2):
    big.discard(i)
print(len(big), min(big), max(big), 999 in big, 998 in big)
print(sorted(set('mississippi')), ''.join(sorted(set('mississippi'))))
try:
    s.remove([1])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(frozenset('ab') | frozenset('bc')), sorted({1, 2}.symmetric_difference([2, 3])))
