# re.Scanner: a lexicon of (pattern, action) pairs
import re

scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda s, tok: ('NAME', tok)),
    (r'\d+(\.\d*)?', lambda s, tok: ('NUMBER', float(tok) if '.' in tok else int(tok))),
    (r'[-+*/=()]', lambda s, tok: ('OP', tok)),
    (r'\s+', None),
])
print(scanner.scan('x = 3.5 * (y + 42)'))
print(scanner.scan('a + 1 ? b'))
print(re.Scanner([(r'a', 'A'), (r'b', lambda s, t: s.match.span())]).scan('abba!'))
