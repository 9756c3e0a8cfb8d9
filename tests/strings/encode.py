print('hello'.encode(), 'héllo'.encode('utf-8'), '€'.encode(), '😀'.encode('utf-8'))
print('abc'.encode('ascii'), 'é'.encode('latin-1'), len('日本'.encode()))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print('é'.encode('ascii', 'ignore'), 'é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'backslashreplace'))
print(b'h\xc3\xa9llo'.decode(), b'h\xc3\xa9llo'.decode('utf-8'), b'abc'.decode('ascii'))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'\xe9'.decode('latin-1'))
print(str(b'abc', 'ascii'), 'x'.encode(encoding='utf-8'))
