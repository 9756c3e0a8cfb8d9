# types: SimpleNamespace, MappingProxyType, the type names, new_class.
import types
import sys
from types import SimpleNamespace

ns = SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, ns.c, vars(ns))
print(SimpleNamespace(), SimpleNamespace({'x': 1}, y=2), SimpleNamespace([('k', 'v')]))
print(ns == SimpleNamespace(a=1, b='two', c=[3]), ns == SimpleNamespace(a=1), ns != 1)
del ns.b
print(ns, hasattr(ns, 'b'))
ns.self = ns
print(ns)
class Config(SimpleNamespace):
    pass
cfg = Config(debug=True)
print(cfg, cfg == SimpleNamespace(debug=True))
try:
    hash(SimpleNamespace())
except TypeError:
    print('unhashable')
try:
    SimpleNamespace({1: 2})
except TypeError as e:
    print('TypeError', e)
import copy
print(copy.replace(SimpleNamespace(a=1, b=2), b=3), copy.deepcopy(SimpleNamespace(l=[1])))

m = types.MappingProxyType({'a': 1, 'b': 2})
print(m, m['a'], len(m), list(m), m.get('z', 0), 'a' in m, list(m.items()), m.copy())
print(repr(m), m == {'a': 1, 'b': 2}, m | {'c': 3})
try:
    m['a'] = 5
except TypeError as e:
    print('TypeError', e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print('TypeError', e)
underlying = {'x': 1}
view = types.MappingProxyType(underlying)
underlying['y'] = 2
print(dict(view))

def function():
    pass
def generator():
    yield
async def coroutine():
    pass
class C:
    def method(self):
        pass
co = coroutine()
checks = [
    (function, types.FunctionType), (lambda: 0, types.LambdaType),
    (function.__code__, types.CodeType), (generator(), types.GeneratorType),
    (co, types.CoroutineType), (C().method, types.MethodType),
    (len, types.BuiltinFunctionType), ([].append, types.BuiltinMethodType),
    (sys, types.ModuleType), (None, types.NoneType), (..., types.EllipsisType),
    (NotImplemented, types.NotImplementedType), (list[int], types.GenericAlias),
    (object.__init__, types.WrapperDescriptorType), (str.join, types.MethodDescriptorType),
    (sys._getframe(), types.FrameType),
]
co.close()
for obj, typ in checks:
    print(typ.__name__, isinstance(obj, typ))
print(isinstance(function, types.BuiltinFunctionType), isinstance(len, types.FunctionType))
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType))

mod = types.ModuleType('made_up', 'A module made at run time.')
mod.answer = 42
print(mod.__name__, mod.__doc__, mod.answer)

def body(ns):
    ns['greet'] = lambda self: f'hi from {type(self).__name__}'
Dyn = types.new_class('Dyn', (C,), {}, body)
print(Dyn.__name__, Dyn.__bases__, Dyn().greet())
meta, nsp, kwds = types.prepare_class('X', (), {'metaclass': type, 'flag': 1})
print(meta, nsp, kwds)
print(types.resolve_bases((int, str)))
print(types.get_original_bases(Dyn))
print(mod, types.ModuleType('other'), sys)
mod.__file__ = '/somewhere/made_up.py'
print(mod)
