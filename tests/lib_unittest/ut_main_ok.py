# unittest.main() with only passing tests: status 0, verbose report.
import re
import sys
import unittest


class Normalized:
    def write(self, s):
        sys.__stderr__.write(re.sub(r'in \d+\.\d+s', 'in Xs', s))

    def flush(self):
        sys.__stderr__.flush()


sys.stderr = Normalized()


class Basics(unittest.TestCase):
    def setUp(self):
        self.data = {'a': 1}

    def test_dict(self):
        self.assertDictEqual(self.data, {'a': 1})
        self.assertIn('a', self.data)

    def test_list(self):
        self.assertListEqual([1, 2], [1, 2])
        self.assertTupleEqual((1,), (1,))
        self.assertSetEqual({1}, {1})
        self.assertCountEqual([3, 1, 2], [1, 2, 3])

    def test_raises(self):
        with self.assertRaises(KeyError):
            self.data['b']


if __name__ == '__main__':
    unittest.main(verbosity=2)
