i = 0
while i < 3:
    print('while', i)
    i += 1
else:
    print('while else ran', i)
i = 0
while i < 10:
    if i == 2:
        break
    i += 1
else:
    print('not printed')
print('after break', i)
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print('even', n)
while False:
    print('never')
else:
    print('else of never-run while')
