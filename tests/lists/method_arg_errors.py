def t(src):
    try:
        eval(src)
        print(src, 'ok')
    except TypeError as e:
        print(src, '->', e)
for s in ['[].copy(1)', '[].copy(a=1)', '{}.keys(1)', '{}.popitem(1)', 'set().pop(1)', 'frozenset().copy(1)',
          'range(3).__reversed__(1)', '[].__reversed__(1)', '{}.__reversed__(1)', '[].pop(1, 2)', '[].pop(a=1)',
          '{}.get(1, 2, 3)', '{}.get(k=1)', '[].index(1, 2, 3, 4)', '(1,).index(1, a=2)', 'slice(1).indices()',
          '[].sort(key=None, x=1)', '[].clear(1)', '{}.update(1, 2)', '{}.fromkeys(1, 2, 3)', '{}.setdefault()',
          'range(1).count()', '[].count()', 'range(1).index(1, 2)', '{}.keys().isdisjoint()', 'set().add(1, 2)',
          'set().union(a=1)', 'frozenset().issubset()', '[].insert(1)', '[].extend()', '[].remove()', '().count()',
          '{}.values(x=1)', 'set().discard()', 'set().symmetric_difference()', '[].reverse(0)']:
    t(s)
