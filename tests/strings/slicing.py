s = 'abcdefghij'
print(s[0], s[-1], s[3:6], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1], s[-3:], s[:-3])
print(s[8:2:-1], s[-1:-4:-1], s[5:5], s[6:2], s[100:], s[-100:2], s[2:100])
print(s[::-2], s[::3], s[10:0:-3], s[None:None:None])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'x'
except TypeError as e:
    print(type(e).__name__, e)
print(s[slice(2, 5)], s[slice(None, None, -1)], slice(1, 2, 3))
print(slice(1, 10, 2).indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
u = 'héllo wörld'
print(u[1], u[-4:], len(u), u[::-1])
