fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
def make():
    out = []
    for i in range(3):
        def f():
            return i
        out.append(f)
    i = 'final'
    return out
print([f() for f in make()])
def later():
    def get():
        return v
    v = 'assigned after def'
    return get
print(later()())
def makers():
    return [(lambda x: lambda: x)(i) for i in range(3)]
print([f() for f in makers()])
