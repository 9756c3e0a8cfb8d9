s = 'hello world, hello'
print(s.find('hello'), s.find('hello', 1), s.find('xyz'), s.find(''), s.find('', 100), s.find('', len(s)))
print(s.rfind('hello'), s.rfind('hello', 0, 10), s.rfind('o'), s.rfind(''))
print(s.find('o', 5, 8), s.find('o', -5), s.find('l', -100, 3))
print(s.index('world'), s.rindex('l'))
try:
    s.index('xyz')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex('xyz')
except ValueError as e:
    print(type(e).__name__, e)
print('aaa'.find('aa'), 'aaa'.rfind('aa'))
print('abc'.find('c', 2), 'abc'.find('c', 3), 'abc'.find('abcd'))
