def echo():
    received = None
    while True:
        received = yield 'echo: ' + str(received)
        if received == 'stop':
            return 'stopped'
g = echo()
print(next(g))
print(g.send('hello'))
print(g.send(42))
try:
    g.send('stop')
except StopIteration as e:
    print('StopIteration', e.value)
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(0))
g2 = echo()
try:
    g2.send('too early')
except TypeError as e:
    print(type(e).__name__, e)
print(g2.send(None))
def passthrough():
    x = yield from echo()
    yield 'delegate got ' + str(x)
p = passthrough()
print(next(p), p.send('a'), p.send('stop'))
