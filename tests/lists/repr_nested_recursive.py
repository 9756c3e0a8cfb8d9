print([1, [2, [3, [4]]]], repr([['a'], ("b",)]), str([1.5, None, True]))
l = [1, 2]
l.append(l)
print(l)
print(repr(l))
a = []
b = [a]
a.append(b)
print(a, b)
d = {'k': []}
d['k'].append(d)
print(d)
print([[]] * 3, [[], []], [''], ["'"], ['"'], ['\n'])
t = ([],)
t[0].append(t)
print(t)
