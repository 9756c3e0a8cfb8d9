# Small programs combining itertools, functools, operator and collections.
from itertools import (accumulate, chain, count, cycle, groupby, islice, pairwise,
                       product, repeat, starmap, tee, zip_longest, takewhile, batched,
                       combinations, filterfalse)
from functools import reduce, partial
from operator import mul, itemgetter, add
from collections import Counter, deque, defaultdict

def take(n, iterable):
    return list(islice(iterable, n))

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def sliding(iterable, n):
    it = iter(iterable)
    window = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)

def roundrobin(*iterables):
    pending = deque(iter(it) for it in iterables)
    while pending:
        it = pending.popleft()
        for x in it:
            yield x
            pending.append(it)
            break

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return list(filterfalse(pred, t1)), list(filter(pred, t2))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def primes():
    composites = defaultdict(list)
    for n in count(2):
        if n not in composites:
            yield n
            composites[n * n].append(n)
        else:
            for p in composites.pop(n):
                composites[n + p].append(p)

def run_length(s):
    return ''.join(f'{len(list(g))}{k}' for k, g in groupby(s))

print(take(5, count(100, 5)), nth(count(), 7), nth(iter([]), 3, 'none'))
print(list(sliding(range(6), 3)))
print(list(roundrobin('ABC', 'D', 'EF')))
print(partition(lambda x: x % 2, range(10)))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(take(15, primes()))
print(run_length('WWWWBBBWWCCCCCCD'))
print(reduce(mul, range(1, 11)), list(accumulate(range(1, 6), mul)))
print(list(chain.from_iterable(repeat('ab', 3))), take(7, cycle('xyz')))
print(sum(starmap(mul, zip([1, 2, 3], [4, 5, 6]))))
print(list(zip_longest(*[iter('ABCDEFG')] * 3, fillvalue='x')))
print([''.join(b) for b in batched('abcdefgh', 3)])
print(list(takewhile(lambda x: x < 40, (x * x for x in count()))))
print([b - a for a, b in pairwise(accumulate([3, 1, 4, 1, 5]))])

# transpose and matrix product
m = [[1, 2, 3], [4, 5, 6]]
t = list(zip(*m))
print(t, [[sum(starmap(mul, zip(row, col))) for col in t] for row in m])

# dice sums with product and Counter
sums = Counter(map(sum, product(range(1, 7), repeat=2)))
print(sorted(sums.items()), sums.most_common(3))

# inventory report with groupby over sorted records
records = [('fruit', 'apple', 3), ('veg', 'kale', 1), ('fruit', 'pear', 5),
           ('veg', 'leek', 2), ('nuts', 'almond', 7)]
records.sort(key=itemgetter(0, 1))
for category, items in groupby(records, key=itemgetter(0)):
    items = list(items)
    print(category, [name for _, name, _ in items], sum(map(itemgetter(2), items)))

# subsets that sum to a target
nums = [3, 34, 4, 12, 5, 2]
print([c for r in range(1, len(nums) + 1) for c in combinations(nums, r) if sum(c) == 9])
adder = partial(reduce, add)
print(adder([[1], [2, 3], [4]]), adder('abc'))
