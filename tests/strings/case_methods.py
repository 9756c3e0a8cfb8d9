for s in ['hello World', 'ALL CAPS', "they're bill's friends", 'mIxEd cAsE 123', '', 'éÉ', 'a1b2c', '  x y']:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
