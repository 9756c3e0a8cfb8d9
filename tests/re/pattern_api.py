# Pattern objects, the cache, escapes and syntax details
import re, copy

p = re.compile(r'(?P<word>\w+)\s(\d+)')
print(p, p.pattern, p.flags, p.groups, p.groupindex, type(p).__name__, type(p).__module__)
print(p.match('ab 12'), p.search('-- ab 12'), p.fullmatch('ab 12'), p.fullmatch('ab 123x'))
print(p.findall('a 1 b 2'), p.sub(r'\2:\g<word>', 'a 1 b 2'), p.subn('', 'a 1'), p.split('x a 1 y'))
print(p == re.compile(r'(?P<word>\w+)\s(\d+)'), p == re.compile(r'(?P<word>\w+)\s(\d+)', re.I), p != 1)
print(hash(p) == hash(re.compile(r'(?P<word>\w+)\s(\d+)')), copy.copy(p) is p, copy.deepcopy(p) is p)
print(re.compile(p) is p, re.compile('x' * 250))
print(re.compile('it\'s "q"'), re.compile(b'\x00\xff'), re.compile('\n'))
print(re.Pattern, re.Match, re.Pattern[str], re.Match[bytes])
print(isinstance(p, re.Pattern), isinstance(p.match('a 1'), re.Match))
re.purge()
print(re.compile('a') == re.compile('a'))

# escapes and syntax
print(re.findall(r'\x41\u00e9\U0001F600\101\0', 'A\xe9\U0001F600A\x00'))
print(re.findall(r'[\x41-\x43]', 'ABCD'), re.findall(r'[\u00e0-\u00ff]+', 'café naïve'))
print(re.findall(r'\N{LATIN SMALL LETTER E WITH ACUTE}', 'café'), re.findall(r'\v', 'a\vb\x0b'))
print(re.findall(r'[\d\s]', 'a1 b'), re.findall(r'[^\W\d]+', 'ab12cd'), re.findall(r'[]a]', 'a]b'))
print(re.findall(r'[a\-z]', 'a-z'), re.findall(r'[-a]', '-a'), re.findall(r'[a-]', '-a'))
print(re.findall(r'[\[\]]', '[x]'), re.findall(r'[.*+]', 'a.*+'))
print(re.findall(r'a{2}', 'aaaaa'), re.findall(r'a{2,}', 'aaaaa a'), re.findall(r'a{,2}', 'aaa'),
      re.findall(r'a{1,2}?', 'aaa'), re.findall(r'x{', 'x{'), re.findall(r'x{a}', 'x{a}'), re.findall('{', '{}'))
print(re.findall(r'a++b', 'aab'), re.findall(r'(?>a+)b', 'aab'), re.findall(r'a*?b', 'aab'))
print(re.match(r'(a)(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(?P<x>a)?(?(x)b|c)', 'ab'))
print(re.findall(r'(?#comment)a', 'aa'), re.findall(r'(?:ab)+', 'ababx ab'))
print(re.search(r'(?<=a)b', 'ab'), re.search(r'(?<!a)b', 'ab cb'), re.search(r'a(?=b)', 'ac ab'), re.search(r'a(?!b)', 'ab ac'))
print(re.search(r'\Aab', 'ab'), re.search(r'ab\Z', 'ab\n'), re.search(r'ab$', 'ab\n'), re.search(r'ab\Z', 'xab'))
print(re.search(r'\1', 'x') if False else re.search(r'(a)\1', 'aa'), re.search(r'(a)\1 0', 'aa 0', re.X))
print(re.findall(r'(?P<x>.)(?P=x)', 'aabccd'))
print(re.findall(r'\w+', 'Ünïcödé ωορδ 漢字 x_1'), re.findall(r'[^\x00-\x7f]', 'aé€😀'))
print(re.search(r'😀+', 'x😀😀y').span(), re.sub('€', 'EUR', '5€ + 3€'), re.split('·', 'a·b·c'))
print([m.span() for m in re.finditer(r'\w+', 'άλφα βήτα γάμμα')])
s = 'ñ' * 50 + 'xyz' + 'é' * 50
print(re.search('xyz', s).span(), re.search('é+', s).span(), re.compile('é').search(s, 60).start())
print(len(re.findall('é', s)), re.sub('ñ', '', s)[:5], re.split('xyz', s)[1][:3])
print(re.findall(b'\\xff', b'\xff\xfe\xff'), re.match(b'.', b'\xe9'), re.findall(rb'[\x80-\xff]', b'a\x80\xff'))
print(re.findall('.', 'a\nb'), re.findall('.', 'a\nb', re.DOTALL))
for make in (lambda: re.Pattern('a', 0), lambda: re.Match()):
    try:
        make()
    except TypeError as e:
        print('TypeError', e)
