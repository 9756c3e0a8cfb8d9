class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        print('lt', self.v, getattr(o, 'v', o))
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
    def __hash__(self):
        return hash(self.v)
a, b = V(1), V(2)
print(a == b)
print(a != b)
print(a < b)
print(b > a)
print(sorted([V(3), V(1), V(2)], key=lambda x: x)[0].v)
try:
    print(a < 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a <= b)
except TypeError as e:
    print(type(e).__name__, e)
print(a == 5)
print(5 == a)
