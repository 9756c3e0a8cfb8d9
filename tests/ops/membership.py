print(1 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print('a' in 'abc', 'bc' in 'abc', 'ac' in 'abc', '' in 'abc')
print(1 in (1,), 'k' in {'k': 1}, 1 in {'k': 1}, 2 in {1, 2})
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(b'a' in b'abc', 97 in b'abc')
print([1] in [[1], [2]], (1, 2) in [(1, 2)])
print(1.0 in [1], True in [1])
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)
print(20 in Seq(), 25 in Seq())
