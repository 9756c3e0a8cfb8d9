def g():
    yield 1
    return 'done'
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('value:', e.value)
try:
    next(it)
except StopIteration as e:
    print('second time value:', e.value)
def wrapper():
    result = yield from g()
    return result * 2
w = wrapper()
print(list(w))
def collector():
    results = []
    r = yield from g()
    results.append(r)
    yield results
print(list(collector()))
