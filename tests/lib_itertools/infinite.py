# itertools.count, cycle, repeat: values, reprs, and use with zip/islice/map.
from itertools import count, cycle, repeat, islice

c = count()
print(next(c), next(c), next(c), c)
print(list(zip(count(10), 'abc')))
print(list(islice(count(5, 3), 4)))
print(list(islice(count(1.5, 0.5), 4)), count(1.5, 0.5))
print(list(islice(count(10, -2), 5)))
print(count(), count(5), count(5, 2), count(2, 1.0), count(-1, -1))
c = count(3)
next(c)
print(c)
try:
    count('a')
except TypeError as e:
    print('TypeError', e)
try:
    count(1, 'x')
except TypeError as e:
    print('TypeError', e)

big = count(2 ** 70)
next(big)
print(next(big), big)

print(list(islice(cycle('ab'), 5)))
print(list(islice(cycle([1, 2, 3]), 7)))
print(list(cycle([])))
gen = (x * x for x in range(3))
print(list(islice(cycle(gen), 8)))
try:
    cycle(5)
except TypeError as e:
    print('TypeError', e)

r = repeat('x', 3)
print(r, list(r), r)
print(list(repeat(None, 0)), list(repeat(1, -3)), repeat(1, -3))
r = repeat([1])
print(r, next(r), next(r))
print(list(map(pow, range(5), repeat(2))))
print(list(zip('ab', repeat(0))))
print(repeat(7, 4).__length_hint__())
r = repeat(7, 2)
next(r)
print(r)
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print('TypeError', e)
