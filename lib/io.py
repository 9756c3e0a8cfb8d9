"""io — files and in-memory streams (minnow).

The raw file is _io.FileIO (src/modules/io.c, buffered by the C library).  Here:
the binary file classes (thin mode-checking layers over FileIO), TextIOWrapper
(decoding, newline translation), StringIO and BytesIO, and open()."""

from _io import FileIO, DEFAULT_BUFFER_SIZE, _native

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


def _closed_error():
    return ValueError("I/O operation on closed file.")


class IOBase:
    __module__ = '_io'
    _closed = False

    @property
    def closed(self):
        return self._closed

    def _check_closed(self):
        if self.closed:
            raise _closed_error()

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None:
            hint = -1
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def close(self):
        self._closed = True

    def fileno(self):
        raise UnsupportedOperation("fileno")


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


# ---- binary files ----

class _Buffered(BufferedIOBase):
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def __repr__(self):
        return "<_io.%s name=%r>" % (type(self).__name__, self.raw.name)

    def _check(self, what):
        if self.raw.closed:
            raise ValueError(what + " closed file")

    def _check_readable(self, what):
        self._check(what)
        if not self.raw.readable():
            raise UnsupportedOperation("read")

    def _check_writable(self, what):
        self._check(what)
        if not self.raw.writable():
            raise UnsupportedOperation("write")

    def read(self, size=-1):
        self._check_readable("read of")
        return self.raw.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_readable("readline of")
        return self.raw.readline(size)

    def peek(self, size=0):
        self._check_readable("peek of")
        pos = self.raw.tell()
        data = self.raw.read(max(size, 1))
        self.raw.seek(pos)
        return data

    def write(self, b):
        self._check_writable("write to")
        return self.raw.write(b)

    def seek(self, pos, whence=0):
        if whence not in (0, 1, 2):
            raise ValueError("whence value %r unsupported" % (whence,))
        self._check("seek of")
        return self.raw.seek(pos, whence)

    def tell(self):
        if self.raw.closed:
            raise ValueError("I/O operation on closed file")
        return self.raw.tell()

    def truncate(self, pos=None):
        self._check_writable("truncate of")
        return self.raw.truncate(pos)

    def flush(self):
        self._check("flush of")
        self.raw.flush()

    def close(self):
        self.raw.close()

    def detach(self):
        return self.raw

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()


class BufferedReader(_Buffered):
    pass


class BufferedWriter(_Buffered):
    pass


class BufferedRandom(_Buffered):
    pass


# ---- text files ----

_LATIN = ('ascii', 'us-ascii', 'latin-1', 'latin1', 'latin_1', 'iso-8859-1', 'iso8859-1')


def _utf8_cut(b):
    """Length of the prefix of b that ends on a UTF-8 character boundary."""
    n = len(b)
    i = n - 1
    while i >= 0 and n - i <= 4 and (b[i] & 0xC0) == 0x80:
        i -= 1
    if i < 0 or n - i > 4:
        return n
    c = b[i]
    if c < 0x80 or c < 0xC0:
        return n
    need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
    return i if n - i < need else n


def _translate(s):
    if '\r' in s:
        s = s.replace('\r\n', '\n').replace('\r', '\n')
    return s


