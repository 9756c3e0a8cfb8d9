"""Source lines by file name and line number (read through the interpreter's cache)."""

import _traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]


def getline(filename, lineno, module_globals=None):
    """Line lineno of filename with its newline, or '' when it is not available."""
    line = _traceback.getline(filename, lineno) if isinstance(filename, str) else None
    return '' if line is None else line + '\n'


def getlines(filename, module_globals=None):
    """All the lines of filename, each with its newline ([] when unreadable)."""
    lines = []
    while True:
        line = getline(filename, len(lines) + 1)
        if not line:
            return lines
        lines.append(line)


def clearcache():
    pass


def checkcache(filename=None):
    pass


def lazycache(filename, module_globals):
    return False
