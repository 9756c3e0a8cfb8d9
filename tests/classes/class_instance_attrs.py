class C:
    shared = []
    count = 0
    def __init__(self):
        C.count += 1
        self.own = []
a = C(); b = C()
a.shared.append('x')
a.own.append('y')
print(b.shared, b.own, C.count)
a.count = 100
print(a.count, b.count, C.count)
del a.count
print(a.count)
print('shared' in vars(C), 'own' in vars(a), 'shared' in vars(a))
try:
    a.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    C.nope
except AttributeError as e:
    print(type(e).__name__, e)
C.added_later = 'late'
print(a.added_later)
def method(self):
    return 'patched ' + type(self).__name__
C.patched = method
print(a.patched())
a.func_attr = lambda: 'instance function'
print(a.func_attr())
print(getattr(a, 'missing', 'dflt'), hasattr(a, 'own'))
