# Measures list and dict workloads: building, indexing, slicing, sorting, dict counting, comprehensions.


def lcg(seed):
    # Deterministic pseudo-random ints without the random module.
    return (seed * 1103515245 + 12345) & 0x7FFFFFFF


WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho",
         "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"]


def make_data(n, seed):
    data = []
    for _ in range(n):
        seed = lcg(seed)
        data.append(seed % 100000)
    return data, seed


def count_ints(data):
    counts = {}
    for x in data:
        k = x % 997
        if k in counts:
            counts[k] += 1
        else:
            counts[k] = 1
    return counts


def count_words(n, seed):
    counts = {}
    nw = len(WORDS)
    for _ in range(n):
        seed = lcg(seed)
        w = WORDS[seed % nw]
        counts[w] = counts.get(w, 0) + 1
    return counts, seed


def list_ops(data):
    total = 0
    n = len(data)
    # indexing and in-place update
    buf = [0] * 256
    for i in range(n):
        buf[data[i] & 255] += i
    total += sum(buf)
    # slicing, reversing, extending
    head = data[:1000]
    tail = data[-1000:]
    mid = data[n // 3: n // 3 + 1000]
    merged = head + tail
    merged.extend(mid)
    merged.reverse()
    total += merged[0] + merged[-1] + len(merged)
    # stack and queue-ish use
    stack = []
    for x in data[:20000]:
        if x & 1:
            stack.append(x)
        elif stack:
            total += stack.pop()
    total += len(stack)
    # insert/delete near the end, index, count, membership
    small = list(range(200))
    for i in range(2000):
        small.insert(len(small) - 5, i)
        del small[len(small) // 2]
    total += small.index(199) + small.count(7) + (150 in small)
    return total


def comprehensions(data):
    squares = [x * x for x in data if x % 3 == 0]
    pairs = {x: x % 1000 for x in data[:30000]}
    nested = [[i * j for j in range(20)] for i in range(200)]
    flat = [v for row in nested for v in row if v % 7 == 1]
    keys_sum = sum([k for k, v in pairs.items() if v < 500])
    return len(squares) + sum(squares) % 1000003 + len(pairs) + sum(flat) + keys_sum


def sorting(data):
    a = sorted(data)
    b = sorted(data, reverse=True)
    c = list(data[:50000])
    c.sort()
    tuples = [(x % 100, x) for x in data[:50000]]
    tuples.sort()
    strs = sorted([str(x) for x in data[:30000]])
    return a[0] + a[-1] + b[0] + a[len(a) // 2] + c[100] + tuples[0][1] + tuples[-1][1] + int(strs[0]) + int(strs[-1])


def dict_ops(n):
    d = {}
    for i in range(n):
        d[i * 7] = i
    total = 0
    for i in range(0, n * 7, 3):
        v = d.get(i)
        if v is not None:
            total += v
    for i in range(0, n, 2):
        del d[i * 7]
    total += len(d)
    for k in d:
        total += k
    for k, v in d.items():
        total ^= v
    total += sum(d.values()) + sum(d.keys())
    # dict of lists (grouping), string keys
    groups = {}
    for i in range(n):
        key = "g" + str(i % 113)
        if key not in groups:
            groups[key] = []
        groups[key].append(i)
    total += sum(len(v) for v in groups.values())
    merged = dict(groups)
    merged.update({"extra": [1, 2, 3]})
    total += len(merged) + len(merged.pop("extra"))
    return total


def main():
    checksum = 0
    seed = 42
    for rnd in range(7):
        data, seed = make_data(100000, seed)
        counts = count_ints(data)
        checksum += len(counts) + max(counts.values()) + counts[0]
        wc, seed = count_words(100000, seed)
        top = sorted(wc.items(), key=lambda kv: (-kv[1], kv[0]))
        checksum += top[0][1] + len(top[0][0])
        checksum += list_ops(data)
        checksum += comprehensions(data)
        checksum += sorting(data)
        checksum += dict_ops(40000)
        checksum %= 1000000007
        print("round", rnd, "top word", top[0][0], top[0][1])
    print("checksum", checksum)


main()
