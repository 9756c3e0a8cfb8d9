class OnlyEq:
    def __eq__(self, other):
        return True
print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {OnlyEq()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {OnlyEq(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return self.k == other.k
    def __hash__(self):
        return hash(self.k)
print(len({Both(1), Both(1), Both(2)}))
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain())
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print(type(e).__name__, e)
class Inherit(Both):
    def __eq__(self, other):
        return False
try:
    hash(Inherit(1))
except TypeError as e:
    print(type(e).__name__, e)
class BadHash:
    def __hash__(self):
        return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(type(hash(BigHash())).__name__)
