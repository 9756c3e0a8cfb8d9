x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
items = [1, 2, 3]
g2 = (i for i in items)
items = [9, 9]
print(list(g2))
def f():
    y = 5
    return list(y * k for k in range(3))
print(f())
class C:
    data = [1, 2]
    out = list(v + 1 for v in data)
print(C.out)
try:
    class D:
        n = 3
        out = [n * k for k in range(2)]
except NameError as e:
    print(type(e).__name__, e)
