def t(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
l = [1, 2, 3]
t(lambda: l[5])
t(lambda: l[-4])
t(lambda: l['a'])
t(lambda: l[1.0])
t(lambda: l[2**70])
t(lambda: l[2**70:])
t(lambda: l[-2**70:])
t(lambda: [].pop())
t(lambda: l.pop(10))
t(lambda: l.remove(9))
t(lambda: l.index(9))
t(lambda: l.index('x'))
t(lambda: l.index(2, 2))
t(lambda: l.index(3, -1))
t(lambda: l.index(1, 'a'))
t(lambda: l + (4,))
t(lambda: l * 2.0)
t(lambda: 2.5 * l)
t(lambda: l * 'x')
t(lambda: l * -1)
t(lambda: hash(l))
t(lambda: l.append())
t(lambda: l.append(1, 2))
t(lambda: l.insert(1))
t(lambda: l.insert('a', 1))
t(lambda: list(1, 2))
t(lambda: list(a=1))
t(lambda: list(5))
t(lambda: l.extend(5))
t(lambda: l < (1,))
t(lambda: l < [1, 'a'])
def setitem(i, v):
    l[i] = v
def delitem(i):
    del l[i]
t(lambda: setitem(5, 0))
t(lambda: setitem('a', 0))
t(lambda: delitem(5))
t(lambda: setitem(slice(0, 3, 2), [1, 2, 3]))
t(lambda: setitem(slice(0, 1), 5))
t(lambda: setitem(slice(None, None, 2), 5))
t(lambda: setitem(slice(None, None, 0), []))
t(lambda: l[::0])
print(l)
x = l
x += (4, 5)
print(x, x is l)
x *= 2
print(x, x is l)
x *= 0
print(x, l)
