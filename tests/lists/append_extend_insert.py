l = []
l.append(1)
l.append([2, 3])
print(l)
l.extend([4, 5])
l.extend((6,))
l.extend('ab')
l.extend(range(2))
l.extend(x for x in [9])
print(l)
l.insert(0, 'first')
l.insert(100, 'last')
l.insert(-1, 'before-last')
l.insert(-100, 'new-first')
print(l)
l2 = [1, 2]
l2.extend(l2)
print(l2)
l3 = [1]
l3.append(l3)
print(l3)
try:
    l.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    l.append()
except TypeError as e:
    print(type(e).__name__, e)
