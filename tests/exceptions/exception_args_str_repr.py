cases = [Exception(), Exception('one'), Exception('a', 'b'), Exception(1), ValueError(''), KeyError('k'), KeyError(), KeyError('a', 'b'), StopIteration(3), SystemExit(2), IndexError([1])]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = ValueError('x')
e.args = ('changed',)
print(e)
e.extra = 'attr'
print(e.extra)
class Custom(Exception):
    def __str__(self):
        return 'custom str'
print(str(Custom('ignored')), repr(Custom('a')))
class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
w = WithInit(1, 2)
print(w.args, w.b, str(w))
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper('val')
print(n.args, repr(str(n)), n.x)
