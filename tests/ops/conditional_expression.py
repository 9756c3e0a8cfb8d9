for x in (-1, 0, 1):
    print('pos' if x > 0 else 'zero' if x == 0 else 'neg')
def side(n):
    print('side', n)
    return n
print(side(1) if True else side(2))
print(side(1) if False else side(2))
y = [i if i % 2 else -i for i in range(5)]
print(y)
f = lambda a: 'even' if a % 2 == 0 else 'odd'
print(f(3), f(4))
print((1 if True else 2) + 10)
