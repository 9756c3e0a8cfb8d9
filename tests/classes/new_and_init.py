class Single:
    _inst = None
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print('__init__', v)
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class NotSelf:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(NotSelf())
class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(MyInt(5), type(MyInt(5)).__name__, MyInt(5) + 1)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class WithInit:
    def __init__(self, a):
        pass
try:
    WithInit()
except TypeError as e:
    print(type(e).__name__, e)
