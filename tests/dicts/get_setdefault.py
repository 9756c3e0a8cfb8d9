d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('a', 99))
print(d.setdefault('a', 100), d.setdefault('c', 3), d.setdefault('d'), d)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(d['a'], 'a' in d, 'z' in d, 'z' not in d)
