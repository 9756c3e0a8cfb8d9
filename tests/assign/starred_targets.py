a, *b = [1, 2, 3]
print(a, b)
*a, b = [1, 2, 3]
print(a, b)
a, *b, c = 'hello'
print(a, b, c)
a, *b = [1]
print(a, b)
*a, = range(3)
print(a)
[a, *b] = (1, 2)
print(a, b, type(b).__name__)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
a, *b, (c, d) = [1, 2, 3, (4, 5)]
print(a, b, c, d)
head, *tail = iter([10, 20, 30])
print(head, tail)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, *c = 'x'
except ValueError as e:
    print(type(e).__name__, e)
