def g():
    x = 1
    yield x
    x = 2
    yield x
gen = g()
print(gen.gi_frame is not None, gen.gi_running)
print(gen.gi_frame.f_lineno if gen.gi_frame else None)
next(gen)
print(gen.gi_frame.f_locals['x'], gen.gi_frame.f_lineno)
next(gen)
print(gen.gi_frame.f_locals['x'])
for _ in gen:
    pass
print(gen.gi_frame is None)
gen2 = g()
gen2.close()
print(gen2.gi_frame is None)
print(g.__name__, gen.__name__, gen.__qualname__, gen.gi_code.co_name)
def running():
    yield me.gi_running
me = running()
print(next(me))
def reenter():
    yield next(selfgen)
selfgen = reenter()
try:
    next(selfgen)
except ValueError as e:
    print(type(e).__name__, e)
