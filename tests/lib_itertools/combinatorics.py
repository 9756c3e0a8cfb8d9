# itertools.product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement
from math import comb, factorial, perm

print(list(product('ab', range(2))))
print(list(product([1, 2], repeat=2)))
print(list(product('ab', 'xy', repeat=2))[:5], len(list(product('ab', 'xy', repeat=2))))
print(list(product()), list(product([], [1])), list(product([1], repeat=0)))
try:
    product([1], repeat=-1)
except ValueError as e:
    print('ValueError', e)
print(sum(1 for _ in product(range(10), repeat=3)))

print(list(permutations('ABC')))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 3)), list(permutations([])), list(permutations('ab', 0)))
print(len(list(permutations(range(6)))) == factorial(6))
print(len(list(permutations(range(7), 3))) == perm(7, 3))
print(list(permutations('aab')))
try:
    permutations('abc', -1)
except ValueError as e:
    print('ValueError', e)
try:
    permutations('abc', 1.5)
except TypeError as e:
    print('TypeError', e)

print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)))
print(list(combinations('ab', 3)), list(combinations('ab', 0)), list(combinations([], 0)))
print(all(len(list(combinations(range(n), k))) == comb(n, k)
          for n in range(7) for k in range(n + 2)))
print([''.join(c) for c in combinations('hello', 4)])

print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement([1, 2], 3)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(all(len(list(combinations_with_replacement(range(n), k))) == comb(n + k - 1, k)
          for n in range(1, 6) for k in range(5)))

# classic uses
coins = [1, 2, 5]
print(sorted({sum(c) for r in range(1, 4) for c in combinations_with_replacement(coins, r)}))
pairs = [(a, b) for a, b in combinations(range(1, 20), 2) if a * a + b * b in {c * c for c in range(30)}]
print(pairs)
grid = [(x, y) for x, y in product(range(3), repeat=2) if x != y]
print(grid)
print(min(permutations([3, 1, 2]), key=lambda p: abs(p[0] - p[1]) + abs(p[1] - p[2])))
