# PEP 667: f_locals writes through to variables, cells included; locals() is a snapshot
import sys

def direct():
    a = 1
    sys._getframe().f_locals["a"] = 2
    return a

def through_cell():
    counter = 0
    def bump():
        return counter + 1
    sys._getframe().f_locals["counter"] = 10
    return counter, bump()

def snapshot():
    v = 1
    snap = locals()
    v = 2
    return snap["v"], locals()["v"]

def extra_key():
    proxy = sys._getframe().f_locals
    proxy["not_a_variable"] = "stored"
    return proxy["not_a_variable"], "not_a_variable" in proxy, len(proxy) >= 2

def caller_write():
    target = "old"
    set_in_caller("target", "new")
    return target

def set_in_caller(name, value):
    sys._getframe(1).f_locals[name] = value

print(direct())
print(through_cell())
print(snapshot())
print(extra_key())
print(caller_write())
proxy = sys._getframe().f_locals
print(type(proxy).__name__, proxy is globals())
def get_proxy():
    q = 5
    return sys._getframe().f_locals
p = get_proxy()
print(type(p).__name__, p["q"], list(p.keys()), dict(p))
try:
    del p["q"]
except TypeError as e:
    print("TypeError", e)
