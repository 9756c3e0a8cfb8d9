print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 3], [2] > [1, 9], [] < [0], [1, 2] != [1, 2])
print([[1, 2], [3]] < [[1, 2], [4]], [1, 'a'] == [1, 'a'], [1, 'a'] < [2, 'b'])
print(max([[1], [0, 5], [1, 0]]), min([[3], [2, 9]]))
print([1, 2] == (1, 2), [] == [], [0] == [False])
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
nan = float('nan')
l = [nan]
print(l == l, [nan] == [nan], l[0] == l[0])
