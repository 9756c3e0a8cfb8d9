class Rec:
    pass
r = Rec()
r.a = 1
r.b = [0, 0]
r.b[1] = 'x'
setattr(r, 'c', 3)
print(r.a, r.b, r.c, sorted(vars(r)))
m = [[0] * 3 for _ in range(2)]
m[1][2] = 5
print(m)
d = {}
d['x'] = {}
d['x']['y'] = 1
print(d)
r.d = r
r.d.d.a = 'deep'
print(r.a)
try:
    (1).x = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    'abc'[0] = 'z'
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
