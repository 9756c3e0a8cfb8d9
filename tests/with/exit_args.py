class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print('type:', et.__name__ if et else et)
        print('value:', repr(ev))
        print('tb is traceback:', type(tb).__name__ if tb else tb)
        if tb:
            print('tb line:', tb.tb_lineno)
        return True
with Inspect():
    pass
with Inspect():
    x = 1
    raise KeyError('key')
def ret():
    with Inspect():
        return 'returned through with'
print(ret())
for i in range(2):
    with Inspect():
        if i == 0:
            continue
        break
