import sys
out = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ('tracer', '<module>'):
        return tracer
    out.append('%s %s %d' % (frame.f_code.co_name, event, frame.f_lineno))
    return tracer

def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        total += i
    while n > 0:
        n -= 1
        if n == 1:
            break
    else:
        total = -1
    return total

def exc():
    try:
        x = 1
        1 / 0
    except ZeroDivisionError:
        x = 2
    finally:
        x = 3
    return x

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

def withs():
    with CM() as c:
        y = 1
    with CM():
        pass
    return y

def gen():
    yield 1
    x = yield 2
    return x

def multi_line(a,
               b):
    return (a +
            b)

def comp(xs):
    return [x * 2
            for x in xs
            if x]

def cond(a):
    if a:
        r = 'yes'
    elif a is None:
        r = 'none'
    else:
        r = 'no'
    return r

def nested_finally():
    for i in range(2):
        try:
            if i:
                return i
        finally:
            pass

def assert_and_pass():
    pass
    assert True
    x = [1,
         2]
    return x

sys.settrace(tracer)
loops(4)
exc()
withs()
list(gen())
multi_line(1, 2)
comp([0, 1, 2])
cond(1); cond(None); cond(0)
nested_finally()
assert_and_pass()
sys.settrace(None)
print('\n'.join(out))
