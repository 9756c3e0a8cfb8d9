print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip(*[(1, 'a'), (2, 'b')])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [])))
print(list(filter(None, [0, 1, '', 'a', [], [0]])), list(filter(lambda x: x > 1, [0, 1, 2, 3])))
m = map(lambda x: x * 10, range(3))
print(next(m), list(m), list(m))
print(type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__)
print(dict(zip('abc', range(3))))
