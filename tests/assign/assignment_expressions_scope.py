def f():
    data = [1, 2, 3, 4]
    total = 0
    if any((found := x) > 2 for x in data):
        print('first > 2:', found)
    [total := total + x for x in data]
    return total
print(f())
x = 'global'
def g():
    [(x := i) for i in range(3)]
    return x
print(g(), x)
print([y := 5, y ** 2])
