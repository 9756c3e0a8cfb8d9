print('%s %r %d %i %f %x %o %e %c %%' % ('s', 'r', 1, 2, 3.0, 255, 8, 10.0, 65))
print('%s' % 'only', '%s' % (('tuple',),), '%s and %s' % ('a', 'b'))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%5s|%-5s|%.2s|%5.1s|' % ('ab', 'ab', 'abc', 'abc'))
print('%*d|%-*d|%.*f' % (5, 42, 5, 42, 2, 3.14159))
print('%c%c' % ('x', 10004), '%r' % ['a'], '%a' % 'é')
print('%+d % d %05d %x %#x %#o %X' % (5, 5, -5, -255, 255, 8, 3054))
print('%s' % None, '%s' % [1, 2], '%d' % 3.9, '%d' % True)
for fmt, args in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1), ('%(k)s', 5), ('%c', 'ab')]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(b'%s %d' % (b'x', 5))
