class C:
    n = 0
    @staticmethod
    def s(a, b):
        return a + b
    @classmethod
    def make(cls, v):
        obj = cls()
        obj.v = v
        return obj
    @classmethod
    def incr(cls):
        cls.n += 1
        return cls.n
class D(C):
    pass
print(C.s(1, 2), C().s(3, 4))
d = D.make(5)
print(type(d).__name__, d.v)
print(C.incr(), C.incr(), D.incr(), D.n, C.n)
print(type(C.__dict__['s']).__name__, type(C.__dict__['make']).__name__)
print(C.s.__name__, C.make.__name__, C.make.__self__.__name__)
