t = (5, 3, 5, 1)
print(t.count(5), t.index(5), t.index(5, 1), t.index(1, -1), len(t), min(t), max(t), sum(t))
print(sorted(t), tuple(sorted(t)), tuple(reversed(t)), list(t))
for i, v in enumerate(t):
    print(i, v)
print(5 in t, 7 in t, 7 not in t)
a, b = (1, 2), (1, 2)
print(a == b, a + b, a * 0, (0,) * 3)
print(t[1:3], t[::-1], t[::2], t[-2:], type(t[1:2]).__name__)
