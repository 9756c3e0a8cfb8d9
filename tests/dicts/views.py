d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(list(k), list(v), list(i), len(k), 'a' in k, 2 in v, ('a', 1) in i, ('a', 2) in i)
d['d'] = 4
print(list(k), list(v), list(i))
del d['a']
print(k, len(v))
print(sorted(k & {'b', 'x'}), sorted(k | {'z'}), sorted(k - {'b'}), sorted(k ^ {'b', 'q'}))
print(k == {'b', 'c', 'd'}, sorted(i & {('b', 2)}))
for key, val in d.items():
    print(key, val)
print(list(reversed(d)), list(reversed(d.values())))
try:
    for key in d:
        d['new' + key] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    v[0]
except TypeError as e:
    print(type(e).__name__, e)
