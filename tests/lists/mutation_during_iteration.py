l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if len(l) < 6:
        l.append(x * 10)
print(out, l)
l = [1, 2, 3, 4]
for i in range(len(l) - 1, -1, -1):
    if l[i] % 2:
        del l[i]
print(l)
it = iter([1, 2, 3])
lst = list(it)
print(lst, list(it))
