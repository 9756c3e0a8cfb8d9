import _helper
print(sorted(n for n in dir(_helper) if not n.startswith('__')))
print(_helper.__name__, _helper.__file__.endswith('_helper.py'))
_helper.added = 'set from outside'
import _helper as again
print(again.added)
print(hasattr(_helper, 'VALUE'), getattr(_helper, 'nope', 'absent'))
try:
    _helper.nope
except AttributeError as e:
    print(type(e).__name__, e)
import sys
print(type(_helper).__name__, isinstance(_helper, type(sys)))
