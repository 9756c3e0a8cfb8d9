x = 10
y = 'text'
print(f'{x=}')
print(f'{y=}')
print(f'{x + 1=}')
print(f'{x = }')
print(f'{y=!s}')
print(f'{x=:5d}|')
print(f'{3.14159=:.2f}')
print(f'{y!r}', f'{y!s}', f'{"ü"!a}', f'{[y]!s}')
class C:
    def __repr__(self):
        return 'C-repr'
    def __str__(self):
        return 'C-str'
    def __format__(self, spec):
        return 'C-format[' + spec + ']'
c = C()
print(f'{c}', f'{c!r}', f'{c!s}', f'{c:xyz}', f'{c=}')
print(format(c, 'abc'), str(c), repr(c))
