class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == 'short':
            return '$%d' % (self.cents // 100)
        return '$%d.%02d' % divmod(self.cents, 100)
    def __str__(self):
        return 'Money'
m = Money(12345)
print(f'{m}', f'{m:short}', format(m), format(m, 'short'), '{:short}'.format(m), str(m))
class NoFormat:
    def __str__(self):
        return 'nf'
print(f'{NoFormat()}', f'{NoFormat()!s:>4}')
try:
    f'{NoFormat():>4}'
except TypeError as e:
    print(type(e).__name__, e)
print(f'{3.5!r}', f'{"s"!r:^7}', f'{[1, 2]!s:>8}')
