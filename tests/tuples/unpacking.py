a, b, c = (1, 2, 3)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = (1, 2, 3, 4)
print(first, rest)
*init, last = 'abcd'
print(init, last)
a, *mid, b = range(5)
print(a, mid, b)
a, *e, b = (1, 2)
print(a, e, b)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = (1,)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
print((*[1, 2], *(3,), 4))
