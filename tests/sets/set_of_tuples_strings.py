seen = set()
out = []
for w in 'the cat the hat a cat'.split():
    if w not in seen:
        seen.add(w)
        out.append(w)
print(out, len(seen))
coords = {(0, 0), (1, 2), (0, 0), (2, 1)}
print(sorted(coords), (1, 2) in coords, (3, 3) in coords)
a = set('abracadabra')
b = set('alacazam')
print(sorted(a), sorted(a - b), sorted(a | b), sorted(a & b), sorted(a ^ b))
print(sorted(set([1, 2, 3]) & {2, 3, 4} | {9}))
