print(hash(1) == hash(1), hash(0) == hash(False), hash(True) == hash(1), hash(2 ** 70) == hash(2 ** 70), hash(-5) == hash(-5.0))
print(hash('abc') == hash('abc'), hash('abc') == hash(''.join(['a', 'b', 'c'])), hash((1, 'a')) == hash((1, 'a')))
print(hash(1.0) == hash(1), hash(0.5) == hash(0.5), hash(None) == hash(None))
for bad in ([], {}, set()):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
def f(): pass
class C:
    def __call__(self): pass
class D: pass
print(callable(f), callable(len), callable(C), callable(C()), callable(D()), callable(1), callable('s'), callable(print), callable(lambda: 0))
