t = ([1], {'a': 1})
t[0].append(2)
t[1]['b'] = 2
print(t)
try:
    t[0] = []
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[0] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, (2, 3))) == hash((1, (2, 3))))
