class Base:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print('Base.__eq__', type(self).__name__, type(o).__name__)
        return NotImplemented
    def __gt__(self, o):
        print('Base.__gt__')
        return NotImplemented
class Derived(Base):
    def __eq__(self, o):
        print('Derived.__eq__')
        return True
    def __lt__(self, o):
        print('Derived.__lt__')
        return 'lt-result'
b, d = Base(1), Derived(2)
print(b == d)
print(b > d)
class Plain:
    pass
p = Plain()
print(b == p)
print(b != p)
print(b == b)
try:
    b > p
except TypeError as e:
    print(type(e).__name__, e)
