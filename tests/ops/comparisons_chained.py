print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0)
x = 5
print(0 < x <= 5, 0 < x < 5)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(0) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
print('a' < 'b' < 'c', 'abc' < 'abd', 'Z' < 'a', '' < 'a')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2))
print(1 in [1, 2] in [[1, 2]], 3 not in [1, 2])
print(None == None, None != 0, 1 == 1.0 == True)
try:
    print(1 < 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
