# unittest.main() writing its report to sys.stderr and exiting with status 1.
import re
import sys
import unittest


class Normalized:
    """sys.stderr with the run time replaced, so the report is deterministic."""

    def write(self, s):
        sys.__stderr__.write(re.sub(r'in \d+\.\d+s', 'in Xs', s))

    def flush(self):
        sys.__stderr__.flush()


sys.stderr = Normalized()


class Numbers(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_compare(self):
        self.assertGreater(2, 1)

    def test_wrong(self):
        """Deliberately wrong."""
        self.assertEqual(sum([1, 2]), 4, 'sum is off')

    def test_divide(self):
        def helper(x):
            return 1 / x
        self.assertEqual(helper(0), 0)


class Strings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('abc'.upper(), 'ABC')

    @unittest.skipUnless(sys.platform == 'nonexistent', 'wrong platform')
    def test_platform(self):
        pass


if __name__ == '__main__':
    print('before main')
    unittest.main()
    print('not reached')
