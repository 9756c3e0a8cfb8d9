class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(v):
    match v:
        case 0 | 1:
            return 'small int'
        case True:
            return 'unreachable for True since True == 1'
        case None:
            return 'none'
        case str() as s if len(s) > 3:
            return 'long string ' + s
        case str(s):
            return 'string ' + s
        case [x, y]:
            return 'pair %r %r' % (x, y)
        case [first, *rest]:
            return 'seq first=%r rest=%r' % (first, rest)
        case {'kind': 'circle', 'r': r}:
            return 'circle r=%r' % r
        case {'kind': kind, **others}:
            return 'shape %s %r' % (kind, sorted(others))
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return 'on y axis at %r' % y
        case Point(x, y) if x == y:
            return 'diagonal %r' % x
        case Point():
            return 'some point'
        case float(f) | int(f):
            return 'number %r' % f
        case _:
            return 'other ' + type(v).__name__

for v in [0, 1, True, None, 'hello world', 'hi', [1, 2], [1, 2, 3], (4,),
          {'kind': 'circle', 'r': 2}, {'kind': 'square', 'side': 3, 'color': 'red'},
          Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), 2.5, 7, {1, 2}]:
    print(repr(v) if not isinstance(v, Point) else 'Point', '->', describe(v))

def bindings(cmd):
    match cmd.split():
        case ['go', ('north' | 'south') as direction]:
            return direction
        case ['drop', *objs]:
            return objs
        case _:
            return None
print(bindings('go north'), bindings('drop a b c'), bindings('look'))

# names bound by a failed case are not required to be unbound; a guard failure moves on
def guard(x):
    match x:
        case [a, b] if a > b:
            return 'desc'
        case [a, b]:
            return 'asc-or-eq'
print(guard([2, 1]), guard([1, 2]))
