# Subtests, expected failures, assertWarns, enterContext, class skips and fixture errors (verbosity 2).
import io, re, sys, unittest, warnings

class A(unittest.TestCase):
    def test_sub(self):
        """Doc line.

        more"""
        for i in range(3):
            with self.subTest(i=i):
                with self.subTest('inner', j=i):
                    self.assertNotEqual(i, 1)
    @unittest.expectedFailure
    def test_xpass(self): pass
    @unittest.expectedFailure
    def test_xfail(self): 1/0
    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            warnings.warn('old', DeprecationWarning)
        print(type(cm.warning).__name__, cm.warning, cm.lineno == 0)
        with self.assertWarnsRegex(UserWarning, 'o+'):
            warnings.warn('foo')
        try:
            with self.assertWarns(UserWarning):
                pass
        except AssertionError as e:
            print(e)
    def test_enter(self):
        import contextlib
        @contextlib.contextmanager
        def cm():
            print('enter'); yield 5; print('exit')
        print(self.enterContext(cm()))
    def test_chained(self):
        try:
            1/0
        except ZeroDivisionError:
            raise ValueError('during')

@unittest.skip('cls')
class B(unittest.TestCase):
    def test_a(self): pass

class C(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('no C')
    def test_a(self): pass

class D(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError('td')
    def test_a(self): pass

s = io.StringIO()
r = unittest.TextTestRunner(stream=s, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__]))
print(re.sub(r'in \d+\.\d+s', 'in Xs', s.getvalue()))
print(r)
