# Running suites through TextTestRunner with a StringIO stream.
import io
import re
import unittest


def report(suite, **kw):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kw).run(suite)
    print(re.sub(r'in \d+\.\d+s', 'in Xs', stream.getvalue()))
    print('run=%d failures=%d errors=%d skipped=%d xfail=%d xpass=%d ok=%s' % (
        result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
        len(result.expectedFailures), len(result.unexpectedSuccesses),
        result.wasSuccessful()))
    return result


class Mixed(unittest.TestCase):
    def setUp(self):
        self.items = [1, 2, 3]

    def test_a_ok(self):
        """Checks the length."""
        self.assertEqual(len(self.items), 3)

    def test_b_fail(self):
        self.assertIn(9, self.items)

    def test_c_error(self):
        self.items['x']

    @unittest.skip('not today')
    def test_d_skip(self):
        pass

    def test_e_skiptest(self):
        self.skipTest('inside')

    @unittest.expectedFailure
    def test_f_xfail(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_g_xpass(self):
        pass

    def test_h_sub(self):
        for i in range(4):
            with self.subTest(i=i, kind='even'):
                self.assertEqual(i % 2, 0)

    def test_i_sub_msg(self):
        with self.subTest('message'):
            raise KeyError('k')

    def helper(self):
        pass


class Good(unittest.TestCase):
    def test_one(self):
        self.assertTrue(True)

    def test_two(self):
        self.assertIsNone(None)


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Mixed))
suite = loader.loadTestsFromTestCase(Mixed)
print(suite.countTestCases())
report(suite)
report(loader.loadTestsFromTestCase(Mixed), verbosity=2)
report(loader.loadTestsFromTestCase(Good))
report(loader.loadTestsFromTestCase(Good), verbosity=2)
report(unittest.TestSuite())
report(unittest.TestSuite([Good('test_two'), Good('test_one')]), verbosity=0)

t = Good('test_one')
print(str(t), repr(t), t.id(), t.shortDescription())
print(Mixed('test_a_ok').shortDescription())
try:
    Good('test_missing')
except ValueError as e:
    print('ValueError', e)

# run() with no result gives a fresh TestResult
r = Good('test_one').run()
print(type(r).__name__, r.testsRun, r.wasSuccessful())
r = unittest.TestResult()
Mixed('test_b_fail').run(r)
print(r.testsRun, len(r.failures), r.failures[0][0])
print(r.failures[0][1].splitlines()[-1])

# failfast stops after the first problem
report(loader.loadTestsFromTestCase(Mixed), failfast=True)

# FunctionTestCase
def plain():
    assert 1 + 1 == 3, 'math'
report(unittest.FunctionTestCase(plain))
