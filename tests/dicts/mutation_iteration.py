d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print('RuntimeError:', e)
d = {i: i for i in range(5)}
it = iter(d)
next(it)
del d[4]
d['new'] = 1
try:
    print(list(it))
except RuntimeError as e:
    print('RuntimeError:', e)
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = k * 10        # changing values is fine
print(d)
it = iter(d.items())
d.pop(1)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    next(it)
except RuntimeError as e:
    print('again:', e)
d = {1: 1, 2: 2}
r = reversed(d)
d[3] = 3
try:
    next(r)
except RuntimeError as e:
    print('RuntimeError:', e)
d = {i: str(i) for i in range(6)}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))[:2])
it = iter(d.values())
print(it.__length_hint__(), next(it), it.__length_hint__())
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError:', e)
