# structural pattern matching: literals, captures, sequences, mappings, classes, guards
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Color:
    RED = 1
    GREEN = 2

def describe(v):
    match v:
        case 0 | 1:
            return "small int"
        case True:
            return "never reached for True (1 matches first)"
        case None:
            return "none"
        case str() as s if len(s) > 3:
            return "long str " + s
        case str(s):
            return "str " + s
        case [x]:
            return f"one item {x}"
        case [x, y, *rest]:
            return f"list {x} {y} rest={rest}"
        case {"kind": "circle", "r": r}:
            return f"circle r={r}"
        case {"kind": k, **others}:
            return f"kind {k} others={sorted(others)}"
        case Point(0, 0):
            return "origin"
        case Point(x, y=0):
            return f"on x axis at {x}"
        case Point(x=px, y=py):
            return f"point {px},{py}"
        case Color.RED:
            return "red"
        case float(f) | int(f):
            return f"number {f}"
        case _:
            return "other " + type(v).__name__

for v in [0, 1, None, "hi", "hello", [5], [1, 2, 3, 4], (7, 8), {"kind": "circle", "r": 2},
          {"kind": "sq", "a": 1, "b": 2}, Point(0, 0), Point(3, 0), Point(1, 2), 2.5, 42,
          {"x": 1}, b"bytes", "x"]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))

match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError", e)
