# break / continue / return through finally and with, and what runs on the way out
log = []

class CM:
    def __init__(self, name): self.name = name
    def __enter__(self): log.append('enter ' + self.name); return self
    def __exit__(self, *a): log.append('exit %s %s' % (self.name, a[0].__name__ if a[0] else None)); return False

def loop_break():
    for i in range(5):
        try:
            if i == 2:
                break
            log.append(i)
        finally:
            log.append('fin %d' % i)
    return i

def loop_continue():
    out = []
    for i in range(4):
        with CM('c%d' % i):
            if i % 2:
                continue
            out.append(i)
    return out

def ret_in_finally_body():
    try:
        return 'body'
    finally:
        log.append('finally ran')

def finally_overrides():
    try:
        return 1
    finally:
        return 2

def ret_through_with():
    with CM('a'), CM('b'):
        return 'val'

def nested(n):
    while True:
        try:
            try:
                if n == 0:
                    return 'zero'
                n -= 1
                continue
            finally:
                log.append('inner %d' % n)
        finally:
            log.append('outer %d' % n)

def exc_in_finally():
    try:
        try:
            1 / 0
        finally:
            log.append('cleanup')
    except ZeroDivisionError as e:
        return type(e).__name__

def while_else(n):
    i = 0
    while i < n:
        if i == 10:
            break
        i += 1
    else:
        return 'no break', i
    return 'break', i

def for_else(xs):
    for x in xs:
        if x < 0:
            break
    else:
        return 'all positive'
    return 'negative ' + str(x)

print(loop_break(), log); log.clear()
print(loop_continue(), log); log.clear()
print(ret_in_finally_body(), log); log.clear()
print(finally_overrides())
print(ret_through_with(), log); log.clear()
print(nested(2), log); log.clear()
print(exc_in_finally(), log); log.clear()
print(while_else(3), while_else(20))
print(for_else([1, 2]), for_else([1, -5, 2]))

# break out of a with inside a loop inside a try
def mixed():
    res = []
    try:
        for i in range(3):
            with CM('m%d' % i):
                try:
                    if i == 1:
                        break
                finally:
                    res.append('f%d' % i)
    finally:
        res.append('done')
    return res
print(mixed(), log); log.clear()

# exceptions inside with bodies: suppressed and not
class Suppress:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        log.append('suppressing %s' % (t.__name__ if t else None))
        return True

def suppressed():
    with Suppress():
        raise KeyError('k')
    return 'after'
print(suppressed(), log); log.clear()

def not_suppressed():
    try:
        with CM('x'):
            raise ValueError('v')
    except ValueError as e:
        return 'caught ' + str(e)
print(not_suppressed(), log); log.clear()
