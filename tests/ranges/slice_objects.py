s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(s.indices(5), slice(None, None, -1).indices(5), slice(-100, 100, -3).indices(10), slice(-3, None).indices(2))
print(hash(slice(1, 2, 3)), hash(slice(None)) == hash(slice(None, None, None)), slice(1, 2) == slice(1, 2))
print(slice(1, 2) < slice(1, 3), slice(1, 2, 3) == slice(1, 2), {slice(1, 2): 'x'}[slice(1, 2)])
print([0, 1, 2, 3, 4, 5][slice(1, None, 2)], 'abcdef'[slice(None, None, -2)] if False else 0)
for f in (lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(1, 2, 0).indices(5),
          lambda: slice(1).indices(-1), lambda: [1, 2][::0], lambda: [1, 2]['a':],
          lambda: hash(slice([], 1)), lambda: slice(a=1), lambda: slice(1).indices('a')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
l = list(range(10))
print(l[2**70:], l[-2**70:2], l[::2**70], l[::-2**70], l[slice(2, -2, 3)])
