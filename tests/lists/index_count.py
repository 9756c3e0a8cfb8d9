l = ['a', 'b', 'c', 'b', 'a']
print(l.index('b'), l.index('b', 2), l.index('a', 1, 5), l.index('a', -1))
print(l.count('a'), l.count('z'), [1, 1.0, True].count(1), [[1], [1]].count([1]))
try:
    l.index('z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    l.index('a', 1, 3)
except ValueError as e:
    print(type(e).__name__, e)
