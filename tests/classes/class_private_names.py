class A:
    def __init__(self):
        self.__secret = 'a-secret'
        self._protected = 'p'
    def get(self):
        return self.__secret
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = 'b-secret'
    def getb(self):
        return self.__secret
b = B()
print(b.get(), b.getb(), b._protected)
print(sorted(k for k in vars(b)))
try:
    b.__secret
except AttributeError as e:
    print(type(e).__name__, e)
print(b._A__secret, b._B__secret)
