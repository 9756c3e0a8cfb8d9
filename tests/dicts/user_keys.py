class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)
d = {Point(1, 2): 'a'}
print(d[Point(1, 2)], Point(1, 2) in d, Point(2, 1) in d)
d[Point(1, 2)] = 'b'
print(d, len(d))
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return 'C%d' % self.v
c = {Collide(i): i for i in range(5)}
print(c, c[Collide(3)])
del c[Collide(2)]
print(c, Collide(2) in c)
