class Tracker:
    active = 0
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        Tracker.active += 1
        return self.n
    def __exit__(self, *a):
        Tracker.active -= 1
def use(n):
    with Tracker(n) as v:
        if v == 2:
            return 'early %d (active=%d)' % (v, Tracker.active)
        if v == 3:
            raise ValueError(v)
    return 'normal %d' % v
for n in range(1, 4):
    try:
        print(use(n), Tracker.active)
    except ValueError as e:
        print('error', e, Tracker.active)
for i in range(4):
    with Tracker(i):
        if i == 1:
            continue
        if i == 3:
            break
        print('loop', i, Tracker.active)
print('final active', Tracker.active)
