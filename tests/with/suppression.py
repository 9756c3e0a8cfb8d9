class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print('suppressing', et.__name__, ev)
            return True
        return False
with Suppress(KeyError):
    {}['x']
    print('not reached')
print('continued')
try:
    with Suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('escaped', e)
def f():
    for i in range(3):
        with Suppress(ZeroDivisionError):
            1 / (i - 1)
            print('ok', i)
    return 'done'
print(f())
class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return 'non-empty string'
with Truthy():
    raise TypeError
print('truthy return value suppressed it')
