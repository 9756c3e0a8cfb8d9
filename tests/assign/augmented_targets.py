l = [1, 2, 3]
l[0] += 10
l[-1] *= 2
print(l)
d = {'a': 1}
d['a'] += 5
d.setdefault('b', 0)
d['b'] -= 1
print(d)
class O:
    pass
o = O()
o.count = 0
for i in range(5):
    o.count += i
print(o.count)
calls = []
def idx():
    calls.append('idx')
    return 0
l[idx()] += 1
print(l, calls)
s = 'a'
s += 'b' * 2
print(s)
t = (1,)
t += (2,)
print(t)
try:
    d['missing'] += 1
except KeyError as e:
    print(type(e).__name__, e)
try:
    o.missing += 1
except AttributeError as e:
    print(type(e).__name__, e)
