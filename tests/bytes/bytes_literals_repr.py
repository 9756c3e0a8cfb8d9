print(b'abc', b'', b'\x00\x01\xff', b'\n\t\r\\', b"quote'", b'dq"', b'both\'"')
print(repr(b'\x7f\x80'), bytes(3), bytes([65, 66, 67]), bytes(range(5)))
print(bytes('héllo', 'utf-8'), bytes(b'copy'), bytes())
print(len(b'abc'), b'abc'[0], b'abc'[-1], b'abc'[1:], b'abcdef'[::2], b'abc'[::-1])
print(type(b'a'[0]).__name__, type(b'ab'[0:1]).__name__)
print(list(b'hi'), b'a' + b'b', b'ab' * 2, b'b' in b'abc', 98 in b'abc')
print(b'abc' == b'abc', b'abc' < b'abd', b'' < b'a', b'a' == 'a')
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes('abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'abc'[5]
except IndexError as e:
    print(type(e).__name__, e)
