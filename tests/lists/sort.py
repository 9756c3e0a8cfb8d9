l = [3, 1, 4, 1, 5, 9, 2, 6]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ['banana', 'Pie', 'apple', 'cherry', 'fig', 'Date']
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
recs = [('x', 2), ('y', 1), ('z', 2), ('w', 1), ('v', 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
data = [5, -3, 2, -8, 0]
data.sort(key=abs)
print(data)
print(sorted([]), sorted([1]), sorted('cba'), sorted((3, 2, 1)), sorted({3: 'a', 1: 'b'}))
try:
    [1, 'a'].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(l.sort() is None)
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-3:])
mixed = [2.5, 1, True, 0, -1.5]
print(sorted(mixed))
