print(b'%d-%s-%x-%c-%%' % (1, b'x', 255, 65))
print(b'%5d|%-3s|' % (42, b'a'), b'%r' % b'x' if False else b'skip')
for i, c in enumerate(b'AZ'):
    print(i, c, chr(c))
print(sorted(b'cab'), max(b'abc'), sum(b'\x01\x02'))
print(bytes(reversed(b'abc')), b''.join([b'a', bytearray(b'b')]))
print(b'abc'.translate(None, b'b'), b'a-b'.replace(b'-', b''))
print(int.from_bytes(b'\x00\x10', 'big'), (4096).to_bytes(2, 'big'))
print(memoryview(b'abc').tobytes() if False else 'no memoryview', b'abc'.__class__.__name__)
