import sys
import traceback


def a():
    return b()


def b():
    return traceback.extract_stack()


def c():
    traceback.print_stack(file=sys.stdout)
    print(traceback.format_stack(limit=1))
    return [(fs.name, fs.line) for fs in traceback.extract_stack(limit=2)]


s = a()
print([(fs.name, fs.lineno, fs.line) for fs in s])
print(c())
print(traceback.format_list(traceback.extract_stack(sys._getframe())))
frames = [(f.f_code.co_name, lineno) for f, lineno in traceback.walk_stack(sys._getframe())]
print(frames)


def show():
    summary = traceback.StackSummary.extract(traceback.walk_stack(None), limit=5)
    return [fs.name for fs in summary]


print(show())
fs = traceback.FrameSummary("x.py", 10, "func", line="  y = 2  ")
print(fs.line, repr(fs), fs == ("x.py", 10, "func", "y = 2"), fs[2], fs.locals)
fs2 = traceback.FrameSummary("nofile.py", 3, "g", lookup_line=False)
print(repr(fs2.line))
print(traceback.StackSummary.from_list([fs, ("q.py", 1, "h", "pass")]).format())
try:
    x = [1][5]
except IndexError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=0, file=sys.stdout)
