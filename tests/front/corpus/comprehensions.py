[x for x in range(10)]
[x * y for x in range(3) for y in range(3) if x != y]
[[y for y in x] for x in matrix]
{x: y for x, y in pairs}
{x for x in items if x}
(x for x in items)
sum(x for x in items)
list(x for x in items if x)
[x async for x in aiter()]
[await x for x in y]
{k: v async for k, v in aitems() if await check(k)}
[y := f(x) for x in data]
[(a, b) for a, b in zip(x, y)]
[x for x, in pairs]
[x for *x, y in z]
[lambda: x for x in range(3)]
[[lambda: (x, y) for y in range(2)] for x in range(2)]
def f(data):
    total = 0
    results = [total := total + v for v in data]
    return [v for v in data if (n := len(v)) > 2], n
class K:
    items = [i for i in range(3)]
    pairs = {i: j for i in range(2) for j in range(2)}
