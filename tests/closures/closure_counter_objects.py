def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return push, pop, size
push, pop, size = make_stack()
push(1); push(2); push(3)
print(pop(), size())
p2, q2, s2 = make_stack()
print(s2(), size())
def make_multiplier_list():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print([f(10) for f in make_multiplier_list()])
def outer():
    x = 0
    def get():
        return x
    x = 5
    r1 = get()
    x = 6
    return r1, get()
print(outer())
