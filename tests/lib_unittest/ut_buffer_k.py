# buffer=True (output shown only for failing tests) and -k name patterns.
import io
import re
import sys
import unittest


class Noisy(unittest.TestCase):
    def test_quiet_pass(self):
        print('hidden stdout')
        print('hidden stderr', file=sys.stderr)

    def test_loud_fail(self):
        print('shown stdout')
        print('shown stderr', file=sys.stderr)
        self.fail('failed')

    def test_no_newline(self):
        sys.stdout.write('partial')
        raise RuntimeError('err')


class Other(unittest.TestCase):
    def test_alpha(self):
        pass

    def test_beta(self):
        pass


def run(argv, **kw):
    stream = io.StringIO()
    prog = unittest.main(argv=argv, exit=False,
                         testRunner=unittest.TextTestRunner(stream=stream, **kw))
    print(re.sub(r'in \d+\.\d+s', 'in Xs', stream.getvalue()))
    print('run', prog.result.testsRun)


run(['prog', 'Noisy'], buffer=True)
print('stdout restored:', sys.stdout is sys.__stdout__)
run(['prog', '-k', 'alpha'], verbosity=2)
run(['prog', '-k', '*Other.test_b*'], verbosity=2)
run(['prog', '-k', 'quiet', '-k', 'beta'], verbosity=2)
