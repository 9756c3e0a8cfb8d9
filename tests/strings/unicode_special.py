for s in ['ß', 'ǅungla', 'ﬁ', 'ΣΑΣ', 'İ']:
    print(repr(s), s.upper(), s.lower().encode('utf-8'), s.title(), s.casefold().encode('utf-8'), len(s.upper()))
for s in ['½', '²', '٣', 'x\u3000', '\u3000', 'Ⅻ', 'ǅ']:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isspace(), s.istitle(), s.isprintable())
print('x\u3000y\u2003z\xa0w'.split())
print(repr('\N{GREEK SMALL LETTER ALPHA}\N{EURO SIGN}'), '\N{LATIN SMALL LETTER E WITH ACUTE}')
print(int('٣'), int('１２'), float('٣.５'))
