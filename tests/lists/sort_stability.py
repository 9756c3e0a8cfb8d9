items = [(i % 5, i) for i in range(30)]
s = sorted(items, key=lambda t: t[0])
print(s)
s2 = sorted(items, key=lambda t: t[0], reverse=True)
print(s2)
names = ['bob', 'al', 'cy', 'dee', 'ed', 'flo', 'g']
print(sorted(names, key=len))
print(sorted(names, key=len, reverse=True))
class K:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return '%d%s' % (self.v, self.tag)
objs = [K(2, 'a'), K(1, 'b'), K(2, 'c'), K(1, 'd'), K(0, 'e')]
print(sorted(objs))
print(sorted(objs, reverse=True))
