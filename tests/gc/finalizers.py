# __del__ and closing a suspended generator run once the objects are unreachable
import gc
log = []
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("del " + self.name)
def gen():
    try:
        yield 1
    finally:
        log.append("generator finally")
def scope():
    g = gen()
    next(g)
    r = Res("plain")
    a = Res("cycle-a"); b = Res("cycle-b")
    a.other = b; b.other = a
def collect():
    for _ in range(3):
        gc.collect()
scope()
collect()
print(sorted(log))
