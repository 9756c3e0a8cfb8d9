# collections.ChainMap and UserDict / UserList.
from collections import ChainMap, UserDict, UserList

defaults = {'color': 'red', 'user': 'guest', 'theme': 'light'}
env = {'user': 'admin'}
cli = {'color': 'blue'}
cfg = ChainMap(cli, env, defaults)
print(cfg['color'], cfg['user'], cfg['theme'], cfg.get('x', 'none'), len(cfg))
print(list(cfg), list(cfg.keys()), sorted(cfg.items()), 'theme' in cfg, 'x' in cfg)
print(cfg)
cfg['theme'] = 'dark'
print(cli, defaults['theme'])
del cfg['theme']
print(cli, cfg['theme'])
try:
    del cfg['user']
except KeyError as e:
    print('KeyError', e)
try:
    cfg['nothing']
except KeyError as e:
    print('KeyError', e)

child = cfg.new_child()
child['user'] = 'root'
print(child['user'], cfg['user'], child.maps[0], len(child.maps))
print(child.parents == cfg, child.parents.maps == cfg.maps)
print(cfg.new_child({'a': 1}, b=2).maps[0])
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {'a': 1})), ChainMap({}).maps)
print(dict(ChainMap({'a': 1}, {'a': 2, 'b': 3})))
print(ChainMap.fromkeys('ab', 0))
cm = ChainMap({'a': 1}, {'b': 2})
print(cm.pop('a'), cm, cm.pop('zz', 'default'))
try:
    cm.pop('b')
except KeyError as e:
    print('KeyError', e)
try:
    cm.popitem()
except KeyError as e:
    print('KeyError', e)
cm['k'] = 'v'
print(cm.popitem(), cm)
cm.update(x=1, y=2)
print(cm.maps[0], cm.setdefault('x', 5), cm.setdefault('w', 5))
cm.clear()
print(cm)
print(ChainMap({'a': 1}) | {'b': 2}, {'b': 2} | ChainMap({'a': 1}))
cc = ChainMap({'a': [1]}, {'b': 2})
cp = cc.copy()
cp['z'] = 0
print(cc, cp)

# nested scopes, the classic use
def lookup(name, scopes):
    return ChainMap(*scopes)[name]
print(lookup('x', [{'x': 'local'}, {'x': 'global'}]), lookup('len', [{}, {'len': 'builtin'}]))

# UserDict with a hook
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __missing__(self, key):
        return f'<{key}?>'
ld = LowerDict({'A': 1}, B=2)
ld['C'] = 3
print(ld, ld['a'], ld['zz'], len(ld), 'b' in ld, ld.data, list(ld))
print(ld.get('a'), ld.get('q'), ld | {'d': 4}, type(ld.copy()).__name__)

class Stack(UserList):
    def push(self, x):
        self.append(x)
st = Stack([1, 2])
st.push(3)
st.extend([4, 5])
print(st, st.pop(), st[1:], type(st[1:]).__name__, len(st), st + [9], [0] + st)
st.insert(0, 'first')
st.remove(2)
st.reverse()
print(st, st.index(3), st.count(3), 3 in st, st == [4, 3, 1, 'first'])
st.sort(key=str)
print(st, st * 2)
