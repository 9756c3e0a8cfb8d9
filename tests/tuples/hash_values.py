print(hash(()), hash((1,)), hash((1, 2, 3)), hash((-1, -2)), hash(((1, 2), (3,))))
print(hash((None,)) == hash((None,)), hash((1, 2.0)) == hash((1.0, 2)), hash((True, 0)) == hash((1, False)))
print(hash((2**62, -2**62, 0)), hash(tuple(range(50))))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
t = (1, 2, 3)
print(t[::-1], t[1:], t[:-1], t[::2], t[5:], t[-100:100])
print(t + (4,), t * 2, 2 * t, t * 0, t * -3, () * 5)
for f in (lambda: t + [4], lambda: t * 1.5, lambda: t[3], lambda: t['a'], lambda: t.index(9),
          lambda: t.index(1, 1), lambda: tuple(1, 2), lambda: tuple(a=1), lambda: t.count()):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
print((1, 2) < (1, 2, 0), (1, 2) < (1, 3), (2,) > (1, 9), (1, 2) == (1.0, 2.0), () < (0,))
try:
    (1, 2) < (1, 'a')
except TypeError as e:
    print('TypeError:', e)
print((1, 2).index(2), (1, 2, 1).count(1), t.index(3, -1), t.index(1, -100, 100))
print(repr((1,)), repr(()), repr(((),)), str((1, 'a', None)))
l = [1]
tt = (l, l)
l.append(tt)
print(tt)
class T(tuple):
    pass
x = T([1, 2])
print(x, type(x).__name__, x + (3,), type(x + (3,)).__name__, x == (1, 2), hash(x) == hash((1, 2)))
print(tuple(range(3)), tuple('ab'), tuple({1: 2}), tuple(x for x in 'xy'), tuple((1, 2)) is not None)
