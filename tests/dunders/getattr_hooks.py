class Dyn:
    real = 'real attr'
    def __getattr__(self, name):
        if name.startswith('x_'):
            return 'dynamic ' + name
        raise AttributeError(name)
d = Dyn()
print(d.real, d.x_foo, getattr(d, 'x_bar'), hasattr(d, 'x_q'), hasattr(d, 'nope'))
try:
    d.nope
except AttributeError as e:
    print(type(e).__name__, e)
class Logged:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        object.__delattr__(self, name)
    def __getattribute__(self, name):
        if name == 'magic':
            return 42
        return object.__getattribute__(self, name)
l = Logged()
l.a = 1
l.b = 2
del l.a
print(l.log, l.magic, l.b)
class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1))
