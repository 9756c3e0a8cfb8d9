sq = {x: x * x for x in range(5)}
print(sq)
print({k: v for k, v in sq.items() if v % 2 == 0})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print({c: i for i, c in enumerate('abca')})
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a)
a |= b
print(a)
a |= [('w', 0)]
print(a)
print({**b, 'extra': 1}, {**{'k': 1}, **{'k': 2}})
try:
    a | [('q', 1)]
except TypeError as e:
    print(type(e).__name__, e)
