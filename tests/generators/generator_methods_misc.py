def g():
    yield 1
gen = g()
print(iter(gen) is gen, hasattr(gen, 'send'), hasattr(gen, '__next__'))
print(list(gen), list(gen))
def local_state(n):
    for i in range(n):
        yield i, n - i
print(dict(local_state(3)))
def gen_with_args(*args, **kw):
    yield args
    yield kw
print(list(gen_with_args(1, 2, a=3)))
class Container:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for i in self.items:
            yield i * 10
c = Container([1, 2])
print(list(c), list(c), 3 in c, 20 in c)
def exc_in_gen():
    yield 1
    raise ValueError('from generator')
try:
    for x in exc_in_gen():
        print('value', x)
except ValueError as e:
    print(type(e).__name__, e)
