"""Every statement kind."""
from __future__ import annotations
import os
import os.path as osp, sys
from . import sibling
from .. import parent as p2
from ...pkg.mod import (a, b as bb,
                        c,)
from mod import *

x = 1
x = y = z = 2
x, y = y, x
[a, *b] = c
(a, b), c = d
a.b.c = 1
a[1] = a[1:2] = a[::2] = 3
x += 1; x -= 1; x *= 2; x @= m; x /= 2; x //= 2; x %= 3; x **= 2
x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1
v: int
v: int = 5
(w): str = "s"
obj.attr: list[int] = []
obj[0]: float
del x
del a, b[0], c.d
del (e, f), [g]
assert x
assert x, "message"
pass
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2
while x:
    x -= 1
    if x == 5:
        break
    continue
else:
    done = True
for i in range(10):
    pass
else:
    pass
for i, (j, k) in items:
    pass
for *rest, last in seqs: pass
with open("f") as f:
    pass
with a as b, c as (d, e), f:
    pass
with (open("a") as a, open("b") as b,):
    pass
with (yield_value):
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except Exception as e:
    raise RuntimeError("x") from e
except:
    raise
else:
    pass
finally:
    pass
try:
    pass
finally:
    cleanup()
try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, OSError):
    pass
if x:
    raise
if y:
    raise X
if z:
    raise X from None
global gx, gy
type Alias = int
type Generic[T] = list[T]
type Bounded[T: int, *Ts, **P] = dict[T, P]
type Default[T = int] = T
def f():
    global counter
    counter += 1
    def g():
        nonlocal_var = 1
        def h():
            nonlocal nonlocal_var
            nonlocal_var = 2
        return h
    return g
class C: pass
x = 1; y = 2; z = 3;
if x: y = 1; z = 2
while 0: pass
for x in y: break
