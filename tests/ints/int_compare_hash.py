big = 2 ** 100
print(big == 2 ** 100, big != big + 1, big < big + 1, -big < big)
print(big > 1e29, big < 1e31, big == float(big))
print(hash(1) == hash(1.0), hash(0) == hash(False) == hash(0.0))
print(hash(-1) == hash(-1.0), hash(big) == hash(float(big)))
d = {1: 'one', 2 ** 70: 'big'}
print(d[1.0], d[True], d[2 ** 70])
print(sorted([3, -1, 2 ** 65, -(2 ** 65), 0]))
print(max(2 ** 64, 2 ** 64 - 1), min(-(2 ** 64), 0))
print(1 == True, 0 == False, 2 == True)
print(int.__name__, isinstance(True, int), isinstance(2 ** 100, int))
