a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
l = [0, 0, 0]
i = l[i] = 1
print(i, l)
def order():
    log = []
    class T:
        def __setitem__(self, k, v):
            log.append(('set', k, v))
    t = T()
    t['a'] = t['b'] = 'v'
    return log
print(order())
p, q = r = 1, 2
print(p, q, r)
