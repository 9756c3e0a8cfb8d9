# Argument checking of the builtin functions: CPython's exact messages.
calls = [
    "len()", "len(1, 2)", "len(obj=1)", "len(1)", "abs()", "abs(x=1)", "all()", "any(1, 2)",
    "ascii()", "bin()", "hex(1, 2)", "oct(x=1)", "chr()", "chr(i=65)", "ord()", "callable()",
    "callable(x=1)", "hash()", "hash(x=1)", "id()", "repr()",
    "divmod(1)", "divmod(1, 2, 3)", "divmod(1, x=2)",
    "format()", "format(1, 2, 3)", "format(value=1)",
    "getattr()", "getattr(1)", "getattr(1, 'x', 2, 3)", "getattr(1, 'real', default=3)",
    "setattr(1, 'a')", "delattr(1)", "hasattr(1)", "hasattr(1, 'a', 2)",
    "isinstance(1)", "isinstance(1, int, 3)", "isinstance(1, int, x=2)", "issubclass(int)",
    "iter()", "iter(1, 2, 3)", "iter(x=1)", "next()", "next(1, 2, 3)", "next(x=1)",
    "max()", "min()", "max(key=len)", "max(1, 2, default=3)", "min([1], foo=2)",
    "max(1, key=len, default=2, x=3)",
    "pow()", "pow(1)", "pow(1, foo=2)", "pow(base=2, exp=3)", "pow(2, exp=3, mod=5)",
    "round()", "round(x=1)", "round(1.5, foo=None)", "round(number=2.5)", "round(1.25, ndigits=1)",
    "sorted()", "sorted([], None)", "sorted([], foo=1)", "sorted([3, 1, 2], reverse=1)",
    "sum()", "sum([1], 2, 3)", "sum([1], foo=2)", "sum([1], start=5)",
    "input(1, 2)", "input(prompt='x')",
    "print(foo=1)", "print(sep=1)", "print(end=b'')",
    "enumerate()", "enumerate(x=1)", "enumerate(start=1)", "enumerate(a=1, b=2, c=3)",
    "enumerate([1], 2, x=3)", "enumerate([], 1, 2)", "enumerate(iterable=[1], x=2)",
    "list(enumerate(start=5, iterable='ab'))", "list(enumerate(iterable='ab', start=5))",
    "zip(foo=1)", "zip([1], strict=True, foo=2)",
    "map()", "map(len)", "map(func=len)", "filter()", "filter(None)", "filter(None, [], x=1)",
    "reversed()", "reversed(1, 2)", "reversed(x=1)",
]
for c in calls:
    try:
        r = eval(c)
        print(c, "->", repr(r))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
