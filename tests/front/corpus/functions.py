def f(): pass
def f(a): return a
def f(a, b=1, *args, c, d=2, **kwargs) -> int: ...
def f(a, /): pass
def f(a, b, /, c, *, d): pass
def f(a=1, /, b=2, *, c): pass
def f(*, a, b=1): pass
def f(*args): pass
def f(**kwargs): pass
def f(a: int, b: "str" = "x", *args: tuple, c: list[int], **kw: dict) -> None: pass
def f(*args: *Ts): pass
@decorator
def f(): pass
@decorator.attr
@decorator(arg)
@(lambda f: f)
@a[0].b(c)
def f(): pass
async def f():
    await g()
@dec
async def f(): pass
def gen():
    yield
    yield 1
    yield from range(3)
def f[T](x: T) -> T: return x
def f[T: int, U: (str, bytes), *Ts, **P](*args: *Ts) -> None: pass
def f[T = int, *Ts = *tuple[int], **P = [int]](): pass
def outer():
    def inner():
        def innermost():
            return 1
        return innermost
    return inner
def f(
    a,
    b,
):
    return (
        a
        + b
    )
lam = lambda: (yield)
