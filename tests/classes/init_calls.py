# instance creation runs __init__ with the new instance; its result must be None
class P:
    def __init__(self, x, y=0, *rest, scale=1, **kw):
        self.v = (x * scale, y, rest, sorted(kw))

print(P(1).v, P(1, 2, 3, scale=2, z=1).v)

class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print("TypeError", e)

class Gen:
    def __init__(self):
        yield 1
try:
    Gen()
except TypeError as e:
    print("TypeError", e)

class Fails:
    def __init__(self, n):
        self.n = n
        raise ValueError(f"bad {n}")
try:
    Fails(3)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ValueError", e, names)

try:
    P()
except TypeError as e:
    print("TypeError", e)

class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a
print(WithMeta(7).a)

class Base:
    def __init__(self, tag):
        self.tag = tag
class Child(Base):
    def __init__(self, tag, extra):
        super().__init__(tag)
        self.extra = extra
c = Child("t", "e")
print(c.tag, c.extra, type(c).__name__)

import sys
class Where:
    def __init__(self):
        self.caller = sys._getframe(1).f_code.co_name
def make():
    return Where()
print(make().caller)
