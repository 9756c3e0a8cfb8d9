x = 'outer x'
result = [x for x in range(3)]
print(result, x)
i = 'outer i'
squares = {i: i * i for i in range(3)}
print(squares, i)
def f():
    y = 10
    return [y + j for j in range(3)]
print(f())
class C:
    base = 100
    vals = [base for _ in range(2)] if False else None
    try:
        vals2 = [base + k for k in range(2)]
    except NameError as e:
        err = str(e)
print(C.err)
class D:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
print(D.doubled)
def g():
    funcs = [lambda: n for n in range(3)]
    return [fn() for fn in funcs]
print(g())
n = 5
gen_result = list(n * k for k in range(3))
print(gen_result)
def h():
    z = 1
    lst = [z := z + v for v in range(3)]
    return lst, z
print(h())
