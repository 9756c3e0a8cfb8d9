class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(B(True)), bool(B(False)), 'yes' if B(True) else 'no', not B(False))
print(bool(L(0)), bool(L(3)), len(L(5)))
class Neither:
    pass
print(bool(Neither()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
class BoolAndLen:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(BoolAndLen()))
class StrLen:
    def __len__(self):
        return 'x'
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
