"""Pathname operations for POSIX systems (imported as os.path)."""

import posix as _posix

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime", "getatime",
           "getctime", "islink", "exists", "lexists", "isdir", "isfile", "ismount",
           "expanduser", "expandvars", "normpath", "abspath", "samefile", "curdir",
           "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull",
           "realpath", "supports_unicode_filenames", "relpath", "commonpath", "isjunction",
           "isdevdrive"]


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    fspath = getattr(type(p), '__fspath__', None)
    if fspath is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    r = fspath(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError(f"expected {type(p).__name__}.__fspath__() to return str or bytes, "
                        f"not {type(r).__name__}")
    return r


def _seps(p):
    """The separator and the current-directory string in p's own type."""
    return ('/', '.') if isinstance(p, str) else (b'/', b'.')


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _fspath(a)
    sep = _seps(a)[0]
    path = a
    try:
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except TypeError:
        _check_arg_types('join', a, *p)
        raise
    return path


def _check_arg_types(funcname, *args):
    kinds = set()
    for s in args:
        if not isinstance(s, (str, bytes)) and not hasattr(type(s), '__fspath__'):
            raise TypeError(f"{funcname}() argument must be str, bytes, or os.PathLike object, "
                            f"not {type(s).__name__!r}") from None
        kinds.add(type(_fspath(s)))
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


def split(p):
    """(head, tail): tail is everything after the last slash."""
    p = _fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows it, unless the dot leads the name."""
    p = _fspath(p)
    sep, dot = _seps(p)
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # a dot that only follows other dots at the start of the name is not an extension
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def splitroot(p):
    p = _fspath(p)
    sep = _seps(p)[0]
    empty = p[:0]
    if p[:1] != sep:
        return empty, empty, p
    if p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = _fspath(p)
    sep = _seps(p)[0]
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1, s2 = min(m), max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    sep, cur = _seps(paths[0])
    try:
        split_paths = [p.split(sep) for p in paths]
        isabs_set = {p[:1] == sep for p in paths}
    except TypeError:
        raise TypeError("Can't mix strings and bytes in path components") from None
    if len(isabs_set) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != cur] for s in split_paths]
    s1, s2 = min(split_paths), max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs_set.pop() else sep[:0]
    return prefix + sep.join(common)


def _stat_or_none(path, follow=True):
    try:
        return (_posix.stat if follow else _posix.lstat)(_fspath(path))
    except (OSError, ValueError):
        return None


_S_IFMT, _S_IFDIR, _S_IFREG, _S_IFLNK = 0o170000, 0o040000, 0o100000, 0o120000


def exists(path):
    return _stat_or_none(path) is not None


def lexists(path):
    return _stat_or_none(path, False) is not None


def isdir(s):
    st = _stat_or_none(s)
    return st is not None and st[0] & _S_IFMT == _S_IFDIR


def isfile(path):
    st = _stat_or_none(path)
    return st is not None and st[0] & _S_IFMT == _S_IFREG


def islink(path):
    st = _stat_or_none(path, False)
    return st is not None and st[0] & _S_IFMT == _S_IFLNK


def isjunction(path):
    _fspath(path)
    return False


def isdevdrive(path):
    _fspath(path)
    return False


def ismount(path):
    path = _fspath(path)
    st = _stat_or_none(path, False)
    if st is None or st[0] & _S_IFMT != _S_IFDIR:
        return False
    parent = _stat_or_none(join(path, '..' if isinstance(path, str) else b'..'), False)
    return parent is None or parent[2] != st[2] or parent[1] == st[1]


def getsize(filename):
    return _posix.stat(_fspath(filename))[6]


def getatime(filename):
    return _posix.stat(_fspath(filename))[7]


def getmtime(filename):
    return _posix.stat(_fspath(filename))[8]


def getctime(filename):
    return _posix.stat(_fspath(filename))[9]


def samefile(f1, f2):
    s1, s2 = _posix.stat(_fspath(f1)), _posix.stat(_fspath(f2))
    return s1[1] == s2[1] and s1[2] == s2[2]


def expanduser(path):
    path = _fspath(path)
    tilde = '~' if isinstance(path, str) else b'~'
    if not path.startswith(tilde):
        return path
    sep = _seps(path)[0]
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path         # ~user: the password database is not available
    home = _posix._environ().get('HOME')
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def expandvars(path):
    """Replace $name and ${name} with environment values; unknown names are kept."""
    path = _fspath(path)
    is_bytes = isinstance(path, bytes)
    s = path.decode() if is_bytes else path
    if '$' not in s:
        return path
    env = _posix._environ()
    out = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if s.startswith('{', i + 1):
            j = s.find('}', i + 2)
            name = s[i + 2:j] if j >= 0 else ''
            end = j + 1
        else:
            j = i + 1
            while j < n and (s[j].isalnum() or s[j] == '_'):
                j += 1
            name = s[i + 1:j]
            end = j
        if name and name in env:
            out.append(env[name])
            i = end
        else:
            out.append(c)
            i += 1
    r = ''.join(out)
    return r.encode() if is_bytes else r


def normpath(path):
    """Collapse redundant separators and '.'/'..' components (without touching the disk)."""
    path = _fspath(path)
    sep, cur = _seps(path)
    par = cur + cur
    if not path:
        return cur
    _, initial, rest = splitroot(path)
    comps = []
    for comp in rest.split(sep):
        if not comp or comp == cur:
            continue
        if comp != par or (not initial and not comps) or (comps and comps[-1] == par):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = initial + sep.join(comps)
    return path or cur


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = _posix.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """abspath with symbolic links left unresolved (readlink is not available)."""
    return abspath(filename)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    sep, cur = _seps(path)
    if start is None:
        start = cur
    else:
        start = _fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [cur + cur] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return cur
    return join(*rel_list)
