print('abc'.index('b'), 'a-b'.translate({ord('-'): '_'}), 'abc'.translate({97: None}))
print(str.maketrans('abc', 'xyz'), 'aabbcc'.translate(str.maketrans('abc', 'xyz')))
print('ab' < 'abc', 'b' > 'abc', 'abc' == 'abc', 'A' < 'a')
print(str(123), str([1, 'a']), str(None), str(), repr(str()))
print('x' * 0, 'ab' in 'cab', 'abc'[1:] + 'abc'[:1])
print(len(''), len('abc'), ''.join(reversed('abc')), sorted('bca'))
print(list('abc'), tuple('ab'), 'a,b'.split(',')[1])
print('%s' % 'a' + 'b', 'ab'.__len__(), 'ab'.__contains__('a'), 'a'.__add__('b'))
s = 'mutable?'
t = s
s += '!'
print(s, t)
print(min('hello'), max('hello'), 'hello'.count('l'))
print('Hello'.__class__.__name__, isinstance('', str), str.__name__)
