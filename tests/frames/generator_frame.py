import sys
def gen():
    x = 'first'
    yield sys._getframe().f_code.co_name
    x = 'second'
    yield sys._getframe().f_back.f_code.co_name
g = gen()
print(g.gi_frame.f_code.co_name, g.gi_frame.f_lineno)
print(next(g), g.gi_frame.f_locals['x'], g.gi_frame.f_lineno)
def consumer():
    return next(g)
print(consumer(), g.gi_frame.f_locals['x'])
print(list(g), g.gi_frame)
def counter():
    total = 0
    while True:
        total += yield total
c = counter()
next(c)
c.send(5)
c.send(7)
print(c.gi_frame.f_locals['total'])
