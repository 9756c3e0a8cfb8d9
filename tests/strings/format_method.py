print('{} {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{0}{0}'.format('x'))
print('{name} is {age}'.format(name='Bob', age=5), '{0[1]}'.format([5, 6]), '{0[k]}'.format({'k': 'v'}))
print('{:>6}|{:<6}|{:^6}|{:*^7}|'.format('ab', 'ab', 'ab', 'ab'))
print('{!r} {!s} {!a}'.format('x', 'y', 'é'))
print('{{literal}} {}'.format(1))
class P:
    x = 10
print('{0.x} {p.x}'.format(P, p=P))
print('{:{width}.{prec}f}'.format(3.14159, width=8, prec=2))
print('{:d} {:5} {:<5}|'.format(3, 4, 5))
for fmt, args in [('{} {}', ('a',)), ('{0} {}', ('a', 'b')), ('{x}', ()), ('{:d}', ('s',)), ('{', ()), ('}', ())]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
print('{:,}'.format(1234567), '{:08.3f}'.format(-3.14159), '{:x}'.format(255))
print(format('abc', '>5'), format(3, 'b'), format(True), format(None))
print('{}'.format_map({'a': 1}) if False else '{a}'.format_map({'a': 1}))
