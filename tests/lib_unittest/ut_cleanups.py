# Class and module cleanups, errors in cleanups, a bare @skip.
import io, re, unittest
log = []
def setUpModule():
    unittest.addModuleCleanup(log.append, 'module cleanup')
class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, 'class cleanup 1')
        cls.addClassCleanup(cls.bad)
        cls.addClassCleanup(log.append, 'class cleanup 2')
    @staticmethod
    def bad():
        raise ValueError('cleanup failed')
    def test_x(self):
        log.append('test_x')
    @unittest.skip
    def test_bare_skip(self):
        pass
class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, 'B cleanup after failed setUpClass')
        raise OSError('B setup')
    def test_y(self): pass
s = io.StringIO()
unittest.main(argv=['x'], exit=False, testRunner=unittest.TextTestRunner(stream=s, verbosity=2))
print(re.sub(r'in \d+\.\d+s', 'in Xs', s.getvalue()))
print(log)
