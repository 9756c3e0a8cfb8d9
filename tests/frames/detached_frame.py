# a frame object outlives its call: locals, line and f_back stay readable
import sys

def make():
    x = 10
    y = [1, 2]
    frame = sys._getframe()
    y.append(3)
    return frame

f = make()
print(f.f_code.co_name, f.f_locals["x"], f.f_locals["y"], f.f_lineno)
print(f.f_back.f_code.co_name)
print(sorted(f.f_locals))

def outer():
    def inner():
        return sys._getframe(1)
    z = "outer local"
    return inner()

g = outer()
print(g.f_code.co_name, g.f_locals["z"], g.f_back is not None)

def failing():
    secret = 42
    raise ValueError("boom")

try:
    failing()
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals["secret"], tb.tb_lineno)
