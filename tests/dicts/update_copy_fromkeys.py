d = {'a': 1}
d.update({'b': 2})
d.update([('c', 3), ('a', 10)])
d.update(e=5, f=6)
d.update({'g': 7}, h=8)
print(d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'], c is d)
nested = {'l': [1]}
nc = nested.copy()
nc['l'].append(2)
print(nested)
print(dict.fromkeys(['x', 'y']), dict.fromkeys('ab', 0), dict.fromkeys([]))
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared)
try:
    d.update([('a',)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
