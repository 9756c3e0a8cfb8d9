# unittest.main() with no tests: 'NO TESTS RAN' and exit status 5.
import re
import sys
import unittest


class Normalized:
    def write(self, s):
        sys.__stderr__.write(re.sub(r'in \d+\.\d+s', 'in Xs', s))

    def flush(self):
        sys.__stderr__.flush()


sys.stderr = Normalized()


class NotATest:
    def test_ignored(self):
        pass


class Helpers(unittest.TestCase):
    def helper(self):
        pass


unittest.main()
