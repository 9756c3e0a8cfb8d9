# Every str method over a set of sample strings (ASCII, non-ASCII, long, empty).
S = ['', 'a', 'abc', '  a b  c ', 'Hello, World', 'héllo wörld', 'ΣΑΣ σας', 'a\tb\nc\r\nd', 'x' * 70 + 'é' * 70,
     'aaa', 'abcabcabc', '12', '-42', '+7', 'ß', 'ǅ', '\u3000x\u2028y', 'The Quick', '😀a😀', 'a,b,,c,', "it's", '"q"']
ARGS = {
    'split': [(), (None, 1), (',',), (',', 1), ('b',), ('abc',), ('😀',)],
    'rsplit': [(), (None, 1), (',',), (',', 1), ('b',), ('😀',)],
    'find': [('a',), ('b', 1), ('', 2), ('c', -3), ('é',), ('x', 5, 10), ('😀', 1)],
    'rfind': [('a',), ('b', 1), ('', 2), ('c', -3), ('x', 5, 10), ('😀',)],
    'count': [('a',), ('',), ('ab',), ('a', 1, -1), ('x', 60)],
    'replace': [('a', 'XY'), ('', '-'), ('', '-', 2), ('b', ''), ('é', 'e', 1), ('😀', 'U')],
    'strip': [(), ('a',), (' ab',), ('😀',)], 'lstrip': [(), ('xa',)], 'rstrip': [(), ('c ',)],
    'startswith': [('a',), (('x', 'H'),), ('', 3), ('b', 1, 2)], 'endswith': [('c',), (('d', 'é'),), ('', 0, 0)],
    'partition': [(',',), ('l',), ('😀',)], 'rpartition': [(',',), ('l',)],
    'center': [(10,), (11, '*'), (3,)], 'ljust': [(8, '.'),], 'rjust': [(8,),], 'zfill': [(6,), (1,)],
    'expandtabs': [(), (4,), (0,)], 'splitlines': [(), (True,)],
    'upper': [()], 'lower': [()], 'title': [()], 'capitalize': [()], 'swapcase': [()], 'casefold': [()],
    'isalpha': [()], 'isdigit': [()], 'isspace': [()], 'istitle': [()], 'isupper': [()], 'islower': [()],
    'isidentifier': [()], 'isprintable': [()], 'isascii': [()], 'isdecimal': [()], 'isnumeric': [()], 'isalnum': [()],
    'encode': [(), ('utf-16',), ('latin-1', 'replace')],
    'removeprefix': [('a',), ('',)], 'removesuffix': [('c',)],
    'index': [('a',)], 'rindex': [('c',)],
}
for s in S:
    for m, arglist in ARGS.items():
        for a in arglist:
            try:
                r = getattr(s, m)(*a)
            except Exception as e:
                r = '!' + type(e).__name__ + ': ' + str(e)
            print(repr(s)[:30], m, a, repr(r)[:200])
    print(repr(s), len(s), s[::-1], s[1:-1:2], s[-3:], [c for c in s][:5], s * 2 == s + s, hash(s))
    for i in range(-len(s) - 1, len(s) + 1, 3):
        try:
            print(i, s[i], s[i:], s[:i], s[i::-2])
        except IndexError as e:
            print(i, e)
    print('%r|%s|%10.3s|%-6a' % (s, s, s, s), '{!r:>12}|{:^9.2}'.format(s, s), f'{s!a}')
    print(s < 'b', s >= 'Hello', s == s[:], s in 'abcabcabcabc', 'a' in s)
