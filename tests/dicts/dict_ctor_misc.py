print(dict(), dict(a=1), dict([('a', 1), ('b', 2)]), dict({'x': 1}, y=2), dict(zip('ab', [1, 2])))
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d, len(d))
d2 = {'a': 1, 'a': 2}
print(d2)
print({1: 'a'} == {1.0: 'a'}, {'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2})
print(len({}), bool({}), bool({0: 0}), list({'a': 1}.keys()))
nested = {'outer': {'inner': [1, {'deep': True}]}}
print(nested['outer']['inner'][1]['deep'])
print(repr({'q': "'", 'dq': '"'}), {None: None, (): []})
r = {}
r['self'] = r
print(r)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {'a': 1} < {'b': 2}
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
