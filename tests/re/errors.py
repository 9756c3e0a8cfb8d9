# re.error (PatternError): CPython's messages and positions for common mistakes
import re

print(re.error is re.PatternError, issubclass(re.error, Exception))
pats = ['a**', '*a', '+', 'a|*', '(*)', '[a', '[]', '[^', '(?P<1>a)', '(?P<a-b>x)', 'a)', '(a', '((a)',
        '(?P=x)', '\\q', '\\', 'a{2,1}', '[z-a]', '(?i', '(?z)', 'a(?i)b', '\\1(a)', '(a)\\2',
        '(?P<n>a)(?P<n>b)', '(?P<n>a(?P=n))', '(?<x>a)', '(?Px)', '\\x4', '[\\q]', 'ab\n(c',
        '(?#unterminated', r'\N{NO SUCH NAME}', 'x{3,2}', '(?P<>a)', '(?(2)a|b)', '(?(x)a|b)',
        '\\k', r'[\w-z]', '\\777']
for p in pats:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
for p in [b'\\u0041', b'(?u)a']:
    try:
        re.compile(p)
    except re.error as e:
        print(p, '->', e)

for t in [r'\g<x>', r'\g<5>', r'\5', r'\q', r'\g<', r'\g<1', r'\g<a-b>', 'x\\', r'\g']:
    try:
        print(repr(re.sub('(a)', t, 'a')))
    except (re.error, IndexError) as e:
        print(repr(t), '->', type(e).__name__, e)

for args in [('a', 1), (1, 'a'), ('a', b'a'), (b'a', 'a')]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)
for call in [lambda: re.compile('a', re.L), lambda: re.compile(b'a', re.U),
             lambda: re.compile('a', re.A | re.U), lambda: re.compile(re.compile('a'), re.I),
             lambda: re.sub('a', 1, 'a'), lambda: re.sub('a', b'x', 'a'),
             lambda: re.sub('a', lambda m: 1, 'a')]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
