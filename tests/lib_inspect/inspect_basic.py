import inspect
from typing import Optional, List, Dict
def f(a, b=1, *args, c, d=2, **kw): pass
def g(x: int, /, y: 'str' = 'a', *, z: Optional[List[int]] = None) -> Dict[str, int]: pass
print(inspect.signature(f), inspect.signature(g), repr(inspect.signature(f)))
class C:
    def __init__(self, p, q=3): pass
    def m(self, r): pass
    @classmethod
    def cm(cls, s): pass
    @staticmethod
    def sm(t): pass
    def __call__(self, u, *v): pass
print(inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C.m), inspect.signature(C.cm), inspect.signature(C.sm), inspect.signature(C(1)))
sig = inspect.signature(f)
for p in sig.parameters.values(): print(p.name, p.kind, p.default, p.annotation is p.empty, repr(p))
ba = sig.bind(1, 2, 3, c=4, e=5)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults(); print(ba)
for call in [lambda: sig.bind(), lambda: sig.bind(1), lambda: sig.bind(1, 2, c=1, b=3), lambda: inspect.signature(g).bind(x=1)]:
    try: call()
    except TypeError as e: print("TypeError", e)
print(inspect.signature(lambda: None), inspect.signature(lambda *a, **k: None))
class N: pass
print(inspect.signature(N))
print(inspect.isfunction(f), inspect.isfunction(len), inspect.ismethod(C(1).m), inspect.isclass(C), inspect.isbuiltin(len))
def gen(): yield 1
async def co(): pass
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(co), inspect.iscoroutinefunction(f))
fr = inspect.currentframe()
print(fr.f_code.co_name, inspect.getframeinfo(fr).function, inspect.getframeinfo(fr).lineno, inspect.getframeinfo(fr).code_context)
def outer(): return inner()
def inner(): return [(fi.function, fi.lineno, fi.code_context) for fi in inspect.stack()]
print(outer())
print([n for n, v in inspect.getmembers(C) if not n.startswith('__')], inspect.getmembers(C(1), inspect.ismethod)[0][0])
print(inspect.getdoc(C), inspect.cleandoc("""
    Hello
      world
    """))
print(inspect.getfullargspec(f))
print(inspect.getcallargs(f, 1, c=2))
print(inspect.getsource(outer), end='')
print(inspect.getsource(C), end='')
print(inspect.getmodule(f).__name__, inspect.getfile(f).endswith('i1.py'))
g2 = gen()
print(inspect.getgeneratorstate(g2)); next(g2); print(inspect.getgeneratorstate(g2)); g2.close(); print(inspect.getgeneratorstate(g2))
print(inspect.Parameter.KEYWORD_ONLY, repr(inspect.Parameter.VAR_POSITIONAL), inspect.Parameter.KEYWORD_ONLY.description)
P = inspect.Parameter
s2 = inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.KEYWORD_ONLY, default=3, annotation=int)], return_annotation=str)
print(s2, s2.replace(return_annotation=inspect.Signature.empty))
from dataclasses import dataclass, field
@dataclass
class D:
    x: int
    y: List[int] = field(default_factory=list)
    z: str = 'q'
print(inspect.signature(D), inspect.signature(D.__init__))
try:
    inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print("ValueError", e)
try:
    P('def', P.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError", e)


def deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    wrapper.__wrapped__ = fn
    return wrapper


@deco
def wrapped(alpha, beta=2):
    return alpha


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False), inspect.unwrap(wrapped) is wrapped.__wrapped__)
print(inspect.ismodule(inspect), inspect.isroutine(len), inspect.isroutine(f), inspect.isabstract(C), inspect.getmro(bool))


def kwonly(*, a, b=1):
    pass


print(inspect.signature(kwonly), inspect.signature(kwonly).bind(a=1).arguments)
print(str(inspect.signature(lambda a, /, b, *, c: 0)))
print(inspect.formatannotation(List[int]), inspect.formatannotation(int), inspect.formatannotation(C), inspect.formatannotation(list[int]))
print(inspect.get_annotations(g))
for call in [lambda: inspect.getcallargs(f), lambda: inspect.getcallargs(f, 1), lambda: inspect.getcallargs(g, 1, 2, 3),
             lambda: inspect.getcallargs(kwonly), lambda: inspect.getcallargs(wrapped, 1, 2, 3), lambda: inspect.getcallargs(g, 1, q=2)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
print(sorted(inspect.getcallargs(C(1).m, 5)), inspect.getcallargs(wrapped, 1))
try:
    P('class', P.KEYWORD_ONLY)
except ValueError as e:
    print("ValueError", e)
