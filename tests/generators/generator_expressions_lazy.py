log = []
def source():
    for i in range(3):
        log.append('produce %d' % i)
        yield i
g = (x * 10 for x in source())
print(log)
print(next(g), log)
print(list(g), log)
def infinite():
    n = 0
    while True:
        yield n
        n += 1
first_big = next(x for x in infinite() if x * x > 50)
print(first_big)
evens = (n for n in infinite() if n % 2 == 0)
print([next(evens) for _ in range(4)])
