# the exact sequence of __lt__ calls of small sorts (count_run + binary insertion)
log = []
class K:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return '%d%s' % (self.v, self.tag)
cases = [
    [3, 1, 2], [1, 2, 3], [3, 2, 1], [2, 2, 1, 1, 0], [5, 5, 5], [1, 1, 0, 2, 2],
    [4, 3, 3, 2, 2, 2, 1, 5, 6], [0, 9, 1, 8, 2, 7, 3, 6], [7, 7, 8, 1, 1, 1, 9, 0],
    [x * 37 % 19 for x in range(30)], [x // 3 for x in range(20, 0, -1)],
]
for case in cases:
    log.clear()
    items = [K(v, chr(97 + i % 26)) for i, v in enumerate(case)]
    items.sort()
    print(items, len(log))
    print(log)
    log.clear()
    items = [K(v, chr(97 + i % 26)) for i, v in enumerate(case)]
    print(sorted(items, reverse=True), len(log))
