def f(a, b, *args, c=1, **kw):
    local1 = a + b
    return local1
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames[:5], co.co_nlocals)
print(co.co_firstlineno, co.co_filename.endswith('code_object_attrs.py'), co.co_qualname)
def g(x, /, y):
    pass
print(g.__code__.co_posonlyargcount, g.__code__.co_argcount)
class C:
    def m(self):
        pass
print(C.m.__code__.co_qualname, C.m.__code__.co_name)
