a, b, c = 1, 2, 3
del a, (b, c)
print('a' in globals(), 'b' in globals())
l = list(range(6))
del l[1], l[1]
print(l)
d = {'a': 1, 'b': 2}
del d['a'], d['b']
print(d)
class O: pass
o = O()
o.x = o.y = 1
del o.x, o.y
print(vars(o))
def f():
    v = 1
    del v
    v = 2
    return v
print(f())
try:
    del undefined_thing
except NameError as e:
    print(type(e).__name__, e)
