# FutureWarning for set syntax that may change meaning (nested sets, set operations)
import re
for p in ['[a--b]', '[[]', 'x[a&&b]', '[a||]', '[a~~b]', '[^[a]', '[]--]', '[--a]', '[a-\\-]', '[ab--]']:
    try:
        re.compile(p)
    except re.error as e:
        print(p, e)
re.findall('[[x]', 'a')
re.compile('a').sub('x', 'a')
