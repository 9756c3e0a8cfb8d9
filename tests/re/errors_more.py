# more pattern errors: open-group references, inline flag combinations, repeats of repeats
import re
for p in ['(a\\1)', '(a)\\1', '\\8', '[\\8]', '\\08', '\\400', '(?P<a>x)(?P=a)', '(?i)(?m)a', '(?i:a)(?m)b', '(?-i)a', '(?i-i:a)', '(?a-u:a)', '(?x:a b)', 'a{1,2}{3}', 'a*{2}', '(?', '(?P', '(?P<', '(?P<a', 'x{2}+', 'x?+', 'x*?+']:
    try:
        r = re.compile(p)
        print(repr(p), 'ok', r.flags, re.findall(r, 'aa a\x08 A b AB x xx'))
    except re.error as e:
        print(repr(p), 'error:', e)
