class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        print('iadd', o)
        self.items.append(o)
        return self
    def __add__(self, o):
        print('add', o)
        return 'plain add'
    def __isub__(self, o):
        print('isub returns new')
        return 'new object'
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return 'fallback mul'
a = Acc()
orig = a
a += 1
a += 2
print(a is orig, a.items)
a -= 1
print(a)
b = Acc()
b *= 3
print(b)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
l = [1]
t = (l,)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
