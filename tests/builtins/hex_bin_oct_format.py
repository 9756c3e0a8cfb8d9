print(hex(255), hex(-1), hex(0), bin(5), bin(-5), bin(0), oct(8), oct(-8), oct(0))
print(format(255, 'x'), format(255, '#b'), format(3.14159, '.2f'), format('s', '^5'), format(42), format(1e3, 'e'))
print(format(1234567.891, ',.2f'), format(0.5, '%'), format(-3, '+'), format(10, 'c') == '\n')
try:
    format(1, 'q')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format('s', 'd')
except ValueError as e:
    print(type(e).__name__, e)
