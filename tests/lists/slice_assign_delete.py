l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[:0] = [-1, -2]
print(l)
l[len(l):] = [100]
print(l)
l[1:3] = []
print(l)
l[::2] = 'x' * len(l[::2])
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del l[::3]
print(l)
del l[1:]
print(l)
m = [1, 2, 3, 4, 5]
m[1:4] = range(7, 10)
print(m)
m[3:1] = ['ins']
print(m)
m[:] = 'hey'
print(m)
n = [1, 2, 3]
n[1:2] = n
print(n)
try:
    n[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    n[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del n[10]
except IndexError as e:
    print(type(e).__name__, e)
n[-1] = 'last'
print(n)
