# aiter / anext, driven by hand (no event loop): the anext_awaitable protocol.
class AIt:
    def __init__(self, n=2): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        self.n -= 1
        if self.n < 0: raise StopAsyncIteration
        return self.n
def drive(aw):
    it = aw.__await__()
    try:
        while True:
            print("yielded", it.send(None))
    except StopIteration as e:
        return e.value
a = AIt()
print(aiter(a) is a)
print(drive(anext(a)), drive(anext(a, "dflt")), drive(anext(a, "dflt")))
try:
    drive(anext(a))
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))
aw = anext(AIt(0), 42)
print(type(aw).__name__, aw.__await__() is aw, iter(aw) is aw)
try:
    next(aw)
except StopIteration as e:
    print("StopIteration", e.value)
class BadAnext:
    def __aiter__(self): return self
    def __anext__(self): return 5
print(anext(BadAnext()))
aw = anext(BadAnext(), 1)
try:
    next(aw)
except TypeError as e:
    print("TypeError", e)
class Yielding:
    def __await__(self):
        x = yield "first"
        print("got", x)
        raise StopAsyncIteration
class YA:
    def __aiter__(self): return self
    def __anext__(self): return Yielding()
aw = anext(YA(), "end")
print(aw.send(None))
try:
    aw.send("hello")
except StopIteration as e:
    print("StopIteration", e.value)
except TypeError as e:
    print("TypeError", e)
aw = anext(YA(), "end")
print(next(aw))
try:
    aw.throw(ValueError("thrown"))
except ValueError as e:
    print("ValueError", e)
aw = anext(YA(), "end")
print(next(aw), aw.close())
for bad in ["aiter(1)", "anext(1)", "aiter()", "anext()", "anext(a, 1, 2)", "aiter(a, 1)", "anext(a, default=1)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "TypeError", e)
class BadAiter:
    def __aiter__(self): return 1
try:
    aiter(BadAiter())
except TypeError as e:
    print("TypeError", e)
