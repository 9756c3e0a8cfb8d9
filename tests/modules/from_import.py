from _helper import greet, VALUE as V, Thing
print(greet('x'), V, Thing())
from _helper import bump
print(bump(), bump())
import _helper
print(_helper._counter)
try:
    from _helper import does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
