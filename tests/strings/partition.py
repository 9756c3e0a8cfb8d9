print('key=value=x'.partition('='), 'key=value=x'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='))
print(''.partition('x'), 'abc'.partition('abc'), 'abc'.partition('c'))
print('a::b::c'.partition('::'), 'a::b::c'.rpartition('::'))
try:
    'abc'.partition('')
except ValueError as e:
    print(type(e).__name__, e)
