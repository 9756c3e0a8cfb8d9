class CM:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self.v
    def __exit__(self, *a):
        return False
with CM((1, 2)) as (a, b):
    print(a, b)
d = {}
with CM('into dict') as d['k']:
    pass
print(d)
class Holder: pass
h = Holder()
with CM('attr') as h.value:
    pass
print(h.value)
with CM([1, 2, 3]) as (first, *rest):
    print(first, rest)
with CM(None):
    print('no target')
with CM(1) as x, CM(x + 1) as y:
    print(x, y)
