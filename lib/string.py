"""Character-class constants, capwords() and $-substitution Templates."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, and join them with sep (or ' ')."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)
_no_mapping = {}


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a literal $.

    Subclasses may change `delimiter`. Identifiers are ASCII letters, digits
    and underscores, not starting with a digit. (`idpattern`, `pattern` and
    `flags` are regular expressions in CPython; they are not interpreted here.)
    """

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _identifier_end(self, pos):
        """End of the identifier starting at pos, or pos if there is none."""
        s = self.template
        if pos >= len(s) or s[pos] not in _ID_START:
            return pos
        end = pos + 1
        while end < len(s) and s[end] in _ID_CHARS:
            end += 1
        return end

    def _scan(self):
        """Yield (kind, text, name, position) pieces of the template.

        kind is 'text', 'escaped', 'named', 'braced' or 'invalid'; position is
        where the part after the delimiter starts."""
        s, delim = self.template, self.delimiter
        start = 0
        while True:
            at = s.find(delim, start)
            if at < 0:
                if start < len(s):
                    yield 'text', s[start:], None, start
                return
            if at > start:
                yield 'text', s[start:at], None, start
            pos = at + len(delim)
            if s.startswith(delim, pos):
                yield 'escaped', delim, None, pos
                start = pos + len(delim)
                continue
            end = self._identifier_end(pos)
            if end > pos:
                yield 'named', s[at:end], s[pos:end], pos
                start = end
                continue
            if s.startswith('{', pos):
                end = self._identifier_end(pos + 1)
                if end > pos + 1 and s.startswith('}', end):
                    yield 'braced', s[at:end + 1], s[pos + 1:end], pos
                    start = end + 1
                    continue
            yield 'invalid', delim, None, pos
            start = pos

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = pos - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    @staticmethod
    def _mapping(mapping, kws):
        if mapping is _no_mapping:
            return kws
        if kws:
            from collections import ChainMap
            return ChainMap(kws, mapping)
        return mapping

    def substitute(self, mapping=_no_mapping, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        for kind, text, name, pos in self._scan():
            if kind == 'named' or kind == 'braced':
                out.append(str(mapping[name]))
            elif kind == 'invalid':
                self._invalid(pos)
            else:
                out.append(text)
        return ''.join(out)

    def safe_substitute(self, mapping=_no_mapping, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        for kind, text, name, pos in self._scan():
            if kind == 'named' or kind == 'braced':
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(text)
            else:
                out.append(text)
        return ''.join(out)

    def is_valid(self):
        return all(kind != 'invalid' for kind, _, _, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for kind, _, name, _ in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


class Formatter:
    """str.format() as an overridable object (basic: fields are parsed here,
    conversions and format specs are applied with format())."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        result = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used, depth, auto=None):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        auto = [0] if auto is None else auto
        for literal, field, spec, conv in self.parse(format_string):
            out.append(literal)
            if field is None:
                continue
            if field == '':
                if auto[0] is None:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                field = str(auto[0])
                auto[0] += 1
            elif field.isdigit():
                if auto[0]:
                    raise ValueError('cannot switch from automatic field '
                                     'numbering to manual field specification')
                auto[0] = None
            obj, key = self.get_field(field, args, kwargs)
            used.add(key)
            obj = self.convert_field(obj, conv)
            spec = self._vformat(spec, args, kwargs, used, depth - 1, auto)
            out.append(self.format_field(obj, spec))
        return ''.join(out)

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion)."""
        s, i, n = format_string, 0, len(format_string)
        literal = []
        while i < n:
            c = s[i]
            if c == '}':
                if s.startswith('}}', i):
                    literal.append('}')
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            if c != '{':
                literal.append(c)
                i += 1
                continue
            if s.startswith('{{', i):
                literal.append('{')
                i += 2
                continue
            depth, j = 1, i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            name, conv, spec = field, None, ''
            colon = _top_level_find(field, ':')
            if colon >= 0:
                name, spec = field[:colon], field[colon + 1:]
            bang = _top_level_find(name, '!')
            if bang >= 0:
                name, conv = name[:bang], name[bang + 1:]
                if len(conv) != 1:
                    raise ValueError('expected \':\' after conversion specifier')
            yield ''.join(literal), name, spec, conv
            literal = []
            i = j
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _top_level_find(s, ch):
    depth = 0
    for i, c in enumerate(s):
        if c == '[':
            depth += 1
        elif c == ']':
            depth -= 1
        elif c == ch and depth == 0:
            return i
    return -1


def _split_field_name(name):
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    first = int(first) if first.isdigit() else first
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
        else:
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            j += 1
        i = j
    return first, rest