class TextIOWrapper(TextIOBase):
    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if encoding is None:
            encoding = 'UTF-8'
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is None:
            errors = 'strict'
        _check_newline(newline)
        ''.encode(encoding)         # LookupError for an unknown encoding
        self.buffer = buffer
        self._raw = getattr(buffer, 'raw', buffer)
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._mode = None
        self.line_buffering = line_buffering
        self.write_through = write_through
        low = encoding.lower()
        self._utf8 = low.replace('-', '_') in ('utf_8', 'utf8', 'u8', 'utf')
        self._whole = low.startswith('utf') and not self._utf8   # utf-16/32: decode at once
        # over a FileIO, an ASCII-compatible encoding is read by the C code directly
        self._fast = self._raw if type(self._raw) is FileIO and (self._utf8 or low in _LATIN) else None
        self._pending = ''          # decoded text not yet consumed, newlines untranslated
        self._pos = 0
        self._undecoded = b''
        self._eof = False
        self._seen = 0              # kinds of newlines met: 1 '\r', 2 '\n', 4 '\r\n'
        self._read_start = None     # where reading began (see _skip_read_ahead)

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    closed = property(lambda self: self.buffer.closed)
    name = property(lambda self: self.buffer.name)

    @property
    def mode(self):
        return self._mode

    @mode.setter
    def mode(self, value):
        self._mode = value

    @property
    def newlines(self):
        seen = self._seen | (self._fast._newlines_seen if self._fast is not None else 0)
        kinds = [k for bit, k in ((1, '\r'), (2, '\n'), (4, '\r\n')) if seen & bit]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    def __repr__(self):
        r = "<_io.TextIOWrapper"
        try:
            r += " name=%r" % (self.name,)
        except AttributeError:
            pass
        if self._mode is not None:
            r += " mode=%r" % (self._mode,)
        return r + " encoding=%r>" % (self._encoding,)

    def readable(self):
        self._check_closed()
        return self._raw.readable()

    def writable(self):
        self._check_closed()
        return self._raw.writable()

    def seekable(self):
        self._check_closed()
        return self._raw.seekable()

    def fileno(self):
        return self._raw.fileno()

    def isatty(self):
        return self._raw.isatty()

    def detach(self):
        return self.buffer

    def flush(self):
        self._check_closed()
        self._raw.flush()

    def close(self):
        self.buffer.close()

    # -- reading --

    def _check_readable(self):
        if self.buffer.closed:
            raise _closed_error()
        if not self._raw.readable():
            raise UnsupportedOperation("not readable")

    def _fill(self):
        """Decode one more chunk into the pending text; False at end of file."""
        if self._eof:
            return False
        data = self._raw.read(-1 if self._whole else DEFAULT_BUFFER_SIZE)
        if not data or self._whole:
            self._eof = True
        data = self._undecoded + data
        cut = len(data)
        if self._utf8 and not self._eof:
            cut = _utf8_cut(data)
        self._undecoded = data[cut:]
        text = data[:cut].decode(self._encoding, self._errors)
        if self._pos:
            self._pending = self._pending[self._pos:] + text
            self._pos = 0
        else:
            self._pending += text
        return bool(text) or not self._eof

    def _note_newlines(self, s):
        if '\r' in s:
            crlf = s.count('\r\n')
            if crlf:
                self._seen |= 4
            if s.count('\r') > crlf:
                self._seen |= 1
            if s.count('\n') > crlf:
                self._seen |= 2
        elif '\n' in s:
            self._seen |= 2

    def _take(self, end):
        """Consume pending[pos:end], translated as the newline mode asks."""
        s = self._pending[self._pos:end]
        self._pos = end
        if self._newline is None:
            self._note_newlines(s)
            return _translate(s)
        return s

    def read(self, size=-1):
        self._check_readable()
        size = _size(size)
        if self._fast is not None:
            if self._read_start is None:
                self._read_start = self._fast.tell()
            return self._fast._read_text(size, self._encoding, self._errors, self._newline)
        if size < 0:
            if not self._eof:       # everything left, in one read
                data = self._undecoded + self._raw.read(-1)
                self._undecoded = b''
                self._eof = True
                self._pending = self._pending[self._pos:] + data.decode(self._encoding, self._errors)
                self._pos = 0
            return self._take(len(self._pending))
        while not self._eof:
            rest = self._pending[self._pos:]
            # more than size characters: whether a last '\r' starts a '\r\n' is known
            if len(rest) - (rest.count('\r\n') if self._newline is None else 0) > size:
                break
            if not self._fill():
                break
        p = self._pending
        end = min(self._pos + size, len(p))
        if self._newline is None:
            while True:
                if end < len(p) and p[end - 1] == '\r' and p[end] == '\n':
                    end += 1
                s = p[self._pos:end]
                got = len(s) - s.count('\r\n')
                if got >= size or end >= len(p):
                    break
                end = min(end + size - got, len(p))
        return self._take(end)

    def _line_end(self, start):
        """Index just past the first line ending at or after start, or -1."""
        p = self._pending
        nl = self._newline
        if nl is None or nl == '':
            i = p.find('\n', start)
            j = p.find('\r', start, i if i >= 0 else len(p))
            if j < 0:
                return i + 1 if i >= 0 else -1
            if j + 1 < len(p):
                return j + 2 if p[j + 1] == '\n' else j + 1
            return j + 1 if self._eof else -1       # '\r' last: '\n' may follow
        i = p.find(nl, start)
        return i + len(nl) if i >= 0 else -1

    def readline(self, size=-1):
        self._check_readable()
        size = _size(size, "index")
        if self._fast is not None:
            if self._read_start is None:
                self._read_start = self._fast.tell()
            return self._fast._readline_text(size, self._encoding, self._errors, self._newline)
        while True:
            end = self._line_end(self._pos)
            if end >= 0:
                break
            if size >= 0 and len(self._pending) - self._pos > size:
                end = len(self._pending)
                break
            if not self._fill():
                end = len(self._pending)
                break
        if size >= 0 and end - self._pos > size:
            end = self._pos + size
            if self._newline is None and self._pending[end - 1:end] == '\r' and \
                    self._pending[end:end + 1] == '\n':
                end += 1
        return self._take(end)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- writing --

    def write(self, s):
        if self.buffer.closed:
            raise _closed_error()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not self._raw.writable():
            raise UnsupportedOperation("not writable")
        n = len(s)
        if self._read_start is not None:
            self._skip_read_ahead()
        if self._pending or self._undecoded:
            self._rewind()
        nl = self._newline
        text = s
        if nl is not None and nl != '' and nl != '\n' and '\n' in text:
            text = text.replace('\n', nl)
        self._raw.write(text.encode(self._encoding, self._errors))
        if self.line_buffering and ('\n' in s or '\r' in s):
            self._raw.flush()
        return n

    def _skip_read_ahead(self):
        """CPython reads text in chunks of 8192 bytes, and a write after a read lands
        after the last chunk read: the C reader reads ahead nothing, so move there."""
        raw = self._fast
        here = raw.tell()
        ahead = here - self._read_start
        ahead = max(8192, (ahead + 8191) // 8192 * 8192)
        end = raw.seek(0, 2)
        raw.seek(min(self._read_start + ahead, end))
        self._read_start = None

    def _rewind(self):
        """Drop the read-ahead: like CPython, a write after a read lands where the
        underlying buffer stands, after the chunk read ahead."""
        self._pending = ''
        self._pos = 0
        self._undecoded = b''
        self._eof = False

    # -- positioning --

    def tell(self):
        self._check_closed()
        pos = self._raw.tell() - len(self._undecoded)
        rest = self._pending[self._pos:]
        if rest:
            pos -= len(rest.encode(self._encoding, self._errors))
        return pos

    def seek(self, cookie, whence=0):
        self._check_closed()
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
        elif whence != 0:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        elif cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self._pending = ''
        self._pos = 0
        self._undecoded = b''
        self._eof = False
        self._read_start = None
        return self._raw.seek(cookie, whence)

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self.tell()
        self.seek(self.tell())
        return self._raw.truncate(pos)


def _size(size, what="integer"):
    if size is None:
        return -1
    if isinstance(size, int):
        return size
    index = getattr(type(size), '__index__', None)
    if index is None:
        if what == "index":
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return index(size)


def _check_newline(newline):
    if newline is not None and not isinstance(newline, str):
        raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                        % type(newline).__name__)
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError("illegal newline value: %s" % (newline,))


