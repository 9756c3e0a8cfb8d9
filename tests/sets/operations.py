a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a.union([9], (10,))), sorted(a.intersection(range(3))), sorted(a.difference([1], [2])))
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
c = set(a)
c |= {7}; print(sorted(c))
c &= {1, 2, 7}; print(sorted(c))
c -= {1}; print(sorted(c))
c ^= {2, 8}; print(sorted(c))
c.update([1, 2], 'ab'); print(sorted(c, key=str))
c.intersection_update({1, 'a', 2}); print(sorted(c, key=str))
c.difference_update({1}); print(sorted(c, key=str))
c.symmetric_difference_update({'a', 'z'}); print(sorted(c, key=str))
