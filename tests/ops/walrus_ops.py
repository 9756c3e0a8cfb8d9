if (n := 10) > 5:
    print('n is', n)
data = [1, 2, 3, 4]
if (count := len(data)) > 3:
    print('long list', count)
values = [y for x in range(6) if (y := x * x) % 2 == 0]
print(values, y)
it = iter([3, 2, 1, 0, 5])
while (v := next(it)) != 0:
    print('got', v)
print((a := 1) + (b := 2), a, b)
def f():
    if (r := 7) > 0:
        return r
print(f())
print([last := i for i in range(3)], last)
