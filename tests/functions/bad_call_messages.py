def two(a, b):
    pass
def kw(a, *, b):
    pass
def nothing():
    pass
def defaults(a, b=1, c=2):
    pass
class C:
    def meth(self, x):
        pass
five, text, nothing_here = 5, 'str', None
cases = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, 2, c=3),
    lambda: two(1, a=1),
    lambda: kw(1),
    lambda: kw(1, 2),
    lambda: nothing(1),
    lambda: nothing(x=1),
    lambda: defaults(),
    lambda: defaults(1, 2, 3, 4),
    lambda: C().meth(),
    lambda: C().meth(1, 2),
    lambda: C.meth(1),
    lambda: (lambda x: x)(),
    lambda: five(),
    lambda: text(),
    lambda: nothing_here(),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
