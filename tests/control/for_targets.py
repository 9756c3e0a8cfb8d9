for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for a, (b, c) in [(1, (2, 3))]:
    print(a, b, c)
for first, *rest in ['abc', 'de']:
    print(first, rest)
d = {}
for d['key'] in range(3):
    pass
print(d)
class O: pass
o = O()
for o.attr in 'xy':
    pass
print(o.attr)
l = [0, 0]
for l[0] in [5, 6]:
    pass
print(l)
for i in range(3):
    pass
print(i)
for x in range(0):
    pass
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
for i in range(10, 0, -3):
    print(i, end=' ')
print()
