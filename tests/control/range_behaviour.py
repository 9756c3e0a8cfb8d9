print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)), list(range(5, 0)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], 9 in r, 10 in r, r.index(13), r.count(5))
print(range(0), len(range(0)), list(range(-3)), range(3) == range(0, 3), range(0) == range(5, 2))
print(list(range(-5, 5, 2)), list(range(10, -10, -7)), reversed(range(3)).__class__.__name__, list(reversed(range(3))))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
