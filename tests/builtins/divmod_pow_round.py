print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2, 10, 1000), pow(-2, 3), pow(2, -1), pow(2.0, 3), pow(7, 0, 1), pow(5, -1, 7))
print(round(1.23456, 2), round(2.5), round(3.5), round(-1.5), round(7), round(1234, -2), round(0.5 + 1e-9))
print(round(1.5, 0), round(2.5, 0), round(-0.5), round(15, -1), round(25, -1), round(-25, -1))
try:
    divmod('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round('1.5')
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 0.5, 3)
except TypeError as e:
    print(type(e).__name__, e)
