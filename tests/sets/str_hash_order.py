s = set('abracadabra') 
print(s, set('the quick brown fox jumps over the lazy dog'.split()))
print({'x', 'y', 'z'} | {'a'}, frozenset(['one', 'two', 'three']))
d = {w: len(w) for w in 'the quick brown fox'.split()}
print(d.keys() & {'fox', 'the', 'cat'}, d.keys() | {'zzz'}, d.items() ^ {('fox', 3), ('a', 1)})
print(set([(1, 'a'), (2, 'b'), (3, 'c')]), {1.5, 2.5, -0.5, 1e100}, {None, True, 'x', (1,)})
print(hash('abc'), hash(('a', 1)), hash(frozenset('abc')))
