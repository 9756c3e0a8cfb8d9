"""JSON encoding: JSONEncoder and the string escaping functions."""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_SHORT_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n',
                  '\r': '\\r', '\t': '\\t'}


def _escape_char(c):
    e = _SHORT_ESCAPES.get(c)
    if e is not None:
        return e
    n = ord(c)
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000    # outside the BMP: a UTF-16 surrogate pair
    return '\\u%04x\\u%04x' % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF))


# str.translate tables: control characters, quote and backslash (and, for the ASCII
# variant, DEL); other non-ASCII characters are escaped one by one.
_ESCAPE_TABLE = {i: _escape_char(chr(i)) for i in range(0x20)}
_ESCAPE_TABLE[ord('"')] = '\\"'
_ESCAPE_TABLE[ord('\\')] = '\\\\'
_ESCAPE_ASCII_TABLE = dict(_ESCAPE_TABLE)
_ESCAPE_ASCII_TABLE[0x7f] = '\\u007f'


def py_encode_basestring(s):
    """The JSON string literal for s; only quotes, backslashes and control characters
    are escaped."""
    return '"' + s.translate(_ESCAPE_TABLE) + '"'


def py_encode_basestring_ascii(s):
    """The JSON string literal for s, with every non-ASCII character escaped."""
    s = s.translate(_ESCAPE_ASCII_TABLE)
    if not s.isascii():
        s = ''.join(c if c < '\x80' else _escape_char(c) for c in s)
    return '"' + s + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Encode Python values as JSON: dict -> object, list/tuple -> array, str, int, float,
    True/False/None.  Override default() to support other types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable stand-in for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text for o."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        parts = []
        _Encoding(self).collect(o, 0, parts)
        return ''.join(parts)

    def iterencode(self, o, _one_shot=False):
        """The JSON text for o, as an iterator of pieces."""
        return _Encoding(self).value(o, 0)


class _Encoding:
    """The state of one encode() call: options and the containers being encoded."""

    def __init__(self, enc):
        self.enc = enc
        self.markers = {} if enc.check_circular else None
        self.quote = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def scalar(self, o):
        """The text of a str/None/bool/int/float, or None for anything else."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def enter(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[id(o)] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            self.enter(o)
            yield from self.value(self.enc.default(o), level)
            self.leave(o)

    def collect(self, o, level, out):
        """Append the pieces of o's text to out (what value() yields, without generators)."""
        text = self.scalar(o)
        if text is not None:
            out.append(text)
        elif isinstance(o, (list, tuple)):
            if not o:
                out.append('[]')
                return
            self.enter(o)
            sep = self.enc.item_separator
            if self.indent is not None:
                level += 1
                sep += self.newline(level)
                out.append('[' + self.newline(level))
            else:
                out.append('[')
            first = True
            for v in o:
                if not first:
                    out.append(sep)
                first = False
                self.collect(v, level, out)
            if self.indent is not None:
                out.append(self.newline(level - 1))
            out.append(']')
            self.leave(o)
        elif isinstance(o, dict):
            if not o:
                out.append('{}')
                return
            self.enter(o)
            sep = self.enc.item_separator
            if self.indent is not None:
                level += 1
                sep += self.newline(level)
                out.append('{' + self.newline(level))
            else:
                out.append('{')
            key_sep = self.enc.key_separator
            first = True
            for key, v in (sorted(o.items()) if self.enc.sort_keys else o.items()):
                key = self.key_text(key)
                if key is None:
                    continue
                if not first:
                    out.append(sep)
                first = False
                out.append(self.quote(key))
                out.append(key_sep)
                self.collect(v, level, out)
            if self.indent is not None:
                out.append(self.newline(level - 1))
            out.append('}')
            self.leave(o)
        else:
            self.enter(o)
            self.collect(self.enc.default(o), level, out)
            self.leave(o)

    def newline(self, level):
        return '\n' + self.indent * level

    def array(self, lst, level):
        if not lst:
            yield '[]'
            return
        self.enter(lst)
        buf = '['
        sep = self.enc.item_separator
        if self.indent is not None:
            level += 1
            sep += self.newline(level)
            buf += self.newline(level)
        first = True
        for v in lst:
            if not first:
                buf = sep
            first = False
            text = self.scalar(v)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from self.value(v, level)
        if self.indent is not None:
            yield self.newline(level - 1)
        yield ']'
        self.leave(lst)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.enc.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def object(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.enter(dct)
        yield '{'
        sep = self.enc.item_separator
        if self.indent is not None:
            level += 1
            sep += self.newline(level)
            yield self.newline(level)
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        first = True
        for key, v in items:
            key = self.key_text(key)
            if key is None:
                continue
            if not first:
                yield sep
            first = False
            yield self.quote(key)
            yield self.enc.key_separator
            text = self.scalar(v)
            if text is not None:
                yield text
            else:
                yield from self.value(v, level)
        if self.indent is not None:
            yield self.newline(level - 1)
        yield '}'
        self.leave(dct)
