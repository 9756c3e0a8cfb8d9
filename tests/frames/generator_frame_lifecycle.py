# a generator's frame: created before the first next(), suspended between yields, gone after
def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total

g = gen(3)
fr = g.gi_frame
print(fr.f_code.co_name, fr.f_lineno, g.gi_running, g.gi_suspended)
print(next(g), fr.f_locals["total"], fr.f_lineno, g.gi_suspended)
print(next(g), fr.f_locals["i"])
print(list(g), g.gi_frame, g.gi_suspended)
print(fr.f_code is gen.__code__)

def delegating():
    yield from gen(2)
d = delegating()
next(d)
print(d.gi_yieldfrom.__name__, d.gi_frame.f_code.co_name)
