/* strmethods.c — the str type: slots (construction, indexing, operators, iteration)
 * and methods.  Formatting (str.format, %) lives in strformat.c, codecs in codecs.c. */
#define _GNU_SOURCE
#include <string.h>
#include <stdlib.h>

#include "strimpl.h"
#include "gc.h"
#include "num.h"
#include "unicode.h"

/* ================================================================ shared helpers */

bool args_none(const char *type, const char *name, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len) {
        raise_fmt(&exc_TypeError, "%s.%s() takes no keyword arguments", type, name);
        return false;
    }
    if (nargs) {
        raise_fmt(&exc_TypeError, "%s.%s() takes no arguments (%zu given)", type, name, nargs);
        return false;
    }
    return true;
}

bool args_one(const char *type, const char *name, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len) {
        raise_fmt(&exc_TypeError, "%s.%s() takes no keyword arguments", type, name);
        return false;
    }
    if (nargs != 1) {
        raise_fmt(&exc_TypeError, "%s.%s() takes exactly one argument (%zu given)", type, name, nargs);
        return false;
    }
    return true;
}

bool args_pos(const char *type, const char *name, size_t nargs, Tuple *kwnames, size_t min, size_t max) {
    if (kwnames && kwnames->len) {
        raise_fmt(&exc_TypeError, "%s.%s() takes no keyword arguments", type, name);
        return false;
    }
    if (nargs < min) {
        raise_fmt(&exc_TypeError, "%s expected %s%zu argument%s, got %zu", name,
                  min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return false;
    }
    if (nargs > max) {
        raise_fmt(&exc_TypeError, "%s expected %s%zu argument%s, got %zu", name,
                  min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

bool args_bind(const ArgSpec *spec, Value *args, size_t nargs, Tuple *kwnames, Value *out) {
    if (nargs > (size_t)spec->maxpos) {
        raise_fmt(&exc_TypeError, "%s() takes at most %d argument%s (%zu given)", spec->fname, spec->maxpos,
                  spec->maxpos == 1 ? "" : "s", nargs);
        return false;
    }
    if (spec->npos_only && nargs < (size_t)spec->nrequired && spec->nrequired <= spec->npos_only) {
        raise_fmt(&exc_TypeError, "%s() takes at least %d positional argument%s (%zu given)", spec->fname,
                  spec->nrequired, spec->nrequired == 1 ? "" : "s", nargs);
        return false;
    }
    return bind_args(spec, args, nargs, kwnames, out);
}

static bool has_index(Value v) {
    return is_int(v) || is_bool(v) || is_int_like(v) || type_of(v)->index != NULL;
}

/* v (which has __index__) as a clamped int64. */
static bool index_clamped(Value v, int64_t *out) {
    if (is_int(v) || is_bool(v)) { *out = v.u.i; return true; }
    Value i = obj_index(v);
    if (is_null(i)) return false;
    if (is_int(i) || is_bool(i)) { *out = i.u.i; return true; }
    *out = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    return true;
}

bool slice_bound(Value v, int64_t *out) {
    if (is_null(v) || is_none(v)) return true;
    if (!has_index(v)) {
        raise_msg(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    return index_clamped(v, out);
}

void adjust_indices(int64_t *start, int64_t *end, int64_t len) {
    if (*end > len) *end = len;
    else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
    if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

bool index_arg(Value v, int64_t *out) {
    if (is_int(v) || is_bool(v)) { *out = v.u.i; return true; }
    if (!has_index(v)) {
        raise_fmt(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(v));
        return false;
    }
    Value i = obj_index(v);
    if (is_null(i)) return false;
    if (is_int(i) || is_bool(i)) { *out = i.u.i; return true; }
    raise_msg(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    return false;
}

int flag_arg(Value v) {
    if (is_int_like(v)) {
        if (!is_int(v) && !is_bool(v) && is_null(v = obj_index(v))) return -1;
        if (!is_int(v) && !is_bool(v)) {
            raise_msg(&exc_OverflowError, "Python int too large to convert to C int");
            return -1;
        }
        if (v.u.i > INT32_MAX || v.u.i < INT32_MIN) {
            raise_msg(&exc_OverflowError, "Python int too large to convert to C int");
            return -1;
        }
        return v.u.i != 0;
    }
    return obj_truthy(v);
}

ssize_t mem_find(const char *h, size_t hn, const char *n, size_t nn) {
    if (nn == 0) return 0;
    if (nn > hn) return -1;
    const char *p = nn == 1 ? memchr(h, n[0], hn) : memmem(h, hn, n, nn);
    return p ? p - h : -1;
}

ssize_t mem_rfind(const char *h, size_t hn, const char *n, size_t nn) {
    if (nn == 0) return (ssize_t)hn;
    if (nn > hn) return -1;
    if (nn == 1) {
        const char *p = memrchr(h, n[0], hn);
        return p ? p - h : -1;
    }
    for (size_t i = hn - nn + 1; i-- > 0;) {
        const char *p = memrchr(h, n[0], i + 1);
        if (!p) return -1;
        i = (size_t)(p - h);
        if (memcmp(p, n, nn) == 0) return (ssize_t)i;
    }
    return -1;
}

size_t mem_count(const char *h, size_t hn, const char *n, size_t nn, size_t max) {
    size_t count = 0, i = 0;
    while (count < max && i + nn <= hn) {
        ssize_t k = mem_find(h + i, hn - i, n, nn);
        if (k < 0) break;
        count++;
        i += (size_t)k + nn;
    }
    return count;
}

/* ================================================================ str helpers */

static inline Str *S(Value v) { return as_str(v); }

/* The argument as a Str, or NULL with "<fname>() argument <n> must be str, not int"
 * (what == NULL: "must be str, not int"). */
static Str *str_arg(Value v, const char *fname, const char *what) {
    if (is_str_like(v)) return as_str(v);
    if (what) raise_fmt(&exc_TypeError, "%s() argument %s must be str, not %s", fname, what, type_name_of(v));
    else raise_fmt(&exc_TypeError, "must be str, not %s", type_name_of(v));
    return NULL;
}

/* An exact str with the contents of s (s itself when it is exact). */
static Value str_exact(Str *s) {
    if (s->hdr.type == &type_str) return v_str(s);
    return str_value(str_new(s->data, s->nbytes));
}

static inline bool is_space_cp(uint32_t cp) {
    if (cp < 128) return (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 32);   /* as ascii_space */
    return uni_has(cp, UNI_SPACE);
}

/* Code-point index of the byte offset b (b on a character boundary). */

/* Decode the code point ending just before byte offset b. */
static uint32_t decode_before(const char *d, size_t *b) {
    size_t i = *b - 1;
    while (i > 0 && ((unsigned char)d[i] & 0xC0) == 0x80) i--;
    uint32_t cp;
    utf8_decode(d + i, &cp);
    *b = i;
    return cp;
}

/* Bounds given as (start, end) code-point arguments → byte range of s. */
typedef struct Range_ { int64_t start, end; size_t b0, b1; } Span;

static bool get_span(Str *s, Value vstart, Value vend, Span *sp) {
    sp->start = 0;
    sp->end = INT64_MAX;
    if (!slice_bound(vstart, &sp->start) || !slice_bound(vend, &sp->end)) return false;
    adjust_indices(&sp->start, &sp->end, (int64_t)s->len);
    if (sp->start <= sp->end) {
        sp->b0 = str_byte_offset(s, (size_t)sp->start);
        sp->b1 = str_byte_offset(s, (size_t)sp->end);
    } else {
        sp->b0 = sp->b1 = 0;
    }
    return true;
}

/* ================================================================ slots */

static Value str_slot_repr(Value self) { return str_repr(S(self)); }
static Value str_slot_str(Value self) { return str_exact(S(self)); }

static bool str_slot_hash(Value self, int64_t *out) {
    *out = str_hash(S(self));
    return true;
}

static Value str_slot_richcompare(Value a, Value b, int op) {
    if (!is_str_like(a) || !is_str_like(b)) return NotImplemented;
    if (op == CMP_EQ) return v_bool(str_eq(S(a), S(b)));
    if (op == CMP_NE) return v_bool(!str_eq(S(a), S(b)));
    int c = str_cmp(S(a), S(b));
    switch (op) {
    case CMP_LT: return v_bool(c < 0);
    case CMP_LE: return v_bool(c <= 0);
    case CMP_GT: return v_bool(c > 0);
    default: return v_bool(c >= 0);
    }
}

static int64_t str_slot_len(Value self) { return (int64_t)S(self)->len; }

static int str_slot_bool(Value self) { return S(self)->nbytes != 0; }

static Value str_slice(Str *s, Slice *sl) {
    int64_t start, stop, step, n;
    if (!slice_indices(sl, (int64_t)s->len, &start, &stop, &step, &n)) return NULLV;
    if (n <= 0) return v_str(str_empty());
    if (step == 1) return str_value(str_substring(s, (size_t)start, (size_t)stop));
    if (s->ascii) {
        Str *r = str_alloc(&type_str, (size_t)n, (size_t)n);
        if (!r) return NULLV;
        for (int64_t i = 0; i < n; i++) r->data[i] = s->data[start + i * step];
        return v_str(str_seal(r));
    }
    StrBuf b;
    strbuf_init(&b);
    for (int64_t i = 0; i < n; i++) strbuf_add_codepoint(&b, str_char_at(s, (size_t)(start + i * step)));
    return str_value(strbuf_finish(&b));
}

static Value str_slot_getitem(Value self, Value key) {
    Str *s = S(self);
    int64_t i;
    if (is_int(key)) {
        i = key.u.i;
    } else if (is_type(key, &type_slice)) {
        return str_slice(s, (Slice *)key.u.o);
    } else if (has_index(key)) {
        Value k = obj_index(key);
        if (is_null(k)) return NULLV;
        if (!is_int(k) && !is_bool(k))
            return raise_fmt(&exc_IndexError, "cannot fit '%s' into an index-sized integer", type_name_of(key));
        i = k.u.i;
    } else {
        return raise_fmt(&exc_TypeError, "string indices must be integers, not '%s'", type_name_of(key));
    }
    if (i < 0) i += (int64_t)s->len;
    if (i < 0 || i >= (int64_t)s->len) return raise_msg(&exc_IndexError, "string index out of range");
    if (s->ascii) return v_str(str_from_codepoint((unsigned char)s->data[i]));
    return str_value(str_from_codepoint(str_char_at(s, (size_t)i)));
}

static int str_slot_contains(Value self, Value item) {
    if (!is_str_like(item)) {
        raise_fmt(&exc_TypeError, "'in <string>' requires string as left operand, not %s", type_name_of(item));
        return -1;
    }
    Str *s = S(self), *sub = S(item);
    return mem_find(s->data, s->nbytes, sub->data, sub->nbytes) >= 0;
}

static Value str_add(Value a, Value b) {
    if (!is_str_like(a)) return NotImplemented;
    if (!is_str_like(b)) {
        if (type_of(b)->flags & TPF_HEAPTYPE) return NotImplemented;   /* its __radd__ */
        return raise_fmt(&exc_TypeError, "can only concatenate str (not \"%s\") to str", type_name_of(b));
    }
    return str_value(str_concat(S(a), S(b)));
}

/* s * count, for str and bytes alike: the bytes of the result. */
Value repeat_bytes(const char *data, size_t n, int64_t count, bool is_bytes_result, size_t len) {
    if (count <= 0 || n == 0) return is_bytes_result ? bytes_new("", 0) : v_str(str_empty());
    /* CPython's limits: the length in items must fit a Py_ssize_t, then memory decides */
    if ((uint64_t)count > (uint64_t)INT64_MAX / (is_bytes_result ? n : len))
        return raise_msg(&exc_OverflowError, is_bytes_result ? "repeated bytes are too long" : "repeated string is too long");
    if ((uint64_t)count > (uint64_t)(INT64_MAX / 4) / n) return raise_no_memory();
    size_t total = n * (size_t)count;
    char *dst;
    Str *rs = NULL;
    Bytes *rb = NULL;
    if (is_bytes_result) {
        rb = bytes_alloc(total);
        if (!rb) return NULLV;
        dst = rb->data;
    } else {
        rs = str_alloc(&type_str, total, len * (size_t)count);
        if (!rs) return NULLV;
        dst = rs->data;
    }
    memcpy(dst, data, n);
    size_t done = n;
    while (done < total) {
        size_t k = done <= total - done ? done : total - done;
        memcpy(dst + done, dst, k);
        done += k;
    }
    return is_bytes_result ? v_obj(rb) : v_str(str_seal(rs));
}

/* The repeat count of a sequence multiplication, or NotImplemented / an error. */
Value repeat_count(Value other, int64_t *count) {
    if (is_int(other) || is_bool(other)) { *count = other.u.i; return NONE; }
    if ((type_of(other)->flags & TPF_HEAPTYPE) && !is_int_like(other)) {
        static Str *rmul;
        if (!rmul) rmul = str_intern_cstr("__rmul__");
        if (!is_null(type_lookup(type_of(other), rmul))) return NotImplemented;
    }
    if (!has_index(other))
        return raise_fmt(&exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name_of(other));
    Value i = obj_index(other);
    if (is_null(i)) return NULLV;
    if (!is_int(i) && !is_bool(i)) {
        if (int_sign(i) < 0) { *count = 0; return NONE; }
        return raise_fmt(&exc_OverflowError, "cannot fit '%s' into an index-sized integer", type_name_of(other));
    }
    *count = i.u.i;
    return NONE;
}

static Value str_mul(Value a, Value b) {
    Value seq = is_str_like(a) ? a : b, other = is_str_like(a) ? b : a;
    int64_t count;
    Value r = repeat_count(other, &count);
    if (is_null(r) || !is_none(r)) return r;
    Str *s = S(seq);
    if (count == 1 && s->hdr.type == &type_str) return seq;
    return repeat_bytes(s->data, s->nbytes, count, false, s->len);
}


static Value str_mod(Value a, Value b) {
    if (!is_str_like(a)) return NotImplemented;
    return str_percent_format(S(a), b);
}

/* ---- construction: str(), str(obj), str(bytes, encoding, errors) ---- */

static Value str_slot_new(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const kw[] = {"object", "encoding", "errors"};
    static const ArgSpec spec = {"str", kw, 3, 0, 0, 3};
    Value a[3];
    size_t given = nargs + (kwnames ? kwnames->len : 0);
    if (given > 3) return raise_fmt(&exc_TypeError, "str expected at most 3 arguments, got %zu", given);
    if (!args_bind(&spec, args, nargs, kwnames, a)) return NULLV;
    Value r;
    if (is_null(a[0])) {
        r = v_str(str_empty());
    } else if (is_null(a[1]) && is_null(a[2])) {
        r = obj_str(a[0]);
    } else {
        const char *enc = "utf-8", *errors = "strict";
        if (!is_null(a[1]) && !(enc = codec_arg(a[1], "str", "encoding"))) return NULLV;
        if (!is_null(a[2]) && !(errors = codec_arg(a[2], "str", "errors"))) return NULLV;
        const char *data;
        size_t n;
        if (is_str_like(a[0])) return raise_msg(&exc_TypeError, "decoding str is not supported");
        if (!bytes_like(a[0], &data, &n))
            return raise_fmt(&exc_TypeError, "decoding to str: need a bytes-like object, %s found", type_name_of(a[0]));
        r = codec_decode(data, n, enc, errors);
    }
    if (is_null(r) || type == &type_str) return r;
    Str *s = as_str(r);
    return str_value(str_new_subtype(type, s->data, s->nbytes));
}

/* ================================================================ iterator */

typedef struct StrIter {
    Obj hdr;
    Str *s;             /* NULL once exhausted */
    size_t pos;         /* byte offset */
    size_t index;       /* code points consumed */
} StrIter;

static void striter_trace(Obj *o) { gc_mark_obj(((StrIter *)o)->s); }

static Value striter_next(Value self) {
    StrIter *it = (StrIter *)self.u.o;
    Str *s = it->s;
    if (!s) return NULLV;
    if (it->pos >= s->nbytes) { it->s = NULL; return NULLV; }
    uint32_t cp;
    it->pos += utf8_decode(s->data + it->pos, &cp);
    it->index++;
    return str_value(str_from_codepoint(cp));
}

static Value striter_iter(Value self) { return self; }

static Value striter_length_hint(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    (void)args;
    if (!args_none(type_name_of(self), "__length_hint__", nargs, kwnames)) return NULLV;
    StrIter *it = (StrIter *)self.u.o;
    return v_int(it->s ? (int64_t)(it->s->len - it->index) : 0);
}

static const MethodDef striter_methods[] = {
    {"__length_hint__", striter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

Type type_str_iterator = {
    .hdr = {.type = &type_type},
    .name = "str_iterator",
    .basicsize = sizeof(StrIter),
    .trace = striter_trace,
    .iter = striter_iter,
    .next = striter_next,
    .methods = striter_methods,
};
Type type_str_ascii_iterator = {
    .hdr = {.type = &type_type},
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIter),
    .trace = striter_trace,
    .iter = striter_iter,
    .next = striter_next,
    .methods = striter_methods,
};

static Value str_slot_iter(Value self) {
    Str *s = S(self);
    StrIter *it = gc_alloc(s->ascii ? &type_str_ascii_iterator : &type_str_iterator, sizeof(StrIter));
    if (!it) return NULLV;
    it->s = s;
    return v_obj(it);
}

/* ================================================================ methods */

#define METHOD(name) \
    static Value m_##name(UNUSED Value self, UNUSED Value *args, UNUSED size_t nargs, UNUSED Tuple *kwnames)

/* ---- searching ---- */

/* find/rfind/index/rindex/count share argument parsing: (sub[, start[, end]]). */
static bool search_args(const char *name, Value self, Value *args, size_t nargs, Tuple *kwnames,
                        Str **sub, Span *sp) {
    if (!args_pos("str", name, nargs, kwnames, 1, 3)) return false;
    if (!(*sub = str_arg(args[0], name, "1"))) return false;
    return get_span(S(self), nargs > 1 ? args[1] : NULLV, nargs > 2 ? args[2] : NULLV, sp);
}

static Value find_common(const char *name, Value self, Value *args, size_t nargs, Tuple *kwnames,
                         bool reverse, bool raise) {
    Str *s = S(self), *sub;
    Span sp;
    if (!search_args(name, self, args, nargs, kwnames, &sub, &sp)) return NULLV;
    int64_t found = -1;
    if (sp.start <= sp.end && sub->len <= (uint64_t)(sp.end - sp.start)) {
        ssize_t k = reverse ? mem_rfind(s->data + sp.b0, sp.b1 - sp.b0, sub->data, sub->nbytes)
                            : mem_find(s->data + sp.b0, sp.b1 - sp.b0, sub->data, sub->nbytes);
        if (k >= 0) found = sp.start + (int64_t)(s->ascii ? (size_t)k : utf8_count(s->data + sp.b0, (size_t)k));
    }
    if (found < 0 && raise) return raise_msg(&exc_ValueError, "substring not found");
    return v_int(found);
}

METHOD(find) { return find_common("find", self, args, nargs, kwnames, false, false); }
METHOD(rfind) { return find_common("rfind", self, args, nargs, kwnames, true, false); }
METHOD(index) { return find_common("index", self, args, nargs, kwnames, false, true); }
METHOD(rindex) { return find_common("rindex", self, args, nargs, kwnames, true, true); }

METHOD(count) {
    Str *s = S(self), *sub;
    Span sp;
    if (!search_args("count", self, args, nargs, kwnames, &sub, &sp)) return NULLV;
    if (sp.start > sp.end || sp.start > (int64_t)s->len) return v_int(0);
    if (sub->nbytes == 0) return v_int(sp.end - sp.start + 1);
    return v_int((int64_t)mem_count(s->data + sp.b0, sp.b1 - sp.b0, sub->data, sub->nbytes, SIZE_MAX));
}

/* startswith/endswith: prefix is a str or a tuple of str. */
static int tail_match(Str *s, Str *sub, Span *sp, bool end) {
    if (sp->start > (int64_t)s->len) return 0;
    if (sp->end - sp->start < (int64_t)sub->len) return 0;
    size_t n = sp->b1 - sp->b0;
    if (sub->nbytes > n) return 0;
    const char *p = end ? s->data + sp->b1 - sub->nbytes : s->data + sp->b0;
    return memcmp(p, sub->data, sub->nbytes) == 0;
}

static Value starts_ends(const char *name, Value self, Value *args, size_t nargs, Tuple *kwnames, bool end) {
    if (!args_pos("str", name, nargs, kwnames, 1, 3)) return NULLV;
    Str *s = S(self);
    Span sp;
    if (!get_span(s, nargs > 1 ? args[1] : NULLV, nargs > 2 ? args[2] : NULLV, &sp)) return NULLV;
    if (is_tuple(args[0]) || is_instance(args[0], &type_tuple)) {
        Tuple *t = as_tuple(args[0]);
        for (size_t i = 0; i < t->len; i++) {
            if (!is_str_like(t->items[i]))
                return raise_fmt(&exc_TypeError, "tuple for %s must only contain str, not %s", name,
                                 type_name_of(t->items[i]));
            if (tail_match(s, S(t->items[i]), &sp, end)) return TRUEV;
        }
        return FALSEV;
    }
    if (!is_str_like(args[0]))
        return raise_fmt(&exc_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                         type_name_of(args[0]));
    return v_bool(tail_match(s, S(args[0]), &sp, end));
}

METHOD(startswith) { return starts_ends("startswith", self, args, nargs, kwnames, false); }
METHOD(endswith) { return starts_ends("endswith", self, args, nargs, kwnames, true); }

/* ---- splitting ---- */

/* Append p[0..n) as a str; `ascii` says it is known to be ASCII (no scan needed). */
static bool list_add_piece_ascii(List *l, const char *p, size_t n, bool ascii) {
    Str *piece = ascii ? str_new_len(p, n, n) : str_new(p, n);
    return piece && list_append(l, v_str(piece));
}

static bool list_add_piece(List *l, const char *p, size_t n) { return list_add_piece_ascii(l, p, n, false); }

static bool split_args(const char *name, Value *args, size_t nargs, Tuple *kwnames, Str **sep,
                       int64_t *maxsplit) {
    static const char *const kw[] = {"sep", "maxsplit"};
    ArgSpec spec = {name, kw, 2, 0, 0, 2};
    Value a[2];
    if (!args_bind(&spec, args, nargs, kwnames, a)) return false;
    *sep = NULL;
    *maxsplit = -1;
    if (!is_null(a[0]) && !is_none(a[0])) {
        if (!is_str_like(a[0])) {
            raise_fmt(&exc_TypeError, "must be str or None, not %s", type_name_of(a[0]));
            return false;
        }
        *sep = as_str(a[0]);
    }
    if (!is_null(a[1]) && !index_arg(a[1], maxsplit)) return false;
    if (*sep && (*sep)->nbytes == 0) {
        raise_msg(&exc_ValueError, "empty separator");
        return false;
    }
    if (*maxsplit < 0) *maxsplit = INT64_MAX;
    return true;
}

/* The code point at byte i (ASCII strings: the byte); returns its length. */
static inline size_t next_cp(const char *d, size_t i, bool ascii, uint32_t *cp) {
    if (ascii) { *cp = (unsigned char)d[i]; return 1; }
    return utf8_decode(d + i, cp);
}

/* The code point ending at byte *b, which moves back to its start. */
static inline uint32_t prev_cp(const char *d, size_t *b, bool ascii) {
    if (ascii) return (unsigned char)d[--*b];
    return decode_before(d, b);
}

/* Whitespace split of d[0..n): runs of whitespace separate the words; leading and
 * trailing whitespace give no empty words. */
/* ASCII whitespace as str.isspace() sees it: \t\n\v\f\r, \x1c-\x1f and space. */
static const bool ascii_space[128] = {
    ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
    [0x1c] = 1, [0x1d] = 1, [0x1e] = 1, [0x1f] = 1, [' '] = 1,
};

/* The common case of split(): an ASCII string, no maxsplit. */
static Value split_whitespace_ascii(const char *d, size_t n) {
    List *l = list_new(0);
    if (!l) return NULLV;
    const unsigned char *p = (const unsigned char *)d;
    size_t i = 0;
    for (;;) {
        while (i < n && ascii_space[p[i]]) i++;
        if (i >= n) break;
        size_t start = i;
        while (i < n && !ascii_space[p[i]]) i++;
        if (!list_add_piece_ascii(l, d + start, i - start, true)) return NULLV;
    }
    return v_obj(l);
}

static Value split_whitespace(const char *d, size_t n, int64_t maxsplit, bool ascii) {
    if (ascii && maxsplit == INT64_MAX) return split_whitespace_ascii(d, n);
    List *l = list_new(0);
    if (!l) return NULLV;
    size_t i = 0;
    uint32_t cp;
    for (;;) {
        size_t k;
        while (i < n && is_space_cp((k = next_cp(d, i, ascii, &cp), cp))) i += k;
        if (i >= n) break;
        size_t start = i, end;
        if (maxsplit-- == 0) {
            end = i = n;            /* the rest, trailing whitespace included */
        } else {
            while (i < n && !is_space_cp((k = next_cp(d, i, ascii, &cp), cp))) i += k;
            end = i;
        }
        if (!list_add_piece_ascii(l, d + start, end - start, ascii)) return NULLV;
    }
    return v_obj(l);
}

static Value rsplit_whitespace(const char *d, size_t n, int64_t maxsplit, bool ascii) {
    List *l = list_new(0);
    if (!l) return NULLV;
    size_t i = n;
    for (;;) {
        size_t b;
        while (i > 0 && (b = i, is_space_cp(prev_cp(d, &b, ascii)))) i = b;
        if (i == 0) break;
        size_t end = i, start;
        if (maxsplit-- == 0) {
            start = i = 0;          /* the rest, leading whitespace included */
        } else {
            while (i > 0 && (b = i, !is_space_cp(prev_cp(d, &b, ascii)))) i = b;
            start = i;
        }
        if (!list_add_piece_ascii(l, d + start, end - start, ascii)) return NULLV;
        if (i == 0) break;
    }
    list_reverse(l);
    return v_obj(l);
}

/* Split by a separator; pieces built by make(). Shared with bytes. */
Value split_sep(const char *d, size_t n, const char *sep, size_t sn, int64_t maxsplit, bool reverse,
                Value (*make)(const char *, size_t)) {
    List *l = list_new(0);
    if (!l) return NULLV;
    if (!reverse) {
        size_t i = 0;
        while (maxsplit-- > 0) {
            ssize_t k = mem_find(d + i, n - i, sep, sn);
            if (k < 0) break;
            Value piece = make(d + i, (size_t)k);
            if (is_null(piece) || !list_append(l, piece)) return NULLV;
            i += (size_t)k + sn;
        }
        Value piece = make(d + i, n - i);
        if (is_null(piece) || !list_append(l, piece)) return NULLV;
    } else {
        size_t end = n;
        while (maxsplit-- > 0) {
            ssize_t k = mem_rfind(d, end, sep, sn);
            if (k < 0) break;
            Value piece = make(d + k + sn, end - (size_t)k - sn);
            if (is_null(piece) || !list_append(l, piece)) return NULLV;
            end = (size_t)k;
        }
        Value piece = make(d, end);
        if (is_null(piece) || !list_append(l, piece)) return NULLV;
        list_reverse(l);
    }
    return v_obj(l);
}

static Value make_str_piece(const char *p, size_t n) { return str_value(str_new(p, n)); }
static Value make_ascii_piece(const char *p, size_t n) { return str_value(str_new_len(p, n, n)); }

METHOD(split) {
    Str *s = S(self), *sep;
    int64_t maxsplit;
    if (!split_args("split", args, nargs, kwnames, &sep, &maxsplit)) return NULLV;
    if (!sep) return split_whitespace(s->data, s->nbytes, maxsplit, s->ascii);
    return split_sep(s->data, s->nbytes, sep->data, sep->nbytes, maxsplit, false,
                     s->ascii ? make_ascii_piece : make_str_piece);
}

METHOD(rsplit) {
    Str *s = S(self), *sep;
    int64_t maxsplit;
    if (!split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit)) return NULLV;
    if (!sep) return rsplit_whitespace(s->data, s->nbytes, maxsplit, s->ascii);
    return split_sep(s->data, s->nbytes, sep->data, sep->nbytes, maxsplit, true,
                     s->ascii ? make_ascii_piece : make_str_piece);
}

METHOD(splitlines) {
    static const char *const kw[] = {"keepends"};
    static const ArgSpec spec = {"splitlines", kw, 1, 0, 0, 1};
    Value a[1];
    if (!args_bind(&spec, args, nargs, kwnames, a)) return NULLV;
    int keepends = 0;
    if (!is_null(a[0]) && (keepends = flag_arg(a[0])) < 0) return NULLV;
    Str *s = S(self);
    List *l = list_new(0);
    if (!l) return NULLV;
    const char *d = s->data;
    size_t i = 0, n = s->nbytes;
    while (i < n) {
        size_t start = i, eol = n, next = n;
        while (i < n) {
            uint32_t cp;
            size_t k = utf8_decode(d + i, &cp);
            bool brk = cp < 128 ? (cp >= 10 && cp <= 13) || (cp >= 28 && cp <= 30)
                                : uni_has(cp, UNI_LINEBREAK);
            if (brk) {
                eol = i;
                next = i + k;
                if (cp == '\r' && next < n && d[next] == '\n') next++;
                break;
            }
            i += k;
        }
        if (!list_add_piece(l, d + start, (keepends ? next : eol) - start)) return NULLV;
        i = next;
    }
    return v_obj(l);
}

static Value partition_common(const char *name, Value self, Value *args, size_t nargs, Tuple *kwnames,
                              bool reverse) {
    (void)name;
    if (!args_one("str", name, nargs, kwnames)) return NULLV;
    Str *s = S(self), *sep = str_arg(args[0], name, NULL);
    if (!sep) return NULLV;
    if (sep->nbytes == 0) return raise_msg(&exc_ValueError, "empty separator");
    ssize_t k = reverse ? mem_rfind(s->data, s->nbytes, sep->data, sep->nbytes)
                        : mem_find(s->data, s->nbytes, sep->data, sep->nbytes);
    Value whole = str_exact(s);
    if (is_null(whole)) return NULLV;
    Value e = v_str(str_empty());
    Tuple *t;
    if (k < 0) {
        t = reverse ? tuple_pack(3, e, e, whole) : tuple_pack(3, whole, e, e);
    } else {
        Str *a = str_new(s->data, (size_t)k);
        Str *c = a ? str_new(s->data + k + sep->nbytes, s->nbytes - (size_t)k - sep->nbytes) : NULL;
        Value sv = str_exact(sep);
        if (!c || is_null(sv)) return NULLV;
        t = tuple_pack(3, v_str(a), sv, v_str(c));
    }
    return t ? v_obj(t) : NULLV;
}

METHOD(partition) { return partition_common("partition", self, args, nargs, kwnames, false); }
METHOD(rpartition) { return partition_common("rpartition", self, args, nargs, kwnames, true); }

/* ---- join ---- */

METHOD(join) {
    if (!args_one("str", "join", nargs, kwnames)) return NULLV;
    Str *sep = S(self);
    Value seq = args[0];
    if (!is_list(seq) && !is_tuple(seq)) {
        Value it = obj_iter(seq);
        if (is_null(it)) {
            if (err_matches(&exc_TypeError)) {
                err_clear();
                raise_msg(&exc_TypeError, "can only join an iterable");
            }
            return NULLV;
        }
        List *l = seq_to_list(seq);
        if (!l) return NULLV;
        seq = v_obj(l);
    }
    Value *items = is_list(seq) ? as_list(seq)->items : as_tuple(seq)->items;
    size_t n = is_list(seq) ? as_list(seq)->len : as_tuple(seq)->len;
    if (n == 1 && is_str(items[0])) return items[0];
    size_t total = 0, len = 0;
    for (size_t i = 0; i < n; i++) {
        if (!is_str_like(items[i]))
            return raise_fmt(&exc_TypeError, "sequence item %zu: expected str instance, %s found", i,
                             type_name_of(items[i]));
        Str *p = S(items[i]);
        if (total > (SIZE_MAX >> 3) - p->nbytes - sep->nbytes) return raise_no_memory();
        total += p->nbytes + (i ? sep->nbytes : 0);
        len += p->len + (i ? sep->len : 0);
    }
    Str *r = str_alloc(&type_str, total, len);
    if (!r) return NULLV;
    /* reload from seq: a temporary list must stay referenced across the allocation
       (only its malloc'd items buffer would be, otherwise) */
    items = is_list(seq) ? as_list(seq)->items : as_tuple(seq)->items;
    char *o = r->data;
    /* a list may have changed under a __str__-free loop only through items[] itself,
       which we read directly; re-check the types to stay safe */
    for (size_t i = 0; i < n && (size_t)(o - r->data) <= total; i++) {
        Str *p = S(items[i]);
        if (i) { memcpy(o, sep->data, sep->nbytes); o += sep->nbytes; }
        memcpy(o, p->data, p->nbytes);
        o += p->nbytes;
    }
    KEEP_ALIVE(seq);    /* items[] is the buffer of a list only `seq` holds */
    return v_str(str_seal(r));
}

/* ---- stripping ---- */

static bool in_chars(Str *chars, uint32_t cp) {
    if (!chars) return is_space_cp(cp);
    if (chars->ascii) return cp < 128 && memchr(chars->data, (int)cp, chars->nbytes) != NULL;
    uint32_t c;
    for (size_t i = 0; i < chars->nbytes;) {
        i += utf8_decode(chars->data + i, &c);
        if (c == cp) return true;
    }
    return false;
}

/* which: 1 left, 2 right, 3 both */
static Value strip_common(const char *name, Value self, Value *args, size_t nargs, Tuple *kwnames, int which) {
    if (!args_pos("str", name, nargs, kwnames, 0, 1)) return NULLV;
    Str *chars = NULL;
    if (nargs && !is_none(args[0])) {
        if (!is_str_like(args[0])) return raise_fmt(&exc_TypeError, "%s arg must be None or str", name);
        chars = S(args[0]);
    }
    Str *s = S(self);
    const char *d = s->data;
    size_t i = 0, j = s->nbytes;
    if (which & 1) {
        while (i < j) {
            uint32_t cp;
            size_t k = utf8_decode(d + i, &cp);
            if (!in_chars(chars, cp)) break;
            i += k;
        }
    }
    if (which & 2) {
        while (j > i) {
            size_t b = j;
            if (!in_chars(chars, decode_before(d, &b))) break;
            j = b;
        }
    }
    if (i == 0 && j == s->nbytes) return str_exact(s);
    return str_value(str_new(d + i, j - i));
}

METHOD(strip) { return strip_common("strip", self, args, nargs, kwnames, 3); }
METHOD(lstrip) { return strip_common("lstrip", self, args, nargs, kwnames, 1); }
METHOD(rstrip) { return strip_common("rstrip", self, args, nargs, kwnames, 2); }

METHOD(removeprefix) {
    if (!args_one("str", "removeprefix", nargs, kwnames)) return NULLV;
    if (!is_str_like(args[0]))
        return raise_fmt(&exc_TypeError, "removeprefix() argument must be str, not %s", type_name_of(args[0]));
    Str *s = S(self), *p = S(args[0]);
    if (p->nbytes <= s->nbytes && memcmp(s->data, p->data, p->nbytes) == 0 && p->nbytes)
        return str_value(str_new(s->data + p->nbytes, s->nbytes - p->nbytes));
    return str_exact(s);
}

METHOD(removesuffix) {
    if (!args_one("str", "removesuffix", nargs, kwnames)) return NULLV;
    if (!is_str_like(args[0]))
        return raise_fmt(&exc_TypeError, "removesuffix() argument must be str, not %s", type_name_of(args[0]));
    Str *s = S(self), *p = S(args[0]);
    if (p->nbytes <= s->nbytes && p->nbytes && memcmp(s->data + s->nbytes - p->nbytes, p->data, p->nbytes) == 0)
        return str_value(str_new(s->data, s->nbytes - p->nbytes));
    return str_exact(s);
}

/* ---- replace ---- */

METHOD(replace) {
    static const char *const kw[] = {"old", "new", "count"};
    static const ArgSpec spec = {"replace", kw, 3, 2, 2, 3};
    Value a[3];
    if (!args_bind(&spec, args, nargs, kwnames, a)) return NULLV;
    Str *s = S(self), *old, *new_;
    if (!(old = str_arg(a[0], "replace", "1")) || !(new_ = str_arg(a[1], "replace", "2"))) return NULLV;
    int64_t count = -1;
    if (!is_null(a[2]) && !index_arg(a[2], &count)) return NULLV;
    if (count < 0) count = INT64_MAX;
    StrBuf b;
    strbuf_init(&b);
    const char *d = s->data;
    size_t n = s->nbytes, i = 0;
    if (old->nbytes == 0) {
        /* insert `new` before every character and at the end */
        if (count == 0 || (n == 0 && count == 0)) return str_exact(s);
        if (new_->nbytes && (uint64_t)s->len + 1 > (uint64_t)(INT64_MAX / 4) / new_->nbytes)
            return raise_msg(&exc_OverflowError, "replace string is too long");
        int64_t done = 0;
        while (i < n) {
            if (done < count) { strbuf_add_str(&b, new_); done++; }
            size_t k = 1;
            while (i + k < n && ((unsigned char)d[i + k] & 0xC0) == 0x80) k++;
            strbuf_add(&b, d + i, k);
            i += k;
        }
        if (done < count) strbuf_add_str(&b, new_);
        return str_value(strbuf_finish(&b));
    }
    int64_t done = 0;
    while (done < count) {
        ssize_t k = mem_find(d + i, n - i, old->data, old->nbytes);
        if (k < 0) break;
        strbuf_add(&b, d + i, (size_t)k);
        strbuf_add_str(&b, new_);
        i += (size_t)k + old->nbytes;
        done++;
    }
    if (done == 0) { strbuf_free(&b); return str_exact(s); }
    strbuf_add(&b, d + i, n - i);
    return str_value(strbuf_finish(&b));
}

/* ---- case ---- */

enum { CASE_UPPER, CASE_LOWER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

/* Σ lowercases to final ς when it ends a cased word (Unicode Final_Sigma): preceded by
 * a cased letter and not followed by one, skipping case-ignorable characters. */
static bool final_sigma(const char *d, size_t n, size_t at, size_t after) {
    size_t b = at;
    uint32_t cp = 0;
    bool found = false;
    while (b > 0) {
        cp = decode_before(d, &b);
        if (!uni_has(cp, UNI_CASE_IGNORABLE)) { found = true; break; }
    }
    if (!found || !uni_has(cp, UNI_CASED)) return false;
    size_t i = after;
    while (i < n) {
        i += utf8_decode(d + i, &cp);
        if (!uni_has(cp, UNI_CASE_IGNORABLE)) return !uni_has(cp, UNI_CASED);
    }
    return true;
}

static void add_lower(StrBuf *b, const char *d, size_t n, size_t at, size_t after, uint32_t cp) {
    if (cp == 0x3A3) {
        strbuf_add_codepoint(b, final_sigma(d, n, at, after) ? 0x3C2 : 0x3C3);
        return;
    }
    uint32_t out[3];
    int k = uni_map(cp, UNI_MAP_LOWER, out);
    for (int j = 0; j < k; j++) strbuf_add_codepoint(b, out[j]);
}

static void add_mapped(StrBuf *b, uint32_t cp, int which) {
    uint32_t out[3];
    int k = uni_map(cp, which, out);
    for (int j = 0; j < k; j++) strbuf_add_codepoint(b, out[j]);
}

static Value case_convert(Str *s, int mode) {
    const char *d = s->data;
    size_t n = s->nbytes;
    if (s->ascii) {
        Str *r = str_alloc(&type_str, n, n);
        if (!r) return NULLV;
        bool prev_cased = false;
        for (size_t i = 0; i < n; i++) {
            char c = d[i];
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            switch (mode) {
            case CASE_UPPER: if (lo) c -= 32; break;
            case CASE_LOWER: case CASE_FOLD: if (up) c += 32; break;
            case CASE_SWAP: if (up) c += 32; else if (lo) c -= 32; break;
            case CASE_TITLE:
                if (prev_cased) { if (up) c += 32; } else if (lo) c -= 32;
                prev_cased = up || lo;
                break;
            case CASE_CAPITALIZE:
                if (i == 0) { if (lo) c -= 32; } else if (up) c += 32;
                break;
            }
            r->data[i] = c;
        }
        return v_str(str_seal(r));
    }
    StrBuf b;
    strbuf_init(&b);
    bool prev_cased = false;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t at = i;
        unsigned char c = (unsigned char)d[i];
        if (c < 0x80 && (mode == CASE_UPPER || mode == CASE_LOWER || mode == CASE_FOLD)) {
            /* ASCII characters map within ASCII (and never start a final sigma) */
            if (mode == CASE_UPPER ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z')) c ^= 32;
            strbuf_addc(&b, (char)c);
            i++;
            continue;
        }
        i += utf8_decode(d + i, &cp);
        switch (mode) {
        case CASE_UPPER: add_mapped(&b, cp, UNI_MAP_UPPER); break;
        case CASE_LOWER: add_lower(&b, d, n, at, i, cp); break;
        case CASE_FOLD: add_mapped(&b, cp, UNI_MAP_FOLD); break;
        case CASE_SWAP:
            if (uni_has(cp, UNI_UPPER)) add_lower(&b, d, n, at, i, cp);
            else if (uni_has(cp, UNI_LOWER)) add_mapped(&b, cp, UNI_MAP_UPPER);
            else strbuf_add_codepoint(&b, cp);
            break;
        case CASE_TITLE:
            if (prev_cased) add_lower(&b, d, n, at, i, cp);
            else add_mapped(&b, cp, UNI_MAP_TITLE);
            prev_cased = uni_has(cp, UNI_CASED);
            break;
        case CASE_CAPITALIZE:
            if (at == 0) add_mapped(&b, cp, UNI_MAP_TITLE);
            else add_lower(&b, d, n, at, i, cp);
            break;
        }
    }
    return str_value(strbuf_finish(&b));
}

METHOD(upper) { return args_none("str", "upper", nargs, kwnames) ? case_convert(S(self), CASE_UPPER) : NULLV; }
METHOD(lower) { return args_none("str", "lower", nargs, kwnames) ? case_convert(S(self), CASE_LOWER) : NULLV; }
METHOD(casefold) { return args_none("str", "casefold", nargs, kwnames) ? case_convert(S(self), CASE_FOLD) : NULLV; }
METHOD(swapcase) { return args_none("str", "swapcase", nargs, kwnames) ? case_convert(S(self), CASE_SWAP) : NULLV; }
METHOD(title) { return args_none("str", "title", nargs, kwnames) ? case_convert(S(self), CASE_TITLE) : NULLV; }
METHOD(capitalize) {
    return args_none("str", "capitalize", nargs, kwnames) ? case_convert(S(self), CASE_CAPITALIZE) : NULLV;
}

/* ---- predicates ---- */

/* True when s is non-empty and every code point has one of the flags. */
static bool all_have(Str *s, unsigned flags) {
    if (s->nbytes == 0) return false;
    for (size_t i = 0; i < s->nbytes;) {
        uint32_t cp;
        i += utf8_decode(s->data + i, &cp);
        if (!(uni_record(cp)->flags & flags)) return false;
    }
    return true;
}

#define PREDICATE(name, flags) \
    METHOD(name) { \
        if (!args_none("str", #name, nargs, kwnames)) return NULLV; \
        return v_bool(all_have(S(self), flags)); \
    }
PREDICATE(isalpha, UNI_ALPHA)
PREDICATE(isdecimal, UNI_DECIMAL)
PREDICATE(isdigit, UNI_DIGIT)
PREDICATE(isnumeric, UNI_NUMERIC)
PREDICATE(isalnum, UNI_ALPHA | UNI_DECIMAL | UNI_DIGIT | UNI_NUMERIC)

METHOD(isspace) {
    if (!args_none("str", "isspace", nargs, kwnames)) return NULLV;
    Str *s = S(self);
    if (s->nbytes == 0) return FALSEV;
    for (size_t i = 0; i < s->nbytes;) {
        uint32_t cp;
        i += utf8_decode(s->data + i, &cp);
        if (!is_space_cp(cp)) return FALSEV;
    }
    return TRUEV;
}

/* islower/isupper: no character of the opposite case or titlecase, at least one cased. */
static Value is_case(Value self, size_t nargs, Tuple *kwnames, const char *name, unsigned want, unsigned reject) {
    if (!args_none("str", name, nargs, kwnames)) return NULLV;
    Str *s = S(self);
    bool cased = false;
    for (size_t i = 0; i < s->nbytes;) {
        uint32_t cp;
        i += utf8_decode(s->data + i, &cp);
        unsigned f = uni_record(cp)->flags;
        if (f & reject) return FALSEV;
        if (f & want) cased = true;
    }
    return v_bool(cased);
}

METHOD(islower) { return is_case(self, nargs, kwnames, "islower", UNI_LOWER, UNI_UPPER | UNI_TITLE); }
METHOD(isupper) { return is_case(self, nargs, kwnames, "isupper", UNI_UPPER, UNI_LOWER | UNI_TITLE); }

METHOD(istitle) {
    if (!args_none("str", "istitle", nargs, kwnames)) return NULLV;
    Str *s = S(self);
    bool cased = false, prev_cased = false;
    for (size_t i = 0; i < s->nbytes;) {
        uint32_t cp;
        i += utf8_decode(s->data + i, &cp);
        unsigned f = uni_record(cp)->flags;
        if (f & (UNI_UPPER | UNI_TITLE)) {
            if (prev_cased) return FALSEV;
            prev_cased = cased = true;
        } else if (f & UNI_LOWER) {
            if (!prev_cased) return FALSEV;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return v_bool(cased);
}

bool str_is_identifier(Str *s) {
    if (s->nbytes == 0) return false;
    uint32_t cp;
    size_t i = utf8_decode(s->data, &cp);
    if (!uni_has(cp, UNI_XID_START)) return false;
    while (i < s->nbytes) {
        i += utf8_decode(s->data + i, &cp);
        if (!uni_has(cp, UNI_XID_CONTINUE)) return false;
    }
    return true;
}

METHOD(isidentifier) {
    if (!args_none("str", "isidentifier", nargs, kwnames)) return NULLV;
    return v_bool(str_is_identifier(S(self)));
}

METHOD(isprintable) {
    if (!args_none("str", "isprintable", nargs, kwnames)) return NULLV;
    Str *s = S(self);
    for (size_t i = 0; i < s->nbytes;) {
        uint32_t cp;
        i += utf8_decode(s->data + i, &cp);
        if (!uni_has(cp, UNI_PRINTABLE)) return FALSEV;
    }
    return TRUEV;
}

METHOD(isascii) {
    if (!args_none("str", "isascii", nargs, kwnames)) return NULLV;
    return v_bool(S(self)->ascii);
}

/* ---- padding ---- */

static bool fill_arg(Value v, uint32_t *fill) {
    if (!is_str_like(v)) {
        raise_fmt(&exc_TypeError, "The fill character must be a unicode character, not %s", type_name_of(v));
        return false;
    }
    if (S(v)->len != 1) {
        raise_msg(&exc_TypeError, "The fill character must be exactly one character long");
        return false;
    }
    *fill = str_char_at(S(v), 0);
    return true;
}

/* s with `left` and `right` fill characters around it. */
static Value pad(Str *s, int64_t left, int64_t right, uint32_t fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return str_exact(s);
    char fb[4];
    size_t fn = utf8_encode(fill, fb);
    if ((uint64_t)(left + right) > (uint64_t)(INT64_MAX / 8)) return raise_no_memory();
    size_t nb = s->nbytes + (size_t)(left + right) * fn;
    Str *r = str_alloc(&type_str, nb, s->len + (size_t)(left + right));
    if (!r) return NULLV;
    char *o = r->data;
    for (int64_t i = 0; i < left; i++, o += fn) memcpy(o, fb, fn);
    memcpy(o, s->data, s->nbytes);
    o += s->nbytes;
    for (int64_t i = 0; i < right; i++, o += fn) memcpy(o, fb, fn);
    return v_str(str_seal(r));
}

static Value justify(const char *name, Value self, Value *args, size_t nargs, Tuple *kwnames, int how) {
    if (!args_pos("str", name, nargs, kwnames, 1, 2)) return NULLV;
    int64_t width;
    uint32_t fill = ' ';
    if (!index_arg(args[0], &width)) return NULLV;
    if (nargs > 1 && !fill_arg(args[1], &fill)) return NULLV;
    Str *s = S(self);
    int64_t marg = width - (int64_t)s->len;
    if (marg <= 0) return str_exact(s);
    switch (how) {
    case 0: return pad(s, 0, marg, fill);                /* ljust */
    case 1: return pad(s, marg, 0, fill);                /* rjust */
    default: {                                           /* center: CPython's rounding */
        int64_t left = marg / 2 + (marg & width & 1);
        return pad(s, left, marg - left, fill);
    }
    }
}

METHOD(ljust) { return justify("ljust", self, args, nargs, kwnames, 0); }
METHOD(rjust) { return justify("rjust", self, args, nargs, kwnames, 1); }
METHOD(center) { return justify("center", self, args, nargs, kwnames, 2); }

METHOD(zfill) {
    if (!args_one("str", "zfill", nargs, kwnames)) return NULLV;
    int64_t width;
    if (!index_arg(args[0], &width)) return NULLV;
    Str *s = S(self);
    int64_t fill = width - (int64_t)s->len;
    if (fill <= 0) return str_exact(s);
    Value r = pad(s, fill, 0, '0');
    if (is_null(r)) return NULLV;
    Str *rs = S(r);
    if (s->nbytes && (s->data[0] == '+' || s->data[0] == '-')) {
        rs->data[0] = s->data[0];
        rs->data[fill] = '0';
    }
    return r;
}

METHOD(expandtabs) {
    static const char *const kw[] = {"tabsize"};
    static const ArgSpec spec = {"expandtabs", kw, 1, 0, 0, 1};
    Value a[1];
    if (!args_bind(&spec, args, nargs, kwnames, a)) return NULLV;
    int64_t tabsize = 8;
    if (!is_null(a[0]) && !index_arg(a[0], &tabsize)) {
        if (err_matches(&exc_OverflowError)) {
            err_clear();
            raise_msg(&exc_OverflowError, "Python int too large to convert to C int");
        }
        return NULLV;
    }
    if (tabsize > INT32_MAX || tabsize < INT32_MIN) return raise_msg(&exc_OverflowError, "Python int too large to convert to C int");
    Str *s = S(self);
    if (!memchr(s->data, '\t', s->nbytes)) return str_exact(s);
    StrBuf b;
    strbuf_init(&b);
    int64_t col = 0;
    for (size_t i = 0; i < s->nbytes;) {
        uint32_t cp;
        size_t k = utf8_decode(s->data + i, &cp);
        if (cp == '\t') {
            if (tabsize > 0) {
                int64_t spaces = tabsize - col % tabsize;
                if (spaces > (int64_t)(SIZE_MAX >> 4) - col) {
                    strbuf_free(&b);
                    return raise_msg(&exc_OverflowError, "new string is too long");
                }
                for (int64_t j = 0; j < spaces && !b.failed; j++) strbuf_addc(&b, ' ');
                col += spaces;
            }
        } else {
            strbuf_add(&b, s->data + i, k);
            col = cp == '\n' || cp == '\r' ? 0 : col + 1;
        }
        i += k;
    }
    return str_value(strbuf_finish(&b));
}

/* ---- translate ---- */

METHOD(maketrans) {
    if (!args_pos("str", "maketrans", nargs, kwnames, 1, 3)) return NULLV;
    Dict *d = dict_new();
    if (!d) return NULLV;
    if (nargs == 1) {
        if (!is_dict(args[0]) && !is_instance(args[0], &type_dict))
            return raise_msg(&exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        size_t pos = 0;
        Value k, v;
        while (dict_next(as_dict(args[0]), &pos, &k, &v)) {
            if (is_str_like(k)) {
                if (S(k)->len != 1)
                    return raise_msg(&exc_ValueError, "string keys in translate table must be of length 1");
                k = v_int(str_char_at(S(k), 0));
            } else if (!is_int_like(k)) {
                return raise_msg(&exc_TypeError, "keys in translate table must be strings or integers");
            }
            if (dict_set(d, k, v) < 0) return NULLV;
        }
        return v_obj(d);
    }
    Str *x = str_arg(args[0], "maketrans", "1"), *y = x ? str_arg(args[1], "maketrans", "2") : NULL;
    if (!y) return NULLV;
    if (x->len != y->len)
        return raise_msg(&exc_ValueError, "the first two maketrans arguments must have equal length");
    for (size_t i = 0, bx = 0, by = 0; i < x->len; i++) {
        uint32_t cx, cy;
        bx += utf8_decode(x->data + bx, &cx);
        by += utf8_decode(y->data + by, &cy);
        if (dict_set(d, v_int(cx), v_int(cy)) < 0) return NULLV;
    }
    if (nargs == 3) {
        Str *z = str_arg(args[2], "maketrans", "3");
        if (!z) return NULLV;
        for (size_t bz = 0; bz < z->nbytes;) {
            uint32_t cz;
            bz += utf8_decode(z->data + bz, &cz);
            if (dict_set(d, v_int(cz), NONE) < 0) return NULLV;
        }
    }
    return v_obj(d);
}

METHOD(translate) {
    if (!args_one("str", "translate", nargs, kwnames)) return NULLV;
    Value table = args[0];
    Str *s = S(self);
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < s->nbytes;) {
        uint32_t cp;
        size_t k = utf8_decode(s->data + i, &cp);
        Value r = obj_getitem(table, v_int(cp));
        if (is_null(r)) {
            if (!err_matches(&exc_LookupError)) { strbuf_free(&b); return NULLV; }
            err_clear();
            strbuf_add(&b, s->data + i, k);
        } else if (is_none(r)) {
            /* deleted */
        } else if (is_int_like(r)) {
            r = obj_index(r);
            if (is_null(r)) { strbuf_free(&b); return NULLV; }
            if (!is_int(r) || r.u.i < 0 || r.u.i > 0x10FFFF) {
                strbuf_free(&b);
                return raise_msg(&exc_ValueError, "character mapping must be in range(0x110000)");
            }
            strbuf_add_codepoint(&b, (uint32_t)r.u.i);
        } else if (is_str_like(r)) {
            strbuf_add_str(&b, S(r));
        } else {
            strbuf_free(&b);
            return raise_msg(&exc_TypeError, "character mapping must return integer, None or str");
        }
        i += k;
    }
    return str_value(strbuf_finish(&b));
}

/* ---- encode, format, dunders ---- */

METHOD(encode) {
    static const char *const kw[] = {"encoding", "errors"};
    static const ArgSpec spec = {"encode", kw, 2, 0, 0, 2};
    Value a[2];
    if (!args_bind(&spec, args, nargs, kwnames, a)) return NULLV;
    const char *enc = "utf-8", *errors = "strict";
    if (!is_null(a[0]) && !(enc = codec_arg(a[0], "encode", "encoding"))) return NULLV;
    if (!is_null(a[1]) && !(errors = codec_arg(a[1], "encode", "errors"))) return NULLV;
    return codec_encode(S(self), enc, errors);
}

Value str_method_format(Value self, Value *args, size_t nargs, Tuple *kwnames);      /* strformat.c */
Value str_method_format_map(Value self, Value *args, size_t nargs, Tuple *kwnames);

METHOD(__format__) {
    if (!args_one("str", "__format__", nargs, kwnames)) return NULLV;
    if (!is_str_like(args[0]))
        return raise_fmt(&exc_TypeError, "__format__() argument must be str, not %s", type_name_of(args[0]));
    return str_format_spec(S(self), S(args[0]));
}

METHOD(__sizeof__) {
    if (!args_none("str", "__sizeof__", nargs, kwnames)) return NULLV;
    return v_int((int64_t)(sizeof(Str) + S(self)->nbytes + 1));
}

METHOD(__getnewargs__) {
    if (!args_none("str", "__getnewargs__", nargs, kwnames)) return NULLV;
    Value s = str_exact(S(self));
    Tuple *t = is_null(s) ? NULL : tuple_pack(1, s);
    return t ? v_obj(t) : NULLV;
}

static const MethodDef str_methods[] = {
    {"encode", m_encode, 0, "Encode the string using the codec registered for encoding."},
    {"replace", m_replace, 0, "Return a copy with all occurrences of substring old replaced by new."},
    {"split", m_split, 0, "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", m_rsplit, 0, "Return a list of the substrings in the string, using sep as the separator string."},
    {"join", m_join, 0, "Concatenate any number of strings."},
    {"capitalize", m_capitalize, 0, "Return a capitalized version of the string."},
    {"casefold", m_casefold, 0, "Return a version of the string suitable for caseless comparisons."},
    {"title", m_title, 0, "Return a version of the string where each word is titlecased."},
    {"center", m_center, 0, "Return a centered string of length width."},
    {"count", m_count, 0, "Return the number of non-overlapping occurrences of substring sub in string S[start:end]."},
    {"expandtabs", m_expandtabs, 0, "Return a copy where all tab characters are expanded using spaces."},
    {"find", m_find, 0, "Return the lowest index in S where substring sub is found."},
    {"partition", m_partition, 0, "Partition the string into three parts using the given separator."},
    {"index", m_index, 0, "Return the lowest index in S where substring sub is found."},
    {"ljust", m_ljust, 0, "Return a left-justified string of length width."},
    {"lower", m_lower, 0, "Return a copy of the string converted to lowercase."},
    {"lstrip", m_lstrip, 0, "Return a copy of the string with leading whitespace removed."},
    {"rfind", m_rfind, 0, "Return the highest index in S where substring sub is found."},
    {"rindex", m_rindex, 0, "Return the highest index in S where substring sub is found."},
    {"rjust", m_rjust, 0, "Return a right-justified string of length width."},
    {"rstrip", m_rstrip, 0, "Return a copy of the string with trailing whitespace removed."},
    {"rpartition", m_rpartition, 0, "Partition the string into three parts using the given separator."},
    {"splitlines", m_splitlines, 0, "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", m_strip, 0, "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", m_swapcase, 0, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"translate", m_translate, 0, "Replace each character in the string using the given translation table."},
    {"upper", m_upper, 0, "Return a copy of the string converted to uppercase."},
    {"startswith", m_startswith, 0, "Return True if the string starts with the specified prefix, False otherwise."},
    {"endswith", m_endswith, 0, "Return True if the string ends with the specified suffix, False otherwise."},
    {"removeprefix", m_removeprefix, 0, "Return a str with the given prefix string removed if present."},
    {"removesuffix", m_removesuffix, 0, "Return a str with the given suffix string removed if present."},
    {"isascii", m_isascii, 0, "Return True if all characters in the string are ASCII, False otherwise."},
    {"islower", m_islower, 0, "Return True if the string is a lowercase string, False otherwise."},
    {"isupper", m_isupper, 0, "Return True if the string is an uppercase string, False otherwise."},
    {"istitle", m_istitle, 0, "Return True if the string is a title-cased string, False otherwise."},
    {"isspace", m_isspace, 0, "Return True if the string is a whitespace string, False otherwise."},
    {"isdecimal", m_isdecimal, 0, "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", m_isdigit, 0, "Return True if the string is a digit string, False otherwise."},
    {"isnumeric", m_isnumeric, 0, "Return True if the string is a numeric string, False otherwise."},
    {"isalpha", m_isalpha, 0, "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", m_isalnum, 0, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isidentifier", m_isidentifier, 0, "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", m_isprintable, 0, "Return True if all characters in the string are printable, False otherwise."},
    {"zfill", m_zfill, 0, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"format", str_method_format, 0, "Return a formatted version of the string, using substitutions from args and kwargs."},
    {"format_map", str_method_format_map, 0, "Return a formatted version of the string, using substitutions from mapping."},
    {"__format__", m___format__, 0, "Return a formatted version of the string as described by format_spec."},
    {"maketrans", m_maketrans, METH_STATIC, "Return a translation table usable for str.translate()."},
    {"__sizeof__", m___sizeof__, 0, "Return the size of the string in memory, in bytes."},
    {"__getnewargs__", m___getnewargs__, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_str = {
    .hdr = {.type = &type_type},
    .name = "str",
    .basicsize = offsetof(Str, dict),           /* subclasses: dictoffset = the dict field */
    .flags = TPF_BASETYPE | TPF_STR_SUBCLASS,
    .trace = strlike_trace,
    .new = str_slot_new,
    .repr = str_slot_repr,
    .str = str_slot_str,
    .hash = str_slot_hash,
    .richcompare = str_slot_richcompare,
    .bool_ = str_slot_bool,
    .iter = str_slot_iter,
    .nb = {[NB_ADD] = str_add, [NB_MULTIPLY] = str_mul, [NB_REMAINDER] = str_mod},
    .len = str_slot_len,
    .getitem = str_slot_getitem,
    .contains = str_slot_contains,
    .methods = str_methods,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object. If encoding or\n"
           "errors is specified, then the object must expose a data buffer\n"
           "that will be decoded using the given encoding and error handler.\n"
           "Otherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\n"
           "encoding defaults to 'utf-8'.\n"
           "errors defaults to 'strict'.",
};
