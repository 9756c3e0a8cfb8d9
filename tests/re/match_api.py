# Match objects: groups, spans, lastindex/lastgroup, expand, repr, pos/endpos
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<suffix> Jr\.)?', 'Jane Doe and more')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m[0], m[1], m['first'], m['suffix'])
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(default=''))
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('suffix'))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re)
print(m.regs)
print(m.expand(r'\g<last>, \g<first> (\1) \g<0>'))
print(bool(m), type(m).__name__, type(m).__module__)
for bad in (3, 'nope', -1, 1.5, None):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m.start('x')
except IndexError as e:
    print('IndexError', e)

# lastindex: the group that closed last
for pat, s in [('(a)(b)', 'ab'), ('((a)b)', 'ab'), ('(a)()', 'a'), ('(a)|(b)', 'b'),
               ('(?:(a)|b)*', 'ab'), ('(x)?y', 'y'), ('((a)(b))', 'ab'), ('(a(b))', 'ab')]:
    mm = re.match(pat, s)
    print(pat, mm.lastindex, mm.regs)
print(re.match('(?P<a>x)(?P<b>y)', 'xy').lastgroup, re.match('(?P<a>x)(y)', 'xy').lastgroup)

# pos and endpos
p = re.compile(r'\d+')
print(p.search('ab12cd345', 3), p.search('ab12cd345', 3).pos)
print(p.search('ab12cd345', 0, 3), p.search('ab12cd345', 0, 3).endpos)
print(p.match('ab12', 2), p.match('ab12', 1), p.fullmatch('ab12', 2), p.fullmatch('ab123x', 2, 5))
print(p.search('12', 5), p.search('123', -5, 100), p.search('123', 2, 1))
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print(re.compile(r'(?<=b)a').search('ba', 1))
print([x.span() for x in p.finditer('1 22 333 4444', 2, 9)])
print(p.findall('1 22 333 4444', 2, 9))

# bytes
mb = re.search(rb'(\d+)-(?P<n>\w+)', b'id 42-abc!')
print(mb, mb.group(1), mb['n'], mb.groupdict(), mb.span())
print(re.match(b'a', bytearray(b'abc')))
print(re.findall(rb'[a-z]+', bytearray(b'ab cd')))

# empty groups and unmatched groups
m = re.match(r'(a*)(b)?(c)?', 'aac')
print(m.groups(), m.groups(0), m.span(2), m.start(2), m.group(2), m.lastindex)
m = re.match('', 'abc')
print(m, m.span(), m.groups())
print(repr(re.search('é+', 'caféé!')), re.search('x', 'abc'))
print(re.match('a', 'a\u20ac').string)
print(repr(re.match('.+', 'a\nb\'c"', re.S)))
