# Temporary lists known only to C code, and frames left by exceptions, must stay alive
# across allocations (run with MINNOW_GC_STRESS=1 to make every allocation collect).


class M(type):
    def __dir__(cls):
        names = {'b', 'a', '__doc__'}
        names.update(['z', 'y'])
        return sorted(names)


class C(metaclass=M):
    pass


def bind(args):
    found = {}
    for i, a in enumerate(args):
        found[str(i)] = a
    if len(found) > 2:
        raise TypeError("too many: " + ", ".join(sorted(found)))
    return found


total = 0
for i in range(200):
    total += len(dir(C))
    words = tuple(str(w) * 2 for w in range(i % 7))
    total += len("-".join(w.upper() for w in words))
    total += len(tuple([x for x in range(i % 5)]))
    try:
        bind(list(range(i % 4)))
    except TypeError as e:
        frame = e.__traceback__.tb_next.tb_frame
        total += len(frame.f_locals["found"])
print(dir(C), total)
