log = []
class CM:
    def __enter__(self):
        log.append('enter')
    def __exit__(self, *a):
        log.append('exit')
def f():
    with CM():
        log.append('body')
        return log.append('return expr') or 'value'
print(f(), log)
class Res:
    def __init__(self):
        self.closed = False
    def __enter__(self):
        return self
    def __exit__(self, *a):
        self.closed = True
with Res() as r:
    print(r.closed)
print(r.closed)
class EnterReturnsOther:
    def __enter__(self):
        return [1, 2]
    def __exit__(self, *a):
        pass
with EnterReturnsOther() as (a, b):
    print(a, b)
