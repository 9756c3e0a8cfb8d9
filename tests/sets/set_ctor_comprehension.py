print(sorted(set('hello')), sorted(set([3, 3, 1])), sorted({x % 3 for x in range(10)}))
print(set(), {1}, repr({'only'}), set(()), len(set(range(100))))
print(sorted({(1, 2), (1, 2), (2, 1)}))
print({1, 1.0, True}, len({0, 0.0, False, -0.0}))
s = {1, 2, 3}
t = s.copy()
t.add(4)
print(sorted(s), sorted(t))
print(sum({1, 2, 3}), max({5, 9, 2}), min({5, 9, 2}), sorted({'b', 'a'}))
for x in sorted({'c', 'a', 'b'}):
    print(x)
try:
    set(5)
except TypeError as e:
    print(type(e).__name__, e)
print(type({}).__name__, type({1}).__name__, type(set()).__name__)
