print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 3), sum(range(101)), sum([[1], [2]], []), sum([1.5, 2], start=1))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
print(abs(-3), abs(3), abs(-2.5), abs(0), abs(-0.0), abs(-(10 ** 30)), abs(False))
print(any([]), all([]), any([0, '', None]), any([0, 1]), all([1, 'a', [0]]), all([1, 0]))
print(any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
def noisy(x):
    print('check', x)
    return x
print(any(noisy(x) for x in [0, 1, 2]), all(noisy(x) for x in [1, 0, 2]))
