samples = ['ascii', 'café', '日本語', '😀 emoji', '']
for s in samples:
    b = s.encode('utf-8')
    print(repr(s), b, len(b), b.decode('utf-8') == s)
print('abc'.encode('utf-8').decode('ascii'))
print(bytes([0xe2, 0x82, 0xac]).decode())
print(b'\xc3\xa9'.decode('latin-1'), 'é'.encode('latin-1'), 'é'.encode('latin-1').decode('latin-1'))
try:
    b'\xe2\x82'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason, e.start, e.end)
try:
    '日'.encode('latin-1')
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason, e.start, e.end)
