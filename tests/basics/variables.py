a = 1
b = a
a = 2
print(a, b)
name_with_underscore = 'v'
_private = 3
CamelCase = 4
x1 = 5
print(name_with_underscore, _private, CamelCase, x1)
l = [1, 2]
m = l
m.append(3)
print(l, l is m)
n = l[:]
n.append(4)
print(l, n, l is n)
del a
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
π = 3.14
naïve = 'unicode identifier'
print(π, naïve)
