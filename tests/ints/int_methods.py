print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print((10).to_bytes(2, 'big'), (10).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True))
print((6).bit_count(), (-7).bit_count(), (2 ** 100 - 1).bit_count())
print((5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((12).as_integer_ratio(), (-3).is_integer() if hasattr(int, 'is_integer') else True)
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
print(int.__add__(3, 4), (3).__mul__(5), (3).__radd__(1))
print((3).__add__(1.5))
