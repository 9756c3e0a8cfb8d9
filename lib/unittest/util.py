"""Helpers shared by the unittest modules: short reprs for failure messages."""

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                               _PLACEHOLDER_LEN + _MIN_END_LEN)


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _common_prefix(strings):
    first, last = min(strings), max(strings)
    n = 0
    while n < len(first) and n < len(last) and first[n] == last[n]:
        n += 1
    return first[:n]


def _shorten(s, keep_front, keep_back):
    """Replace the middle of s by '[N chars]' when that saves enough room."""
    skipped = len(s) - keep_front - keep_back
    if skipped > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (s[:keep_front], skipped, s[len(s) - keep_back:])
    return s


def _common_shorten_repr(*args):
    """The reprs of args, with a long shared prefix (and long tails) elided."""
    reprs = tuple(safe_repr(a) for a in args)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _common_prefix(reprs)
    plen = len(prefix)
    common_len = _MAX_LENGTH - (longest - plen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + r[plen:] for r in reprs)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(r[plen:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def _count_diff(actual, expected):
    """(count in actual, count in expected, element) for each element whose counts differ;
    works for unhashable elements too (quadratic then)."""
    try:
        a_counts, e_counts = {}, {}
        for x in actual:
            a_counts[x] = a_counts.get(x, 0) + 1
        for x in expected:
            e_counts[x] = e_counts.get(x, 0) + 1
    except TypeError:
        return _count_diff_unhashable(list(actual), list(expected))
    result = []
    for elem, n in a_counts.items():
        m = e_counts.get(elem, 0)
        if n != m:
            result.append((n, m, elem))
    for elem, m in e_counts.items():
        if elem not in a_counts:
            result.append((0, m, elem))
    return result


def _count_diff_unhashable(actual, expected):
    result = []
    used_a = [False] * len(actual)
    used_e = [False] * len(expected)
    for i, elem in enumerate(actual):
        if used_a[i]:
            continue
        n = 0
        for j in range(i, len(actual)):
            if not used_a[j] and actual[j] == elem:
                used_a[j] = True
                n += 1
        m = 0
        for j, other in enumerate(expected):
            if not used_e[j] and other == elem:
                used_e[j] = True
                m += 1
        if n != m:
            result.append((n, m, elem))
    for i, elem in enumerate(expected):
        if used_e[i]:
            continue
        m = 0
        for j in range(i, len(expected)):
            if not used_e[j] and expected[j] == elem:
                used_e[j] = True
                m += 1
        result.append((0, m, elem))
    return result
