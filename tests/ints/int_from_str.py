print(int('42'), int('-42'), int('  17  '), int('+5'), int('0'))
print(int('1_000'), int('0x1f', 16), int('1f', 16), int('FF', 16))
print(int('0b101', 0), int('0o17', 0), int('0x1F', 0), int('10', 0))
print(int('z', 36), int('Z', 36), int('zz', 36), int('777', 8), int('101', 2))
print(int('12345678901234567890123456789'))
print(int('-ffffffffffffffffffff', 16))
print(int(' \t\n12\n'))
for bad in ['', 'x', '1.5', '1 2', '0x10', '_1', '1__0', '1_', '--1']:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for s, base in [('2', 2), ('9', 8), ('g', 16), ('08', 0)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int('1', 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('1', 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
