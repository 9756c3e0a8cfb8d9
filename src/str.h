/* str.h — immutable UTF-8 strings with cached hash and code-point length.
 * Identifiers are interned (str_intern), so name lookups compare pointers first. */
#ifndef MINNOW_STR_H
#define MINNOW_STR_H

#include <stdarg.h>
#include "object.h"

struct Str {
    Obj hdr;                /* hdr.flags & STR_INTERNED */
    int64_t hash;           /* -1 until computed */
    size_t len;             /* code points */
    size_t nbytes;          /* UTF-8 bytes, excluding the trailing NUL */
    Dict *dict;             /* __dict__ of instances of str subclasses, else NULL */
    bool ascii;             /* nbytes == len: indexing is O(1) */
    char data[];            /* NUL-terminated */
};
enum {
    STR_INTERNED = 1,
    /* hdr.flags: the string is referenced only by the one fast local that `+=` built it
     * in (eval.c): every other read of a local clears it, and `+=` may then grow the
     * string in place (str_concat_owned). */
    STR_UNIQUE = 1 << 16,
};

Str *str_new(const char *utf8, size_t nbytes);     /* must be valid UTF-8 */
Str *str_from_cstr(const char *s);
Str *str_intern(const char *utf8, size_t nbytes);
Str *str_intern_cstr(const char *s);
Str *str_intern_str(Str *s);
Str *str_fmt(const char *fmt, ...);                /* same format codes as raise_fmt */
Str *str_vfmt(const char *fmt, va_list ap);
Str *str_concat(Str *a, Str *b);
Str *str_from_codepoint(uint32_t cp);
Str *str_empty(void);
int64_t str_hash(Str *s);
bool str_eq(Str *a, Str *b);
bool str_eq_cstr(Str *a, const char *s);
int str_cmp(Str *a, Str *b);                       /* code-point order: <0, 0, >0 */
Value str_repr(Str *s);                            /* 'it''s' quoting rules of CPython */
uint32_t str_char_at(Str *s, size_t index);        /* code point at code-point index */
size_t str_byte_offset(Str *s, size_t index);      /* byte offset of a code-point index */
Str *str_substring(Str *s, size_t start, size_t stop);  /* code-point indexes */
static inline Str *as_str(Value v) { return (Str *)v.u.o; }
static inline bool is_str(Value v) { return is_obj(v) && (v.u.o->type == &type_str); }
static inline Value v_str(Str *s) { return v_obj(s); }
Value str_value_cstr(const char *s);               /* NULLV on MemoryError */

bool utf8_valid(const char *s, size_t n);
size_t utf8_decode(const char *s, uint32_t *cp);   /* bytes consumed (1..4) */
size_t utf8_encode(uint32_t cp, char *out);        /* bytes written (1..4) */
size_t utf8_count(const char *s, size_t n);        /* code points */

/* A growable byte buffer for building strings.  Lives on the C stack; its memory is
 * malloc'd and freed by strbuf_finish/strbuf_free. */
typedef struct StrBuf {
    char *data;
    size_t len, cap;
    bool failed;            /* a malloc failed: the finish raises MemoryError */
} StrBuf;
void strbuf_init(StrBuf *b);
void strbuf_add(StrBuf *b, const char *s, size_t n);
void strbuf_adds(StrBuf *b, const char *s);
void strbuf_addc(StrBuf *b, char c);
void strbuf_add_codepoint(StrBuf *b, uint32_t cp);
void strbuf_add_str(StrBuf *b, Str *s);
void strbuf_addf(StrBuf *b, const char *fmt, ...);  /* same codes as raise_fmt */
Str *strbuf_finish(StrBuf *b);                 /* frees the buffer; NULL on MemoryError */
void strbuf_free(StrBuf *b);

/* Interned names used by the runtime (__init__, __repr__, ...). */
#define COMMON_NAMES(X) \
    X(__init__) X(__new__) X(__repr__) X(__str__) X(__hash__) X(__eq__) X(__ne__) \
    X(__lt__) X(__le__) X(__gt__) X(__ge__) X(__bool__) X(__len__) X(__getitem__) \
    X(__setitem__) X(__delitem__) X(__contains__) X(__iter__) X(__next__) X(__call__) \
    X(__enter__) X(__exit__) X(__getattr__) X(__getattribute__) X(__setattr__) \
    X(__delattr__) X(__get__) X(__set__) X(__delete__) X(__neg__) X(__pos__) \
    X(__invert__) X(__abs__) X(__index__) X(__int__) X(__float__) X(__name__) \
    X(__qualname__) X(__module__) X(__doc__) X(__dict__) X(__class__) X(__builtins__) \
    X(__main__) X(__file__) X(__all__) X(__mro__) X(__bases__) X(__slots__) \
    X(__init_subclass__) X(__set_name__) X(__class_getitem__) X(__format__) \
    X(__missing__) X(__reversed__) X(__round__) X(__trunc__) X(__floor__) X(__ceil__) \
    X(__del__) X(__annotations__) X(__path__) X(__spec__) X(__package__) X(__loader__) \
    X(__instancecheck__) X(__subclasscheck__) X(__prepare__) X(__classcell__) \
    X(__await__) X(__aiter__) X(__anext__) X(__aenter__) X(__aexit__) \
    X(__length_hint__) X(__fspath__) X(__bytes__) X(__sizeof__) \
    X(__dir__) X(__weakref__) X(__orig_bases__) X(__type_params__) \
    X(send) X(throw) X(close) X(keys) X(items) X(values) X(args) X(append) X(write) \
    X(flush) X(end) X(sep) X(file) X(key) X(reverse) X(self) X(name) \
    X(__traceback__) X(__cause__) X(__context__) X(__suppress_context__) X(__notes__) \
    X(metaclass) X(__abstractmethods__)

