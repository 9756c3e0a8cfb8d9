class O:
    cls_attr = 'c'
o = O()
setattr(o, 'x', 10)
print(getattr(o, 'x'), getattr(o, 'cls_attr'), getattr(o, 'y', 'default'), hasattr(o, 'x'), hasattr(o, 'y'))
delattr(o, 'x')
print(hasattr(o, 'x'))
try:
    getattr(o, 'x')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, 'x')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr([], 'append').__name__, getattr(5, 'real'), getattr(str, 'upper')('a'))
setattr(O, 'new_cls', 'added')
print(o.new_cls)
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(None, 'zz')
except AttributeError as e:
    print(type(e).__name__, e)
