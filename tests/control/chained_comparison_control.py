for x in range(-1, 12, 3):
    if 0 <= x < 5:
        print(x, 'low')
    elif 5 <= x < 10:
        print(x, 'mid')
    else:
        print(x, 'out')
a, b, c = 1, 2, 3
print(a < b < c, a < c < b, a == 1 < b, c > b > a > 0)
print(1 < 2 != 3, 1 != 1 < 2)
