l = [10, 20, 30, 40, 50]
print(l.pop(), l)
print(l.pop(0), l)
print(l.pop(-2), l)
print(l.pop(1), l)
l.remove(20)
print(l)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3), lambda: [].pop(-1)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
m = [1, 2, 1, 2]
m.remove(2)
print(m)
