# bisect: binary search and sorted insertion, with lo/hi bounds and key=.
import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 4, 3), bisect_left(a, 4, 0, 2), bisect_right(a, 4, hi=4), bisect_right(a, 4, lo=5))
print(bisect_left([], 1), bisect_right([], 1), bisect_left(a, 4, lo=10))

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(s, x)
print(s)
insort_left(s, 4)
insort_right(s, 4.0)
print(s, [type(v).__name__ for v in s[4:7]])
t = [1, 3]
insort_left(t, 2, 0, 1)
print(t)

# key= applies to the list's items, not to the searched value
people = [('ann', 21), ('bob', 25), ('cy', 25), ('dee', 30)]
print(bisect_left(people, 25, key=lambda p: p[1]), bisect_right(people, 25, key=lambda p: p[1]))
insort_right(people, ('eve', 25), key=lambda p: p[1])
insort_left(people, ('fay', 25), key=lambda p: p[1])
print(people)
words = ['a', 'bb', 'ccc']
bisect.insort(words, 'dd', key=len)
print(words)

# a sorted list of strings
names = sorted(['mike', 'anna', 'zoe', 'bob'])
i = bisect_left(names, 'bob')
print(names, i, names[i] == 'bob', bisect_left(names, 'carl'))

for op in [lambda: bisect_left(a, 1, -1), lambda: insort_right(a, 1, lo=-2),
           lambda: bisect_right(None, 1), lambda: bisect_left([1, 'a'], 0.5)]:
    try:
        op()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
