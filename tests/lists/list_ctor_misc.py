print(list(), list('abc'), list((1, 2)), list(range(3)), list({'a': 1, 'b': 2}), list(x * x for x in range(4)))
print(len([]), len([1, [2, 3]]), [1, 2] * 2, [None] * 3)
l = [1, 2, 3]
l[1] = 'two'
print(l)
l += 'ab'
print(l)
print(sum([[1], [2]], []), 3 in l, 'two' in l)
print([i for i in l if isinstance(i, int)])
x = [0] * 5
for i in range(5):
    x[i] = i * i
print(x, x.__len__(), x.__getitem__(2))
try:
    list(1)
except TypeError as e:
    print(type(e).__name__, e)
print(list.__name__, type([]) is list, isinstance([], list))
