f = frozenset([3, 1, 2, 1])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(sorted(f | {9}), type(f | {9}).__name__, type({9} | f).__name__)
d = {f: 'frozen key', frozenset(): 'empty'}
print(d[frozenset({1, 2, 3})], d[frozenset()])
print(frozenset(), frozenset('a'), repr(frozenset([1])))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
s = {frozenset({1}), frozenset({1})}
print(len(s))
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(frozenset({1, 2}) == {1, 2}, sorted(frozenset({1, 2}).union([3])))
