def use():
    import _helper
    from _helper import greet
    return _helper.VALUE, greet('fn')
print(use())
try:
    _helper
except NameError as e:
    print(type(e).__name__, e)
import sys
print('_helper' in sys.modules)
