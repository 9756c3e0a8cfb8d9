def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())
def outer():
    x = 'outer'
    def mid():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    r = mid()
    return r, x
print(outer())
def two_level():
    a = 1
    def f():
        nonlocal a
        a += 1
        def g():
            nonlocal a
            a *= 10
        g()
    f()
    return a
print(two_level())
