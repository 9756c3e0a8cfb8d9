print('a b  c'.split())
print('  leading and trailing  '.split())
print('a,b,,c'.split(','))
print(''.split(), ''.split(','), ' '.split(), ' '.split(' '))
print('a--b--c'.split('--'))
print('\ta\nb\x0bc\x0cd\re  f'.split())
print('abc'.split('abc'), 'abcabc'.split('abc'))
print('1,2,3'.split(',', 1), '1,2,3'.split(',', 0), '1,2,3'.split(',', -1), '1,2,3'.split(',', 5))
print('a b c d'.split(None, 2), '  a b c  '.split(None, 1))
print('a b c'.split(maxsplit=1), 'a,b,c'.split(sep=',', maxsplit=1))
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
