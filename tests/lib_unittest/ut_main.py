# unittest.main(): discovery in __main__, report on stderr, exit status.
import io
import re
import sys
import unittest


class TestB(unittest.TestCase):
    def test_z(self):
        self.assertEqual([1, 2], [1, 2])

    def test_a(self):
        self.assertNotEqual(1, 2)


class TestA(unittest.TestCase):
    def test_fails(self):
        self.assertEqual(1, 2)

    def test_errors(self):
        {}['missing']


def run_main(**kw):
    saved = sys.stderr
    sys.stderr = buf = io.StringIO()
    status = None
    try:
        prog = unittest.main(**kw)
    except SystemExit as e:
        status = e.code
        prog = None
    finally:
        sys.stderr = saved
    print(re.sub(r'in \d+\.\d+s', 'in Xs', buf.getvalue()))
    print('exit status:', status)
    return prog


run_main(argv=['prog'])
prog = run_main(argv=['prog'], exit=False)
print(prog.result.testsRun, len(prog.result.failures), len(prog.result.errors))
run_main(argv=['prog', 'TestB'])
run_main(argv=['prog', '-v', 'TestB.test_z', 'TestA.test_fails'])
run_main(argv=['prog'], defaultTest='TestB', verbosity=2)

# the real thing: report on stderr, exit status 1
class Last(unittest.TestCase):
    def test_it(self):
        self.assertTrue(True)

del TestA
class Normalized:
    def write(self, s):
        sys.stdout.write(re.sub(r'in \d+\.\d+s', 'in Xs', s))

    def flush(self):
        sys.stdout.flush()

unittest.main(argv=['prog'], verbosity=2, exit=False,
              testRunner=unittest.TextTestRunner(stream=Normalized()))
