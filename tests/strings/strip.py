print(repr('  hi  '.strip()), repr('  hi  '.lstrip()), repr('  hi  '.rstrip()))
print(repr('\t\n hi \r\x0b\x0c'.strip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'))
print(repr(''.strip()), repr('   '.strip()), repr('xxx'.strip('x')))
print('hello'.strip(''), 'hello'.strip(None))
print('www.example.com'.strip('cmowz.'))
print('prefix_name'.removeprefix('prefix_'), 'name.py'.removesuffix('.py'), 'abc'.removeprefix('x'))
try:
    'a'.strip(1)
except TypeError as e:
    print(type(e).__name__, e)
