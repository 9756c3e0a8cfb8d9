text = """the quick brown fox jumps over the lazy dog
The dog barks; the fox runs.
A quick end."""
counts = {}
for line in text.splitlines():
    for raw in line.split():
        word = raw.strip('.;,').lower()
        if word:
            counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:5]:
    print(f'{word:<6} {n:>2} {"#" * n}')
print(len(counts), sum(counts.values()))
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
