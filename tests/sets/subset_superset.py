a = {1, 2}
b = {1, 2, 3}
print(a.issubset(b), b.issubset(a), a.issuperset(b), b.issuperset(a), a.issubset(a))
print(a <= b, a < b, b < b, b <= b, b > a, b >= a, a > a)
print(a.isdisjoint({5}), a.isdisjoint({2}), a.issubset([1, 2, 9]), set().issubset(a))
print(a == {2, 1}, a != b, {1} == frozenset({1}))
print(a < [1, 2, 3] if False else 'skip')
try:
    a < [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
