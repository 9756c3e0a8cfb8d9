seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
out = []
# dict random ops
d = {}
for step in range(3000):
    op = rnd(6)
    k = rnd(60) if rnd(3) else str(rnd(40))
    if op < 3:
        d[k] = step
    elif op == 3:
        d.pop(k, None)
    elif op == 4 and d:
        out.append(d.popitem())
    else:
        out.append(d.get(k))
print(len(d), list(d.items())[:20], out[-20:])
print(sorted(d.keys(), key=str)[:30])
# set random ops with ints
s = set()
for step in range(3000):
    op = rnd(5)
    k = rnd(200) - 50
    if op < 2:
        s.add(k)
    elif op == 2:
        s.discard(k)
    elif op == 3 and s and rnd(10) == 0:
        out.append(s.pop())
    else:
        out.append(k in s)
print(len(s), s)
print(out[-30:])
t = set(range(0, 300, 7))
u = set(range(0, 300, 5))
print(t & u, t - u, u ^ t, t | u == u | t)
t.intersection_update(range(100))
u.difference_update(range(50, 250))
print(t, u)
t.symmetric_difference_update(u)
print(t)
# lists
l = []
for step in range(2000):
    op = rnd(8)
    if op < 3:
        l.append(rnd(100))
    elif op == 3 and l:
        l.pop(rnd(len(l)))
    elif op == 4:
        l.insert(rnd(len(l) + 1) - 3, step)
    elif op == 5 and l:
        i = rnd(len(l)); j = rnd(len(l))
        l[min(i, j):max(i, j)] = [step] * rnd(4)
    elif op == 6 and len(l) > 4:
        del l[rnd(3)::rnd(3) + 2]
    else:
        l.reverse()
print(len(l), l[:40])
l.sort()
print(l[:40], l[-10:])
l.sort(key=lambda x: (x % 7, -x), reverse=True)
print(l[:40])
frozen = frozenset(range(0, 1000, 13))
print(hash(frozen), hash(frozenset(s)), hash(tuple(l)))
