name = 'World'
n = 42
print(f'Hello, {name}!')
print(f'{n} {n + 1} {n * 2} {n // 5}')
print(f'{name!r} {name!s} {"é"!a} {name.upper()}')
print(f'{{braces}} {{{n}}}')
print(f'{[1, 2, 3]} {(1, 2)} {dict(a=1)} {None} {True}')
print(F'capital F {n}', rf'raw \n {n}', fr'\t{n}')
items = ['a', 'b']
print(f'{items[0]} {items[-1]} {len(items)}')
d = {'key': 'v'}
print(f"{d['key']}")
print(f'{n if n > 40 else 0}', f'{"yes" if n else "no"}')
print(f'{(lambda x: x * 2)(5)}')
print(f'multi {n} '
      f'part {name}')
print(f'')
print(f'{n}' f'{n}' 'plain')
