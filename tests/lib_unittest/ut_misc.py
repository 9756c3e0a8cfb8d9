# Mixins, chained exceptions, plain assert, custom __eq__, complex assertAlmostEqual, load_tests.
import io, re, sys, unittest

class Mixin:
    value = None
    def test_value_positive(self):
        self.check(self.value)
    def check(self, v):
        self.assertGreater(v, 0, msg='value %r' % v)

class Pos(Mixin, unittest.TestCase):
    value = 3

class Neg(Mixin, unittest.TestCase):
    value = -1

class Chain(unittest.TestCase):
    def test_cause(self):
        try:
            {}['x']
        except KeyError as e:
            raise RuntimeError('wrapped') from e
    def test_context_fail(self):
        try:
            1/0
        except ZeroDivisionError:
            self.assertEqual('a', 'a b')
    def test_assert_stmt(self):
        assert 1 == 2, 'plain assert'
    def test_custom_eq(self):
        class P:
            def __init__(s, x): s.x = x
            def __eq__(s, o): return isinstance(o, P) and o.x == s.x
            def __repr__(s): return 'P(%d)' % s.x
        self.assertEqual(P(1), P(1))
        self.assertEqual([P(1)], [P(2)])
    def test_complex(self):
        self.assertAlmostEqual(1+1j, 1+1.0000000001j)
        self.assertAlmostEqual(1+1j, 1+2j)

def load_tests(loader, tests, pattern):
    print('load_tests called', tests.countTestCases())
    return tests

s = io.StringIO()
prog = unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=s), argv=['x'])
print(re.sub(r'in \d+\.\d+s', 'in Xs', s.getvalue()))
print(unittest.TestSuite([Pos('test_value_positive')]))
print(Pos('test_value_positive').countTestCases(), Pos('test_value_positive') == Pos('test_value_positive'))
class Empty(unittest.TestCase): pass
print(unittest.TestLoader().loadTestsFromTestCase(Empty).countTestCases())
