class C:
    cls_attr = 1
    def method(self):
        pass
    def _private(self):
        pass
c = C()
c.inst = 2
c.other = 3
print(vars(c))
print(sorted(k for k in vars(C) if not k.startswith('__')))
print([n for n in dir(C) if not n.startswith('__')])
print([n for n in dir(c) if not n.startswith('__')])
print('cls_attr' in dir(c), 'inst' in dir(c), 'append' in dir([]), '__init__' in dir(C))
def f():
    a = 1
    b = 2
    return sorted(dir())
print(f())
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(C):
    extra = 0
print([n for n in dir(Sub) if not n.startswith('__')])
