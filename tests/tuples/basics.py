t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t * 2, t + (4,), (1,), (), tuple())
print(1, 2 == (1, 2))
x = 1, 2
print(x, type(x).__name__)
single = 5,
print(single, (5), type((5)).__name__)
print(tuple('ab'), tuple([1, 2]), tuple(range(3)), tuple(x for x in 'xy'))
print(t.index(2), t.count(1), (1, 1, 2).count(1))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
