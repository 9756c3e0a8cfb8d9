print(b'a b  c'.split(), b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b'a,b,c'.rsplit(b',', 1))
print(b'  x  '.strip(), b'xxhixx'.strip(b'x'), b'\t\n x'.lstrip(), b'ab  '.rstrip())
print(b'-'.join([b'a', b'b']), b''.join([]), b', '.join((b'1', b'2')))
try:
    b'-'.join(['a'])
except TypeError as e:
    print(type(e).__name__, e)
print(b'line1\nline2\r\n'.splitlines(), b'a\nb'.splitlines(True))
print(b'k:v:w'.partition(b':'), b'k:v:w'.rpartition(b':'), b'none'.partition(b':'))
print(b'aaa'.replace(b'a', b'b', 2), b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'))
