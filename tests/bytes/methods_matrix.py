# Every bytes/bytearray method over a set of sample values.
B = [b'', b'a', b'abc', b'  a b  c ', b'Hello, World', b'a\tb\nc\r\nd', b'\x00\xff\x80', b'aaa', b'abcabc', b'-42', b"it's", b'"q"\'']
ARGS = {
    'split': [(), (None, 1), (b',',), (b'b', 1)], 'rsplit': [(), (None, 1), (b'b',)],
    'find': [(b'a',), (98,), (b'', 2), (b'c', -3)], 'rfind': [(b'a',), (b'b', 1)], 'count': [(b'a',), (b'',), (97,)],
    'replace': [(b'a', b'XY'), (b'', b'-'), (b'', b'-', 2), (b'b', b'')],
    'strip': [(), (b'a',), (b' ab',)], 'lstrip': [(), (b'xa',)], 'rstrip': [(), (b'c ',)],
    'startswith': [(b'a',), ((b'x', b'H'),), (b'', 3)], 'endswith': [(b'c',), ((b'd', b'q"\''),)],
    'partition': [(b',',), (b'l',)], 'rpartition': [(b',',), (b'l',)],
    'center': [(10,), (11, b'*')], 'ljust': [(8, b'.'),], 'rjust': [(8,),], 'zfill': [(6,)],
    'expandtabs': [(), (4,)], 'splitlines': [(), (True,)],
    'upper': [()], 'lower': [()], 'title': [()], 'capitalize': [()], 'swapcase': [()],
    'isalpha': [()], 'isdigit': [()], 'isspace': [()], 'istitle': [()], 'isupper': [()], 'islower': [()], 'isalnum': [()], 'isascii': [()],
    'decode': [(), ('latin-1',), ('ascii', 'replace'), ('utf-8', 'backslashreplace')], 'hex': [(), ('-',), (':', -2)],
    'removeprefix': [(b'a',)], 'removesuffix': [(b'c',)], 'translate': [(None, b'a'), (bytes.maketrans(b'ab', b'AB'),)],
}
for b0 in B:
    for b in (b0, bytearray(b0)):
        for m, arglist in ARGS.items():
            for a in arglist:
                try:
                    r = getattr(b, m)(*a)
                except Exception as e:
                    r = '!' + type(e).__name__ + ': ' + str(e)
                print(repr(b)[:30], m, a, repr(r)[:200])
        print(repr(b), len(b), b[::-1], b[1:-1:2], list(b)[:5], b * 2 == b + b, b'a' in b, 97 in b)
        print(b'%s|%r|%5.2s|%c' % (b, b, b, 65), b == b0, b < b'b')
    print(hash(b0), bytes.fromhex(b0.hex()) == b0)
