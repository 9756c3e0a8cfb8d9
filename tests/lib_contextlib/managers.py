# contextlib: contextmanager (enter/exit, exceptions, as decorator),
# suppress, closing, nullcontext, redirect_stdout/stderr.
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext,
                        redirect_stdout, redirect_stderr, AbstractContextManager,
                        ContextDecorator)

@contextmanager
def tag(name):
    """Wrap output in a tag."""
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')

with tag('p') as value:
    print('body', value)
print(tag.__name__, tag.__doc__)

try:
    with tag('div'):
        raise KeyError('inside')
except KeyError as e:
    print('propagated', repr(e))

@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print('swallowed', type(e).__name__, e)

with swallow(ValueError):
    int('x')
print('after swallow')
try:
    with swallow(ValueError):
        [][1]
except IndexError as e:
    print('not swallowed:', e)

@contextmanager
def transformed():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError('wrapped') from e

try:
    with transformed():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def ignore_throw():
    try:
        yield
    except ValueError:
        yield
try:
    with ignore_throw():
        raise ValueError
except RuntimeError as e:
    print('RuntimeError', e)

# StopIteration raised in the body propagates unchanged
@contextmanager
def plain():
    yield
try:
    with plain():
        raise StopIteration('body')
except StopIteration as e:
    print('StopIteration', e)

# as a decorator, each call gets a fresh generator
@tag('call')
def work(x):
    print('working', x)
    return x * 2
print(work(1), work(2))

class timer(ContextDecorator):
    def __enter__(self):
        print('start')
        return self
    def __exit__(self, *exc):
        print('stop', exc[0].__name__ if exc[0] else None)
        return False
@timer()
def task():
    print('task')
task()

with suppress(FileNotFoundError, KeyError):
    {}['missing']
print('suppressed')
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError('kept')
except ValueError as e:
    print('ValueError', e)
with suppress(LookupError):
    [][0]
print('subclass suppressed')

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print('closing', self.name)
with closing(Resource('db')) as r:
    print('using', r.name)
try:
    with closing(Resource('file')):
        raise OSError('disk')
except OSError as e:
    print('OSError', e)

with nullcontext(42) as v:
    print(v)
with nullcontext() as v:
    print(v)
def process(path=None):
    cm = nullcontext(path) if path else tag('tmp')
    with cm as p:
        print('processing', p)
process('given')
process()

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
w = Writer()
with redirect_stdout(w):
    print('captured', 1, 2)
    print('line two')
print('back', w.parts)
e = Writer()
with redirect_stderr(e) as target:
    print('to stderr', file=sys.stderr)
print(target is e, e.parts, sys.stderr is sys.__stderr__)
rd = redirect_stdout(w)
with rd:
    with rd:
        print('nested')
print(sys.stdout is sys.__stdout__, w.parts[-2:])

class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print('Managed exit')
with Managed() as m:
    print(type(m).__name__)
class Duck:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
print(isinstance(Duck(), AbstractContextManager), isinstance(object(), AbstractContextManager),
      issubclass(type(suppress()), AbstractContextManager))
