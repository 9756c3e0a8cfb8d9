l = []
cur = l
for _ in range(100_000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    repr(l)
    print('no error')
except RecursionError as e:
    print(type(e).__name__)
print('still running')
shallow = [[[[1]]]]
print(repr(shallow))
