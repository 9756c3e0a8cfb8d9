def inner():
    yield 1
    yield 2
    return 'inner result'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield 3
    return 'outer result'
print(list(outer()))
g = outer()
for v in g:
    print('got', v)
def delegate_list():
    yield from [1, 2]
    yield from 'ab'
    yield from range(2)
print(list(delegate_list()))
def get_return():
    x = yield from outer()
    yield x
print(list(get_return()))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
