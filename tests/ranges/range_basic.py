r = range(1, 10, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:], r[::-1], r[::2], r[5:], range(10)[::-3])
print(list(range(5, -5, -2)), len(range(5, -5, -2)), range(0), list(range(3, 3)), range(10, 0))
print(7 in r, 8 in r, 4.0 in r, 'a' in r, True in range(2), 2**70 in range(5))
print(r.index(7), r.count(7), r.count(8), range(10).count(3.0))
print(range(0) == range(2, 2), range(1, 2) == range(1, 2, 5), range(3) == range(0, 3, 1), range(3) != range(4))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 2, 9)), range(5) == [0, 1, 2, 3, 4])
print(r.start, r.stop, r.step, range(4).step, bool(range(0)), bool(range(1)))
print(list(reversed(range(0, 10, 2))), list(reversed(range(5, 0, -1))), list(reversed(range(0))))
it = iter(range(3))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), type(it).__name__)
print(sum(range(101)), max(range(-5, 5)), sorted(range(5, 0, -1)))
for f in (lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(1, 2, 0), lambda: range(1.0),
          lambda: range('a'), lambda: r[3], lambda: r['a'], lambda: r.index(8), lambda: r.index('a'),
          lambda: range(5) < range(6), lambda: range(a=1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(range(-3, 3)[1:-1], range(100)[10:90:7], range(0, -10, -1)[2:], range(10)[-100:100])
print(list(range(-2**62, -2**62 + 3)), range(2**62, 2**62 + 2)[1])
class Idx:
    def __index__(self):
        return 4
print(range(Idx()), range(10)[Idx()], [1, 2, 3, 4, 5, 6][Idx()], 'abcdef'[:Idx()] if False else 0)
