def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught in gen', e)
        yield 'recovered'
    finally:
        print('gen finally')
g = gen()
print(next(g))
print(g.throw(ValueError('boom')))
try:
    next(g)
except StopIteration:
    print('exhausted')
g = gen()
print(next(g))
g.close()
print('closed')
g.close()
g = gen()
g.close()
print('closed before start')
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        yield 'not allowed'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
g = gen()
next(g)
try:
    g.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', repr(e))
def inner():
    try:
        yield 'inner'
    except ValueError:
        yield 'inner handled'
def outer():
    yield from inner()
o = outer()
next(o)
print(o.throw(ValueError))
