"""Extract, format and print stack traces and exceptions.

The text is the interpreter's own uncaught-exception report: the source lines with their
~~~^^^ carets and the "Type: message" lines come from the _traceback helper module (the
C code that prints uncaught exceptions), so traceback.print_exc() and an uncaught
exception print the same thing."""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb',
           'print_list']

_RECURSIVE_CUTOFF = 3
_cause_message = "\nThe above exception was the direct cause of the following exception:\n\n"
_context_message = "\nDuring handling of the above exception, another exception occurred:\n\n"
_sentinel = object()


def _default_limit(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
    return limit


def _apply_limit(items, limit):
    """The first `limit` items, or the last -limit when limit is negative."""
    if limit is None:
        return list(items)
    items = list(items)
    if limit >= 0:
        return items[:limit]
    return items[len(items) + limit:] if -limit < len(items) else items


# ---- frames and stacks ----

class FrameSummary:
    """One entry of a stack: filename, lineno, name, line (and positions, locals)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name',
                 '_line', 'locals', '_code', '_lasti')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self._code = None
        self._lasti = None
        if lookup_line:
            self.line
        self.locals = {k: _safe_repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _traceback.getline(self.filename, self.lineno)
            if self._line is None:
                self._line = ''
        return self._line.strip()


def _safe_repr(value):
    try:
        return repr(value)
    except Exception:
        return '<unprintable %s object>' % type(value).__name__


def _positions(code, lasti):
    """(lineno, end_lineno, colno, end_colno) of the instruction at byte offset lasti."""
    if lasti is None or lasti < 0:
        return None, None, None, None
    try:
        for i, pos in enumerate(code.co_positions()):
            if i == lasti // 2:
                return pos
    except Exception:
        pass
    return None, None, None, None


def _summary(code, lasti, lineno, lookup_line, f_locals):
    _, end_lineno, colno, end_colno = _positions(code, lasti)
    fs = FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False,
                      locals=f_locals, end_lineno=end_lineno, colno=colno, end_colno=end_colno)
    if lasti is not None:
        # a traceback entry: formatted with the instruction's source span and carets
        fs._code = code
        fs._lasti = lasti
    if lookup_line:
        fs.line
    return fs


def walk_stack(f):
    """Yield (frame, lineno) from f outwards; f None means the caller's frame (the one
    that calls StackSummary.extract(walk_stack(None)))."""
    if f is None:
        f = sys._getframe().f_back

    def gen(frame):
        while frame is not None:
            yield frame, frame.f_lineno
            frame = frame.f_back
    return gen(f)


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_entries(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, tb.tb_lasti
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Summarize (frame, lineno) pairs such as walk_stack() or walk_tb() yield."""
        # frames of a live stack are shown by line, without carets
        entries = ((f, lineno, None) for f, lineno in frame_gen)
        return klass._extract(entries, limit, lookup_lines, capture_locals)

    @classmethod
    def _extract(klass, entries, limit, lookup_lines, capture_locals):
        result = klass()
        for f, lineno, lasti in _apply_limit(entries, _default_limit(limit)):
            f_locals = f.f_locals if capture_locals else None
            result.append(_summary(f.f_code, lasti, lineno, lookup_lines, f_locals))
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text for one entry: the File line, then the source with carets."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        source = ''
        if frame_summary._code is not None and frame_summary.lineno is not None:
            source = _traceback.format_source(frame_summary._code, frame_summary._lasti,
                                              frame_summary.lineno)
        elif frame_summary.line:
            source = '    {}\n'.format(frame_summary.line)
        row.append(source)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """A list of strings, one per entry, with long runs of a repeated entry condensed."""
        result = []
        last = None
        count = 0
        for fs in self:
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            if last is None or key != last or None in key:
                if count > _RECURSIVE_CUTOFF:
                    n = count - _RECURSIVE_CUTOFF
                    result.append(f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n')
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(text)
        if count > _RECURSIVE_CUTOFF:
            n = count - _RECURSIVE_CUTOFF
            result.append(f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n')
        return result


def extract_tb(tb, limit=None):
    """A StackSummary of the traceback's entries, outermost first."""
    return StackSummary._extract(_walk_tb_entries(tb), limit, True, False)


def extract_stack(f=None, limit=None):
    """A StackSummary of the current stack (or from frame f), outermost first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


# ---- exceptions ----

def _safe_string(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return f'<{what} {func.__name__}() failed>'


def _exception_only_lines(exc):
    """format_exception_only's list: the message (after the SyntaxError source lines),
    then the lines of each note."""
    text = _traceback.format_exception_only(exc)
    notes = getattr(exc, '__notes__', None)
    if isinstance(notes, list):
        # the interpreter's report ends with the notes of a list: keep only the message
        rendered = ''.join(_safe_string(n, 'note') + '\n' for n in notes)
        if rendered and text.endswith(rendered):
            text = text[:len(text) - len(rendered)]
    lines = text.splitlines(True) if isinstance(exc, SyntaxError) else [text]
    if isinstance(notes, (list, tuple)) or (
            notes is not None and not isinstance(notes, (str, bytes, dict))
            and hasattr(type(notes), '__getitem__') and hasattr(type(notes), '__len__')):
        for note in notes:
            lines.extend(line + '\n' for line in _safe_string(note, 'note').split('\n'))
    elif notes is not None:
        lines.append(_safe_string(notes, '__notes__', func=repr) + '\n')
    return lines


class TracebackException:
    """An exception captured for later formatting: type, message, stack, and chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc_value = exc_value
        self.stack = StackSummary._extract(_walk_tb_entries(exc_traceback), limit,
                                           lookup_lines, capture_locals)
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.exceptions = None
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = self.__context__ = None
        if exc_value is not None:
            for attr in ('__cause__', '__context__'):
                chained = getattr(exc_value, attr)
                if chained is not None and id(chained) not in _seen:
                    setattr(self, attr, TracebackException(
                        type(chained), chained, chained.__traceback__, limit=limit,
                        lookup_lines=lookup_lines, capture_locals=capture_locals,
                        _seen=_seen))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        t = self.exc_type
        if t is None:
            return None
        mod = t.__module__
        if mod not in ("__main__", "builtins"):
            return f"{mod}.{t.__qualname__}"
        return t.__qualname__

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__ if hasattr(self, '__dict__') else self is other
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0):
        """The lines of the exception's message (with SyntaxError details and notes)."""
        if self._exc_value is None:
            yield "NoneType: None\n"
            return
        yield from _exception_only_lines(self._exc_value)

    def format(self, *, chain=True, _ctx=None):
        """The lines of the whole report, chained exceptions first."""
        output = []
        exc = self
        while exc is not None:
            if not chain:
                output.append((None, exc))
                break
            if exc.__cause__ is not None:
                msg, nxt = _cause_message, exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                msg, nxt = _context_message, exc.__context__
            else:
                msg, nxt = None, None
            output.append((msg, exc))
            exc = nxt
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    if value is None:
        return None, None
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines an uncaught exc would print (each ends with a newline)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel, *, show_group=False):
    """The last lines of the report: the exception's type and message."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only(show_group=show_group))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print the report for exc to file (default sys.stderr)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The report for the exception being handled, as one string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the report for the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit=limit, file=file, chain=chain)
