import sys
try:
    import _raises
except ValueError as e:
    print('caught', type(e).__name__, e)
print('_raises' in sys.modules)
try:
    import _raises
except ValueError as e:
    print('caught again', e)
