import sys
def f():
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name
print(f())
def outer():
    return inner()
def inner():
    fr = sys._getframe()
    names = []
    while fr is not None:
        names.append(fr.f_code.co_name)
        fr = fr.f_back
    return names
print(outer())
def caller_name():
    return sys._getframe(1).f_code.co_name
def some_function():
    return caller_name()
print(some_function())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
print(type(sys._getframe()).__name__)
