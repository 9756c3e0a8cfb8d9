class A:
    def __init__(self):
        print('A init')
        super().__init__()
class B:
    def __init__(self):
        print('B init')
        super().__init__()
class C(A, B):
    def __init__(self):
        print('C init')
        super().__init__()
C()
class Mixin:
    def describe(self):
        return 'I am ' + self.name()
class Named:
    def name(self):
        return 'named'
class Thing(Mixin, Named):
    pass
print(Thing().describe())
class X:
    attr = 'X'
class Y:
    attr = 'Y'
class XY(X, Y): pass
class YX(Y, X): pass
print(XY.attr, YX.attr)
