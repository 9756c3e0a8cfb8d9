data = [3, 7, 0, 5]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
i = iter([1, 2])
print(next(i), next(i), next(i, 'default'), next(i, None))
try:
    next(i)
except StopIteration as e:
    print('StopIteration', repr(e))
print(list(iter('xyz')), list(iter((1, 2))))
d_it = iter({'a': 1, 'b': 2})
print(next(d_it), next(d_it))
