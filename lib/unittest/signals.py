"""Ctrl-C handling (-c/--catch).  minnow has no signal module, so installHandler only
records that it was asked for; registered results are kept so removeResult works."""

__unittest = True

_results = []
_installed = False


def registerResult(result):
    _results.append(result)


def removeResult(result):
    for i, r in enumerate(_results):
        if r is result:
            del _results[i]
            return True
    return False


def installHandler():
    global _installed
    _installed = True


def removeHandler(method=None):
    global _installed
    if method is not None:
        return method
    _installed = False
