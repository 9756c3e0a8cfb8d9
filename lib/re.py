"""re — regular expressions on top of PCRE2 (the _re module).

Python's pattern syntax is translated to PCRE2's (_translate), checked on the way for
the errors CPython reports itself; Pattern and Match follow CPython 3.13's API.
"""

import _re

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M',
           'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL',
           'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag', 'PatternError']

_MODE_SEARCH, _MODE_MATCH, _MODE_FULL, _MODE_ADVANCE = 0, 1, 2, 4
_MAXREPEAT = 4294967295


# ---- flags ----

class RegexFlag(int):
    # (name, value) in definition order: reprs list names in this order
    _names = [('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
              ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('DEBUG', 128)]

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        parts = []
        for name, bit in self._names:
            if v & bit:
                parts.append('re.' + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return format(str(self), spec) if not spec else format(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    @property
    def name(self):
        r = repr(self)
        return None if '0x' in r else r.replace('re.', '')

    @property
    def value(self):
        return int(self)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)

_FLAG_LETTERS = {'a': 256, 'i': 2, 'L': 4, 'm': 8, 's': 16, 'u': 32, 'x': 64}
# the order of Pattern.__repr__
_REPR_FLAGS = [('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16),
               ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256)]


# ---- errors ----

class PatternError(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError.__module__ = 're'
error = PatternError

_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_HEXDIGITS = '0123456789abcdefABCDEF'
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
# escapes that keep their PCRE2 meaning
_SAME_ESCAPES = set('abBdDfnrsStwWA')
_CLASS_ESCAPES = set('abdDfnrsStwW')
_REPEAT_CHARS = '*+?{'


_SET_OPS = {'-': 'difference', '&': 'intersection', '~': 'symmetric difference',
            '|': 'union'}


def _future_warning(msg):
    """CPython's FutureWarning about set syntax that may change, reported at the first
    caller outside this module."""
    import sys
    import warnings
    f = sys._getframe(1)
    level = 2
    while f is not None and f.f_globals.get('__name__') == __name__:
        f = f.f_back
        level += 1
    warnings.warn(msg, FutureWarning, stacklevel=level)


def _is_group_name(name):
    return name.isidentifier()


# ---- translation of Python's syntax to PCRE2's ----

class _Translator:
    """Walks a pattern once: writes the PCRE2 equivalent, collects the global flags,
    numbers the capturing groups (with their parents, for Match.lastindex) and raises
    the errors CPython detects while parsing."""

    def __init__(self, pattern, text, flags):
        self.orig = pattern
        self.p = pattern if text else pattern.decode('latin-1')
        self.text = text
        self.flags = flags
        self.out = []
        self.parents = [0]      # parents[g]: enclosing capturing group of group g (0: none)
        self.names = {}
        self.open_groups = set()

    def error(self, msg, pos):
        raise PatternError(msg, self.orig, pos)

    def run(self):
        p = self.p
        n = len(p)
        out = self.out
        i = 0
        stack = []              # open groups: (position, group number or 0)
        # what precedes: 'none' (nothing a quantifier may follow), 'atom', 'repeat'
        # (a quantifier, which may take one ? or + suffix), 'suffixed'
        last = 'none'
        start_flags = True      # still at the start of the expression (global flags)
        while i < n:
            c = p[i]
            if self.flags & 64:
                if c in ' \t\n\r\v\f':
                    out.append(c)
                    i += 1
                    continue
                if c == '#':
                    j = p.find('\n', i)
                    j = n if j < 0 else j
                    out.append(p[i:j])
                    i = j
                    continue
            if c == '(':
                kind, i = self.group_open(i, stack, start_flags)
                if kind == 'flags':
                    continue
                last = 'atom' if kind == 'closed' else 'none'
            elif c in '*+?':
                if last == 'repeat' and c in '?+':
                    last = 'suffixed'
                elif last in ('repeat', 'suffixed'):
                    self.error('multiple repeat', i)
                elif last == 'none':
                    self.error('nothing to repeat', i)
                else:
                    last = 'repeat'
                out.append(c)
                i += 1
            elif c == '{' and self.repeat_end(i) != i:
                if last in ('repeat', 'suffixed'):
                    self.error('multiple repeat', i)
                if last == 'none':
                    self.error('nothing to repeat', i)
                i = self.repeat(i)
                last = 'repeat'
            elif c == '\\':
                last = 'none' if p[i + 1:i + 2] in ('b', 'B', 'A', 'Z') else 'atom'
                i = self.escape(i)
            elif c == '[':
                i = self.char_class(i)
                last = 'atom'
            elif c == ')':
                if not stack:
                    self.error('unbalanced parenthesis', i)
                self.open_groups.discard(stack.pop()[1])
                out.append(')')
                i += 1
                last = 'atom'
            elif c in '{}':
                out.append('\\' + c)
                i += 1
                last = 'atom'
            else:
                out.append(c)
                i += 1
                last = 'none' if c in '|^$' else 'atom'
            start_flags = False
        if stack:
            self.error('missing ), unterminated subpattern', stack[-1][0])
        return ''.join(out)

    def repeat_end(self, i):
        """The index after a repeat {m,n} at i; i when the brace is a literal."""
        p = self.p
        j = p.find('}', i)
        if j < 0:
            return i
        lo, comma, hi = p[i + 1:j].partition(',')
        if not (lo == '' or lo.isdigit() and lo.isascii()) or \
                not (hi == '' or hi.isdigit() and hi.isascii()) or (not lo and not comma):
            return i
        return j + 1

    def repeat(self, i):
        """{m}, {m,}, {,n}, {m,n} at i: write it and return the index after it."""
        p = self.p
        j = p.find('}', i)
        if j < 0:
            return i
        body = p[i + 1:j]
        lo, comma, hi = body.partition(',')
        if not (lo == '' or lo.isdigit() and lo.isascii()) or \
                not (hi == '' or hi.isdigit() and hi.isascii()) or (not lo and not comma):
            return i
        if lo and hi and int(hi) < int(lo):
            self.error('min repeat greater than max repeat', i + 1)
        if lo and int(lo) >= _MAXREPEAT or hi and int(hi) >= _MAXREPEAT:
            self.error('the repetition number is too large', i + 1)
        self.out.append('{%s,%s}' % (lo or '0', hi) if comma else '{%s}' % lo)
        return j + 1

    def char_class(self, i):
        p = self.p
        n = len(p)
        start = i
        out = self.out
        out.append('[')
        i += 1
        if i < n and p[i] == '[':
            _future_warning('Possible nested set at position %d' % i)
        if i < n and p[i] == '^':
            out.append('^')
            i += 1
        first = True
        while True:
            if i >= n:
                self.error('unterminated character set', start)
            if p[i] == ']' and not first:
                out.append(']')
                return i + 1
            if not first and p[i] in '-&~|' and i + 1 < n and p[i + 1] == p[i]:
                _future_warning('Possible set %s at position %d' % (_SET_OPS[p[i]], i))
            first = False
            lo_start = i
            lo, i = self.class_item(i)
            if i + 1 < n and p[i] == '-' and p[i + 1] != ']':
                if p[i + 1] == '-':
                    _future_warning('Possible set difference at position %d' % i)
                out.append('-')
                hi, j = self.class_item(i + 1)
                if lo is None or hi is None or hi < lo:
                    self.error('bad character range %s' % p[lo_start:j], lo_start)
                i = j

    def class_item(self, i):
        """One member of a set at i: write it, return (code point or None for a class
        such as \\w, next index)."""
        p = self.p
        if p[i] == '\\':
            return self.class_escape(i)
        c = p[i]
        self.out.append('\\' + c if c in '[]-' else c)
        return ord(c), i + 1

    def class_escape(self, i):
        """An escape inside [...]: write it, return (code point or None, next index)."""
        p = self.p
        if i + 1 >= len(p):
            self.error('bad escape (end of pattern)', i)
        c = p[i + 1]
        if c == 's' and self.unicode_space():
            self.out.append('\\s\\x1c-\\x1f')
            return None, i + 2
        if c in _CLASS_ESCAPES:
            self.out.append(p[i:i + 2])
            cp = {'a': 7, 'b': 8, 'f': 12, 'n': 10, 'r': 13, 't': 9}.get(c)
            return cp, i + 2
        cp, j = self.escape_code(i)
        if cp is None:
            if c in _DIGITS:
                self.error('bad escape %s' % p[i:i + 2], i)
            if c in _ASCII_LETTERS:
                self.error('bad escape %s' % p[i:i + 2], i)
            self.out.append('\\' + c if not c.isalnum() else c)
            return ord(c), i + 2
        self.out.append('\\x{%x}' % cp)
        return cp, j

    def escape_code(self, i):
        """Escapes that stand for one character: \\v \\xhh \\uhhhh \\Uhhhhhhhh \\N{...}
        and octal.  Returns (code point, next index) or (None, i)."""
        p = self.p
        c = p[i + 1]
        if c == 'v':
            return 11, i + 2
        if c == 'x':
            h = p[i + 2:i + 4]
            if len(h) < 2 or not all(ch in _HEXDIGITS for ch in h):
                self.error('incomplete escape %s' % p[i:i + 2 + len(h)], i)
            return int(h, 16), i + 4
        if c in 'uU' and self.text:
            k = 4 if c == 'u' else 8
            h = p[i + 2:i + 2 + k]
            if len(h) < k or not all(ch in _HEXDIGITS for ch in h):
                self.error('incomplete escape %s' % p[i:i + 2 + len(h)], i)
            cp = int(h, 16)
            if cp > 0x10FFFF:
                self.error('bad escape %s' % p[i:i + 2 + k], i)
            return cp, i + 2 + k
        if c == 'N' and self.text:
            if i + 2 >= len(p) or p[i + 2] != '{':
                self.error('missing {', i + 2)
            j = p.find('}', i + 3)
            if j < 0:
                self.error('missing }, unterminated name', i + 3)
            name = p[i + 3:j]
            try:
                cp = ord(eval('"\\N{%s}"' % name)) if name and '"' not in name and '\\' not in name else None
            except SyntaxError:
                cp = None
            if cp is None:
                self.error('undefined character name %r' % name, i)
            return cp, j + 1
        if c in _OCTDIGITS:     # outside a class \1-\7 were taken as references
            j = i + 1
            while j < len(p) and j < i + 4 and p[j] in _OCTDIGITS:
                j += 1
            v = int(p[i + 1:j], 8)
            if v > 0o377:
                self.error('octal escape value %s outside of range 0-0o377' % p[i:j], i)
            return v, j
        return None, i

    def unicode_space(self):
        # Python's Unicode \s is str.isspace(), which also takes \x1c-\x1f
        return self.text and not self.flags & 256

    def escape(self, i):
        """An escape outside [...]: write the PCRE2 form, return the next index."""
        p = self.p
        out = self.out
        if i + 1 >= len(p):
            self.error('bad escape (end of pattern)', i)
        c = p[i + 1]
        if c in 'sS' and self.unicode_space():
            out.append('[\\s\\x1c-\\x1f]' if c == 's' else '[^\\s\\x1c-\\x1f]')
            return i + 2
        if c == 'B':
            # CPython's \B never matches in an empty string
            out.append('(?:(?!\\A\\z)\\B)')
            return i + 2
        if c in _SAME_ESCAPES:
            out.append(p[i:i + 2])
            return i + 2
        if c == 'Z':
            out.append('\\z')
            return i + 2
        if c in _DIGITS and c != '0':
            # a group reference, or octal with three digits
            j = i + 1
            while j < len(p) and j < i + 3 and p[j] in _DIGITS:
                j += 1
            if j < len(p) and all(ch in _OCTDIGITS for ch in p[i + 1:j + 1]) and j == i + 3:
                v = int(p[i + 1:j + 1], 8)
                if v > 0o377:
                    self.error('octal escape value %s outside of range 0-0o377' % p[i:j + 1], i)
                out.append('\\x{%x}' % v)
                return j + 1
            g = int(p[i + 1:j])
            if g >= len(self.parents):
                self.error('invalid group reference %d' % g, i + 1)
            if g in self.open_groups:
                self.error('cannot refer to an open group', i)
            out.append('(?:\\%d)' % g)
            return j
        cp, j = self.escape_code(i)
        if cp is not None:
            out.append('\\x{%x}' % cp)
            return j
        if c in _ASCII_LETTERS:
            self.error('bad escape %s' % p[i:i + 2], i)
        out.append('\\' + c if not c.isalnum() else c)
        return i + 2

    def group_name(self, i, term):
        p = self.p
        j = p.find(term, i)
        if j < 0:
            if i >= len(p):
                self.error('missing group name', i)
            self.error('missing %s, unterminated name' % term, i)
        name = p[i:j]
        if not name:
            self.error('missing group name', i)
        if not _is_group_name(name):
            self.error('bad character in group name %r' % name, i)
        return name, j + 1

    def group_open(self, i, stack, start_flags):
        p = self.p
        n = len(p)
        out = self.out
        if i + 1 < n and p[i + 1] == '?':
            if i + 2 >= n:
                self.error('unexpected end of pattern', i + 2)
            c = p[i + 2]
            if c == 'P':
                if i + 3 < n and p[i + 3] == '<':
                    name, j = self.group_name(i + 4, '>')
                    if name in self.names:
                        self.error('redefinition of group name %r as group %d; was group %d'
                                   % (name, len(self.parents), self.names[name]), i + 4)
                    g = self.new_group(stack)
                    self.names[name] = g
                    stack.append((i, g))
                    self.open_groups.add(g)
                    out.append('(')      # names stay here: PCRE2 limits their spelling
                    return 'group', j
                if i + 3 < n and p[i + 3] == '=':
                    name, j = self.group_name(i + 4, ')')
                    if name not in self.names:
                        self.error('unknown group name %r' % name, i + 4)
                    if self.names[name] in self.open_groups:
                        self.error('cannot refer to an open group', i + 4)
                    out.append('(?:\\g{%d})' % self.names[name])
                    return 'closed', j
                if i + 3 >= n:
                    self.error('unexpected end of pattern', i + 3)
                self.error('unknown extension ?P' + p[i + 3], i + 1)
            if c == '#':
                j = p.find(')', i)
                if j < 0:
                    self.error('missing ), unterminated comment', i)
                return 'flags', j + 1
            if c in ':=!>':
                stack.append((i, 0))
                out.append('(?' + c)
                return 'group', i + 3
            if c == '<':
                if i + 3 < n and p[i + 3] in '=!':
                    stack.append((i, 0))
                    out.append(p[i:i + 4])
                    return 'group', i + 4
                self.error('unknown extension ?<' + p[i + 3:i + 4], i + 1)
            if c == '(':
                j = p.find(')', i + 3)
                if j < 0:
                    self.error('missing ), unterminated name', i + 3)
                ref = p[i + 3:j]
                if ref.isdigit():
                    g = int(ref)
                    if g >= len(self.parents):
                        self.error('invalid group reference %d' % g, i + 3)
                elif ref in self.names:
                    g = self.names[ref]
                elif _is_group_name(ref):
                    self.error('unknown group name %r' % ref, i + 3)
                else:
                    self.error('bad character in group name %r' % ref, i + 3)
                stack.append((i, 0))
                out.append('(?(%d)' % g)
                return 'group', j + 1
            if c in _FLAG_LETTERS or c == '-':
                return self.inline_flags(i, stack, start_flags)
            self.error('unknown extension ?' + c, i + 1)
        g = self.new_group(stack)
        stack.append((i, g))
        self.open_groups.add(g)
        out.append('(')
        return 'group', i + 1

    def new_group(self, stack):
        parent = 0
        for pos, g in reversed(stack):
            if g:
                parent = g
                break
        self.parents.append(parent)
        return len(self.parents) - 1

    def inline_flags(self, i, stack, start_flags):
        p = self.p
        n = len(p)
        j = i + 2
        on = off = ''
        while j < n and p[j] in _FLAG_LETTERS:
            on += p[j]
            j += 1
        if j < n and p[j] == '-':
            j += 1
            while j < n and p[j] in _FLAG_LETTERS:
                off += p[j]
                j += 1
            if not off:
                if j >= n:
                    self.error('missing flag', j)
                self.error('missing flag', j)
        if j >= n:
            self.error('missing -, : or )', j)
        if p[j] not in ':)':
            self.error('unknown flag' if p[j].isalpha() else 'missing -, : or )', j)
        for ch in on + off:
            if self.text and ch == 'L':
                self.error('bad inline flags: cannot use \'L\' flag with a str pattern', j)
            if not self.text and ch == 'u':
                self.error('bad inline flags: cannot use \'u\' flag with a bytes pattern', j)
        if any(ch in 'auL' for ch in off):
            self.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", j)
        if set(on) & set(off):
            self.error('bad inline flags: flag turned on and off', j)
        keep_on = ''.join(ch for ch in on if ch in 'imsx')
        keep_off = ''.join(ch for ch in off if ch in 'imsx')
        if p[j] == ')':
            if off:
                self.error('missing :', j)
            if not start_flags:
                self.error('global flags not at the start of the expression', i)
            for ch in on:
                self.flags |= _FLAG_LETTERS[ch]
            return 'flags', j + 1
        stack.append((i, 0))
        self.out.append('(?%s%s:' % (keep_on, '-' + keep_off if keep_off else ''))
        return 'group', j + 1


def _translate(pattern, flags):
    text = isinstance(pattern, str)
    t = _Translator(pattern, text, flags)
    src = t.run()
    flags = t.flags
    if text:
        if flags & 4:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if flags & 256 and flags & 32:
            raise ValueError('ASCII and UNICODE flags are incompatible')
        if not flags & 256:
            flags |= 32
    else:
        if flags & 32:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & 4 and flags & 256:
            raise ValueError('ASCII and LOCALE flags are incompatible')
        src = src.encode('latin-1')
    return src, flags, t.parents, t.names


# ---- Pattern and Match ----

def _sliceable(string):
    """Slices of the subject are str or bytes (a bytearray subject gives bytes)."""
    t = type(string)
    if t is str or t is bytes:
        return string
    if isinstance(string, str):
        return str(string)
    if isinstance(string, (bytes, bytearray)):
        return bytes(string)
    return string


class Pattern:
    __slots__ = ('pattern', 'flags', '_code', '_parents', '_names', '__weakref__')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def _setup(self, pattern, flags):
        src, flags, parents, names = _translate(pattern, flags)
        code = _re.compile(src, flags)
        if type(code) is tuple:
            msg, pos, num = code
            raise PatternError(_pcre_message(msg, num), pattern, None)
        self.pattern = pattern
        self.flags = flags
        self._code = code
        self._parents = parents
        self._names = names

    @property
    def groups(self):
        return self._code.groups

    @property
    def groupindex(self):
        return dict(self._names)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        r = repr(self.pattern)[:200]
        if not flags:
            return 're.compile(%s)' % r
        parts = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                parts.append('re.' + name)
                flags &= ~bit
        if flags:
            parts.append(hex(flags))
        return 're.compile(%s, %s)' % (r, '|'.join(parts))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def _run(self, string, pos, endpos, mode):
        if endpos is None:
            endpos = _MAXREPEAT
        spans = self._code.match(string, pos, endpos, mode)
        if spans is None:
            return None
        n = len(string)
        pos = 0 if pos < 0 else n if pos > n else pos
        endpos = 0 if endpos < 0 else n if endpos > n else endpos
        return _match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, _MODE_MATCH)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, _MODE_FULL)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, _MODE_SEARCH)

    def _iter(self, string, pos=0, endpos=None):
        """The spans of successive matches, CPython's way: after an empty match the
        next one may not be empty at the same place."""
        if endpos is None:
            endpos = _MAXREPEAT
        code = self._code
        mode = _MODE_SEARCH
        n = len(string)
        if pos > n:
            return
        while True:
            spans = code.match(string, pos, endpos, mode)
            if spans is None:
                return
            yield spans
            b, e = spans[0], spans[1]
            mode = _MODE_ADVANCE if b == e else _MODE_SEARCH
            pos = e

    def finditer(self, string, pos=0, endpos=None):
        n = len(string)
        p = 0 if pos < 0 else n if pos > n else pos
        e = n if endpos is None else 0 if endpos < 0 else n if endpos > n else endpos
        for spans in self._iter(string, pos, endpos):
            yield _match(self, string, p, e, spans)

    def findall(self, string, pos=0, endpos=None):
        return self._code.findall(string, pos, _MAXREPEAT if endpos is None else endpos)

    def split(self, string, maxsplit=0):
        string = _sliceable(string)
        if maxsplit < 0:
            return [string]
        result = []
        last = 0
        groups = range(1, self.groups + 1)
        for spans in self._code.scan(string, maxsplit):
            result.append(string[last:spans[0]])
            for g in groups:
                b = spans[2 * g]
                result.append(None if b < 0 else string[b:spans[2 * g + 1]])
            last = spans[1]
        result.append(string[last:])
        return result

    def subn(self, repl, string, count=0):
        if callable(repl):
            filter = repl
            literal = None
        else:
            literal, filter = _compile_template(self, repl)
        string = _sliceable(string)
        if count < 0:
            return string, 0
        pieces = []
        last = 0
        n = 0
        n_str = len(string)
        for spans in self._code.scan(string, count):
            if last < spans[0]:
                pieces.append(string[last:spans[0]])
            if literal is not None:
                pieces.append(literal)
            else:
                m = _match(self, string, 0, n_str, spans)
                r = filter(m)
                if r is not None:
                    pieces.append(r)
            last = spans[1]
            n += 1
        if last < len(string):
            pieces.append(string[last:])
        return string[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)


