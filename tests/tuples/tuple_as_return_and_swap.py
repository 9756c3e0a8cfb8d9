def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 1, 9])
print(lo, hi, minmax('hello'))
x, y = 1, 2
x, y = y, x
print(x, y)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
def div(a, b):
    return a // b, a % b
q, r = div(17, 5)
print(q, r)
pairs = [(3, 'c'), (1, 'a'), (2, 'b')]
nums, letters = zip(*sorted(pairs))
print(nums, letters)
print(tuple(x * 2 for x in range(3)))
