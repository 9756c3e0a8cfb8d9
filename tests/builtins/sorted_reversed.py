print(sorted([3, 1, 2]), sorted('bca'), sorted([3, 1, 2], reverse=True), sorted({'b': 1, 'a': 2}))
print(sorted(['bb', 'a', 'ccc'], key=len), sorted([-3, 1, -2], key=abs, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], None)
except TypeError as e:
    print(type(e).__name__, e)
r = reversed([1, 2])
print(next(r), next(r), next(r, 'end'))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
