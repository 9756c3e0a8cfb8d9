# fullmatch backtracking, endpos with $, lastgroup in callbacks, optional groups in split
import re
print(re.fullmatch('a|ab', 'ab'), re.fullmatch('(a|ab)(c|bcd)', 'abcd'), re.fullmatch('a*?', 'aaa'))
print(re.match('a|ab', 'ab'), re.search('$', 'abc', ), re.compile('x$').match('axb', 1, 2))
print(re.split(':', 'a:b:c:d', maxsplit=2), re.sub('(?P<x>a)|b', lambda m: str(m.lastgroup), 'ab'))
print(re.sub('a', '\\\\', 'a'), re.subn('', '-', ''), re.findall('(a)|(b)', 'ab'))
p = re.compile(r'(?P<a>\d)(?P<b>\w)?')
print([m.groupdict() for m in p.finditer('1x2')], p.sub(r'\g<b>\g<a>', '1x2'))
print(re.search(r'[^\s\d]+', '12 ab'), re.findall(r'\S+', 'a\x1cb c'))
print(re.findall(r'(?i)[^a]', 'Ab'), re.findall('(?m)^x', 'x\nx'), re.compile('(?s).').flags)
print(re.split(r'(?:a)(b)?', 'xaybaz'), re.compile('a').split('bab', maxsplit=1))
print(re.findall(r'\B', ''), re.findall(r'\B', 'ab'), re.sub(r'\B', '-', 'abc'), re.search(r'\B', 'a', 1))
print(re.match(r'((?=a(\w)))', 'ab').lastindex, re.match(r'(a)((b)(c))', 'abc').lastindex)
