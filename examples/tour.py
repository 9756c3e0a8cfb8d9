# A short tour of what minnow runs: calls, recursion, a class, a generator, and a
# caught exception with its traceback.
import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def parse(text):
    return int(text)


def main():
    print("fib(20) =", fib(20))
    print("Vector(1, 2) + Vector(3, 4) =", Vector(1, 2) + Vector(3, 4))
    print("countdown:", list(countdown(5)))
    print("squares:", {n: n * n for n in range(5)})
    try:
        parse("forty-two")
    except ValueError as e:
        print("caught:", type(e).__name__, "-", e)
        tb = e.__traceback__
        while tb is not None:
            print("  in", tb.tb_frame.f_code.co_name, "at line", tb.tb_lineno)
            tb = tb.tb_next
    frame = sys._getframe()
    print("running in", frame.f_code.co_name, "called from", frame.f_back.f_code.co_name)


main()
