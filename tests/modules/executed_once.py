import sys
import _helper
import _helper
import _other
print(_other.via_helper())
print('_helper' in sys.modules, sys.modules['_helper'] is _helper)
print(_helper.bump(), _other._helper.bump())
import _helper as again
print(again._counter)
