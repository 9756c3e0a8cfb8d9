d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('a'), d)
print(d.pop('z', 'default'), d.pop('z', None))
try:
    d.pop('z')
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
d = dict.fromkeys('xyz')
d['w'] = 0
print(d.popitem(), list(d))
