rows = 3
grid = [[(r, c) for c in range(r + 1)] for r in range(rows)]
for row in grid:
    print(row)
flat = [v for row in [[1, 2], [3, 4]] for v in row]
print(flat)
print([[x for x in range(n)] for n in range(4)])
primes = [n for n in range(2, 40) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print({k: {v for v in range(k)} == set(range(k)) for k in range(3)})
words = ['hello', 'world']
print([[c for c in w if c in 'aeiou'] for w in words])
print(sum(sum(row) for row in [[1, 2], [3, 4]]))
