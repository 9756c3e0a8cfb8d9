try:
    import _no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _no_such_module_anywhere
except ImportError as e:
    print('ImportError also catches', type(e).__name__)
import sys
print('_no_such_module_anywhere' in sys.modules)
