class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print('get', key)
        if key not in self.data:
            raise KeyError(key)
        return self.data[key]
    def __setitem__(self, key, value):
        print('set', key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print('del', key)
        del self.data[key]
    def __contains__(self, key):
        print('contains', key)
        return key in self.data
    def __len__(self):
        return len(self.data)
g = Grid()
g[1, 2] = 'a'
g['k'] = 'b'
print(g[1, 2], (1, 2) in g, 'z' in g, len(g))
del g['k']
print(len(g))
g[1:3] = 'slice'
print(g[1:3])
g[::2] = 'step'
g[...] = 'ellipsis'
try:
    g['missing']
except KeyError as e:
    print(type(e).__name__, e)
class NoSet:
    def __getitem__(self, i):
        return i
try:
    NoSet()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del NoSet()[0]
except AttributeError as e:
    print(type(e).__name__, e)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
