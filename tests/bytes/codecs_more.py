# Codecs: utf-8/ascii/latin-1/utf-16/utf-32 with error handlers.
s = 'aé€😀\udcff'
for enc in ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-32-be']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape']:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeError as e:
            print(enc, errors, type(e).__name__, e)
data = b'a\xc3\xa9\xff\xe4\xb8x\xf0\x9f\x98\x80\xed\xa0\x80'
for enc in ['utf-8', 'ascii', 'latin-1']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
        try:
            print(enc, errors, ascii(data.decode(enc, errors)))
        except UnicodeError as e:
            print(enc, errors, type(e).__name__, e)
print('\udc80abc'.encode('utf-8', 'surrogateescape'), b'\x80abc'.decode('utf-8', 'surrogateescape') == '\udc80abc')
print('\ud800'.encode('utf-8', 'surrogatepass'), b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass') == '\ud800')
print('hé'.encode('UTF8'), 'hé'.encode('Latin_1'), 'hé'.encode('iso-8859-1'), 'h'.encode('US-ASCII'))
print('😀'.encode('utf-16-be'), b'\xd8\x3d\xde\x00'.decode('utf-16-be'), b'\xff\xfe\x41\x00'.decode('utf-16'))
print(str(b'caf\xc3\xa9', encoding='utf-8'), str(b'caf\xe9', 'latin-1'), bytes('café', 'utf-8'))
