print({1, 2} == {2, 1}, {1} != {1, 2}, set() == set(), set() == frozenset(), {1, 2} == [1, 2])
print({1, 2, 3} > {1}, {1} < {1}, {1} <= {1}, frozenset({1}) < {1, 2})
print(len({1, 2} | {2, 3}), bool(set()), bool({0}))
print(sorted({True, 1, 1.0, 2}), {0, False} == {0}, sorted({-1, 1, 0}))
s = {3, 1, 2}
print(min(s), max(s), sum(s), sorted(s, reverse=True), len(s))
print(sorted(x * 2 for x in s))
print(repr(set()), repr(frozenset()), str({5}), repr({'a'}))
