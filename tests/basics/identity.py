a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True)
x = None
print(x is None, x is not None)
print(type(None) is type(None))
t = ()
print(t == (), len(t))
def f(): pass
print(f is f, f == f)
class A: pass
o1 = A(); o2 = A()
print(o1 is o2, o1 == o2, o1 != o2, o1 == o1)
print(1 == 1.0, x is not None, 'a' == 'a')
