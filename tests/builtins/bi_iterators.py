# enumerate, zip, map, filter, reversed, iter(callable, sentinel), the __getitem__ iterator.
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate("ab", start=-1)))
print(list(enumerate("ab", 2**64)), list(enumerate("ab", True)))
print(list(enumerate("abc", 9223372036854775806)))
class Idx:
    def __index__(self):
        return 7
print(list(enumerate("a", Idx())))
for bad in ["x", 1.5, None]:
    try:
        enumerate([], bad)
    except TypeError as e:
        print("TypeError", e)
e = enumerate([1, 2])
print(iter(e) is e, next(e), list(e), list(e))

for args in [([1, 2], [1]), ([1], [1, 2]), ([1], [1], [1, 2]), ([1, 2], [1], [1]), ([1, 2], [1, 2], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=True)), list(zip("ab", strict=False)))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))

def gen(n):
    for i in range(n):
        print("gen yields", i)
        yield i
print(list(zip(gen(3), gen(2))))
print(list(zip(gen(1), gen(2), strict=False)))

print(list(map(lambda *a: a, "ab", "cde", [1, 2, 3])))
print(list(map(pow, [2, 3], [5, 2], [7, 5])))
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError", e)
print(next(m))

print(list(filter(None, [0, 1, "", "a", None, [], [0], 0.0])), list(filter(bool, [0, 2])))
print(list(filter(lambda x: x % 2, range(7))))
print(list(filter(str.isdigit, "a1b2")))

print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed({"a": 1, "b": 2})), list(reversed([])))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
for obj in [NoRev(), 1, {1, 2}, iter([])]:
    try:
        reversed(obj)
    except TypeError as e:
        print("TypeError", e)
class Short:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i
print(list(reversed(Short())))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
lst = [1, 2, 3, 4]
r = reversed(lst)
next(r)
del lst[:]
print(list(r))

counter = iter([1, 2, 3, 4, 5]).__next__
print(list(iter(counter, 4)))
calls = []
def f():
    calls.append(1)
    return len(calls)
it = iter(f, 3)
print(type(it).__name__, list(it), list(it), calls)
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
try:
    iter(1, 2)
except TypeError as e:
    print("TypeError", e)

class GetItem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]
it = iter(GetItem())
print(type(it).__name__, list(it), list(it), list(GetItem()), "b" in GetItem())
class StopAt:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopAt()))
class BadItem:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(BadItem())
except KeyError as e:
    print("KeyError", e)

it = iter([1])
print(next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
def g():
    yield 1
    return "done"
gi = g()
next(gi)
try:
    next(gi)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
class Boom:
    def __iter__(self): return self
    def __next__(self): raise ValueError("boom")
try:
    next(Boom(), 1)
except ValueError as e:
    print("ValueError", e)
print(type(enumerate).__name__, enumerate.__name__, zip.__name__, reversed.__name__)
class MyEnum(enumerate):
    pass
print(list(MyEnum("ab", 1)), type(MyEnum("a")).__name__)
