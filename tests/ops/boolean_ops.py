def t(name, val):
    print('eval', name)
    return val
print(t('a', 0) and t('b', 1))
print(t('a', 1) and t('b', 2))
print(t('a', 0) or t('b', 0))
print(t('a', 3) or t('b', 4))
print(not t('a', []))
print(t('a', 1) and t('b', 0) or t('c', 'c'))
x = [] or None
print(x)
print(0 or 0.0 or '' or 'end')
print(1 and [1] and 'last')
print(True and False, True or False, not True)
print(bool(1 and 0), bool(0 or 1))
