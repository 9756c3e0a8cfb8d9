print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))))
print(hash(frozenset([-1, -2, 2**62])), hash(frozenset({frozenset({1}), 2})))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset([(1, 2), (3, 4)])))
fs = frozenset([1, 2])
print({fs: 'a'}[frozenset([2, 1])], fs in {frozenset({1, 2})})
print(set() in {frozenset()}, {1} in [frozenset({1})])
try:
    {1, 2} in {frozenset({1, 2}): 0}
except TypeError as e:
    print('TypeError:', e)
s = {frozenset({1}), frozenset({2})}
s.remove({1})
s.discard({2})
print(s)
try:
    s.remove({3})
except KeyError as e:
    print('KeyError', e)
try:
    [] in {1}
except TypeError as e:
    print('TypeError:', e)
try:
    hash({1})
except TypeError as e:
    print('TypeError:', e)
print(frozenset({1}) | {2}, {2} | frozenset({1}), type(frozenset({1}) & {1}).__name__)
f = frozenset([3, 4])
print(f.copy() is f, frozenset(f) is f, frozenset() == set(), f == {3, 4}, f <= {3, 4, 5})
print(repr(frozenset()), repr(set()), frozenset([frozenset([frozenset()])]))
class S(set):
    pass
class F(frozenset):
    pass
print(S([1, 2]), S(), F([3]), F(), type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__)
print(S([1]) == {1}, F([1]) == frozenset([1]), hash(F([1, 2, 3])) == hash(frozenset([1, 2, 3])))
