# common real-world patterns
import re

EMAIL = re.compile(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+')
text = 'Contact: alice.smith+tag@example.co.uk, bob@test.org; not-an-email@; x@y'
print(EMAIL.findall(text))
print([m.span() for m in EMAIL.finditer(text)])

NUMBER = re.compile(r'[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?')
print(NUMBER.findall('x=3, y=-4.5, z=.5e10, w=+7E-3, v=12.'))
print([float(x) for x in NUMBER.findall('1 2.5 -3')])

print(re.split(r'\s+', 'split   on\twhite\nspace'.strip()))
print('  a  b  '.split(), re.split(r'\s+', '  a  b  '))
print(re.findall(r'\b\w+\b', "Don't stop-me now!"), re.findall(r"\b[\w']+\b", "Don't stop"))
print(re.sub(r'\bcat\b', 'dog', 'cat catalog concat cat.'))

DATE = re.compile(r'(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})')
for m in DATE.finditer('from 2023-01-05 to 2024-12-31'):
    print(m.groupdict(), m.group('year'), m.lastgroup)

LOG = re.compile(r'^(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<ts>[^\]]+)\] "(?P<req>[A-Z]+ \S+)" (?P<code>\d{3})$', re.M)
log = '''127.0.0.1 - - [10/Oct/2000:13:55:36] "GET /index.html" 200
10.0.0.2 - - [10/Oct/2000:13:55:37] "POST /api" 404
garbage line'''
for m in LOG.finditer(log):
    print(m['ip'], m['ts'], m['req'], int(m['code']))

# key=value parsing, CSV-ish splitting, snake_case conversion
print(dict(re.findall(r'(\w+)=("[^"]*"|\S+)', 'a=1 b="two words" c=x')))
print(re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', 'a,"b,c",d'))
print(re.sub(r'(?<!^)(?=[A-Z])', '_', 'CamelCaseString').lower())
print(re.sub(r'_([a-z])', lambda m: m.group(1).upper(), 'snake_case_name'))
print(re.sub(r'[^\w\s-]', '', 'Hello, World! 2024').strip().lower().replace(' ', '-'))
print(re.fullmatch(r'#?([0-9a-fA-F]{2}){3}', '#1a2B3c') is not None, re.fullmatch(r'\d{3}-\d{4}', '555-12345'))
print(re.match(r'(\d+)\.(\d+)\.(\d+)', '3.13.0').groups())
print(re.findall(r'<([a-z]+)[^>]*>', '<p class="x"><b>hi</b></p>'), re.sub(r'<[^>]+>', '', '<p>Hi <b>there</b></p>'))
print(re.findall(r'(\w)\1', 'aabbcd eef'), re.sub(r'(\w+) \1', r'\1', 'the the cat sat sat'))
print(re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" now'))
print(re.findall(r'\d+(?=%)', '10% of 200 is 20%'), re.findall(r'(?<=\$)\d+', 'cost $30, $45'))
print(re.findall(r'https?://[^\s/$.?#].[^\s]*', 'see http://a.com/x?y=1 and https://b.org.'))
print(re.sub(r'\s+$', '', 'trailing   \n'), repr(re.sub(r'^\s+|\s+$', '', '  both  ')))
print(re.findall(r'[A-Z][a-z]+', 'Alice met Bob and Carol'), len(re.findall('.', 'ünïcödé')))
print(re.escape('https://example.com/path?q=1&x=[2]'), re.escape('a b\tc'), re.escape('é'))
print(re.search(re.escape('1+1=2'), 'is 1+1=2?'))
words = re.compile(r'\w+')
print(sorted(set(w.lower() for w in words.findall('The cat and the hat and THE bat'))))
print(re.match(r'^[\w.-]+$', 'file-name_1.txt') is not None, re.match(r'^[\w.-]+$', 'bad name') is None)
print(re.compile(r'a|b').pattern, re.compile(r'(a)(b)').groups, re.compile(r'x').groupindex)