/* Names whose spelling is a C keyword get another field name: Y(field, "text"). */
#define COMMON_NAMES_RENAMED(Y) \
    Y(dunder_complex, "__complex__") Y(default_, "default")

typedef struct CommonNames {
#define X(n) Str *n;
    COMMON_NAMES(X)
#undef X
#define Y(f, text) Str *f;
    COMMON_NAMES_RENAMED(Y)
#undef Y
} CommonNames;
extern CommonNames names;       /* names.__init__ etc., filled by str_init */

/* bytes: immutable byte strings (same layout idea as Str, no code points). */
typedef struct Bytes {
    Obj hdr;
    int64_t hash;
    size_t len;
    Dict *dict;             /* __dict__ of instances of bytes subclasses, else NULL */
    char data[];            /* NUL-terminated for convenience */
} Bytes;
Value bytes_new(const char *data, size_t len);
static inline Bytes *as_bytes(Value v) { return (Bytes *)v.u.o; }
static inline bool is_bytes(Value v) { return is_obj(v) && v.u.o->type == &type_bytes; }

/* bytearray: mutable bytes; data is malloc'd (NULL when cap == 0). */
typedef struct ByteArray {
    Obj hdr;
    size_t len, cap;
    char *data;
} ByteArray;
extern Type type_bytearray;
Value bytearray_new(const char *data, size_t len);

void str_init(void);            /* also sets up bytes (bytes_init) */

/* ---- additions of the strings subsystem ---- */
void str_mark_interned(void);       /* the collector calls it: interned strings are roots */
Str *str_vfmt(const char *fmt, va_list ap);        /* str_fmt; for raise_fmt */
void strbuf_vaddf(StrBuf *b, const char *fmt, va_list ap);
/* str_fmt/raise_fmt also take %U (a Str*), %x %u %zd %p and %.Ns (at most N code points). */
int64_t hash_bytes(const void *p, size_t n);       /* CPython's hash of bytes (keyed SipHash-1-3) */
/* Build a Str in place: str_alloc(type, nbytes, code points), fill data, str_seal. */
Str *str_alloc(Type *t, size_t nbytes, size_t len);
Str *str_seal(Str *s);
Str *str_new_subtype(Type *t, const char *utf8, size_t nbytes);   /* instance of a str subclass */
/* `s += t` for a caller that knows s is reachable only through the variable being
 * assigned (no other reference can observe it): amortized in-place growth.  Returns the
 * new value of the variable (s itself or a new string); NULL on MemoryError. */
Str *str_concat_owned(Str *s, Str *t);
Str *str_concat_fresh(Str *s, Str *t);          /* a new growable s + t */
/* Length of the well-formed UTF-8 sequence at s[0..n), 0 if malformed. */
size_t utf8_check_one(const char *s, size_t n, bool allow_surrogates);
void strbuf_add_repr_char(StrBuf *b, uint32_t cp, char quote);    /* as repr() escapes it */
/* Codecs (utf-8, ascii, latin-1, utf-16, utf-32 and their aliases; error handlers strict,
 * ignore, replace, backslashreplace, surrogateescape, surrogatepass, xmlcharrefreplace).
 * Writers of text to byte streams should encode through codec_encode(s, "utf-8",
 * errors): a str may hold lone surrogates, which strict utf-8 refuses as CPython does. */
Value codec_encode(Str *s, const char *encoding, const char *errors);     /* -> bytes */
Value codec_decode(const char *data, size_t n, const char *encoding, const char *errors);  /* -> str */
bool str_has_surrogates(Str *s);    /* false: s->data is already strict UTF-8 */

/* str(e) for UnicodeEncodeError/UnicodeDecodeError/UnicodeTranslateError instances built
 * with CPython's 5 arguments (encoding, object, start, end, reason). */
Value unicode_error_str(Value exc);
extern const GetSetDef unicode_error_getsets[];     /* encoding, object, start, end, reason */
void unicode_errors_init(void);     /* installs both on the three types; str_init calls it */
Value str_percent_format(Str *fmt, Value args);     /* fmt % args */
void bytes_init(void);
bool str_is_identifier(Str *s);                     /* str.isidentifier() */
/* The trace slot of str and bytes: marks the __dict__ of subclass instances (the types'
 * basicsize is offsetof(..., dict), so subclasses get dictoffset = that field). */
void strlike_trace(Obj *o);
extern Type type_str_iterator, type_str_ascii_iterator, type_bytes_iterator, type_bytearray_iterator;
/* str or a subclass of it (is_str is the exact type). */
static inline bool is_str_like(Value v) {
    return is_obj(v) && (v.u.o->type == &type_str || (v.u.o->type->flags & TPF_STR_SUBCLASS));
}
#endif
