values = [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (0,), {}, {0: 0}, set(), {0}, None, True, False, b'', b'\x00', range(0), range(1)]
for v in values:
    print(repr(v), bool(v), 'yes' if v else 'no')
print(not 0, not 1, not [], not [1])
print(0 or 'default', 'value' or 'default', [] or {} or 'last')
print(1 and 2, 0 and 2, 1 and 0 and 3, '' and 'x')
print(None or None, None and 1)
