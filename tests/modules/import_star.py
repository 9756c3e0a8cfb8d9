from _helper import *
print(VALUE, greet('star'), Thing())
try:
    _counter
except NameError as e:
    print(type(e).__name__, e)
