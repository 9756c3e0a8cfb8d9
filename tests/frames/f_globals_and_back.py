import sys
G = 'module global'
def f():
    fr = sys._getframe()
    print(fr.f_globals is globals(), fr.f_globals['G'])
    print(fr.f_back.f_globals is fr.f_globals)
    print(fr.f_back.f_code.co_name, fr.f_back.f_lineno)
f()
def chain(n):
    if n == 0:
        fr = sys._getframe()
        out = []
        for _ in range(4):
            out.append((fr.f_code.co_name, fr.f_locals.get('n')))
            fr = fr.f_back
        return out
    return chain(n - 1)
print(chain(3))
module_frame = sys._getframe()
print(module_frame.f_code.co_name, module_frame.f_locals is globals(), module_frame.f_back)
