# flags: values, reprs, inline flags, and their effect on matching
import re

print(re.I, re.IGNORECASE, repr(re.M), re.S | re.X, repr(re.A | re.I), re.NOFLAG)
print(int(re.I), re.I | re.M | re.S, re.I == 2, re.U.value, re.X.name, isinstance(re.I, int))
print(re.I | 1024, f'{re.M}', type(re.I | re.M).__name__)
print(re.compile('a', re.I), re.compile('a', re.I | re.M | re.S | re.X), re.compile('a', re.A))
print(re.compile(b'a', re.I), re.compile(b'a', re.L), re.compile('a', re.U), re.compile('a'))
print(re.compile('a').flags, re.compile(b'a').flags, re.compile('(?i)a').flags,
      re.compile('(?ms)a').flags, re.compile('a', re.A).flags, re.compile('(?a)a').flags,
      re.compile('(?x) a').flags, re.compile(b'(?L)a').flags)
print(re.compile('(?i)a'), re.compile('(?a)\\w'))

print(re.findall('abc', 'ABC abc AbC', re.I), re.findall('(?i)straße', 'STRASSE straße STRAßE'))
print(re.findall('é', 'É é', re.I), re.findall('[a-z]+', 'Hello World', re.IGNORECASE))
print(re.findall('^\\w', 'one\ntwo\nthree'), re.findall('^\\w', 'one\ntwo\nthree', re.M))
print(re.findall('\\w$', 'one\ntwo\nthree'), re.findall('\\w$', 'one\ntwo\nthree', re.M))
print(re.findall('^', 'a\nb\n', re.M), re.findall('$', 'a\nb\n', re.M), re.findall('$', 'a\nb\n'))
print(re.search('a.b', 'a\nb'), re.search('a.b', 'a\nb', re.S), re.search('(?s)a.b', 'a\nb'))
print(re.search('(?s:a.b)c', 'a\nbc'), re.search('(?i:A)b', 'ab'), re.search('(?i:A)b', 'aB'))
print(re.search('(?-i:a)b', 'aB', re.I), re.search('(?-i:a)b', 'AB', re.I))
verbose = re.compile(r'''
    (?P<int> \d+ )      # the integer part
    (?: \. (?P<frac>\d+) )?   # an optional fraction
    \ units             # an escaped space
    [ ]x                # a space in a class
''', re.VERBOSE)
print(verbose.search('about 3.14 units x'), verbose.groupindex)
print(re.findall(r'(?x) a b # comment (not a group', 'ab a b'))
print(re.findall(r'\w+', 'naïve café', re.A), re.findall(r'\w+', 'naïve café'))
print(re.findall(r'\d', '1٣۳३'), re.findall(r'\d', '1٣۳३', re.ASCII))
print(re.findall(r'\s', 'a\u00a0b\u2003c d'), re.findall(r'\s', 'a\u00a0b c', re.A))
print(re.findall(r'\bcafé\b', 'café cafés'), re.findall(r'\W+', 'a-é+b'))
print(re.findall(rb'\w+', b'caf\xc3\xa9 abc'), re.findall(rb'(?i)ABC', b'abc ABC'))
