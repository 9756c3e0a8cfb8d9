# With PYTHONHASHSEED=0 (set by the test runner) string and bytes hashes are fixed.
for s in ['', 'a', 'abc', 'hello world', 'é', 'café', '€uro', '😀', 'a😀', 'x' * 100, '\x00', 'ÿ']:
    print(repr(s), hash(s))
for b in [b'', b'a', b'abc', b'\xff\x00', bytes(range(40))]:
    print(b, hash(b))
print(hash('abc') == hash(b'abc'), hash('é') == hash('é'.encode('latin-1')))
print(sorted({'pear', 'apple', 'fig'}), len({'a', 'b', 'a'}))
print({'one': 1, 'two': 2, 'three': 3})
