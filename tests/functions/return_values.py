def none1(): pass
def none2(): return
def multi(): return 1, 2
def early(x):
    if x:
        return 'early'
    return 'late'
print(none1(), none2(), multi(), early(1), early(0))
a, b = multi()
print(a, b)
def gen_list(n):
    return [i for i in range(n)]
print(gen_list(3))
def returns_func():
    def inner():
        return 'inner'
    return inner
print(returns_func()())
