def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print(type(e).__name__, e)
def gen_recursive(n):
    yield n
    yield from gen_recursive(n + 1)
try:
    for _ in gen_recursive(0):
        pass
except RecursionError as e:
    print(type(e).__name__)
print('ok')
