print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
r = range(-10**20, 10**20, 3**30)
print(r, len(range(5, 10**19, 10**18)), r[5], r[-1], r[2:-2:7], r[::-1], bool(range(10**20, 0)), 10**19 + 1 in r)
try:
    len(r)
except OverflowError as e:
    print('OverflowError:', e)
it = iter(range(2**63 - 2, 2**63 + 2))
print(type(it).__name__, list(it), list(reversed(range(2**63 - 2, 2**63 + 2))))
print(hash(range(10**20)) == hash(range(0, 10**20, 1)), range(10**20) == range(0, 10**20), range(2**64, 2**64 + 1) == range(2**64, 2**64 + 1, 5))
print(r.index(-10**20 + 3**30), r.count(7), range(10**30).index(10**29), list(range(2**63 - 1, 2**63 + 3, 2)))
print(range(0, 2**64, 2**62)[1:], list(range(0, 2**64, 2**62)), range(3)[-2**70:2**70], range(10)[::2**70], range(10)[::-2**70])
print(range(2**63 - 1)[-1], list(range(2**63 - 3, 2**63)), range(-2**63, 2**63 - 1, 2**63 - 1)[1:], range(5).__reduce__())
print(iter(range(10**20)).__length_hint__(), type(reversed(range(10**20))).__name__)
try:
    range(10**20).index(-1)
except ValueError as e:
    print('ValueError:', e)
