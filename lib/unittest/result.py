"""TestResult: collects the outcome of each test."""

import sys
import traceback

__unittest = True


def _is_unittest_frame(tb):
    return '__unittest' in tb.tb_frame.f_globals


class TestResult:
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    def _stop_if_failfast(self):
        if getattr(self, 'failfast', False):
            self.stop()

    def addError(self, test, err):
        self._stop_if_failfast()
        self.errors.append((test, self._exc_info_to_string(err, test)))

    def addFailure(self, test, err):
        self._stop_if_failfast()
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self._stop_if_failfast()
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0 and
                len(self.unexpectedSuccesses) == 0)

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        tb = self._clean_tracebacks(exctype, value, tb, test)
        tb_e = traceback.TracebackException(exctype, value, tb, compact=True)
        return ''.join(tb_e.format())

    def _clean_tracebacks(self, exctype, value, tb, test):
        """Drop the unittest machinery's frames: leading ones (the runner) and, for a
        test failure, the trailing ones (inside the assert methods)."""
        first_tb = None
        first = True
        pending = [(exctype, value, tb)]
        seen = {id(value)}
        while pending:
            exctype, value, tb = pending.pop()
            while tb is not None and _is_unittest_frame(tb):
                tb = tb.tb_next
            if exctype is test.failureException:
                prev, cur = None, tb
                while cur is not None and not _is_unittest_frame(cur):
                    prev, cur = cur, cur.tb_next
                if prev is not None:
                    prev.tb_next = None
            if first:
                first_tb = tb
                first = False
            else:
                value.__traceback__ = tb
            if value is not None:
                for chained in (value.__cause__, value.__context__):
                    if chained is not None and id(chained) not in seen:
                        pending.append((type(chained), chained, chained.__traceback__))
                        seen.add(id(chained))
        return first_tb

    def __repr__(self):
        return ("<%s.%s run=%i errors=%i failures=%i>" %
                (self.__class__.__module__, self.__class__.__qualname__, self.testsRun,
                 len(self.errors), len(self.failures)))
