x = 2
y = 3
print(f'''{x}
{y}''')
print(f'{x +
  y}')
print(f'{x}{y}{x}')
print(f'{x!r:>4}|')
print(f'{ x }|{ x + y }')
print(f'{x:{y}}|')
def g():
    return 'called'
print(f'{g()} {g.__name__}')
print(f'{x < y} {x == 2} {not x}')
t = (1, 2)
print(f'{t}', f'{t[0]}', f'{*t,}')
print(f'{"%d" % 5} {len("abc")}')
