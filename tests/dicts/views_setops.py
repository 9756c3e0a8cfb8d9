d = {i: i * i for i in range(10)}
e = {i: -i for i in range(5, 15)}
k = d.keys()
print(k & e.keys())
print(k | e.keys())
print(k - e.keys())
print(k ^ e.keys())
print(k & [1, 3, 100], k - {0, 1, 2}, [20, 1] - k, {3, 30} ^ k)
print({7, 8, 9, 30} & k, (1, 2) & k)
print(d.items() & {(3, 9), (3, 8)}, d.items() - e.items() == d.items(), len(d.items() | e.items()))
print(d.items() ^ {(1, 1), (2, 3)})
print(k == set(range(10)), k == e.keys(), k < set(range(11)), k >= {1, 2}, k != {1})
print(d.items() == {(i, i * i) for i in range(10)}, d.values() == d.values())
print(k.isdisjoint([20, 30]), k.isdisjoint({5}), d.items().isdisjoint([(1, 1)]))
print(3 in k, 30 in k, (3, 9) in d.items(), (3, 8) in d.items(), [3, 9] in d.items(), 9 in d.values())
print(len(k), len(d.values()), repr(k)[:20], repr({}.items()), repr({1: [2]}.values()))
d2 = {}
d2['self'] = d2.keys()
print(d2)
try:
    hash(k)
except TypeError as e:
    print('TypeError:', e)
try:
    k & 5
except TypeError as e:
    print('TypeError:', e)
print(sorted(k, reverse=True)[:3], list(reversed(k))[:3], type(reversed(d.items())).__name__)
kk = d.keys()
d[100] = 0
print(100 in kk, len(kk))
