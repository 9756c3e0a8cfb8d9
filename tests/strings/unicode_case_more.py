# Case mapping and character classes beyond ASCII.
words = ['ǅungla', 'ǈ', 'ΌΣΟΣ', 'ΣΑΣ.', 'ὈΔΥΣΣΕΎΣ', 'ﬀ', 'ŉ', 'ΐ', 'İstanbul', 'ıi', 'Ꭰᏸ', 'ꭰ', 'ᲀ', 'ß', 'ẞ',
         'Σ', 'aΣ', 'aΣb', 'aΣ.', 'aΣ\u0345', 'ǲ', 'Ω', 'K', 'Å', 'ᾳ', 'ᾼ', 'ﬓ', 'Ⓐ', 'ⓐ', '𐐀', '𐐨', 'ǰ']
for w in words:
    print(w, w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(),
          w.isupper(), w.islower(), w.istitle())
chars = 'aZ5٣²½Ⅻ一 \t\u3000\u2028_é$€\u200b\u0301ǅ\U0001D7D8\U00010107'
for c in chars:
    print(repr(c), c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(), c.isspace(),
          c.isprintable(), c.isidentifier(), ('a' + c).isidentifier())
print('ΑΒΓ'.lower(), 'αβγ'.upper(), 'Straße'.upper(), 'ǆemal ǉudi'.title())
print('hello world'.title(), "they're bill's friends".title(), 'a1b2 c3'.title(), 'ΣΙΣ ΣΑΣ'.lower())
print([s for s in 'a\x1cb\x1dc\x1ed\x85e\u2028f\u2029g\x0bh\x0ci'.splitlines()])
print('a\u3000b\xa0c\u2003d\x1fe'.split())
print(repr('\x00\x07\x7f\x80\x9f\xa0\xad\u0378\u200b\u2028\ufeff\ue000\U000e0001\ud800 é😀'))
print(ascii('é😀\n'), repr("'"), repr('"'), repr('\'"'), repr('\\'))
