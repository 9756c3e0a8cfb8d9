print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), '42'.zfill(1), ''.zfill(3), 'abc'.zfill(5))
print('[' + 'hi'.center(6) + ']', '[' + 'hi'.center(7) + ']', '[' + 'hi'.center(7, '*') + ']', '[' + 'abc'.center(6) + ']')
print('[' + 'hi'.ljust(5) + ']', '[' + 'hi'.rjust(5) + ']', '[' + 'hi'.ljust(5, '.') + ']', '[' + 'hi'.rjust(1) + ']')
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print(type(e).__name__, e)
print('a\tb\tc'.expandtabs(), 'a\tb'.expandtabs(4), '12345\tx'.expandtabs(4))
