print('before class')
class C:
    print('in class body')
    x = 1
    for i in range(3):
        x += i
    del i
    def m(self):
        return self.x
print('after class', C.x, C().m(), hasattr(C, 'i'))
class Doc:
    """Class docstring."""
print(Doc.__doc__)
def factory(base):
    class Made(base):
        label = 'made from ' + base.__name__
    return Made
M = factory(dict)
print(M.label, M.__name__, M.__bases__[0].__name__)
class E: pass
print(E.__doc__, E.__bases__[0].__name__)
T = type('T', (object,), {'attr': 5, 'm': lambda self: 'dynamic'})
print(T.__name__, T.attr, T().m())
