l = list(range(10))
print(l[2:5], l[:3], l[7:], l[::2], l[::-1], l[-3:], l[:-7], l[8:2:-2], l[100:], l[-100:1])
print(l[5:2], l[::3], l[1::4])
l2 = l[:]
print(l2 == l, l2 is l)
try:
    l[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    l[-11]
except IndexError as e:
    print(type(e).__name__, e)
try:
    l['x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    l[1.0]
except TypeError as e:
    print(type(e).__name__, e)
print(l[-1], l[-10], l[True])
