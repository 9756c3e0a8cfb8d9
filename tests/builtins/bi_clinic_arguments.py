# Argument binding of keyword-capable native functions: CPython's clinic messages and their order.
import math
calls = ["int('1', base=10, x=1)", "math.isclose(1)", "math.isclose(1, 2, 3)", "str(1, 2, 3, 4)", "str(x=1)",
         "'a'.replace('a')", "'a'.replace(old='a', new='b')", "sorted([], key=None, reverse=False, x=1)",
         "int(x=1)", "int(1, 2, 3)", "(1).to_bytes(1, 'big', 3)", "(1).to_bytes(1, byteorder='big', signed=True)",
         "int.from_bytes()", "bytes(1, 2, 3, 4)", "'a'.encode(1, 2, 3)", "'a'.splitlines(1, 2)",
         "compile()", "exec()", "eval('1', x=1)", "math.prod()", "math.prod([1], 2)", "math.prod([2], start=3)",
         "'a'.split(sep=None, maxsplit=1, x=2)", "property(1, 2, 3, 4, 5)", "complex(1, 2, 3)", "complex(real=1, x=2)",
         "pow(1, 2, 3, 4)", "pow(1, 2, mod=3, base=4)", "pow(exp=2)", "round(1, 2, ndigits=3)", "sum(iterable=[1])",
         "sum([1], 2, start=3)", "math.nextafter(1)", "math.nextafter(1, 2, steps=1, x=1)"]
for c in calls:
    try:
        r = eval(c)
        print(c, "->", repr(r))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
