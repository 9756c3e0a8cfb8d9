# character sets: ranges, literal dashes and brackets, bad ranges
import re, warnings
warnings.simplefilter("ignore")  # CPython warns about possible future set syntax; minnow does not
for p in ['[a--b]', '[a-\\--b]', '[--a]', '[]--]', '[a-]', '[-]', '[\\w-a]', '[a-\\w]', '[\\d-\\w]', '[a-b-c]', '[^-a]', '[%--]', '[a-\\x7f]', '[\\x00-\\n]', '[\\]-a]', '[a-\\]]']:
    try:
        r = re.compile(p)
        print(repr(p), 'ok', re.findall(r, 'ab-c]%\\w\x01'))
    except re.error as e:
        print(repr(p), 'error:', e)
