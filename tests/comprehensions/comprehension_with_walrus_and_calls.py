def expensive(x):
    return x * x
results = [y for x in range(6) if (y := expensive(x)) > 5]
print(results)
data = {'a': [1, 2], 'b': [], 'c': [3]}
print({k: len(v) for k, v in data.items() if v})
print([k for k, v in sorted(data.items(), key=lambda kv: -len(kv[1]))])
print([(i, c) for i, c in enumerate('abc') if i != 1])
print([x for x in range(3) for _ in range(x)])
print(sum(x for x in range(5) if x % 2), max((len(w), w) for w in 'a bb ccc'.split()))
