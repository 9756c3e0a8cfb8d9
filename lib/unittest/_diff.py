"""The text diffs of assertEqual failure messages: a line diff with '? ' hint lines
under similar lines (the format of difflib.ndiff) and a pretty-printer for containers
(the layout of pprint.pformat at width 80)."""

__unittest = True


def _is_char_junk(ch):
    return ch in ' \t'


class _Matcher:
    """Longest-common-block matching of two sequences, ignoring 'junk' elements of the
    second one as anchors and, for long second sequences, very popular elements."""

    def __init__(self, isjunk=None, a=(), b=()):
        self.isjunk = isjunk
        self.a = a
        self.set_seq2(b)

    def set_seq1(self, a):
        self.a = a
        self._blocks = None

    def set_seq2(self, b):
        self.b = b
        self._blocks = None
        positions = {}
        for j, elt in enumerate(b):
            positions.setdefault(elt, []).append(j)
        self.bjunk = set()
        if self.isjunk is not None:
            for elt in list(positions):
                if self.isjunk(elt):
                    self.bjunk.add(elt)
                    del positions[elt]
        n = len(b)
        if n >= 200:
            limit = n // 100 + 1
            for elt, idxs in list(positions.items()):
                if len(idxs) > limit:
                    del positions[elt]
        self.b2j = positions
        self._fullcount = None

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def _longest(self, alo, ahi, blo, bhi):
        a, b, b2j, bjunk = self.a, self.b, self.b2j, self.bjunk
        besti, bestj, bestsize = alo, blo, 0
        run = {}
        for i in range(alo, ahi):
            new_run = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = new_run[j] = run.get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            run = new_run
        # grow the block over equal non-junk neighbours (popular elements), then junk
        while (besti > alo and bestj > blo and b[bestj - 1] not in bjunk and
               a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi and
               b[bestj + bestsize] not in bjunk and a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        while (besti > alo and bestj > blo and b[bestj - 1] in bjunk and
               a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi and
               b[bestj + bestsize] in bjunk and a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        return besti, bestj, bestsize

    def matching_blocks(self):
        if self._blocks is not None:
            return self._blocks
        la, lb = len(self.a), len(self.b)
        pending = [(0, la, 0, lb)]
        found = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = self._longest(alo, ahi, blo, bhi)
            if k:
                found.append((i, j, k))
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in found:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self._blocks = merged
        return merged

    def opcodes(self):
        i = j = 0
        out = []
        for ai, bj, size in self.matching_blocks():
            tag = ''
            if i < ai and j < bj:
                tag = 'replace'
            elif i < ai:
                tag = 'delete'
            elif j < bj:
                tag = 'insert'
            if tag:
                out.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                out.append(('equal', ai, i, bj, j))
        return out

    def ratio(self):
        matches = sum(size for _, _, size in self.matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self._fullcount is None:
            self._fullcount = counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
        avail = {}
        matches = 0
        for elt in self.a:
            n = avail[elt] if elt in avail else self._fullcount.get(elt, 0)
            avail[elt] = n - 1
            if n > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


def _dump(tag, lines, lo, hi):
    for i in range(lo, hi):
        yield '%s %s' % (tag, lines[i])


def _plain_replace(a, alo, ahi, b, blo, bhi):
    if bhi - blo < ahi - alo:
        yield from _dump('+', b, blo, bhi)
        yield from _dump('-', a, alo, ahi)
    else:
        yield from _dump('-', a, alo, ahi)
        yield from _dump('+', b, blo, bhi)


def _keep_whitespace(line, tags):
    return ''.join(c if t == ' ' and c.isspace() else t for c, t in zip(line, tags))


def _hinted_pair(aline, bline, atags, btags):
    atags = _keep_whitespace(aline, atags).rstrip()
    btags = _keep_whitespace(bline, btags).rstrip()
    yield '- ' + aline
    if atags:
        yield '? %s\n' % atags
    yield '+ ' + bline
    if btags:
        yield '? %s\n' % btags


def _fancy_replace(a, alo, ahi, b, blo, bhi):
    """A replaced block: pair up the most similar lines and mark their differences."""
    best_ratio, cutoff = 0.74, 0.75
    chars = _Matcher(_is_char_junk)
    eqi = eqj = None
    best_i = best_j = None
    for j in range(blo, bhi):
        bj = b[j]
        chars.set_seq2(bj)
        for i in range(alo, ahi):
            ai = a[i]
            if ai == bj:
                if eqi is None:
                    eqi, eqj = i, j
                continue
            chars.set_seq1(ai)
            if (chars.real_quick_ratio() > best_ratio and chars.quick_ratio() > best_ratio
                    and chars.ratio() > best_ratio):
                best_ratio, best_i, best_j = chars.ratio(), i, j
    if best_ratio < cutoff:
        if eqi is None:
            yield from _plain_replace(a, alo, ahi, b, blo, bhi)
            return
        best_i, best_j, best_ratio = eqi, eqj, 1.0
    else:
        eqi = None
    yield from _fancy_between(a, alo, best_i, b, blo, best_j)
    aelt, belt = a[best_i], b[best_j]
    if eqi is None:
        atags = btags = ''
        chars.set_seqs(aelt, belt)
        for tag, ai1, ai2, bj1, bj2 in chars.opcodes():
            la, lb = ai2 - ai1, bj2 - bj1
            if tag == 'replace':
                atags += '^' * la
                btags += '^' * lb
            elif tag == 'delete':
                atags += '-' * la
            elif tag == 'insert':
                btags += '+' * lb
            else:
                atags += ' ' * la
                btags += ' ' * lb
        yield from _hinted_pair(aelt, belt, atags, btags)
    else:
        yield '  ' + aelt
    yield from _fancy_between(a, best_i + 1, ahi, b, best_j + 1, bhi)


def _fancy_between(a, alo, ahi, b, blo, bhi):
    if alo < ahi:
        if blo < bhi:
            yield from _fancy_replace(a, alo, ahi, b, blo, bhi)
        else:
            yield from _dump('-', a, alo, ahi)
    elif blo < bhi:
        yield from _dump('+', b, blo, bhi)


def ndiff(a, b):
    """Lines '- ', '+ ', '  ' and '? ' comparing the line lists a and b."""
    lines = _Matcher(None, a, b)
    for tag, alo, ahi, blo, bhi in lines.opcodes():
        if tag == 'replace':
            yield from _fancy_replace(a, alo, ahi, b, blo, bhi)
        elif tag == 'delete':
            yield from _dump('-', a, alo, ahi)
        elif tag == 'insert':
            yield from _dump('+', b, blo, bhi)
        else:
            yield from _dump(' ', a, alo, ahi)


# ---- pretty-printing (pprint.pformat layout, width 80, indent 1) ----

_WIDTH = 80


def _sorted(items):
    try:
        return sorted(items)
    except TypeError:
        return list(items)


def _one_line(obj):
    """repr, but dicts (also nested in lists, tuples and dicts) with sorted keys."""
    t = type(obj)
    if t.__repr__ is dict.__repr__ and obj:
        try:
            keys = sorted(obj)
        except TypeError:
            keys = list(obj)
        return '{%s}' % ', '.join('%s: %s' % (_one_line(k), _one_line(obj[k])) for k in keys)
    if t.__repr__ is list.__repr__:
        return '[%s]' % ', '.join(_one_line(x) for x in obj)
    if t.__repr__ is tuple.__repr__:
        if len(obj) == 1:
            return '(%s,)' % _one_line(obj[0])
        return '(%s)' % ', '.join(_one_line(x) for x in obj)
    return repr(obj)


def _format(obj, out, indent, allowance):
    rep = _one_line(obj)
    if len(rep) <= _WIDTH - indent - allowance:
        out.append(rep)
        return
    t = type(obj)
    if t.__repr__ is list.__repr__:
        out.append('[')
        _format_items(obj, out, indent, allowance + 1)
        out.append(']')
    elif t.__repr__ is tuple.__repr__:
        end = ',)' if len(obj) == 1 else ')'
        out.append('(')
        _format_items(obj, out, indent, allowance + len(end))
        out.append(end)
    elif t.__repr__ is dict.__repr__ and obj:
        out.append('{')
        items = list(obj.items())
        try:
            items.sort(key=lambda kv: kv[0])
        except TypeError:
            pass
        inner = indent + 1
        for n, (key, value) in enumerate(items):
            last = n == len(items) - 1
            krep = _one_line(key)
            out.append(krep + ': ')
            _format(value, out, inner + len(krep) + 2, allowance + 1 if last else 1)
            if not last:
                out.append(',\n' + ' ' * inner)
        out.append('}')
    elif t.__repr__ is str.__repr__ and obj:
        _format_str(obj, out, indent, allowance)
    elif t.__repr__ in (set.__repr__, frozenset.__repr__) and obj:
        if t is set:
            out.append('{')
            end = '}'
        else:
            out.append(t.__name__ + '({')
            end = '})'
            indent += len(t.__name__) + 1
        _format_items(_sorted(obj), out, indent, allowance + len(end))
        out.append(end)
    else:
        out.append(rep)


def _format_str(text, out, indent, allowance):
    """A long string inside a container: one repr per line of text, long lines cut
    after runs of whitespace, as adjacent literals on successive lines."""
    import re
    chunks = []
    lines = text.splitlines(True)
    max_width = _WIDTH - indent
    for i, line in enumerate(lines):
        last_line = i == len(lines) - 1
        rep = repr(line)
        if len(rep) <= max_width - (allowance if last_line else 0):
            chunks.append(rep)
            continue
        parts = re.findall(r'\S*\s*', line)[:-1]
        current = ''
        for j, part in enumerate(parts):
            limit = max_width
            if last_line and j == len(parts) - 1:
                limit -= allowance
            candidate = current + part
            if len(repr(candidate)) > limit:
                if current:
                    chunks.append(repr(current))
                current = part
            else:
                current = candidate
        if current:
            chunks.append(repr(current))
    out.append(('\n' + ' ' * indent).join(chunks))


def _format_items(items, out, indent, allowance):
    indent += 1
    items = list(items)
    for n, item in enumerate(items):
        last = n == len(items) - 1
        if n:
            out.append(',\n' + ' ' * indent)
        _format(item, out, indent, allowance if last else 1)


def pformat(obj):
    out = []
    _format(obj, out, 0, 0)
    return ''.join(out)
