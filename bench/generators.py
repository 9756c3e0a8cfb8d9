# Measures generators: pipelines of generator functions, generator expressions, yield from, send().


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def take_every(it, k):
    i = 0
    for x in it:
        if i % k == 0:
            yield x
        i += 1


def chain(*iterables):
    for it in iterables:
        yield from it


def flatten(tree):
    # Recursive yield from over a nested list structure.
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


def build_tree(depth, width, start):
    if depth == 0:
        return [start + i for i in range(width)]
    return [build_tree(depth - 1, width, start * width + i) for i in range(width)]


def inorder(t, depth):
    # yield from a recursive generator with return values.
    if depth == 0:
        yield t
        return 1
    left = yield from inorder(t * 2, depth - 1)
    yield t
    right = yield from inorder(t * 2 + 1, depth - 1)
    return left + right + 1


def counting_wrapper(gen, counter):
    result = yield from gen
    counter.append(result)


def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def main():
    checksum = 0

    # Pipeline of generator functions.
    for k in range(20):
        checksum += sum(take_every(squares(evens(numbers(200000 + k))), 3))

    # Generator expressions feeding builtins.
    checksum += sum(x * 3 for x in range(1200000) if x & 7 == 3)
    checksum += max(((x * 7919) % 10007 for x in range(800000)))
    checksum += len(list(y for y in (x + 1 for x in range(400000)) if y % 5))
    checksum += any(x > 299998 for x in range(300000))
    checksum += all(x >= 0 for x in range(200000))

    # yield from: flat chaining and recursive trees.
    checksum += sum(chain(range(200000), numbers(200000), [1, 2, 3], (x for x in range(200000))))
    tree = build_tree(5, 6, 1)
    for _ in range(40):
        checksum += sum(flatten(tree))
    results = []
    for _ in range(24):
        checksum += sum(counting_wrapper(inorder(1, 13), results))
    checksum += sum(results)

    # send() into a coroutine-style generator.
    acc = accumulator()
    next(acc)
    for i in range(400000):
        acc.send(i % 17)
    try:
        acc.send(None)
    except StopIteration as e:
        checksum += e.value

    # Unbounded generator consumed partially, zip/enumerate over generators.
    g = fib_gen()
    for _ in range(300):
        checksum += next(g) % 1000003
    for i, (a, b) in enumerate(zip(numbers(400000), squares(numbers(400000)))):
        checksum += (a ^ b) & i

    print("checksum", checksum)


main()
