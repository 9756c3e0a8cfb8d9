print(','.join(['a', 'b', 'c']), ''.join([]), '-'.join('abc'), ' '.join(('x',)))
print(', '.join(str(i) for i in range(5)))
print('ab'.join(['1', '2', '3']))
print(''.join({'k1': 1, 'k2': 2}))
try:
    ','.join(['a', 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ','.join(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ','.join([b'a'])
except TypeError as e:
    print(type(e).__name__, e)
print('\n'.join(['line1', 'line2']))
