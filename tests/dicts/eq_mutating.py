# user __eq__/__hash__ that mutate the dict during a lookup must not crash
class Evil:
    def __init__(self, v, target):
        self.v = v
        self.target = target
    def __hash__(self):
        return 7
    def __eq__(self, other):
        self.target.clear()
        return False
d = {}
d[Evil(1, d)] = 1
d[Evil(2, d)] = 2
print(len(d))
d = {}
e1 = Evil(1, d)
d[e1] = 1
print(Evil(3, d) in d, len(d))
class Grow:
    n = 0
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        return 1
    def __eq__(self, other):
        Grow.n += 1
        if Grow.n < 50:
            for i in range(20):
                self.target[('pad', Grow.n, i)] = i
        return False
d = {}
d[Grow(d)] = 0
d[Grow(d)] = 1
print(len(d) > 2)
s = set()
class SEvil:
    def __hash__(self):
        return 3
    def __eq__(self, other):
        s.clear()
        return False
s.add(SEvil())
s.add(SEvil())
print(len(s) <= 2)
class Same:
    def __hash__(self):
        return 0
    def __eq__(self, other):
        return isinstance(other, Same)
    def __repr__(self):
        return 'Same()'
print({Same(): 1, Same(): 2}, len({Same(), Same(), 0, 0.0, False}))
class Unh:
    __hash__ = None
try:
    {Unh(): 1}
except TypeError as e:
    print('TypeError:', e)
class BadHash:
    def __hash__(self):
        raise ValueError('no hash')
try:
    {}.get(BadHash())
except ValueError as e:
    print('ValueError:', e)
