log = []
def src(name, n):
    log.append('iter ' + name)
    return range(n)
def cond(v):
    log.append('cond %d' % v)
    return v % 2 == 0
r = [(a, b) for a in src('outer', 2) for b in src('inner', 2) if cond(a + b)]
print(r)
print(log)
log.clear()
d = {log.append('key %d' % i) or i: log.append('val %d' % i) or i for i in range(2)}
print(d, log)
