s = set()
s.add(3); s.add(1); s.add(2); s.add(3)
print(sorted(s), len(s))
s.discard(1); s.discard(99)
print(sorted(s))
s.remove(2)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
x = s.pop()
print(x, s, len(s))
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
s = {1, 2}
s.clear()
print(s, set(), len(s))