Pattern.__module__ = 're'


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._advance = False

    def _step(self, mode):
        if self._pos is None:
            return None
        m = self.pattern._run(self._string, self._pos, self._endpos,
                              mode | (_MODE_ADVANCE if self._advance else 0))
        if m is None:
            self._pos = None
            return None
        b, e = m.span()
        self._advance = b == e
        self._pos = e
        return m

    def match(self):
        return self._step(_MODE_MATCH)

    def search(self):
        return self._step(_MODE_SEARCH)


class Match:
    __slots__ = ('re', 'string', 'pos', 'endpos', '_spans')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or type(g) is bool:
            g = int(g)
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            index = self.re._names
            if g in index:
                return index[g]
        else:
            try:
                g = g.__index__()
            except (AttributeError, TypeError):
                raise IndexError('no such group') from None
            if 0 <= g <= self.re.groups:
                return g
        raise IndexError('no such group')

    def _get(self, g, default=None):
        b = self._spans[2 * g]
        if b < 0:
            return default
        return _sliceable(self.string[b:self._spans[2 * g + 1]])

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(a)) for a in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(g, default) for name, g in self.re._names.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return (self._spans[2 * g], self._spans[2 * g + 1])

    @property
    def regs(self):
        s = self._spans
        return tuple((s[2 * g], s[2 * g + 1]) for g in range(len(s) // 2))

    @property
    def lastindex(self):
        # the group that closed last: an outermost one (a group closes after the groups
        # nested in it), the one ending furthest, the later one on a tie
        s = self._spans
        parents = self.re._parents
        best = None
        best_end = -1
        for g in range(1, len(s) // 2):
            if s[2 * g] >= 0 and not parents[g] and s[2 * g + 1] >= best_end:
                best, best_end = g, s[2 * g + 1]
        return best

    @property
    def lastgroup(self):
        g = self.lastindex
        if g is None:
            return None
        for name, i in self.re._names.items():
            if i == g:
                return name
        return None

    def expand(self, template):
        literal, filter = _compile_template(self.re, template)
        return literal if literal is not None else filter(self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (
            self._spans[0], self._spans[1], self.group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Match.__module__ = 're'


def _match(pattern, string, pos, endpos, spans):
    m = _new(Match)
    m.re = pattern
    m.string = string
    m.pos = pos
    m.endpos = endpos
    m._spans = spans
    return m


_new = object.__new__


# PCRE2 compile errors that have a CPython wording (by PCRE2 error number)
_PCRE_MESSAGES = {
    125: 'look-behind requires fixed-width pattern',
}


def _pcre_message(msg, num):
    return _PCRE_MESSAGES.get(num, msg)


# ---- replacement templates ----

def _compile_template(pattern, repl):
    """Returns (literal, None) for a template without references, else (None, filter)
    where filter(match) builds the replacement."""
    text = isinstance(pattern.pattern, str)
    if text:
        if not isinstance(repl, str):
            if not isinstance(repl, (bytes, bytearray)):
                raise TypeError('decoding to str: need a bytes-like object, %s found'
                                % type(repl).__name__)
            return repl, None
        s = repl
    else:
        if not isinstance(repl, (bytes, bytearray)):
            if isinstance(repl, str):
                return repl, None
            raise TypeError('decoding to str: need a bytes-like object, %s found'
                            % type(repl).__name__)
        repl = bytes(repl)
        s = repl.decode('latin-1')
    if '\\' not in s:
        return repl, None
    key = (type(repl), repl, pattern)
    cached = _template_cache.get(key)
    if cached is not None:
        return None, cached
    parts = []          # str pieces and group numbers
    lit = []
    i = 0
    n = len(s)
    ngroups = pattern.groups
    while i < n:
        c = s[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise PatternError('bad escape (end of pattern)', repl, i)
        c = s[i + 1]
        if c == 'g':
            if i + 2 >= n or s[i + 2] != '<':
                raise PatternError('missing <', repl, i + 2)
            j = s.find('>', i + 3)
            if j < 0:
                if i + 3 >= n:
                    raise PatternError('missing group name', repl, i + 3)
                raise PatternError('missing >, unterminated name', repl, i + 3)
            name = s[i + 3:j]
            if not name:
                raise PatternError('missing group name', repl, i + 3)
            if name.isdigit() and name.isascii():
                g = int(name)
                if g > ngroups:
                    raise PatternError('invalid group reference %d' % g, repl, i + 3)
            elif name.isidentifier():
                index = pattern._names
                if name not in index:
                    raise IndexError('unknown group name %r' % name)
                g = index[name]
            else:
                raise PatternError('bad character in group name %r' % name, repl, i + 3)
            parts.append(''.join(lit))
            lit = []
            parts.append(g)
            i = j + 1
        elif c == '0':
            j = i + 2
            while j < n and j < i + 4 and s[j] in _OCTDIGITS:
                j += 1
            lit.append(chr(int(s[i + 1:j], 8)))
            i = j
        elif c in _DIGITS:
            j = i + 2
            if j < n and s[j] in _DIGITS:
                if c in _OCTDIGITS and s[j] in _OCTDIGITS and j + 1 < n and s[j + 1] in _OCTDIGITS:
                    v = int(s[i + 1:j + 2], 8)
                    if v > 0o377:
                        raise PatternError('octal escape value %s outside of range 0-0o377'
                                           % s[i:j + 2], repl, i)
                    lit.append(chr(v))
                    i = j + 2
                    continue
                j += 1
            g = int(s[i + 1:j])
            if g > ngroups:
                raise PatternError('invalid group reference %d' % g, repl, i + 1)
            parts.append(''.join(lit))
            lit = []
            parts.append(g)
            i = j
        else:
            esc = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                   'v': '\v', '\\': '\\'}.get(c)
            if esc is not None:
                lit.append(esc)
            elif c in _ASCII_LETTERS:
                raise PatternError('bad escape %s' % s[i:i + 2], repl, i)
            else:
                lit.append('\\' + c)
            i += 2
    parts.append(''.join(lit))
    if not text:
        parts = [p.encode('latin-1') if isinstance(p, str) else p for p in parts]
    empty = repl[:0]

    def filter(m):
        out = []
        spans = m._spans
        string = _sliceable(m.string)
        for p in parts:
            if type(p) is int:
                b = spans[2 * p]
                if b >= 0:
                    out.append(string[b:spans[2 * p + 1]])
            else:
                out.append(p)
        return empty.join(out)

    if len(parts) == 1:
        return parts[0], None
    if len(_template_cache) >= 256:
        _template_cache.clear()
    _template_cache[key] = filter
    return None, filter


_template_cache = {}


# ---- module functions ----

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes, bytearray)):
        raise TypeError('first argument must be string or compiled pattern')
    if not isinstance(pattern, (str, bytes)):
        pattern = bytes(pattern)
    p = _new(Pattern)
    p._setup(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


_zero = object()


def _positional(fname, what, nmax, args, first, flags):
    """CPython 3.13's deprecated positional count/maxsplit (and flags) arguments."""
    if first is not _zero:
        raise TypeError("%s() got multiple values for argument '%s'" % (fname, what))
    first, *args = args
    if args:
        if flags is not _zero:
            raise TypeError("%s() got multiple values for argument 'flags'" % fname)
        flags, *args = args
        if args:
            raise TypeError('%s() takes from %d to %d positional arguments but %d were given'
                            % (fname, nmax - 2, nmax, nmax + len(args)))
    import warnings
    warnings.warn("'%s' is passed as positional argument" % what, DeprecationWarning,
                  stacklevel=3)
    return first, flags


def sub(pattern, repl, string, *args, count=_zero, flags=_zero):
    if args:
        count, flags = _positional('sub', 'count', 5, args, count, flags)
    count = 0 if count is _zero else count
    flags = 0 if flags is _zero else flags
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, *args, count=_zero, flags=_zero):
    if args:
        count, flags = _positional('subn', 'count', 5, args, count, flags)
    count = 0 if count is _zero else count
    flags = 0 if flags is _zero else flags
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, *args, maxsplit=_zero, flags=_zero):
    if args:
        maxsplit, flags = _positional('split', 'maxsplit', 4, args, maxsplit, flags)
    maxsplit = 0 if maxsplit is _zero else maxsplit
    flags = 0 if flags is _zero else flags
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()
    _template_cache.clear()


class Scanner:
    """A simple lexer: lexicon is a list of (pattern, action) pairs; scan() matches
    them in order at each position and collects the actions' results."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._phrase_of = {}        # outer group number -> index in lexicon
        parts = []
        group = 1
        for k, (phrase, action) in enumerate(lexicon):
            self._phrase_of[group] = k
            parts.append('(%s)' % phrase)
            group += 1 + _compile(phrase, flags).groups
        self.scanner = _compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            g = m.lastindex
            while g not in self._phrase_of:
                g = self.scanner._parents[g]
            action = self.lexicon[self._phrase_of[g]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_special_chars_map).encode('latin1')
