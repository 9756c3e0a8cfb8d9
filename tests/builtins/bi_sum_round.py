# sum: int and float fast paths (Neumaier compensation), start, generic addition; round.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([True, True, 3]), sum([], 5), sum([1], start=5))
print(sum([2**62, 2**62, 2**62]), sum([-2**63, -1]), sum([2**70, 1]), sum([1, 2**64, -2**64]))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100, 1.0]))
print(sum([1, 0.1, 0.2, 0.3]), sum([0.1, 1, 0.2, True]), sum([1e308, 1e308]), sum([-0.0]), sum([-0.0], -0.0))
print(sum([float("inf"), 1.0]), sum([float("inf"), float("-inf")]), sum([1e16, 1.0, -1e16]))
print(sum([0.1, 0.2, 0.3], 0.0), sum([1.5, 2**64]), sum([2**64, 1.5]))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([[1]], [0]))
empty = []
print(sum([[1], [2]], empty), empty)
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.v)
    def __repr__(self):
        return "V(%r)" % self.v
print(sum([V(1), V(2)]), sum([1, V(2), 3]), sum([1.5, V(2)]), sum([V(1)], V(10)))
for args in [([], ""), ([], b""), (["a", "b"],), ([1, "a"],), (1,), ([[1]],)]:
    try:
        print(sum(*args))
    except TypeError as e:
        print("TypeError", e)
print(sum([], bytearray()) if False else "skip")
try:
    sum([], bytearray())
except TypeError as e:
    print("TypeError", e)

print(round(2.5), round(3.5), round(-0.5), round(-1.5), round(0.5), type(round(2.5)).__name__)
print(round(2.675, 2), round(1.0005, 3), round(123.456, -1), round(123.456, -2), round(-0.0, 1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, -1), round(15, -1))
print(round(12, 2), round(12, 0), round(True), round(True, 2), type(round(True)).__name__)
print(round(10**30 + 5 * 10**10, -11), round(7, -100), round(1.5, None), round(2.5, 0))
print(round(float("inf"), 2), round(1e300, -300))
for bad in ["a", [1], None]:
    try:
        round(bad)
    except TypeError as e:
        print("TypeError", e)
for x in [float("inf"), float("nan")]:
    try:
        round(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.5, "a")
except TypeError as e:
    print("TypeError", e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), round(R(), None))
class RInt(int):
    pass
print(round(RInt(7)), round(RInt(1234), -2))
