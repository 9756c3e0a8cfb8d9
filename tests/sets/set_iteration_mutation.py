s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = set(range(5))
total = 0
for x in s:
    total += x
print(total)
print(sorted(s - {x for x in s if x % 2}))
