print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip('abc', range(3)) if v})
print({w: len(w) for w in ['apple', 'kiwi', 'apple']})
print(sorted({x % 4 for x in range(20)}))
print(sorted({c.lower() for c in 'HeLlo'}))
print({(i, j): i * j for i in range(2) for j in range(2)})
print({x: [y for y in range(x)] for x in range(4)})
inverted = {v: k for k, v in {'a': 1, 'b': 1, 'c': 2}.items()}
print(inverted)
