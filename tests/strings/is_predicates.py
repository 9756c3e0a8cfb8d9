tests = ['abc', 'ABC', 'Abc', '123', 'a1', '', ' ', ' \t\n', 'é', 'a b', 'ABC1', 'Hello World', '_', 'a_1', '1a']
for s in tests:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isupper(), s.islower(), s.isdecimal(), s.isnumeric(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
