# Case mappings, character classes and repr over every 7th code point, digested per plane.
out = []
acc = 0
for cp in range(0, 0x110000, 7):
    c = chr(cp)
    r = (c.upper(), c.lower(), c.title(), c.casefold(), c.swapcase(), c.capitalize(), c.isalpha(), c.isdecimal(), c.isdigit(),
         c.isnumeric(), c.isspace(), c.islower(), c.isupper(), c.istitle(), c.isprintable(), c.isidentifier(), ('a' + c).isidentifier(),
         len(('x' + c + 'y').splitlines()), repr(c))
    acc = (acc * 1000003 + hash(r)) & 0xFFFFFFFFFFFF
    if cp % 0x10000 < 7:
        out.append(acc)
print(out)
