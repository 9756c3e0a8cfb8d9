# Every expression kind and all operators.
a or b or c
a and b and c
a or b and c or not d
not a
x := 1 if False else 0
(y := 10)
[y := 5, y ** 2]
a + b - c * d / e // f % g @ h ** i ** j
-a + +b - ~c
a << b >> c & d | e ^ f
a < b <= c > d >= e == f != g
a is b, a is not b, a in b, a not in b
lambda: 0
lambda x: x
lambda x, y=1, *args, z, w=2, **kw: (x, y, args, z, w, kw)
lambda x, /, y: 0
lambda *, k: k
lambda *a, **k: 0
a if b else c
a if b else c if d else e
{}
{1: 2, "a": "b", **other, 3: 4}
{1, 2, 3}
{*a, *b}
[]
[1, 2, *rest]
()
(1,)
(1, 2, *more)
1,
[x for x in y]
[x for x in y if x if not x for z in x]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
f(x for x in y)
[(a, b) for a in range(3) for b in range(a)]
await_ = 1
f(a)(b)(c)
f(*args, **kwargs)
f(a, *b, c=1, *d, **e, g=2)
f(a=1)
obj.attr.attr2
obj[1][2:3][::4][1:2:3]
obj[1, 2]
obj[1:2, ::3, ...]
obj[*idx]
obj[a, *b]
...
None, True, False
f(x)[0].y(z)
(a)(b)
(a).b
(a)[b]
x = *a, *b
print(*a, sep="")
a[:]
a[::]
a[b:]
a[:c]
f"{x!r}" + "s"
x = (yield)
def gen():
    x = yield
    y = yield 1
    z = yield from other()
    yield a, b
    await_ = (yield)
async def co():
    await x
    await (await y)
    return [i async for i in aiter() if await i]
    async with a as b: pass
    async for i in x: pass
