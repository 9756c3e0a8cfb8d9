def f(a, b, c=0, *args, **kw):
    return a, b, c, args, kw
print(f(*[1, 2]), f(*'ab', *(3, 4)), f(1, *[2, 3, 4]))
print(f(**{'a': 1, 'b': 2}), f(1, **{'b': 2, 'z': 9}), f(*[1], **{'b': 2}, c=3))
print(f(*range(3), **{'x': 1}, **{'y': 2}))
args = (1, 2)
kw = {'c': 3}
print(f(*args, **kw))
try:
    f(1, **{'a': 2, 'b': 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
print(max(*[3, 9, 2]), print(*[], sep='x'))
