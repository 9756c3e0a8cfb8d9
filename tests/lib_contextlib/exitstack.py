# contextlib.ExitStack: LIFO exit order, callbacks, push, pop_all,
# suppression, exception replacement and context chaining.
from contextlib import ExitStack, contextmanager

@contextmanager
def res(name, log):
    log.append(f'enter {name}')
    try:
        yield name
    finally:
        log.append(f'exit {name}')

log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in 'abc']
    stack.callback(log.append, 'callback')
    stack.callback(lambda *a, **k: log.append(('cb', a, k)), 1, key=2)
    print(names)
print(log)

# pop_all transfers the callbacks
log = []
with ExitStack() as stack:
    stack.enter_context(res('kept', log))
    moved = stack.pop_all()
print(log)
moved.close()
print(log)

# an exit function that returns True suppresses the exception
def suppressor(exc_type, exc, tb):
    print('suppressor sees', exc_type.__name__ if exc_type else None)
    return True
with ExitStack() as stack:
    stack.push(suppressor)
    raise ValueError('hidden')
print('suppressed')

# push accepts a context manager object and registers its __exit__
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print('CM exit', exc[0].__name__ if exc[0] else None)
with ExitStack() as stack:
    stack.push(CM())
    print('body')

# later callbacks see the exception raised by earlier ones
def raiser(exc):
    def f(*exc_info):
        print('raiser sees', exc_info[0].__name__ if exc_info[0] else None)
        raise exc
    return f
try:
    with ExitStack() as stack:
        stack.push(lambda *exc: print('last sees', exc[0].__name__))
        stack.push(raiser(KeyError('second')))
        stack.push(raiser(IndexError('first')))
        raise ValueError('body')
except KeyError as e:
    print('final', repr(e), repr(e.__context__), repr(e.__context__.__context__))

# exits run even when entering a later context fails
log = []
@contextmanager
def broken():
    raise RuntimeError('cannot enter')
    yield
try:
    with ExitStack() as stack:
        stack.enter_context(res('ok', log))
        stack.enter_context(broken())
except RuntimeError as e:
    print('RuntimeError', e, log)

try:
    ExitStack().enter_context(42)
except TypeError as e:
    print('TypeError', e)

# closing a stack manually, and reusing it
stack = ExitStack()
stack.callback(print, 'closed once')
stack.close()
stack.close()
print(stack.callback(len) is len)

# a common pattern: open a variable number of resources
class File:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('open', self.n)
        return self
    def __exit__(self, *exc):
        print('close', self.n)
with ExitStack() as stack:
    files = [stack.enter_context(File(i)) for i in range(3)]
    print('all open', [f.n for f in files])
