# operator.itemgetter, attrgetter, methodcaller: calls, reprs and errors.
from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple

g = itemgetter(1)
print(g([10, 20, 30]), g('abc'), g({1: 'one'}), repr(g))
g = itemgetter(0, -1)
print(g([1, 2, 3]), g('xyz'), repr(g))
print(itemgetter(slice(1, 3))('abcd'), itemgetter('k', 'v')({'k': 1, 'v': 2}))
rows = [('bob', 30), ('alice', 25), ('carol', 35)]
print(sorted(rows, key=itemgetter(1)))
print(max(rows, key=itemgetter(1)), list(map(itemgetter(0), rows)))

Point = namedtuple('Point', 'x y')
class Node:
    def __init__(self, name, pos):
        self.name = name
        self.pos = pos
nodes = [Node('b', Point(1, 5)), Node('a', Point(3, 2)), Node('c', Point(2, 9))]
print([n.name for n in sorted(nodes, key=attrgetter('name'))])
print([n.name for n in sorted(nodes, key=attrgetter('pos.y'))])
print(attrgetter('name', 'pos.x')(nodes[0]))
print(repr(attrgetter('name')), repr(attrgetter('pos.x', 'name')))
print(attrgetter('real', 'imag')(3))

m = methodcaller('upper')
print(m('abc'), repr(m))
m = methodcaller('split', ',', maxsplit=1)
print(m('a,b,c'), repr(m))
m = methodcaller('replace', 'a', 'o')
print(list(map(m, ['banana', 'cat'])))
print(repr(methodcaller('f', 1, 'two', key=[3])))

for make in [lambda: itemgetter(), lambda: attrgetter(), lambda: attrgetter(1),
             lambda: methodcaller(), lambda: methodcaller(5)]:
    try:
        make()
    except TypeError as e:
        print('TypeError', e)
for call in [lambda: itemgetter(1)(), lambda: itemgetter(1)(1, 2),
             lambda: itemgetter(5)([1]), lambda: itemgetter('x')({}),
             lambda: attrgetter('missing')(1), lambda: attrgetter('a.b')(nodes[0]),
             lambda: methodcaller('nope')(1), lambda: methodcaller('upper')()]:
    try:
        call()
    except (TypeError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
