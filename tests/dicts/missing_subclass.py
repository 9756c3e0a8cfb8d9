class D(dict):
    def __missing__(self, key):
        return key * 2
d = D(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d, d)
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in 'hello world':
    c[ch] += 1
print(sorted(c.items()))
class Plain(dict):
    pass
p = Plain({1: 2}, x=3)
print(p, type(p).__name__, type(p.copy()).__name__, type(p | {}).__name__)
try:
    p['nope']
except KeyError as e:
    print('KeyError', e)
print(Plain.fromkeys('ab', 0), type(Plain.fromkeys('ab')).__name__)
print(dict.fromkeys(range(3)), dict.fromkeys([]), dict.fromkeys('aa', []))
try:
    {}[[]]
except TypeError as e:
    print('TypeError:', e)
try:
    {}[(1, [])]
except TypeError as e:
    print('TypeError:', e)
try:
    {}.pop('k')
except KeyError as e:
    print('KeyError', repr(e))
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
try:
    del {}[(1, 2)]
except KeyError as e:
    print('KeyError', e, e.args)
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, {0: 'a', False: 'b', 0.0: 'c'}, {-0.0: 1, 0: 2})
print({1: 2} == {1.0: 2}, {1: 2} != {1: 3}, {} == [], {1: 1, 2: 2} == {2: 2, 1: 1})
try:
    {} < {}
except TypeError as e:
    print('TypeError:', e)
print(dict([(1, 2), [3, 4], 'ab']), dict({1: 2}, b=3), dict(zip('ab', 'cd')))
for bad in ([(1, 2, 3)], [1], 5, [(1,)]):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    dict({}, {})
except TypeError as e:
    print('TypeError:', e)
d = {'a': 1}
d |= [('b', 2)]
d |= {'c': 3}
print(d, d | {'a': 0}, {'z': 0} | d)
try:
    d | [('x', 1)]
except TypeError as e:
    print('TypeError:', e)
d.update([('u', 1)], v=2)
d.update({'w': 3})
print(d)
print(d.setdefault('a'), d.setdefault('new'), d.setdefault('n2', 5), d)
r = {}
r['r'] = r
print(r, [r], {1: [r]})
