import sys
sys.setrecursionlimit(1_100_000)
print(sys.getrecursionlimit())
def count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1
print(count(1_000_000))
def sum_to(n, acc=0):
    if n == 0:
        return acc
    return sum_to(n - 1, acc + n)
print(sum_to(1_000_000))
