# bytearray as a mutable sequence.
a = bytearray(b'hello')
a[0] = 72
a[-1] = ord('!')
print(a, len(a), a[1], a[1:3], a[::-1])
a[1:3] = b'EE'
print(a)
a[1:3] = b''
print(a)
a[0:0] = [1, 2, 3]
print(a)
del a[0]
del a[::2]
print(a)
a += b'xyz'
a *= 2
print(a)
a.append(65); a.extend(b'BC'); a.extend([68, 69]); a.insert(0, 90); a.insert(-1, 89)
print(a, a.pop(), a.pop(0), a)
a.remove(65); a.reverse()
print(a, a.count(b'x'), a.find(b'z'), b'y' in a, 120 in a)
c = a.copy(); a.clear()
print(a, c, bytes(c), list(bytearray(b'ab')))
b = bytearray(3)
print(b, bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(b'x') == b'x', b'x' + bytearray(b'y'))
print(bytearray(b'abc').upper(), bytearray(b' a b ').split(), bytearray(b'a,b').split(b','))
try:
    a[0:2:2] = b'xyz'
except ValueError as e:
    print(e)
try:
    a['x'] = 1
except TypeError as e:
    print(e)
m = bytearray(b'abcdef')
m[::2] = b'XYZ'
print(m)
