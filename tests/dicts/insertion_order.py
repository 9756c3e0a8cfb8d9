d = {}
for k in ['zeta', 'alpha', 'mid', 3, 1, 2, (0,)]:
    d[k] = str(k)
print(list(d))
d['alpha'] = 'updated'
print(list(d.items())[:3])
del d['zeta']
d['zeta'] = 'back'
print(list(d))
e = {'b': 1, 'a': 2}
f = {'a': 2, 'b': 1}
print(e == f, list(e) == list(f))
g = dict(z=1, y=2, x=3)
print(g, list(g.keys()))
big = {i: i * i for i in range(20, 0, -1)}
print(list(big)[:5], len(big))
for i in range(10, 20):
    del big[i]
big[100] = 0
print(list(big))
