def leaky():
    yield 1
    raise StopIteration('inside')
try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def uses_next():
    it = iter([])
    yield next(it)
try:
    list(uses_next())
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_value():
    yield 1
    return [1, 2]
g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
e = StopIteration(5)
print(e.value, StopIteration().value)
it = iter([1])
next(it)
print(next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print('plain StopIteration', repr(e))
