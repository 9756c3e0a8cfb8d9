print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, 2) == (1, 2))
print((1, 'a') == (1, 'a'), (1, [2]) == (1, [2]))
d = {(1, 2): 'pair', (): 'empty', ((1,), 2): 'nested'}
print(d[(1, 2)], d[()], d[((1,), 2)])
print(hash((1, 2)) == hash((1, 2)), hash((1, 'a')) == hash((1, 'a')))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, []): 0}
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]), max((1, 2), (1, 3)))
