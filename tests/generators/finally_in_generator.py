def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
it = g()
for x in it:
    print(x)
    break
print('after break')
it.close()
print('after close')
gen = g()
print(list(gen))
def with_return():
    try:
        yield 'a'
        return 'ret'
    finally:
        print('finally on return')
print(list(with_return()))
def nested():
    try:
        try:
            yield 1
        finally:
            print('inner finally')
    finally:
        print('outer finally')
n = nested()
next(n)
n.close()