# ---- in-memory streams ----

class StringIO(TextIOBase):
    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._newline = newline
        self._buf = self._in(initial_value)
        self._chunks = None         # writes appended at the end, joined lazily
        self._pos = 0

    def _check_closed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _in(self, s):
        nl = self._newline
        if nl is None:
            return _translate(s)
        if nl not in ('', '\n') and '\n' in s:
            return s.replace('\n', nl)
        return s

    def _value(self):
        if self._chunks:
            self._buf = self._buf + ''.join(self._chunks)
            self._chunks = None
        return self._buf

    def getvalue(self):
        self._check_closed()
        return self._value()

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if not n:
            return 0
        s = self._in(s)
        size = len(self._buf) + (self._chunk_len if self._chunks else 0)
        if self._pos == size:
            if self._chunks is None:
                self._chunks = []
                self._chunk_len = 0
            self._chunks.append(s)
            self._chunk_len += len(s)
        else:
            buf = self._value()
            if self._pos > len(buf):
                buf += '\0' * (self._pos - len(buf))
            self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._pos += len(s)
        return n

    def read(self, size=-1):
        self._check_closed()
        size = _size(size)
        buf = self._value()
        if size < 0:
            end = len(buf)
        else:
            end = min(self._pos + size, len(buf))
        if self._pos >= end:
            return ''
        s = buf[self._pos:end]
        self._pos = end
        return s

    def readline(self, size=-1):
        self._check_closed()
        size = _size(size)
        buf = self._value()
        if self._pos >= len(buf):
            return ''
        nl = self._newline
        if nl is None or nl == '\n':
            i = buf.find('\n', self._pos)
            end = len(buf) if i < 0 else i + 1
        elif nl == '':
            i = buf.find('\n', self._pos)
            j = buf.find('\r', self._pos, i if i >= 0 else len(buf))
            if j >= 0:
                end = j + 2 if buf[j + 1:j + 2] == '\n' else j + 1
            else:
                end = len(buf) if i < 0 else i + 1
        else:
            i = buf.find(nl, self._pos)
            end = len(buf) if i < 0 else i + len(nl)
        if size >= 0:
            end = min(end, self._pos + size)
        s = buf[self._pos:end]
        self._pos = end
        return s

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._value())
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError("Negative size value %d" % size)
        buf = self._value()
        if size < len(buf):
            self._buf = buf[:size]
        return size

    def close(self):
        self._closed = True


