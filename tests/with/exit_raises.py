class Raising:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError('from exit')
try:
    with Raising():
        raise ValueError('original')
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
try:
    with Raising():
        pass
except RuntimeError as e:
    print(repr(e), e.__context__)
