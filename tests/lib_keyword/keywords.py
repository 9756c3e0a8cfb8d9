# keyword: kwlist, softkwlist, iskeyword, issoftkeyword.
import keyword

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])
print(keyword.softkwlist)
print([w for w in ['if', 'match', 'print', 'None', 'none', 'async', '_', 'type', 'lambda'] if keyword.iskeyword(w)])
print([w for w in ['if', 'match', 'case', '_', 'type', 'print'] if keyword.issoftkeyword(w)])
print(keyword.kwlist == sorted(keyword.kwlist), sorted(keyword.__all__))
def safe_name(name):
    return name + '_' if keyword.iskeyword(name) else name
print([safe_name(n) for n in ['class', 'def', 'value', 'from', 'to']])
