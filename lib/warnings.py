"""Issue warnings and filter them: warn, filterwarnings, simplefilter, catch_warnings."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings", "deprecated"]


# ---- a small regular-expression matcher for the filters' message and module patterns:
# literals, ., [classes], \d \w \s \A \Z, ^ $, * + ? {m,n} (greedy or lazy), | and groups.

_IGNORECASE = 2


class _Pattern:
    """A compiled filter pattern; match() anchors at the start, like re.match."""

    def __init__(self, pattern, flags=0):
        self.pattern = pattern
        self.flags = flags
        self._fold = bool(flags & _IGNORECASE)
        self._pos = 0
        self._tree = self._alternation()
        if self._pos != len(pattern):
            raise ValueError(f"unbalanced parenthesis in pattern {pattern!r}")

    def __repr__(self):
        if self._fold:
            return f"re.compile({self.pattern!r}, re.IGNORECASE)"
        return f"re.compile({self.pattern!r})"

    def __eq__(self, other):
        return isinstance(other, _Pattern) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    # -- parsing --

    def _peek(self):
        return self.pattern[self._pos:self._pos + 1]

    def _next(self):
        c = self._peek()
        self._pos += 1
        return c

    def _alternation(self):
        seqs = [self._sequence()]
        while self._peek() == '|':
            self._pos += 1
            seqs.append(self._sequence())
        return ('alt', seqs)

    def _sequence(self):
        items = []
        while self._peek() and self._peek() not in '|)':
            atom = self._atom()
            c = self._peek()
            lo = hi = None
            if c == '*':
                lo, hi = 0, None
            elif c == '+':
                lo, hi = 1, None
            elif c == '?':
                lo, hi = 0, 1
            elif c == '{' and self._brace_ahead():
                lo, hi = self._braces()
            if lo is not None:
                if c != '{':
                    self._pos += 1
                greedy = True
                if self._peek() == '?':
                    self._pos += 1
                    greedy = False
                atom = ('rep', atom, lo, hi, greedy)
            items.append(atom)
        return items

    def _brace_ahead(self):
        end = self.pattern.find('}', self._pos)
        body = self.pattern[self._pos + 1:end] if end > 0 else ''
        return bool(body) and all(c.isdigit() or c == ',' for c in body) and body.count(',') <= 1

    def _braces(self):
        end = self.pattern.find('}', self._pos)
        body = self.pattern[self._pos + 1:end]
        self._pos = end + 1
        if ',' in body:
            a, b = body.split(',')
            return int(a or 0), (int(b) if b else None)
        return int(body), int(body)

    def _atom(self):
        c = self._next()
        if c == '(':
            if self.pattern.startswith('?:', self._pos):
                self._pos += 2
            node = self._alternation()
            if self._next() != ')':
                raise ValueError(f"missing ), unterminated subpattern in {self.pattern!r}")
            return node
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '[':
            return self._char_class()
        if c == '\\':
            return self._escape(self._next())
        return ('lit', self._fold_char(c))

    def _fold_char(self, c):
        return c.lower() if self._fold else c

    def _escape(self, c):
        classes = {'d': ('digit', False), 'D': ('digit', True), 'w': ('word', False),
                   'W': ('word', True), 's': ('space', False), 'S': ('space', True)}
        if c in classes:
            name, negate = classes[c]
            return ('set', negate, [name])
        if c == 'A':
            return ('bol',)
        if c == 'Z':
            return ('eos',)
        specials = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v'}
        return ('lit', self._fold_char(specials.get(c, c)))

    def _char_class(self):
        negate = self._peek() == '^'
        if negate:
            self._pos += 1
        items = []
        first = True
        while True:
            c = self._next()
            if not c:
                raise ValueError(f"unterminated character set in {self.pattern!r}")
            if c == ']' and not first:
                break
            first = False
            if c == '\\':
                e = self._escape(self._next())
                if e[0] == 'set':
                    items.extend(e[2] if not e[1] else [('not', e[2][0])])
                    continue
                c = e[1]
            if self._peek() == '-' and self.pattern[self._pos + 1:self._pos + 2] not in ('', ']'):
                self._pos += 1
                hi = self._next()
                if hi == '\\':
                    hi = self._escape(self._next())[1]
                items.append((c, hi))
            else:
                items.append((c, c))
        return ('set', negate, items)

    # -- matching --

    def match(self, text):
        """True when the pattern matches at the start of text."""
        return self._match(self._tree, text, 0, lambda pos: True)

    def _in_set(self, items, c):
        cands = (c, c.lower(), c.upper()) if self._fold else (c,)
        for item in items:
            if item == 'digit':
                ok = c.isdecimal()
            elif item == 'word':
                ok = c.isalnum() or c == '_'
            elif item == 'space':
                ok = c.isspace()
            elif item[0] == 'not':
                ok = not self._in_set([item[1]], c)
            else:
                ok = any(item[0] <= x <= item[1] for x in cands)
            if ok:
                return True
        return False

    def _match(self, node, text, pos, cont):
        kind = node[0]
        n = len(text)
        if kind == 'lit':
            return pos < n and self._fold_char(text[pos]) == node[1] and cont(pos + 1)
        if kind == 'any':
            return pos < n and text[pos] != '\n' and cont(pos + 1)
        if kind == 'set':
            return pos < n and self._in_set(node[2], text[pos]) != node[1] and cont(pos + 1)
        if kind == 'bol':
            return pos == 0 and cont(pos)
        if kind == 'eol':
            return (pos == n or (pos == n - 1 and text[pos] == '\n')) and cont(pos)
        if kind == 'eos':
            return pos == n and cont(pos)
        if kind == 'alt':
            return any(self._match_seq(seq, 0, text, pos, cont) for seq in node[1])
        return self._match_rep(node, text, pos, cont, 0)

    def _match_seq(self, seq, i, text, pos, cont):
        if i == len(seq):
            return cont(pos)
        return self._match(seq[i], text, pos,
                           lambda p: self._match_seq(seq, i + 1, text, p, cont))

    def _match_rep(self, node, text, pos, cont, count):
        _, sub, lo, hi, greedy = node
        if count < lo:
            return self._match(sub, text, pos,
                               lambda p: self._match_rep(node, text, p, cont, count + 1))

        def more():
            if hi is not None and count >= hi:
                return False
            # a repetition must consume something, or it would loop forever
            return self._match(sub, text, pos, lambda p: p != pos and
                               self._match_rep(node, text, p, cont, count + 1))
        if greedy:
            return more() or cont(pos)
        return cont(pos) or more()


# ---- filters ----

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 1

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _check_action(action, lineno):
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(lineno, int):
        raise TypeError("lineno must be an int")
    if lineno < 0:
        raise ValueError("lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter: action for warnings whose message (a regex, case-insensitive) and
    module (a regex) match, of the given category and line (0 = any)."""
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise TypeError("module must be a string")
    _check_action(action, lineno)
    msg = _Pattern(message, _IGNORECASE) if message else None
    mod = _Pattern(module) if module else None
    _add_filter(action, msg, category, mod, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching every message and module."""
    _check_action(action, lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter (the default action then applies)."""
    filters[:] = []
    _filters_mutated()


# ---- showing ----

class WarningMessage:
    """The details of one warning, as catch_warnings(record=True) records them."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _getline(filename, lineno):
    try:
        import _traceback
        return _traceback.getline(filename, lineno)
    except Exception:
        return None


def formatwarning(message, category, filename, lineno, line=None):
    """The text of a warning: 'file:line: Category: message' and the source line."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _formatwarnmsg_impl(msg):
    s = f"{msg.filename}:{msg.lineno}: {msg.category.__name__}: {msg.message}\n"
    line = msg.line
    if line is None:
        line = _getline(msg.filename, msg.lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(_formatwarnmsg(msg))
    except OSError:
        pass


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (default sys.stderr); replaceable."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


# ---- warn ----

def _filter_matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issue a warning, attributed to the caller `stacklevel` frames up."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError('skip_file_prefixes must be a tuple of strs.')
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    frame = sys._getframe(1)
    for _ in range(stacklevel - 1):
        frame = frame.f_back
        while (frame is not None and skip_file_prefixes and
               frame.f_code.co_filename.startswith(skip_file_prefixes)):
            frame = frame.f_back
        if frame is None:
            break
    if frame is None:
        globals = sys.__dict__
        filename = "<sys>"
        lineno = 0
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals['__name__'] if '__name__' in globals else "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning with an explicit location (filters and registry applied)."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_filter_matches(msg, text) and issubclass(category, cat) and
                _filter_matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


class catch_warnings:
    """Save the warning filters and showwarning on entry and restore them on exit.

    With record=True, warnings are appended to the list __enter__ returns instead of
    being shown; action (and category, lineno, append) adds a simplefilter."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        m = self._module
        self._filters = m.filters
        m.filters = self._filters[:]
        m._filters_mutated()
        self._showwarning = m.showwarning
        self._showwarnmsg_impl = m._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            m._showwarnmsg_impl = log.append
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        m = self._module
        m.filters = self._filters
        m._filters_mutated()
        m.showwarning = self._showwarning
        m._showwarnmsg_impl = self._showwarnmsg_impl


class deprecated:
    """Decorator marking a class or function deprecated: using it warns."""

    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError(f"Expected an object of type str for 'message', not {type(message).__name__!r}")
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg):
        msg = self.message
        category = self.category
        stacklevel = self.stacklevel
        if category is None:
            arg.__deprecated__ = msg
            return arg
        if isinstance(arg, type):
            original_new = arg.__new__

            def __new__(cls, *args, **kwargs):
                if cls is arg:
                    warn(msg, category=category, stacklevel=stacklevel + 1)
                if original_new is not object.__new__:
                    return original_new(cls, *args, **kwargs)
                if cls.__init__ is object.__init__ and (args or kwargs):
                    raise TypeError(f"{cls.__name__}() takes no arguments")
                return original_new(cls)

            arg.__new__ = staticmethod(__new__)
            arg.__deprecated__ = __new__.__deprecated__ = msg
            return arg
        if callable(arg):
            def wrapper(*args, **kwargs):
                warn(msg, category=category, stacklevel=stacklevel + 1)
                return arg(*args, **kwargs)
            for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
                try:
                    setattr(wrapper, attr, getattr(arg, attr))
                except AttributeError:
                    pass
            wrapper.__wrapped__ = arg
            arg.__deprecated__ = wrapper.__deprecated__ = msg
            return wrapper
        raise TypeError("@deprecated decorator with non-None category must be applied to "
                        f"a class or callable, not {arg!r}")


_warnings_defaults = True
