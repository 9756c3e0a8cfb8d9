cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0,
    lambda: divmod(1, 0),
    lambda: divmod(1.0, 0.0),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: (10 ** 30) // 0,
    lambda: (10 ** 30) / 0,
    lambda: pow(0, -2),
]
for c in cases:
    try:
        c()
        print('no error')
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(0 ** 0, 0.0 ** 0, 0 / 1, -0.0 / 1)
