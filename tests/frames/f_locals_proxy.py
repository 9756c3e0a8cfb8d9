import sys
def f():
    x = 1
    sys._getframe().f_locals['x'] = 5
    return x
print(f())
def g():
    a = 1
    fl = sys._getframe().f_locals
    a = 2
    seen = fl['a']
    fl['a'] = 3
    return seen, a
print(g())
def h():
    y = 'v'
    fl = sys._getframe().f_locals
    print(type(fl).__name__ == 'dict', 'y' in fl, sorted(fl.keys()))
    fl['new_key'] = 'extra'
    print('new_key' in sys._getframe().f_locals)
    return fl['new_key']
print(h())
def k():
    m = 0
    def set_it():
        sys._getframe(1).f_locals['m'] = 99
    set_it()
    return m
print(k())
def proxy_del():
    z = 1
    try:
        del sys._getframe().f_locals['z']
    except TypeError as e:
        print(type(e).__name__, e)
    return z
print(proxy_del())
