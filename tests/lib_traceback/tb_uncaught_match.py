# traceback.print_exc output must equal what the interpreter prints for an uncaught exception
import sys
import traceback


class Point:
    def __init__(self):
        self.x = 1


def compute(d, k):
    return d["a"]["b"] + d[k] * 2


def run():
    p = Point()
    try:
        compute({"a": {"b": 1}}, "zz")
    except KeyError as e:
        raise ValueError("lookup failed") from e


try:
    run()
except ValueError:
    traceback.print_exc()
print("---", file=sys.stderr)
try:
    Point().y
except AttributeError:
    traceback.print_exc()
print("---", file=sys.stderr)
run()
