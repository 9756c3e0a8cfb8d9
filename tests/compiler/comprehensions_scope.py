# comprehension variables do not leak; outer values are restored
x = 'outer x'
l = [x for x in range(3)]
print(l, x)

def f():
    y = 'outer y'
    r = [y for y in 'ab']
    return r, y
print(f())

# nested comprehensions, conditions, dict/set comprehensions
print([(a, b) for a in range(3) for b in range(a) if a + b > 1])
print({k: v for k, v in zip('abc', range(3)) if v})
print({c.upper() for c in 'hello'} == set('HELO'))
print([[j for j in range(i)] for i in range(4)])

# comprehension in class body: only the first iterable sees class names
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [vals for v in range(2)]
    except NameError as e:
        err = str(e)
print(K.doubled, K.err)

# comprehension capturing a variable in a closure (cell)
funcs = [lambda: v for v in range(3)]
print([fn() for fn in funcs])

def cells():
    out = []
    items = [1, 2]
    fs = [lambda: n * 10 for n in items]
    return [g() for g in fs]
print(cells())

# exception inside a comprehension restores the outer variable
def restore():
    i = 'keep'
    try:
        [1 / (i - 2) for i in range(5)]
    except ZeroDivisionError:
        pass
    return i
print(restore())

# unpacking targets and starred in comprehensions
pairs = [(1, 2), (3, 4)]
print([a * b for a, b in pairs], [rest for first, *rest in [(1, 2, 3), (4, 5)]])

# generator expression evaluates the first iterable eagerly
def noisy():
    print('iterable evaluated')
    return [1, 2]
g = (v for v in noisy())
print('before iteration')
print(list(g))

# walrus in comprehension condition
data = [3, 8, 1, 9]
print([y for v in data if (y := v * 2) > 5], y)

# module-level comprehension variable stays hidden
[zz for zz in range(2)]
try:
    zz
except NameError as e:
    print(e)
