# setUp/tearDown order, class and module fixtures, cleanups, skipping.
import io
import re
import unittest

log = []


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


def report(suite, **kw):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kw).run(suite)
    print(re.sub(r'in \d+\.\d+s', 'in Xs', stream.getvalue()))
    return result


class Order(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
        cls.shared = 'S'

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_2(self):
        log.append('test_2 ' + self.shared)

    def test_1(self):
        log.append('test_1')
        self.fail('nope')

    def test_10(self):
        log.append('test_10')


class BadClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('class setup broke')

    def test_never(self):
        log.append('never')


class BadSetUp(unittest.TestCase):
    def setUp(self):
        raise OSError('no resource')

    def tearDown(self):
        log.append('BadSetUp tearDown (not run)')

    def test_x(self):
        log.append('never x')


class BadTearDown(unittest.TestCase):
    def tearDown(self):
        raise ValueError('teardown broke')

    def test_y(self):
        log.append('test_y')


@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_a(self):
        log.append('skipped class ran')


class Conditional(unittest.TestCase):
    @unittest.skipIf(True, 'if true')
    def test_if(self):
        pass

    @unittest.skipIf(False, 'if false')
    def test_if_runs(self):
        pass

    @unittest.skipUnless(False, 'unless false')
    def test_unless(self):
        pass

    def test_raise_skip(self):
        raise unittest.SkipTest('raised')

    def setUp(self):
        if self._testMethodName == 'test_zz':
            self.skipTest('from setUp')

    def test_zz(self):
        pass


loader = unittest.TestLoader()
suite = unittest.TestSuite()
for cls in (Order, BadClass, BadSetUp, BadTearDown, Skipped, Conditional):
    suite.addTests(loader.loadTestsFromTestCase(cls))
report(suite)
for line in log:
    print(line)

log.clear()
report(loader.loadTestsFromTestCase(Conditional), verbosity=2)
print(log)
