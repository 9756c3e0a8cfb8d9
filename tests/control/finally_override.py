def f():
    try:
        return 1
    finally:
        pass
print(f())
def g():
    x = 'before'
    try:
        return x
    finally:
        x = 'after'
print(g())
def h():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
print(h())
def k():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            else:
                break
    return 'loop done ' + str(i)
print(k())
