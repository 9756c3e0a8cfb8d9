/* io.c (module _io) — the raw file object under lib/io.py, and the builtin open().
 *
 * _io.FileIO wraps a stdio FILE* opened on a file descriptor, so reads and writes are
 * buffered by the C library and every file still open is flushed when the process
 * exits (exit() flushes all streams).  The collector's finalizer closes a file that
 * was never closed.  Mode checks, text decoding, newline translation, StringIO and
 * BytesIO live in lib/io.py on top of this type; the builtin open() here calls io._open. */
#include "code.h"
#include "containers.h"
#include "eval.h"
#include "frame.h"
#include "func.h"
#include "builtins.h"
#include "error.h"
#include "gc.h"
#include "module.h"
#include "str.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct FileIO {
    Obj hdr;
    FILE *fp;               /* NULL once closed */
    int fd;
    bool readable, writable, appending, created, closefd;
    int last;               /* the last operation: 0 none, 'r' read, 'w' write */
    int seen;               /* newline kinds read as text: 1 '\r', 2 '\n', 4 '\r\n' */
    Value name;             /* what was passed: a path or the fd */
} FileIO;

Type type_fileio;

#define FIO(v) ((FileIO *)as_obj(v))
#define IO_FN(name) static Value name(Value self, Value *args, size_t nargs, Tuple *kwnames)

static Value raise_errno(int err, Value path) {
    Value a[3] = {v_int(err), str_value_cstr(strerror(err)), path};
    Value exc = obj_call(v_obj(&exc_OSError), a, is_null(path) ? 2 : 3, NULL);
    return is_null(exc) ? NULLV : raise_value(exc);
}

static void fileio_trace(Obj *o) { gc_mark_value(((FileIO *)o)->name); }

static void fileio_finalize(Obj *o) {
    FileIO *f = (FileIO *)o;
    if (!f->fp) return;
    if (f->closefd) fclose(f->fp);
    else fflush(f->fp);
    f->fp = NULL;
}

/* FileIO(file, mode='r', closefd=True): mode as CPython's FileIO takes it. */
static Value fileio_new(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    (void)type;
    static const char *const kw[] = {"file", "mode", "closefd"};
    static const ArgSpec spec = {"FileIO", kw, 3, 0, 1, 3};
    Value a[3];
    if (!bind_args(&spec, args, nargs, kwnames, a)) return NULLV;
    const char *mode = "r";
    if (!is_null(a[1])) {
        if (!is_str(a[1]))
            return raise_fmt(&exc_TypeError, "FileIO() argument 'mode' must be str, not %s", type_name_of(a[1]));
        mode = as_str(a[1])->data;
    }
    bool rd = false, wr = false, app = false, cr = false, plus = false, trunc = false;
    int kinds = 0;
    for (const char *m = mode; *m; m++) {
        switch (*m) {
        case 'r': rd = true; kinds++; break;
        case 'w': wr = trunc = true; kinds++; break;
        case 'a': wr = app = true; kinds++; break;
        case 'x': wr = cr = true; kinds++; break;
        case '+': if (plus) goto bad; plus = true; break;
        case 'b': break;
        default: goto bad;
        }
    }
    if (kinds != 1) {
        return raise_msg(&exc_ValueError,
                         "Must have exactly one of create/read/write/append mode and at most one plus");
    bad:
        return raise_fmt(&exc_ValueError, "invalid mode: %s", mode);
    }
    if (plus) rd = wr = true;
    int flags = (rd && wr) ? O_RDWR : wr ? O_WRONLY : O_RDONLY;
    if (trunc) flags |= O_CREAT | O_TRUNC;
    if (app) flags |= O_CREAT | O_APPEND;
    if (cr) flags |= O_CREAT | O_EXCL;
    bool closefd = true;
    if (!is_null(a[2])) {
        int t = obj_truthy(a[2]);
        if (t < 0) return NULLV;
        closefd = t;
    }

    int fd;
    Value file = a[0];
    if (is_int(file) || is_bool(file)) {
        if (as_int(file) < 0) return raise_msg(&exc_ValueError, "negative file descriptor");
        fd = (int)as_int(file);
        if (!closefd) {}
    } else {
        const char *path;
        if (is_str(file)) {
            path = as_str(file)->data;
            if (strlen(path) != as_str(file)->nbytes)
                return raise_msg(&exc_ValueError, "embedded null byte");
        } else if (is_bytes(file)) {
            path = as_bytes(file)->data;
            if (strlen(path) != as_bytes(file)->len)
                return raise_msg(&exc_ValueError, "embedded null byte");
        } else {
            return raise_fmt(&exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                             type_name_of(file));
        }
        if (!closefd) return raise_msg(&exc_ValueError, "Cannot use closefd=False with file name");
        do fd = open(path, flags | O_CLOEXEC, 0666); while (fd < 0 && errno == EINTR);
        if (fd < 0) return raise_errno(errno, file);
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            return raise_errno(EISDIR, file);
        }
    }
    /* The descriptor already carries truncation and O_APPEND: fdopen must not redo them. */
    const char *fmode = (rd && wr) ? (app ? "a+" : "r+") : wr ? (app ? "a" : "w") : "r";
    FILE *fp = fdopen(fd, fmode);
    if (!fp) {
        int err = errno;
        if (closefd && !is_int(file)) close(fd);
        return raise_errno(err, NULLV);
    }
    FileIO *f = gc_alloc(&type_fileio, sizeof *f);
    if (!f) { fclose(fp); return NULLV; }
    f->fp = fp;
    f->fd = fd;
    f->readable = rd;
    f->writable = wr;
    f->appending = app;
    f->created = cr;
    f->closefd = closefd;
    f->name = file;
    if (app) fseeko(fp, 0, SEEK_END);
    return v_obj(f);
}

