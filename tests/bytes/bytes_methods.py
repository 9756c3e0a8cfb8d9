b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower(), b.split(), b.strip().split(b', '))
print(b'a,b,c'.split(b','), b','.join([b'x', b'y']), b'abc'.replace(b'b', b'XX'))
print(b'hello'.find(b'l'), b'hello'.rfind(b'l'), b'hello'.index(b'e'), b'hello'.count(b'l'))
print(b'hello'.startswith(b'he'), b'hello'.endswith((b'x', b'lo')), b'hello'.find(108))
print(b'abc'.hex(), bytes.fromhex('616263'), bytes.fromhex('de ad be ef'), b'\x01\xff'.hex(':'))
print(b'abc'.decode(), b'ABC'.isupper(), b'123'.isdigit(), b'ab1'.isalnum(), b'  '.isspace(), b'ab'.isalpha())
print(b'x'.center(5, b'*'), b'7'.zfill(3), b'a b'.title(), b'abc'.capitalize(), b'aBc'.swapcase())
print(b'k=v'.partition(b'='), b'a\nb\r\nc'.splitlines(), b'ab'.ljust(4, b'.'))
try:
    b'abc'.find('a')
except TypeError as e:
    print(type(e).__name__, e)
