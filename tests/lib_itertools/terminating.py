# itertools: accumulate, batched, chain, compress, dropwhile, takewhile,
# filterfalse, groupby, islice, pairwise, starmap, tee, zip_longest.
import operator
from itertools import (accumulate, batched, chain, compress, dropwhile,
                       takewhile, filterfalse, groupby, islice, pairwise,
                       starmap, tee, zip_longest, count)

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([10, 5, 1], func=lambda a, b: a - b, initial=20)))

print(list(batched('ABCDEFG', 3)))
print(list(batched(range(6), 2)), list(batched([], 4)))
try:
    list(batched('ABCDE', 2, strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    batched('AB', 0)
except ValueError as e:
    print('ValueError', e)

print(list(chain('ab', [1, 2], (), range(2))))
print(list(chain.from_iterable(['xy', 'z', []])))
print(list(chain()), list(chain.from_iterable([])))
lazy = chain.from_iterable(range(n) for n in count(1))
print(list(islice(lazy, 10)))
bad = chain([1], 5)
print(next(bad))
try:
    next(bad)
except TypeError as e:
    print('TypeError', e)

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), (x % 3 == 0 for x in range(10)))))
print(list(compress('abc', [True])))

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(dropwhile(str.isspace, '   hi there ')))
it = iter([1, 2, 10, 3])
print(list(takewhile(lambda x: x < 5, it)), list(it))

print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))

print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(100), 10, 50, 15)))
print(list(islice('AB', 5, 10)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
for args in [(-1,), (1, -1), (0, 5, 0), ('a',), (1.5,), (1, 2, -1)]:
    try:
        islice([], *args)
    except ValueError as e:
        print('ValueError', args, e)
try:
    islice([])
except TypeError as e:
    print('TypeError', e)

print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16])])

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))

a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter('xyz'), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0))
source = iter(range(5))
x, y = tee(source)
print(list(islice(x, 2)), list(y), list(x))
try:
    tee([], -1)
except ValueError as e:
    print('ValueError', e)

print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(zip_longest()), list(zip_longest([], [])))
try:
    zip_longest([1], 2)
except TypeError as e:
    print('TypeError', e)

# groupby
data = 'AAAABBBCCDAABBB'
print([k for k, g in groupby(data)])
print([list(g) for k, g in groupby(data)])
print([(k, len(list(g))) for k, g in groupby(sorted(data))])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
print([(k, list(g)) for k, g in groupby([1, 1.0, 2, 2, True], key=int)])
# groups are invalidated when the groupby advances
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
gb = groupby('aaabbb')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print(list(groupby([])))
