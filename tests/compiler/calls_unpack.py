def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{'c': 7, 'z': 8}))
print(f(1, *(2, 3), *[4], c=1, **{'x': 1}, y=2))
t = (1, 2)
print(f(*t, c=0), f(*range(3), c=0))

def posonly(a, b, /, c, *, d):
    return a, b, c, d
print(posonly(1, 2, c=3, d=4), posonly.__code__.co_argcount, posonly.__code__.co_posonlyargcount, posonly.__code__.co_kwonlyargcount)
try:
    posonly(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)

# method calls and keyword calls
class P:
    def m(self, x, *, y=0):
        return x + y
p = P()
print(p.m(1), p.m(1, y=2), P.m(p, 3), getattr(p, 'm')(4, y=1))

# unpacking assignments
a, (b, c), *d, e = 1, (2, 3), 4, 5, 6
print(a, b, c, d, e)
first, *middle, last = 'abcde'
print(first, middle, last)
x = y = z = [0]
print(x is y is z)
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
[h, i] = (7, 8)
print(h, i)

# augmented assignment on attributes, subscripts and slices
class O: pass
o = O()
o.v = 1
o.v += 5
lst = [1, 2, 3, 4]
lst[1] *= 10
lst[1:3] += [9]
dct = {'k': 1}
dct['k'] -= 3
print(o.v, lst, dct)

# star expressions in displays
print([*range(3), *'ab'], (*[1], 2), {*{1, 2}, 3} == {1, 2, 3}, {**{'a': 1}, 'b': 2, **{'a': 3}})

# decorators apply bottom-up
def deco(tag):
    def wrap(fn):
        def inner(*a):
            return tag + '(' + fn(*a) + ')'
        return inner
    return wrap
@deco('outer')
@deco('inner')
def base(s):
    return s
print(base('x'))

# class with keywords and bases
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
class Q(object, metaclass=Meta, flag=True):
    pass
print(Q.kw, Q.__mro__[1].__name__)

# chained comparisons evaluate operands once
def val(v):
    print('eval', v)
    return v
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(5))
print(1 < 2 > 0 != 1 == 1, 1 in [1] not in [[2]])

# conditional expressions and boolean operators return operands
print(0 or '' or 'last', 1 and 2 and 3, [] and 'no', None if 0 else 'else')

# f-strings
w = 3.14159
name = 'minnow'
print(f'{name!r:>10}|{w:.2f}|{w=}|{name=!s}|{{braces}}|{f"{name}"}')
print(f'{1+1=}', f'{"nested"!a}', f'{w:{"8"}.{2}f}')

# deletion
v = [0, 1, 2, 3, 4, 5]
del v[0], v[1:3]
print(v)
class DD: pass
dd = DD(); dd.a = 1
del dd.a
print(hasattr(dd, 'a'))
gv = 1
del gv
try:
    gv
except NameError as e:
    print(e)
