class A:
    def f(self):
        return 'A.f'
    @classmethod
    def cm(cls):
        return 'A.cm(' + cls.__name__ + ')'
class B(A):
    def f(self):
        return 'B.f>' + super().f()
    def explicit(self):
        return super(B, self).f()
    @classmethod
    def cm(cls):
        return 'B.cm>' + super().cm()
class C(B):
    def f(self):
        return 'C.f>' + super().f()
    def skip(self):
        return super(B, self).f()
c = C()
print(c.f(), c.explicit(), c.skip(), C.cm())
print(super(C, c).f())
class D(A):
    def __init__(self):
        self.lam = lambda: super(D, self).f()
print(D().lam())
try:
    super(A, 5)
except TypeError as e:
    print(type(e).__name__, e)