class BytesIO(BufferedIOBase):
    def __init__(self, initial_bytes=None):
        self._buf = bytearray(initial_bytes) if initial_bytes is not None else bytearray()
        self._pos = 0

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_closed()
        return self._buf

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        n = len(b)
        if not n:
            return 0
        buf = self._buf
        pos = self._pos
        if pos == len(buf):
            buf += b
        else:
            if pos > len(buf):
                buf += bytes(pos - len(buf))
            buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_closed()
        size = _size(size)
        buf = self._buf
        if size < 0:
            end = len(buf)
        else:
            end = min(self._pos + size, len(buf))
        if self._pos >= end:
            return b''
        b = bytes(buf[self._pos:end])
        self._pos = end
        return b

    read1 = read

    def readline(self, size=-1):
        self._check_closed()
        size = _size(size)
        buf = self._buf
        if self._pos >= len(buf):
            return b''
        i = buf.find(b'\n', self._pos)
        end = len(buf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, self._pos + size)
        b = bytes(buf[self._pos:end])
        self._pos = end
        return b

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def close(self):
        self._closed = True


# These are C types in CPython: their errors show no frames of this file.
for _c in (IOBase, RawIOBase, BufferedIOBase, TextIOBase, BufferedReader, BufferedWriter,
           BufferedRandom, TextIOWrapper, StringIO, BytesIO):
    _c.__module__ = '_io'
    for _name, _f in list(_c.__dict__.items()):
        if type(_f) is type(_closed_error) and (not _name.startswith('_') or _name in
                ('__init__', '__next__', '__iter__', '__enter__', '__exit__')):
            _fast = _name.strip('_') if _name in ('__next__', 'readline', 'read', 'write') else None
            if _c is StringIO or _c is BytesIO:
                _fast = None
            setattr(_c, _name, _native(_f, _fast))
del _c, _name, _f, _fast


# ---- open ----

def _open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if not isinstance(file, (str, bytes, int)):
        fspath = getattr(type(file), '__fspath__', None)
        if fspath is None:
            raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(file).__name__)
        file = fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not %s" % type(errors).__name__)
    if newline is not None and not isinstance(newline, str):
        raise TypeError("open() argument 'newline' must be str or None, not %s" % type(newline).__name__)
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % (mode,))
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                      "the default buffer size will be used", RuntimeWarning, 2)
    if not binary:
        _check_newline(newline)
        if buffering == 0:
            raise ValueError("can't have unbuffered text I/O")
    rawmode = ("x" if creating else "r" if reading else "w" if writing else "a") + ("+" if updating else "")
    if opener is None:
        raw = FileIO(file, rawmode + "b", closefd)
    else:
        import posix
        flags = posix.O_RDWR if updating else posix.O_RDONLY if reading else posix.O_WRONLY
        if writing:
            flags |= posix.O_CREAT | posix.O_TRUNC
        elif appending:
            flags |= posix.O_CREAT | posix.O_APPEND
        elif creating:
            flags |= posix.O_CREAT | posix.O_EXCL
        fd = opener(file, flags)
        if not isinstance(fd, int):
            raise TypeError("expected integer from opener")
        if fd < 0:
            raise ValueError("opener returned %d" % fd)
        raw = FileIO(fd, rawmode + "b", closefd)
        raw.name = file
    try:
        if binary and buffering == 0:
            return raw
        if updating:
            buf = BufferedRandom(raw)
        elif reading:
            buf = BufferedReader(raw)
        else:
            buf = BufferedWriter(raw)
        if binary:
            return buf
        wrapper = TextIOWrapper(buf, encoding, errors, newline, buffering == 1)
        wrapper.mode = mode
        return wrapper
    except BaseException:
        raw.close()
        raise


# The builtin open() (src/modules/io.c) calls _open; io.open is the builtin itself.
import builtins as _builtins
open = _builtins.open
del _builtins
