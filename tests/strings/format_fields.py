# str.format field grammar and its errors.
class P:
    x = 3
    def __format__(self, spec):
        return 'P<' + spec + '>'
def t(fmt, *a, **k):
    try:
        print(repr(fmt.format(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

t('{} {} {}', 1, 'a', None)
t('{0}{1}{0}', 'x', 'y')
t('{name}-{name!r}', name='n')
t('{0.x} {0.x!r:>4}', P())
t('{p:abc} {p!s:.3}', p=P())
t('{0[1]} {0[-1]} {d[key]} {d[1]}', [1, 2], d={'key': 'v', '1': 'str1', 1: 'int1'})
t('{:>{}}', 'a', 5)
t('{:{}{}}', 'a', '>', 4)
t('{0:{1}}', 3.14159, '.2f')
t('{{}} {{{0}}}', 'z')
t('{0!a} {0!r} {0!s}', 'é')
t('{!r:^9}', 'ab')
t('{0}{}', 1, 2)
t('{}{0}', 1, 2)
t('{', 1)
t('}', 1)
t('a{0}}', 1)
t('{0.}', 1)
t('{0[]}', 1)
t('{0[0]x}', [1])
t('{0!x}', 1)
t('{0!}', 1)
t('{0!rr}', 1)
t('{:', 1)
t('{0:x', 1)
t('{0[', 1)
t('{a{}', 1)
t('{99999999999999999999}', 1)
t('{1}', 1)
t('{}')
t('{a}')
t('{:{:{}}}', 1, 2, 3)
t('{0.nope}', 1)
t('{0[5]}', [1])
t('{:d}', 'a')
t('{:s}', 1)
t('{0]}', 1)
print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
class D(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{a}-{b}'.format_map(D(a=1)))
try:
    '{0}'.format_map({})
except Exception as e:
    print(type(e).__name__, e)
print(format('ab', '>5'), format('ab', '<5') + '|', format('ab', '^6'), format('abc', '.2'), format('ab', '*^7'))
print(f"{'x'!r:>5}", f"{3:{'>'}{4}}", f"{'a' 'b'}")
