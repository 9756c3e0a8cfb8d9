# `s += t` may grow a string in place only while nothing else can see it
import sys

def aliases():
    s = ""
    for i in range(50):
        s += "x"
    t = s
    s += "y"
    return len(t), len(s), t[-1], s[-1]

def stored_in_list():
    out = []
    s = ""
    for i in range(5):
        s += str(i)
        out.append(s)
    return out

def through_frame():
    s = "ab"
    s += "c"
    seen = sys._getframe().f_locals["s"]
    s += "d"
    return seen, s

def as_dict_key():
    s = "k"
    s += "1"
    d = {s: 1}
    s += "2"
    return list(d), s

def self_add():
    s = "ab"
    s += "c"
    s += s
    return s

def other_types():
    n = 1
    n += 2
    l = [1]
    m = l
    l += [2]
    return n, l, m, l is m

def in_generator():
    s = ""
    for i in range(3):
        s += "z"
        yield s

print(aliases())
print(stored_in_list())
print(through_frame())
print(as_dict_key())
print(self_add())
print(other_types())
print(list(in_generator()))
