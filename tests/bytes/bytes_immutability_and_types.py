b = b'abc'
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del b[0]
except TypeError as e:
    print(type(e).__name__, e)
print(type(b).__name__, type(bytearray(b)).__name__, isinstance(b, bytes), isinstance(bytearray(), bytes))
print(bytes(bytearray(b'xy')), bytearray(b'xy') + b'z', type(bytearray(b'a') + b'b').__name__, type(b'a' + bytearray(b'b')).__name__)
print(b'abc'.upper(), bytes(2), bytes([]), bytes(b'\x00\x01'))
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes(['a'])
except TypeError as e:
    print(type(e).__name__, e)
print(b'%s' % b'x', b'abc'.count(b'') , len(bytes(10)))
