def t(src):
    try:
        r = eval(src)
        print(src, '->', repr(r))
    except Exception as e:
        print(src, '!!', type(e).__name__, str(e))
nan = float('nan')
L = [1, 2, 3]
for s in [
    '[nan] == [nan]', '(nan,) == (nan,)', '[1, 2] == [1, 2.0]', '[[]] * 3', '[1] * True', '[1, [2]] < [1, [3]]',
    '[] < [[]]', '[1] < [1, 0]', '(1, 2) <= (1, 2)', '(1, 2) >= (1, 3)', '[3] > [2, 9]', 'list(range(3)) != [0, 1, 2]',
    'sorted([3, 1, 2], key=lambda x: -x)', 'sorted("hello")', 'sorted({3: 1, 1: 2})', 'sorted([(1, "b"), (1, "a")])',
    'sorted([1.5, 1, True, 0.5])', 'sorted([[2], [1, 2], [1]])', 'max([3, 1, 2]), min((4, 2, 8))', 'sum([[1], [2]], [])',
    'list(reversed([1, 2, 3]))', 'list(reversed((1, 2, 3)))', 'list(enumerate({1: 2, 3: 4}))', 'dict(enumerate("ab"))',
    'dict(zip("abc", range(3)))', '{**{1: 2}, **{3: 4}}', '{1: 2, **{1: 3}}', '[*range(3), *"ab"]', '(*[1, 2], 3)', '{*[1, 2], *(2, 3)}',
    'L[1:1]', 'L[::-1][::-1]', 'L[-1:-4:-1]', 'L[1:-1]', 'L[:100]', 'L[100:]', 'L[3:0:-1]', 'L[::3]',
    '[1, 2, 3, 4, 5][1::2]', '(1, 2, 3, 4, 5)[::-2]', 'list("abc").index("c")', '[0] * 0', '[] + []', '() + ()',
    '{1, 2} == frozenset({1, 2})', 'frozenset({1, 2}) == {1, 2}', '{1} < frozenset({1, 2})', '{1, 2}.union({3}, [4], (5,), "6")',
    'set("aab") | set("bc") == {"a", "b", "c"}', '{1, 2, 3} - {2} - {3}', '{1, 2} & {2, 3} & {2}', '{1, 2} ^ {2, 3} ^ {3, 4}',
    'set([1, 2]).isdisjoint(set())', 'set().issubset(set())', '{1}.issuperset([])', 'frozenset().union()',
    'len({1: 1, True: 2, 1.0: 3})', '{1: "a"} == {True: "a"}', '{(1, 2): 3}[1, 2]', '{"a": 1}.get("b", 2)',
    'list({1: 2, 3: 4}.items())', 'list(iter({5: 1, 3: 2}))', '{1: 1}.keys() == {1: 2}.keys()', '{1: 1}.items() == {1: 2}.items()',
    '{1: 1}.values() == {1: 1}.values()', 'len({}.fromkeys(range(1000)))', 'dict.fromkeys("abc", 0)',
    'dict([[1, 2], (3, 4)])', 'dict(((1, 2),), a=1)', '{}.setdefault(1, []).append(5)', 'bool({}), bool([]), bool(()), bool(set())',
    'bool(range(0)), bool(range(1)), bool([0]), bool((0,))', '1 in {1: 2}', '2 in {1: 2}', '2 in {1: 2}.values()',
    'str([1, "a", None, 1.5, (2,), {3}, {4: 5}])',
    'repr([1, 2, (3, [4, {5: (6,)}])])', 'list(map(len, [[1], [1, 2], []]))', 'list(filter(None, [0, 1, [], [2], (), (3,)]))',
    '[x for x in range(5) if x % 2]', '{x: x * x for x in range(4)}', '{x % 3 for x in range(10)}', 'list(zip([1, 2], (3, 4), "ab"))',
    'any([]), all([]), any([0, [], 1]), all([1, (), 2])', 'list(range(10))[2:8:3]', 'len([0] * 1000000)', 'sum(range(10**6))',
    '[1, 2, 3].pop(-1)', '[1, 2, 3].pop(-3)', '[1, 2, 3].pop(-4)', 'list(reversed(range(5)))[1:3]', 'hash((1, (2, (3, ()))))',
    'hash(frozenset([frozenset([1]), frozenset([2])]))', '[1, 2, 3].__contains__(2)', '(1, 2).__len__()', '{1: 2}.__len__()',
    'list.__len__([1])', 'dict.__getitem__({1: 2}, 1)', 'set.__contains__({1}, 1)', 'tuple.__add__((1,), (2,))', 'list.__add__([1], [2])',
    'list.__mul__([1], 3)', 'list.__rmul__([1], 2)', 'tuple.__mul__((1,), 2)', 'list.__iadd__([1], (2,))', 'dict.__or__({1: 2}, {3: 4})',
    'set.__or__({1}, {2})', 'set.__ior__({1}, {2})', 'frozenset.__or__(frozenset({1}), {2})', 'list.__eq__([1], [1])', 'list.__lt__([1], (1,))',
    'list.__getitem__([1, 2], slice(None, None, -1))', 'list.__setitem__', 'type([].__iter__())', 'type(iter([]))', 'type({}.__iter__())',
    'len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(0, -10, 3))', 'range(3).__len__()', 'range(0, 10, 2)[-1]', '[*reversed(range(3, 10, 3))]',
    'list(iter([1, 2, 3]))[::-1]', 'next(iter({1, 2}))', 'next(reversed({1: 2, 3: 4}))', 'list(reversed({1: 2, 3: 4}.keys()))',
]:
    t(s)
