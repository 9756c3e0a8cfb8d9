s = 'Grüße, 世界! 😀'
print(s, len(s))
print([c for c in s[-4:]])
print([ord(c) for c in s[:5]])
print(chr(0x4e16), chr(233), chr(128512), ascii(s), repr(s))
print(s.upper(), s.encode('utf-8'), len(s.encode('utf-8')))
print('é' == 'e\u0301', len('e\u0301'))
print(sorted('éabz'), 'ä' < 'z', max('aé'), min('日本'))
print('😀'.isprintable(), '\u0000'.isprintable(), repr('\u0085'), repr('\xa0'), repr('\u3000'))
print(str('ünïcödé'.encode('utf-8'), 'utf-8'))
for ch in 'añ€😀':
    print(ch, hex(ord(ch)), len(ch.encode()))
