def gen():
    x = yield 1
    print('got', x)
    try:
        y = yield 2
    except KeyError as e:
        print('caught', e)
        y = yield 3
    finally:
        print('gen finally')
    return 'result ' + str(y)

g = gen()
print(next(g))
print(g.send('a'))
print(g.throw(KeyError('k')))
try:
    g.send('b')
except StopIteration as e:
    print('stop', e.value)

def delegate():
    r = yield from gen()
    print('delegate got', r)
    yield 'after'

d = delegate()
print(next(d), d.send('x'), d.send('y'))
print(next(d))

def sub():
    yield 1
    yield 2
    return 'sub done'
def outer():
    res = yield from sub()
    yield res
print(list(outer()))

# yield from non-generator iterables
def yf():
    yield from [1, 2]
    yield from 'ab'
    yield from range(3)
print(list(yf()))

# generator expressions and closures
gens = (x * y for x in range(3) for y in range(2) if x != y)
print(list(gens))
print(sum(i for i in range(10) if i % 2))

# StopIteration inside a generator becomes RuntimeError
def bad():
    yield 1
    raise StopIteration('oops')
try:
    list(bad())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)

# close runs finally
def closing():
    try:
        yield 1
        yield 2
    finally:
        print('closing finally')
c = closing()
next(c)
c.close()
print('closed')

# generator with return in loop, early exit
def firsts(it, n):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(firsts('abcdef', 3)))

# lambda generator
lg = lambda: (yield 5)
it = lg()
print(next(it))
try:
    it.send('sent')
except StopIteration as e:
    print('lambda returned', e.value)
