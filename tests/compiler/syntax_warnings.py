x = 5
if x is 1:
    pass
print(x is not 'a', x is None)
def f():
    return (1, 2)(3)
def g():
    return [1, 2]['a']
def h():
    return 1[0]
assert (x, 'msg')
print('done')
