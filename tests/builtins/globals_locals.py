g_var = 'global value'
print(globals()['g_var'], 'g_var' in globals(), globals()['__name__'])
globals()['injected'] = 'via globals()'
print(injected)
def f(a, b=2):
    c = 3
    loc = locals()
    return sorted(loc.items())
print(f(1))
def g():
    x = 1
    l = locals()
    x = 2
    return l['x'], locals()['x']
print(g())
def h():
    x = 1
    locals()['x'] = 99
    return x
print(h())
print(locals() is globals())
class K:
    a = 1
    names = sorted(k for k in locals() if not k.startswith('__'))
print(K.names)
