for i in range(3):
    print('for', i)
else:
    print('for else', i)
for x in [1, 3, 5, 6, 7]:
    if x % 2 == 0:
        print('found even', x)
        break
else:
    print('no even')
for x in []:
    print('never')
else:
    print('empty loop else')
for i in range(5):
    if i in (1, 3):
        continue
    print('kept', i)
for c in 'ab':
    for d in 'xy':
        if d == 'y':
            break
        print(c, d)
    else:
        print('inner else')
def search(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    else:
        return -1
print(search([4, 5, 6], 6), search([4, 5], 9))
