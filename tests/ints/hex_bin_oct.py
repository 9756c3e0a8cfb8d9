for n in (0, 1, -1, 255, -255, 2 ** 64, -(2 ** 64), 123456789):
    print(hex(n), bin(n), oct(n))
print(hex(2 ** 100 - 1))
print(format(255, 'x'), format(255, 'X'), format(255, '#x'), format(255, 'b'), format(8, 'o'), format(8, '#o'))
print(format(-255, '#x'), format(255, '08b'), format(255, '#010b'))
print(f'{1234567:,}', f'{1234567:_}', f'{0xDEADBEEF:_x}')
print(int(hex(987654321), 16), int(bin(987654321), 2), int(oct(987654321), 8))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), bin(Idx()), oct(Idx()))
