"""unittest.main(): load the tests of a module (default __main__), run them, exit."""

import sys
from . import loader, runner

__unittest = True

_NO_TESTS_EXITCODE = 5


class TestProgram:
    """Collects the tests named on the command line (or all of the module's) and runs
    them with a TextTestRunner."""

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1,
                 failfast=None, catchbreak=None, buffer=None, warnings=None, *,
                 tb_locals=False, durations=None):
        if module is None:
            self.module = None
        elif isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0] if argv else 'python'
        self.parseArgs(argv)
        self.runTests()

    def parseArgs(self, argv):
        names = []
        patterns = []
        args = list(argv[1:])
        while args:
            arg = args.pop(0)
            if arg == '-k' and args:
                patterns.append(args.pop(0))
            elif arg.startswith('-k') and len(arg) > 2:
                patterns.append(arg[2:])
            elif arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg in ('-b', '--buffer'):
                self.buffer = True
            elif arg == '--locals':
                self.tb_locals = True
            elif arg.startswith('-'):
                pass
            else:
                names.append(arg)
        if patterns:
            if self.testLoader is loader.defaultTestLoader:
                self.testLoader = loader.TestLoader()
            self.testLoader.testNamePatterns = patterns
        if names:
            self.testNames = [_module_name_of_path(n) for n in names]
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.module is None and self.testNames is None:
            raise SystemExit('unittest: give the tests to run (test discovery is not supported)')
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        testRunner = self.testRunner
        if testRunner is None:
            testRunner = runner.TextTestRunner
        if isinstance(testRunner, type):
            try:
                testRunner = testRunner(verbosity=self.verbosity,
                                        failfast=bool(self.failfast),
                                        buffer=bool(self.buffer),
                                        warnings=self.warnings,
                                        tb_locals=self.tb_locals)
            except TypeError:
                testRunner = testRunner()
        self.result = testRunner.run(self.test)
        if self.exit:
            if self.result.testsRun == 0 and not self.result.skipped:
                sys.exit(_NO_TESTS_EXITCODE)
            elif self.result.wasSuccessful():
                sys.exit(0)
            else:
                sys.exit(1)


def _module_name_of_path(name):
    """'path/to/test_x.py' names the module 'path.to.test_x'."""
    if name.endswith('.py') and ('/' in name or name.count('.') == 1):
        name = name[:-3]
        if name.startswith('./'):
            name = name[2:]
        return name.replace('/', '.')
    return name


main = TestProgram
