l = [1, 2, 3]
l.reverse()
print(l)
c = l.copy()
c.append(4)
print(l, c, c is l)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
print(nested)
l.clear()
print(l, len(l))
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1])
e = []
e.reverse()
print(e)
