print(chr(65), chr(97), chr(8364), chr(0x1F600), chr(0), repr(chr(10)))
print(ord('A'), ord('€'), ord('😀'), ord('\n'), ord(b'a'), ord(bytearray(b'z')))
print([chr(c) for c in range(ord('a'), ord('f'))])
for bad in [lambda: chr(0x110000), lambda: chr(-1), lambda: ord(''), lambda: ord('ab'), lambda: chr('a'), lambda: ord(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
