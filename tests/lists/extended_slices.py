l = list(range(10))
print(l[::2], l[1::3], l[::-1], l[-2::-2], l[8:2:-2], l[100:], l[-100:2], l[5:1])
m = l[:]
m[::2] = 'abcde'
print(m)
m[::-3] = [0, 0, 0, 0]
print(m)
m[2:5] = []
print(m)
m[1:1] = (7, 8, 9)
print(m)
m[-1:] = range(3)
print(m)
m[:] = m
print(m)
m[3:1] = ['x']
print(m)
del m[::2]
print(m)
del m[::-3]
print(m)
del m[1:100]
print(m)
n = list(range(20))
del n[18:2:-4]
print(n)
n[::] = n[::-1]
print(n)
n[len(n):] = [99]
print(n)
s = [1, 2, 3]
s[1:2] = s
print(s)
t = [0] * 5
t[1::2] = iter([8, 9])
print(t)
