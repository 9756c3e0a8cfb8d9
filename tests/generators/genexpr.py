g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']))
print(list(x for x in range(10) if x % 3 == 0))
print(list((i, j) for i in range(3) for j in range(i)))
print(''.join(c.upper() for c in 'abc'))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]))
data = [3, 1, 2]
ge = (d * 2 for d in data)
data.append(4)
print(list(ge))
it = iter(range(3))
lazy = (i for i in it)
print(next(lazy), list(it))
try:
    (1 / x for x in [1, 0])
    print('genexpr created without evaluation')
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    gen = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
