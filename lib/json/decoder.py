"""JSON decoding: JSONDecoder and JSONDecodeError."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WS = ' \t\n\r'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'
_DIGITS = '0123456789'
_CONSTANTS = {'NaN': NaN, 'Infinity': PosInf, '-Infinity': NegInf}


class JSONDecodeError(ValueError):
    """A JSON document could not be parsed.

    msg: the unformatted message; doc: the document; pos: the index where parsing failed;
    lineno, colno: that position as line and column (both from 1)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        super().__init__(f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _NoValue(Exception):
    """Internal: no JSON value starts at .pos."""

    def __init__(self, pos):
        self.pos = pos


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _hex4(s, i):
    """The value of the 4 hex digits at s[i:i+4], or None."""
    digits = s[i:i + 4]
    if len(digits) != 4 or any(c not in _HEX for c in digits):
        return None
    return int(digits, 16)


def scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at end - 1; return (str, index after
    the closing quote)."""
    begin = end - 1
    parts = []
    n = len(s)
    i = end
    while True:
        # the run of ordinary characters up to the next quote or backslash, checked for
        # control characters only when it is not plainly printable
        q = s.find('"', i)
        b = s.find('\\', i, q if q >= 0 else n)
        j = q if b < 0 else b
        if j < 0:
            j = n
        if strict and not s[i:j].isprintable():
            k = i
            while k < j and s[k] >= ' ':
                k += 1
            j = k
        if j >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if j > i:
            parts.append(s[i:j])
        c = s[j]
        if c == '"':
            return ''.join(parts), j + 1
        if c != '\\':
            raise JSONDecodeError("Invalid control character at", s, j)
        if j + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[j + 1]
        if esc != 'u':
            if esc not in _ESCAPES:
                raise JSONDecodeError("Invalid \\escape", s, j)
            parts.append(_ESCAPES[esc])
            i = j + 2
            continue
        code = _hex4(s, j + 2)
        if code is None:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, j + 1)
        i = j + 6
        # a high surrogate followed by an escaped low surrogate makes one character
        if 0xD800 <= code <= 0xDBFF and s[i:i + 2] == '\\u':
            low = _hex4(s, i + 2)
            if low is None:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, i + 1)
            if 0xDC00 <= low <= 0xDFFF:
                code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                i += 6
        parts.append(chr(code))


class JSONDecoder:
    """Decode JSON text into Python objects (object -> dict, array -> list, ...)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The Python value of the JSON document s (only whitespace may follow it)."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value starting at s[idx]; return (value, index after it)."""
        try:
            return self._value(s, idx)
        except _NoValue as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None

    def _value(self, s, i):
        if i >= len(s):
            raise _NoValue(i)
        c = s[i]
        if c == '"':
            return scanstring(s, i + 1, self.strict)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c in _DIGITS or c == '-':
            r = self._number(s, i)
            if r is not None:
                return r
        for name in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(name, i):
                return self.parse_constant(name), i + len(name)
        raise _NoValue(i)

    def _number(self, s, i):
        n = len(s)
        start = i
        if s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and s[i] in '123456789':
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            return None
        int_end = i
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
        if i == int_end:
            return self.parse_int(s[start:i]), i
        return self.parse_float(s[start:i]), i

    def _member_value(self, s, i):
        try:
            return self._value(s, i)
        except _NoValue as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None

    def _object(self, s, i):
        pairs = []
        i = _skip_ws(s, i)
        c = s[i:i + 1]
        if c != '"':
            if c == '}':
                return self._finish_object(pairs), i + 1
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
        i += 1
        while True:
            key, i = scanstring(s, i, self.strict)
            i = _skip_ws(s, i)
            if s[i:i + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            value, i = self._member_value(s, _skip_ws(s, i + 1))
            pairs.append((key, value))
            i = _skip_ws(s, i)
            c = s[i:i + 1]
            if c == '}':
                return self._finish_object(pairs), i + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            comma = i
            i = _skip_ws(s, i + 1)
            c = s[i:i + 1]
            if c != '"':
                if c == '}':
                    raise JSONDecodeError("Illegal trailing comma before end of object", s, comma)
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            i += 1

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, i):
        values = []
        i = _skip_ws(s, i)
        if s[i:i + 1] == ']':
            return values, i + 1
        while True:
            value, i = self._member_value(s, i)
            values.append(value)
            i = _skip_ws(s, i)
            c = s[i:i + 1]
            if c == ']':
                return values, i + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            comma = i
            i = _skip_ws(s, i + 1)
            if s[i:i + 1] == ']':
                raise JSONDecodeError("Illegal trailing comma before end of array", s, comma)
