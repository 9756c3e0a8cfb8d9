d = {'a': 1}
for key in ['missing', 42, (1, 2), None, '', 'it\'s']:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d['nope']
except KeyError as e:
    print('del', e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)
class Missing(dict):
    def __missing__(self, key):
        return 'default-' + str(key)
m = Missing(a=1)
print(m['a'], m['b'], 'b' in m)
