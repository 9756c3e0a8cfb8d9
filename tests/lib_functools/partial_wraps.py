# functools.partial, partialmethod, wraps/update_wrapper and reduce.
import functools
from functools import partial, partialmethod, wraps, update_wrapper, reduce

def power(base, exponent, *, mod=None):
    return pow(base, exponent, mod)

square = partial(power, exponent=2)
print(square(7), square(7, exponent=3), square(3, mod=5))
cube = partial(power, exponent=3)
print([cube(i) for i in range(5)])
two_to = partial(power, 2)
print(two_to(10), two_to.func is power, two_to.args, two_to.keywords)

# nested partials are flattened
base2 = partial(int, base=2)
p = partial(base2, '1010')
print(p(), p.func is int, p.args, p.keywords)
print(repr(base2))
print(repr(partial(int, '10', base=16)))
print(repr(partial(max, 1, 2)))

class MyPartial(partial):
    pass
print(repr(MyPartial(int, '7')), MyPartial(int, '7')())

# keywords given at call time override stored ones
def show(*args, **kwargs):
    return args, sorted(kwargs.items())
q = partial(show, 1, 2, a=1, b=2)
print(q(3, b=20, c=30))
print(q())

# attributes can be set on a partial
q.note = 'hello'
print(q.note)

# errors
for bad in [(), (1,)]:
    try:
        partial(*bad)
    except TypeError as e:
        print('TypeError', e)

# partial objects are not descriptors: stored on a class they don't bind
class K:
    method = staticmethod(partial(show, 'fixed'))
print(K().method('x'))

# partialmethod binds like a method
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)

# wraps
def trace(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(f'{func.__name__}{args} -> {result}')
        return result
    return wrapper

@trace
def add(a, b):
    """Add two numbers."""
    return a + b

add(2, 3)
print(add.__name__, add.__doc__, add.__qualname__, add.__wrapped__.__name__)
print(add.__module__)

def annotated(x: int) -> str:
    return str(x)
def plain(*a):
    return annotated(*a)
update_wrapper(plain, annotated)
print(plain.__annotations__, plain.__name__, plain(5))

# selective assignment
def inner():
    """inner doc"""
inner.tag = 1
def outer():
    pass
update_wrapper(outer, inner, assigned=('__doc__',), updated=())
print(outer.__name__, outer.__doc__, hasattr(outer, 'tag'), outer.__wrapped__ is inner)
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)

# missing attributes are skipped
class CallableObj:
    def __call__(self):
        return 'called'
obj = CallableObj()
def w():
    return obj()
update_wrapper(w, obj)
print(w.__name__, w())

# reduce
print(reduce(lambda a, b: a * b, range(1, 7)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]))
print(reduce(lambda a, b: a + b, [], 'empty'))
print(reduce(lambda a, b: a + b, ['only']))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print('TypeError', e)
try:
    reduce(lambda a, b: a + b, 5)
except TypeError as e:
    print('TypeError', e)
