import sys
def here():
    return sys._getframe(1).f_lineno
print(here())
x = [here(),
     here()]
print(x)
def f():
    a = here()
    b = here()
    return a, b
print(f())
def multi():
    fr = sys._getframe()
    first = fr.f_lineno
    second = fr.f_lineno
    return first, second
print(multi())
print(f.__code__.co_firstlineno, multi.__code__.co_firstlineno, f.__code__.co_filename.endswith('f_lineno_tracking.py'))
