class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False
with CM('a') as a, CM('b') as b:
    print('body', a, b)
with (CM('x') as x,
      CM('y') as y):
    print('parenthesized', x, y)
try:
    with CM('outer'), CM('inner'):
        raise ValueError('v')
except ValueError as e:
    print('caught', e)
with CM('nested1'):
    with CM('nested2'):
        print('deep')
class FailEnter:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('not called')
try:
    with CM('first'), FailEnter():
        print('not reached')
except RuntimeError as e:
    print('caught', e)
