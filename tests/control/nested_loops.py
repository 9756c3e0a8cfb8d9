result = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
found = None
for i in range(10):
    for j in range(10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
count = 0
i = 0
while i < 5:
    j = 0
    while j < i:
        count += 1
        j += 1
    i += 1
print(count)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
for row in grid:
    print(' '.join(str(v) for v in row))