static bool check_open(FileIO *f) {
    if (f->fp) return true;
    raise_msg(&exc_ValueError, "I/O operation on closed file.");
    return false;
}

/* ISO C: switching between reading and writing needs a flush or a seek in between. */
static void switch_to(FileIO *f, int op) {
    if (f->last && f->last != op) {
        if (f->last == 'w') fflush(f->fp);
        else fseeko(f->fp, 0, SEEK_CUR);
    }
    f->last = op;
}

/* A size argument: an int (through __index__) or None for -1, with CPython's errors. */
static bool size_arg(Value v, int64_t *out) {
    *out = -1;
    if (is_null(v) || is_none(v)) return true;
    if (is_int(v) || is_bool(v)) { *out = v.u.i; return true; }
    if (!type_of(v)->index && !is_instance(v, &type_int)) {
        raise_fmt(&exc_TypeError, "argument should be integer or None, not '%s'", type_name_of(v));
        return false;
    }
    Value i = obj_index(v);
    if (is_null(i)) return false;
    if (is_int(i) || is_bool(i)) { *out = i.u.i; return true; }
    raise_msg(&exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    return false;
}

IO_FN(fileio_read) {
    (void)kwnames;
    FileIO *f = FIO(self);
    int64_t n;
    if (!check_nargs("read", nargs, 0, 1) || !size_arg(nargs ? args[0] : NULLV, &n) || !check_open(f))
        return NULLV;
    switch_to(f, 'r');
    StrBuf b;
    strbuf_init(&b);
    char chunk[8192];
    while (n != 0) {
        size_t want = n < 0 || n > (int64_t)sizeof chunk ? sizeof chunk : (size_t)n;
        size_t got = fread(chunk, 1, want, f->fp);
        strbuf_add(&b, chunk, got);
        if (n > 0) n -= (int64_t)got;
        if (got < want) break;
    }
    bool err = ferror(f->fp);
    int e = errno;
    clearerr(f->fp);
    if (err) { strbuf_free(&b); return raise_errno(e, NULLV); }
    if (b.failed) { strbuf_free(&b); return raise_no_memory(); }
    Value r = bytes_new(b.data ? b.data : "", b.len);
    strbuf_free(&b);
    return r;
}

IO_FN(fileio_readline) {
    (void)kwnames;
    FileIO *f = FIO(self);
    int64_t n;
    if (!check_nargs("readline", nargs, 0, 1) || !size_arg(nargs ? args[0] : NULLV, &n) || !check_open(f))
        return NULLV;
    switch_to(f, 'r');
    StrBuf b;
    strbuf_init(&b);
    int c;
    while (n != 0 && (c = getc_unlocked(f->fp)) != EOF) {
        strbuf_addc(&b, (char)c);
        if (n > 0) n--;
        if (c == '\n') break;
    }
    clearerr(f->fp);
    if (b.failed) { strbuf_free(&b); return raise_no_memory(); }
    Value r = bytes_new(b.data ? b.data : "", b.len);
    strbuf_free(&b);
    return r;
}

IO_FN(fileio_write) {
    (void)kwnames;
    FileIO *f = FIO(self);
    if (!check_nargs("write", nargs, 1, 1) || !check_open(f)) return NULLV;
    const char *data;
    size_t len;
    if (is_bytes(args[0])) { data = as_bytes(args[0])->data; len = as_bytes(args[0])->len; }
    else if (is_type(args[0], &type_bytearray)) {
        data = ((ByteArray *)as_obj(args[0]))->data;
        len = ((ByteArray *)as_obj(args[0]))->len;
    } else return raise_fmt(&exc_TypeError, "a bytes-like object is required, not '%s'", type_name_of(args[0]));
    switch_to(f, 'w');
    size_t put = len ? fwrite(data, 1, len, f->fp) : 0;
    if (put < len) {
        int e = errno;
        clearerr(f->fp);
        return raise_errno(e, NULLV);
    }
    return v_int((int64_t)len);
}

IO_FN(fileio_seek) {
    (void)kwnames;
    FileIO *f = FIO(self);
    int64_t pos, whence = 0;
    if (!check_nargs("seek", nargs, 1, 2) || !obj_as_int64(args[0], &pos) ||
        (nargs > 1 && !obj_as_int64(args[1], &whence)) || !check_open(f))
        return NULLV;
    if (whence < 0 || whence > 2) return raise_fmt(&exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (fseeko(f->fp, (off_t)pos, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END) != 0)
        return raise_errno(errno, NULLV);
    f->last = 0;
    return v_int((int64_t)ftello(f->fp));
}

IO_FN(fileio_tell) {
    (void)args; (void)kwnames;
    FileIO *f = FIO(self);
    if (!check_nargs("tell", nargs, 0, 0) || !check_open(f)) return NULLV;
    off_t p = ftello(f->fp);
    if (p < 0) return raise_errno(errno, NULLV);
    return v_int((int64_t)p);
}

IO_FN(fileio_truncate) {
    (void)kwnames;
    FileIO *f = FIO(self);
    if (!check_nargs("truncate", nargs, 0, 1) || !check_open(f)) return NULLV;
    fflush(f->fp);
    int64_t size;
    if (nargs && !is_none(args[0])) {
        if (!obj_as_int64(args[0], &size)) return NULLV;
    } else {
        size = (int64_t)ftello(f->fp);
    }
    if (ftruncate(f->fd, (off_t)size) != 0) return raise_errno(errno, NULLV);
    return v_int(size);
}

IO_FN(fileio_flush) {
    (void)args; (void)kwnames;
    FileIO *f = FIO(self);
    if (!check_nargs("flush", nargs, 0, 0) || !check_open(f)) return NULLV;
    if (fflush(f->fp) != 0) return raise_errno(errno, NULLV);
    return NONE;
}

IO_FN(fileio_close) {
    (void)args; (void)kwnames;
    FileIO *f = FIO(self);
    if (!check_nargs("close", nargs, 0, 0)) return NULLV;
    if (!f->fp) return NONE;
    FILE *fp = f->fp;
    f->fp = NULL;
    int r = f->closefd ? fclose(fp) : fflush(fp);
    if (r != 0) return raise_errno(errno, NULLV);
    return NONE;
}

IO_FN(fileio_fileno) {
    (void)args; (void)kwnames;
    FileIO *f = FIO(self);
    if (!check_nargs("fileno", nargs, 0, 0) || !check_open(f)) return NULLV;
    return v_int(f->fd);
}

IO_FN(fileio_isatty) {
    (void)args; (void)kwnames;
    FileIO *f = FIO(self);
    if (!check_nargs("isatty", nargs, 0, 0) || !check_open(f)) return NULLV;
    return v_bool(isatty(f->fd));
}

IO_FN(fileio_readable) {
    (void)args; (void)nargs; (void)kwnames;
    if (!check_open(FIO(self))) return NULLV;
    return v_bool(FIO(self)->readable);
}

IO_FN(fileio_writable) {
    (void)args; (void)nargs; (void)kwnames;
    if (!check_open(FIO(self))) return NULLV;
    return v_bool(FIO(self)->writable);
}

IO_FN(fileio_seekable) {
    (void)args; (void)nargs; (void)kwnames;
    if (!check_open(FIO(self))) return NULLV;
    return v_bool(lseek(FIO(self)->fd, 0, SEEK_CUR) >= 0);
}

/* ---- text reading for TextIOWrapper (lib/io.py) over a FileIO ----
 * For ASCII-compatible encodings (utf-8, ascii, latin-1) the bytes '\r' and '\n' are
 * always line endings, so lines can be cut before decoding and the C library's buffer
 * is the only read-ahead (tell() stays exact).  Newline modes: NL_UNIVERSAL (None:
 * any ending, translated to '\n'), NL_KEEP ('': any ending, kept), or one terminator. */
enum { NL_UNIVERSAL, NL_KEEP, NL_LF, NL_CR, NL_CRLF };

typedef struct TextArgs {
    const char *encoding, *errors;
    int newline;
    bool utf8;              /* count characters by UTF-8 lead bytes (else one per byte) */
} TextArgs;

static bool text_args(Value enc, Value errs, Value nl, TextArgs *t) {
    if (!is_str(enc) || !is_str(errs) || !(is_none(nl) || is_str(nl))) {
        raise_msg(&exc_TypeError, "text arguments: encoding, errors, newline");
        return false;
    }
    t->encoding = as_str(enc)->data;
    t->errors = as_str(errs)->data;
    const char *e = t->encoding;
    t->utf8 = !(strcasecmp(e, "ascii") == 0 || strcasecmp(e, "us-ascii") == 0 || strcasecmp(e, "latin-1") == 0 ||
                strcasecmp(e, "latin1") == 0 || strcasecmp(e, "latin_1") == 0 || strcasecmp(e, "iso-8859-1") == 0 ||
                strcasecmp(e, "iso8859-1") == 0);
    if (is_none(nl)) t->newline = NL_UNIVERSAL;
    else {
        const char *n = as_str(nl)->data;
        t->newline = !*n ? NL_KEEP : strcmp(n, "\n") == 0 ? NL_LF : strcmp(n, "\r") == 0 ? NL_CR : NL_CRLF;
    }
    return true;
}

static bool starts_char(int c, const TextArgs *t) { return !t->utf8 || (c & 0xC0) != 0x80; }

/* Appends bytes of at most `size` characters (-1: no limit) up to and including the first
 * line ending (only_line) or up to the size; a '\r\n' counts as one character when
 * translated.  Returns the newline kinds met (1, 2, 4 bits). */
static int read_text_bytes(FileIO *f, StrBuf *b, int64_t size, const TextArgs *t, bool only_line) {
    int64_t chars = 0;
    int kinds = 0, c;
    while ((c = getc_unlocked(f->fp)) != EOF) {
        if (size >= 0 && chars >= size && starts_char(c, t)) { ungetc(c, f->fp); break; }
        strbuf_addc(b, (char)c);
        if (starts_char(c, t)) chars++;
        int ending = 0;
        if (c == '\n') {
            if (t->newline == NL_UNIVERSAL || t->newline == NL_KEEP || t->newline == NL_LF) ending = 2;
        } else if (c == '\r') {
            if (t->newline == NL_CR) ending = 1;
            else if (t->newline == NL_UNIVERSAL || (only_line && t->newline != NL_LF)) {
                int d = getc_unlocked(f->fp);
                if (d == '\n') {
                    strbuf_addc(b, '\n');
                    ending = 4;
                } else {
                    if (d != EOF) ungetc(d, f->fp);
                    if (t->newline != NL_CRLF) ending = 1;
                }
            }
        }
        kinds |= ending;
        if (ending && only_line) break;
    }
    clearerr(f->fp);
    return kinds;
}

/* '\r\n' and '\r' become '\n', in place. */
static void translate_newlines(StrBuf *b) {
    size_t o = 0;
    for (size_t i = 0; i < b->len; i++) {
        char c = b->data[i];
        if (c == '\r') {
            if (i + 1 < b->len && b->data[i + 1] == '\n') i++;
            c = '\n';
        }
        b->data[o++] = c;
    }
    b->len = o;
}

static Value decode_text(FileIO *f, StrBuf *b, int kinds, const TextArgs *t) {
    if (b->failed) { strbuf_free(b); return raise_no_memory(); }
    if (t->newline == NL_UNIVERSAL) {
        f->seen |= kinds;
        if (kinds & 5) translate_newlines(b);
    }
    Value r = codec_decode(b->data ? b->data : "", b->len, t->encoding, t->errors);
    strbuf_free(b);
    return r;
}

static bool text_check(FileIO *f) {
    if (!check_open(f)) return false;
    switch_to(f, 'r');
    return true;
}

/* FileIO._readline_text(size, encoding, errors, newline) */
static Value text_readline(FileIO *f, int64_t size, const TextArgs *t) {
    if (!text_check(f)) return NULLV;
    StrBuf b;
    strbuf_init(&b);
    int kinds = read_text_bytes(f, &b, size, t, true);
    return decode_text(f, &b, kinds, t);
}

/* FileIO._read_text(size, encoding, errors, newline) */
static Value text_read(FileIO *f, int64_t size, const TextArgs *t) {
    if (!text_check(f)) return NULLV;
    StrBuf b;
    strbuf_init(&b);
    int kinds = 0;
    if (size < 0) {
        char chunk[8192];
        size_t got;
        while ((got = fread(chunk, 1, sizeof chunk, f->fp)) > 0) strbuf_add(&b, chunk, got);
        clearerr(f->fp);
        for (size_t i = 0; t->newline == NL_UNIVERSAL && i < b.len; i++) {
            if (b.data[i] == '\r') kinds |= i + 1 < b.len && b.data[i + 1] == '\n' ? 4 : 1;
            else if (b.data[i] == '\n' && !(i && b.data[i - 1] == '\r')) kinds |= 2;
        }
    } else {
        kinds = read_text_bytes(f, &b, size, t, false);
    }
    return decode_text(f, &b, kinds, t);
}

static bool text_method_args(const char *fname, Value *args, size_t nargs, int64_t *size, TextArgs *t) {
    if (!check_nargs(fname, nargs, 4, 4) || !size_arg(args[0], size)) return false;
    return text_args(args[1], args[2], args[3], t);
}

IO_FN(fileio_readline_text) {
    (void)kwnames;
    int64_t size;
    TextArgs t;
    if (!text_method_args("_readline_text", args, nargs, &size, &t)) return NULLV;
    return text_readline(FIO(self), size, &t);
}

IO_FN(fileio_read_text) {
    (void)kwnames;
    int64_t size;
    TextArgs t;
    if (!text_method_args("_read_text", args, nargs, &size, &t)) return NULLV;
    return text_read(FIO(self), size, &t);
}

static Value fileio_get_seen(Value self) { return v_int(FIO(self)->seen); }

IO_FN(fileio_enter) {
    (void)args; (void)kwnames;
    if (!check_nargs("__enter__", nargs, 0, 0) || !check_open(FIO(self))) return NULLV;
    return self;
}

IO_FN(fileio_exit) {
    (void)args; (void)nargs; (void)kwnames;
    return fileio_close(self, NULL, 0, NULL);
}

static Value fileio_iter(Value self) {
    if (!check_open(FIO(self))) return NULLV;
    return self;
}

/* next(): a line, or NULLV without an exception at the end of the file. */
static Value fileio_next(Value self) {
    Value line = fileio_readline(self, NULL, 0, NULL);
    if (is_null(line) || as_bytes(line)->len) return line;
    return NULLV;
}

static const char *fileio_mode(FileIO *f) {
    if (f->created) return f->readable ? "xb+" : "xb";
    if (f->appending) return f->readable ? "ab+" : "ab";
    if (f->readable) return f->writable ? "rb+" : "rb";
    return "wb";
}

static Value fileio_get_closed(Value self) { return v_bool(FIO(self)->fp == NULL); }
static Value fileio_get_name(Value self) { return FIO(self)->name; }
static int fileio_set_name(Value self, Value v) {
    if (is_null(v)) { raise_msg(&exc_AttributeError, "cannot delete attribute 'name'"); return -1; }
    FIO(self)->name = v;
    return 0;
}
static Value fileio_get_mode(Value self) { return str_value_cstr(fileio_mode(FIO(self))); }
static Value fileio_get_closefd(Value self) { return v_bool(FIO(self)->closefd); }

static Value fileio_repr(Value self) {
    FileIO *f = FIO(self);
    if (!f->fp) return v_str(str_fmt("<_io.FileIO [closed]>"));
    return v_str(str_fmt("<_io.FileIO name=%R mode='%s' closefd=%s>", &f->name, fileio_mode(f),
                         f->closefd ? "True" : "False"));
}

static const MethodDef fileio_methods[] = {
    {"read", fileio_read, 0, NULL},
    {"readall", fileio_read, 0, NULL},
    {"readline", fileio_readline, 0, NULL},
    {"write", fileio_write, 0, NULL},
    {"seek", fileio_seek, 0, NULL},
    {"tell", fileio_tell, 0, NULL},
    {"truncate", fileio_truncate, 0, NULL},
    {"flush", fileio_flush, 0, NULL},
    {"close", fileio_close, 0, NULL},
    {"fileno", fileio_fileno, 0, NULL},
    {"isatty", fileio_isatty, 0, NULL},
    {"readable", fileio_readable, 0, NULL},
    {"writable", fileio_writable, 0, NULL},
    {"seekable", fileio_seekable, 0, NULL},
    {"_readline_text", fileio_readline_text, 0, NULL},
    {"_read_text", fileio_read_text, 0, NULL},
    {"__enter__", fileio_enter, 0, NULL},
    {"__exit__", fileio_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef fileio_getsets[] = {
    {"closed", fileio_get_closed, NULL},
    {"name", fileio_get_name, fileio_set_name},
    {"mode", fileio_get_mode, NULL},
    {"closefd", fileio_get_closefd, NULL},
    {"_newlines_seen", fileio_get_seen, NULL},
    {NULL, NULL, NULL},
};

Type type_fileio = {
    .hdr = {.type = &type_type},
    .name = "_io.FileIO",
    .basicsize = sizeof(FileIO),
    .trace = fileio_trace,
    .finalize = fileio_finalize,
    .new = fileio_new,
    .repr = fileio_repr,
    .iter = fileio_iter,
    .next = fileio_next,
    .methods = fileio_methods,
    .getsets = fileio_getsets,
};

/* open(...): the builtin calls io._open, the Python half, found on first use. */
static Value io_open_impl;

/* open() is a builtin in CPython: its errors show no frames of lib/io.py. */
static void hide_io_frames(void) {
    Value exc = err_peek();
    if (!is_obj(exc) || !(OBJ_TYPE(as_obj(exc))->flags & TPF_EXC_SUBCLASS)) return;
    ExcObj *e = (ExcObj *)as_obj(exc);
    while (is_obj(e->traceback)) {
        Traceback *tb = (Traceback *)as_obj(e->traceback);
        Frame *f = tb->frame ? tb->frame->frame : NULL;
        if (!f || !f->code->filename || !str_eq_cstr(f->code->filename, "<frozen io>")) break;
        e->traceback = tb->next;
    }
}

static Value bi_open(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    (void)self;
    if (is_null(io_open_impl)) {
        Value io = import_module(str_intern_cstr("io"), NULL, NONE, 0);
        if (is_null(io)) return NULLV;
        Value fn = obj_getattr_cstr(io, "_open");
        if (is_null(fn)) return NULLV;
        io_open_impl = fn;
        gc_add_root(&io_open_impl);
    }
    static const char *const kw[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};
    static const ArgSpec spec = {"open", kw, 8, 0, 1, 8};
    Value a[8];
    if (!bind_args(&spec, args, nargs, kwnames, a)) return NULLV;
    const Value defaults[8] = {NULLV, NULLV, v_int(-1), NONE, NONE, NONE, TRUEV, NONE};
    for (int i = 2; i < 8; i++)
        if (is_null(a[i])) a[i] = defaults[i];
    if (is_null(a[1])) a[1] = v_str(str_intern_cstr("r"));
    Value r = obj_call(io_open_impl, a, 8, NULL);
    if (is_null(r)) hide_io_frames();
    return r;
}

/* _io._native(func, fast=None): a callable that behaves like func and binds like a
 * method, but whose errors, like those of CPython's C file objects, show no frames of
 * lib/io.py.  `fast` names a C shortcut for the common case of a file object over a
 * FileIO ("next", "readline", "read", "write"); where it does not apply, func runs. */
enum { FAST_NONE, FAST_NEXT, FAST_READLINE, FAST_READ, FAST_WRITE };

typedef struct NativeFn {
    Obj hdr;
    Value func;
    int fast;
} NativeFn;

Type type_io_native;

static void native_trace(Obj *o) { gc_mark_value(((NativeFn *)o)->func); }

/* An attribute in the instance dict (the file classes of lib/io.py keep state there). */
static Value inst_attr(Value inst, const char *name) {
    /* interned once: interned strings live for the whole run */
    static const char *cnames[16];
    static Str *snames[16];
    Str *key = NULL;
    for (int i = 0; i < 16 && !key; i++) {
        if (cnames[i] == name) key = snames[i];
        else if (!cnames[i]) {
            if (!(key = str_intern_cstr(name))) { err_clear(); return NULLV; }
            cnames[i] = name;
            snames[i] = key;
        }
    }
    Dict **d = obj_dict_slot(inst);
    if (!d || !*d) return NULLV;
    return key ? dict_get_str(*d, key) : dict_get_cstr(*d, name);
}

static FileIO *inst_fileio(Value inst, const char *name) {
    Value v = inst_attr(inst, name);
    return is_type(v, &type_fileio) && FIO(v)->fp ? FIO(v) : NULL;
}

/* TextIOWrapper over a FileIO: lib/io.py sets _fast to the FileIO when the C code can
 * read and write it directly, and _read_start once reading began. */
static Value fast_text(Value inst, FileIO *f, int op, Value *args, size_t nargs) {
    TextArgs t;
    if (!text_args(inst_attr(inst, "_encoding"), inst_attr(inst, "_errors"), inst_attr(inst, "_newline"), &t)) {
        err_clear();
        return NULLV;
    }
    if (op == FAST_WRITE) {
        Value pending = inst_attr(inst, "_pending"), undecoded = inst_attr(inst, "_undecoded");
        if (nargs != 1 || !is_str(args[0]) || !f->writable || !t.utf8 || !is_none(inst_attr(inst, "_read_start")) ||
            !is_str(pending) || as_str(pending)->nbytes || !is_bytes(undecoded) || as_bytes(undecoded)->len ||
            !(t.newline == NL_UNIVERSAL || t.newline == NL_KEEP || t.newline == NL_LF) ||
            !v_is(inst_attr(inst, "line_buffering"), FALSEV) || str_has_surrogates(as_str(args[0])))
            return NULLV;
        Str *str = as_str(args[0]);
        switch_to(f, 'w');
        if (str->nbytes && fwrite(str->data, 1, str->nbytes, f->fp) < str->nbytes) {
            int e = errno;
            clearerr(f->fp);
            return raise_errno(e, NULLV);
        }
        return v_int((int64_t)str->len);
    }
    Value start = inst_attr(inst, "_read_start");
    if (op == FAST_READ || !f->readable || is_null(start) || is_none(start)) return NULLV;
    int64_t size = -1;
    if (nargs > 1 || (nargs == 1 && !size_arg(args[0], &size))) { err_clear(); return NULLV; }
    Value line = text_readline(f, size, &t);
    if (op == FAST_NEXT && !is_null(line) && as_str(line)->len == 0) return NULLV;   /* StopIteration */
    return line;
}

/* BufferedReader/Writer/Random over a FileIO (their `raw`). */
static Value fast_buffered(FileIO *f, int op, Value *args, size_t nargs) {
    Value raw = v_obj(f), line;
    switch (op) {
    case FAST_NEXT:
        if (nargs || !f->readable) return NULLV;
        line = fileio_readline(raw, NULL, 0, NULL);
        return !is_null(line) && as_bytes(line)->len == 0 ? NULLV : line;
    case FAST_READLINE:
    case FAST_READ:
        if (nargs > 1 || !f->readable) return NULLV;
        return (op == FAST_READ ? fileio_read : fileio_readline)(raw, args, nargs, NULL);
    case FAST_WRITE:
        if (nargs != 1 || !f->writable || !(is_bytes(args[0]) || is_type(args[0], &type_bytearray))) return NULLV;
        return fileio_write(raw, args, 1, NULL);
    }
    return NULLV;
}

static Value native_call(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    NativeFn *n = (NativeFn *)as_obj(self);
    if (n->fast && nargs && !kwnames) {
        FileIO *f;
        Value r = NULLV;
        if ((f = inst_fileio(args[0], "_fast"))) r = fast_text(args[0], f, n->fast, args + 1, nargs - 1);
        else if ((f = inst_fileio(args[0], "raw"))) r = fast_buffered(f, n->fast, args + 1, nargs - 1);
        if (!is_null(r)) return r;
        if (err_occurred()) { hide_io_frames(); return r; }
    }
    Value r = obj_call(n->func, args, nargs, kwnames);
    if (is_null(r)) hide_io_frames();
    return r;
}

static Value native_get(Value self, Value obj, Value type) {
    (void)type;
    return is_null(obj) || is_none(obj) ? self : method_new(self, obj);
}

static Value native_getattr(Value self, Str *name) {
    Value r = generic_getattr(self, name);
    if (!is_null(r) || !err_matches(&exc_AttributeError)) return r;
    err_clear();
    return obj_getattr(((NativeFn *)as_obj(self))->func, name);
}

Type type_io_native = {
    .hdr = {.type = &type_type},
    .name = "_io._native",
    .basicsize = sizeof(NativeFn),
    .trace = native_trace,
    .call = native_call,
    .descr_get = native_get,
    .getattr = native_getattr,
};

static Value io_native(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    (void)self;
    if (!check_positional("_native", nargs, kwnames, 1, 2)) return NULLV;
    int fast = FAST_NONE;
    if (nargs == 2 && !is_none(args[1])) {
        static const char *const ops[] = {"", "next", "readline", "read", "write"};
        for (int i = 1; i < 5; i++)
            if (is_str(args[1]) && str_eq_cstr(as_str(args[1]), ops[i])) fast = i;
        if (!fast) return raise_fmt(&exc_ValueError, "unknown fast operation %R", &args[1]);
    }
    NativeFn *n = gc_alloc(&type_io_native, sizeof *n);
    if (!n) return NULLV;
    n->func = args[0];
    n->fast = fast;
    return v_obj(n);
}

static const MethodDef io_functions[] = {
    {"_native", io_native, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef open_def[] = {
    {"open", bi_open, 0, "Open file and return a stream.  Raise OSError upon failure."},
    {NULL, NULL, 0, NULL},
};

bool io_add_builtins(Value builtins_module) {
    return module_add_functions(builtins_module, open_def);
}

Value module_init__io(void) {
    Value m = module_new("_io");
    if (is_null(m) || !type_ready(&type_fileio) || !type_ready(&type_io_native) ||
        !module_add_functions(m, io_functions) || !module_add_value(m, "FileIO", v_obj(&type_fileio)) ||
        !module_add_int(m, "DEFAULT_BUFFER_SIZE", 8192))
        return NULLV;
    return m;
}
