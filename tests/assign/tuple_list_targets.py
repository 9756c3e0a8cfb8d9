a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
[c, d] = 'xy'
print(c, d)
(e, f), [g, h] = [1, 2], (3, 4)
print(e, f, g, h)
a, b, c = range(3)
print(a, b, c)
x, = [42]
print(x)
[y] = (7,)
print(y)
k, v = {'key': 'val'}.popitem()
print(k, v)
i, j = j, i = 1, 2
print(i, j)
l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print(l)
