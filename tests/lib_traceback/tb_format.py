import sys
import traceback


def inner(x):
    return 10 / x


def middle(x):
    values = [1, 2, 3]
    return inner(x) + values[x]


def outer():
    return middle(0)


try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text, end="")
    exc = sys.exception()

print(traceback.format_exception(exc))
print(traceback.format_exception_only(exc))
print(traceback.format_exception(type(exc), exc, exc.__traceback__) == traceback.format_exception(exc))
print(traceback.format_tb(exc.__traceback__))
print(traceback.format_tb(exc.__traceback__, limit=2))
print(traceback.format_tb(exc.__traceback__, limit=-1))
print(traceback.format_exception(exc, limit=1))
for fs in traceback.extract_tb(exc.__traceback__):
    print(fs.filename, fs.lineno, fs.name, repr(fs.line), fs.end_lineno, fs.colno, fs.end_colno, len(fs), list(fs))
s = traceback.extract_tb(exc.__traceback__)
print(type(s).__name__, len(s), s[0] == (s[0].filename, s[0].lineno, s[0].name, s[0].line), repr(s[-1]))
print(traceback.format_list(s) == traceback.format_tb(exc.__traceback__))
print(traceback.format_list([("f.py", 3, "fn", "x = 1"), ("g.py", 9, "<module>", "")]))
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(exc.__traceback__)])
traceback.print_exception(exc, file=sys.stdout)
traceback.print_tb(exc.__traceback__, limit=1, file=sys.stdout)
print(traceback.format_exception_only(ValueError("bad value")), traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(None), traceback.format_exception(None))


class MyError(Exception):
    pass


print(traceback.format_exception_only(MyError("custom")))
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second\nnote")
print(traceback.format_exception_only(e))
print(traceback.format_exception(e))


def chain():
    try:
        {}["missing"]
    except KeyError as err:
        raise RuntimeError("wrapped") from err


try:
    chain()
except RuntimeError as err:
    lines = traceback.format_exception(err)
    print(lines)
    print(traceback.format_exception(err, chain=False))


def context():
    try:
        int("x")
    except ValueError:
        undefined_name_here


try:
    context()
except NameError as err:
    print("".join(traceback.format_exception(err)), end="")


def recurse(n):
    if n == 0:
        raise RecursionError("deep")
    return recurse(n - 1)


try:
    recurse(8)
except RecursionError as err:
    print("".join(traceback.format_tb(err.__traceback__)), end="")

try:
    compile("x = (1,\n2", "snippet.py", "exec")
except SyntaxError as err:
    print(traceback.format_exception_only(err))
try:
    compile("a b", "<str>", "exec")
except SyntaxError as err:
    print(traceback.format_exception_only(err))
te = traceback.TracebackException.from_exception(exc)
print(str(te), len(te.stack), list(te.format()) == traceback.format_exception(exc), te.exc_type_str)
print("".join(te.format_exception_only()), end="")
try:
    traceback.print_exception(ValueError, ValueError("x"))
except ValueError as err:
    print("ValueError", err)
