"""python -m unittest name...: run the tests of the named modules, classes, methods."""

__unittest = True

import sys
from .main import main

if sys.argv and sys.argv[0].endswith('__main__.py'):
    sys.argv[0] = 'python -m unittest'
main(module=None)
