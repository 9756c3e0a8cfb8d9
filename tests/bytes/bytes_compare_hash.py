print(b'abc' == b'abc', b'abc' != b'abd', b'a' < b'b', b'ab' < b'abc', b'\xff' > b'\x00')
print(b'abc' == bytearray(b'abc'), bytearray(b'x') == b'x', b'a' == 'a', b'' == b'')
d = {b'key': 1}
print(d[b'key'], b'key' in d, hash(b'ab') == hash(b'a' + b'b'))
print(sorted([b'b', b'a', b'ab', b'']), max(b'abc', b'abd'))
try:
    hash(bytearray(b'x'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a' < 'a'
except TypeError as e:
    print(type(e).__name__, e)
