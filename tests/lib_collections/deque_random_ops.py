# deque against a list model: a fixed pseudo-random sequence of operations
# (a linear congruential generator, so no random module is needed).
from collections import deque

state = 12345
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n

for maxlen in (None, 5, 1):
    d, model = deque(maxlen=maxlen), []
    def trim_left():
        if maxlen is not None:
            del model[:max(0, len(model) - maxlen)]
    def trim_right():
        if maxlen is not None:
            del model[maxlen:]
    log = []
    for step in range(3000):
        op = rand(12)
        v = rand(100)
        if op == 0:
            d.append(v); model.append(v); trim_left()
        elif op == 1:
            d.appendleft(v); model.insert(0, v); trim_right()
        elif op == 2 and model:
            assert d.pop() == model.pop()
        elif op == 3 and model:
            assert d.popleft() == model.pop(0)
        elif op == 4:
            k = rand(5) - 2
            d.rotate(k)
            if model:
                k %= len(model)
                model[:] = model[-k:] + model[:-k] if k else model
        elif op == 5 and model:
            i = rand(len(model))
            assert d[i] == model[i] and d[-1 - i] == model[-1 - i]
            d[i] = v; model[i] = v
        elif op == 6 and model:
            i = rand(len(model))
            del d[i]; del model[i]
        elif op == 7:
            items = [rand(100) for _ in range(rand(4))]
            d.extend(items); model.extend(items); trim_left()
        elif op == 8:
            items = [rand(100) for _ in range(rand(4))]
            d.extendleft(items); model[:0] = items[::-1]; trim_right()
        elif op == 9:
            d.reverse(); model.reverse()
        elif op == 10 and model and (maxlen is None or len(model) < maxlen):
            i = rand(len(model) + 1)
            d.insert(i, v); model.insert(i, v)
        elif op == 11 and v in model:
            d.remove(v); model.remove(v)
        assert list(d) == model, (step, list(d), model)
        assert list(reversed(d)) == model[::-1]
        assert len(d) == len(model)
        if step % 500 == 0:
            log.append(len(model))
    print(maxlen, log, list(d)[:8], d.count(model[0]) if model else 0)
