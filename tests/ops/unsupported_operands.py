cases = [
    lambda: 1 + 'a',
    lambda: 'a' + 1,
    lambda: [1] + (1,),
    lambda: 1 - 'a',
    lambda: 'a' * 'b',
    lambda: {} + {},
    lambda: None + 1,
    lambda: 1 / 'x',
    lambda: 2 ** 'x',
    lambda: 'a' - 'b',
    lambda: -'a',
    lambda: ~1.5,
    lambda: +[1],
    lambda: [1] * 1.5,
    lambda: 1 // None,
    lambda: 'abc' % 3 % 2,
    lambda: {1} + {2},
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
x = 1
try:
    x += 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    x @= 2
except TypeError as e:
    print(type(e).__name__, e)
