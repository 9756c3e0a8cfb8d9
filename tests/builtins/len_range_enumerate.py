print(len('abc'), len([1, 2]), len((1,)), len({'a': 1}), len({1, 2, 3}), len(range(10)), len(b'xy'), len(''))
print(list(range(3)), list(range(1, 7, 2)))
print(list(enumerate('abc')), list(enumerate('ab', 1)), list(enumerate([], 5)), list(enumerate('x', start=-1)))
e = enumerate(['a', 'b'])
print(next(e), next(e), next(e, None))
for i, (a, b) in enumerate(zip('xy', 'XY')):
    print(i, a, b)
