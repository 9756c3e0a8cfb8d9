x = 1
del x
try:
    x
except NameError as e:
    print(e)
l = [0, 1, 2, 3, 4, 5]
del l[0]
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
class O: pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
try:
    del o.attr
except AttributeError as e:
    print('AttributeError', e)
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
