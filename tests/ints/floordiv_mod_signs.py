for a in (7, -7, 0, 1, -1, 13):
    for b in (3, -3, 1, -1, 5):
        print(a, b, a // b, a % b, divmod(a, b))
big = 10 ** 20 + 7
for a in (big, -big):
    for b in (3, -3, 10 ** 10 + 1, -(10 ** 10 + 1)):
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a)
