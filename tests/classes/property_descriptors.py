class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @c.deleter
    def c(self):
        print('deleting')
        del self._c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.c, t.f)
t.c = 0
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.f = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.c
print(hasattr(t, '_c'))
print(type(Temp.c).__name__, Temp.c.fget.__name__)
class P:
    x = property(lambda self: 'via property()')
print(P().x)
