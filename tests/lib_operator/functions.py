# operator module functions: arithmetic, comparisons, sequences, in-place ops.
import operator
from operator import *

print(add(2, 3), sub(2, 3), mul(2, 3), truediv(7, 2), floordiv(7, 2), mod(7, 3), pow(2, 10))
print(neg(5), pos(-5), abs(-5), inv(5), invert(0), lshift(1, 4), rshift(32, 2))
print(and_(12, 10), or_(12, 10), xor(12, 10), and_({1, 2}, {2, 3}), or_(True, False))
print(add('ab', 'cd'), mul([0], 3), mod('%s-%s', ('a', 'b')))
print(lt(1, 2), le(2, 2), eq(1, 1.0), ne(1, 2), ge(1, 2), gt(3, 2))
print(not_([]), not_(1), truth([]), truth('x'), is_(None, None), is_not(1, None))
print(contains([1, 2], 2), contains('abc', 'd'), countOf([1, 2, 1, 1], 1), indexOf('abc', 'c'))
print(concat([1], [2]), concat('a', 'b'), concat((1,), (2,)))
print(index(5), index(True))
print(operator.__add__(1, 2), operator.__not__(0), operator.__getitem__('abc', 1))
print(call(max, 3, 9, 4), call(sorted, [3, 1], reverse=True))
print(length_hint([1, 2, 3]), length_hint(iter([1, 2])), length_hint(x for x in []), length_hint(5, 42))

class Hinted:
    def __length_hint__(self):
        return 7
print(length_hint(Hinted()))

d = {'a': 1}
setitem(d, 'b', 2)
print(getitem(d, 'b'), d)
delitem(d, 'a')
print(d)
seq = list(range(10))
print(getitem(seq, slice(2, 5)))
setitem(seq, slice(0, 8), [])
print(seq)

# in-place operators return the result, mutating mutable operands
lst = [1]
res = iadd(lst, [2])
print(res, lst, res is lst)
print(iadd(1, 2), isub(5, 2), imul('ab', 2), itruediv(1, 4), ifloordiv(9, 2), imod(9, 4))
print(ipow(3, 3), ilshift(1, 3), irshift(8, 3), iand(6, 3), ior(6, 3), ixor(6, 3))
s = {1}
print(ior(s, {2}), s)
print(iconcat([1], (2, 3)))

for f, args in [(index, (1.5,)), (concat, (1, 2)), (indexOf, ([1], 3)),
                (iconcat, (1, [])), (length_hint, ([], 'x')), (truediv, (1, 0)),
                (getitem, ([], 1)), (add, (1, 'a'))]:
    try:
        f(*args)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

# functions as keys and reducers
from functools import reduce
print(reduce(mul, range(1, 6)), reduce(add, ['a', 'b', 'c']))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(0)))
print(list(map(mul, [1, 2, 3], [4, 5, 6])))
print(sorted(name for name in operator.__all__)[:8], len(operator.__all__))
