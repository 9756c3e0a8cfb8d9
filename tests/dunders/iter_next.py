class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), [x * 2 for x in Count(2)])
c = Count(2)
print(next(c), next(c), next(c, 'done'))
for x in Count(2):
    print('loop', x)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return 'item%d' % i
print(list(Seq()), 'item1' in Seq())
for s in Seq():
    print(s)
class Iterable:
    def __iter__(self):
        return iter([10, 20])
a, b = Iterable()
print(a, b, list(Iterable()), max(Iterable()))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
print(iter(c) is c)
