# Measures call machinery: closures, nonlocal, keyword/default args, *args/**kwargs, lambdas as sort keys, decorators.


def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def kw_func(a, b, c=3, d=4, *, e=5, f=6):
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f


def var_func(*args, **kwargs):
    total = 0
    for a in args:
        total += a
    for k in kwargs:
        total += kwargs[k] * len(k)
    return total


def forward(*args, **kwargs):
    return kw_func(*args, **kwargs)


def logged(func):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return func(*args, **kwargs)

    wrapper.calls = calls
    return wrapper


@logged
def area(w, h=1):
    return w * h


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def main():
    checksum = 0

    # Closures with nonlocal state.
    counters = [make_counter(i) for i in range(10)]
    for i in range(125000):
        c = counters[i % 10]
        checksum += c() + c(step=2)

    # Lambdas captured in closures, composed.
    adders = [make_adder(i) for i in range(20)]
    f = compose(adders[3], compose(adders[5], adders[7]))
    checksum += apply_n(f, 500000, 0)
    for i in range(250000):
        checksum += adders[i % 20](i)

    # Keyword arguments, defaults, keyword-only args.
    for i in range(250000):
        checksum += kw_func(i, 1)
        checksum += kw_func(i, b=2, d=7)
        checksum += kw_func(a=i, b=0, e=1, f=i & 3)

    # *args / **kwargs packing and unpacking.
    args = (1, 2, 3)
    kwargs = {"c": 10, "e": 20}
    for i in range(150000):
        checksum += var_func(i, 2, 3, x=i, yy=2)
        checksum += var_func(*args, **kwargs)
        checksum += forward(i, *args[1:], e=i % 5)
        checksum += forward(i, 2, **kwargs)

    # Decorated function.
    for i in range(250000):
        checksum += area(i, h=3) + area(i)
    checksum += area.calls[0]

    # sorted/min/max with key lambdas.
    data = [((i * 7919) % 10007, "k" + str(i % 97), i) for i in range(20000)]
    for rnd in range(12):
        by_first = sorted(data, key=lambda t: t[0])
        by_name = sorted(data, key=lambda t: (t[1], -t[2]))
        by_mod = sorted(data, key=lambda t: t[2] % (rnd + 7), reverse=True)
        checksum += by_first[0][2] + by_name[0][2] + by_mod[0][2] + by_mod[-1][2]
        checksum += max(data, key=lambda t: t[0] ^ rnd)[2] + min(data, key=lambda t: t[2] - t[0])[2]
    checksum += sum(map(lambda x: x * 2, range(250000)))
    checksum += len(list(filter(lambda x: x % 3 == 0, range(250000))))

    print("checksum", checksum)


main()
