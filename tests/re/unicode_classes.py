# \w \d \s \b and case-insensitive matching over Unicode text, and bytes classes
import re
chars = ''.join(chr(c) for c in list(range(0, 0x250)) + [0x2028, 0x2029, 0x3000, 0x200b, 0x0301, 0x00b2, 0x2160, 0x16ee, 0x1d7ce, 0x0660, 0x1f600, 0x212a, 0x17f, 0x130, 0x131, 0x3a3, 0x3c2, 0x1e9e])
for pat in [r'\w', r'\W', r'\d', r'\s', r'\S', r'\b\w', r'[\w]', r'[\s]', r'[\s\d]+', r'\s+']:
    print(pat, ascii(''.join(re.findall(pat, chars))))
for pat in ['k', 's', 'ß', 'σ', 'K']:
    print(pat, re.findall(pat, chars, re.I))
print(re.findall(rb'\s', bytes(range(256))), re.findall(rb'\w', bytes(range(256)))[-5:])
