/* bytes.c — bytes (immutable) and bytearray (mutable) byte strings.
 *
 * Both types share their read-only methods: each works on the (data, len) of self and
 * builds results of self's kind (bytes methods return bytes, bytearray methods return
 * bytearray), as CPython does.  Character classes are ASCII-only for bytes.
 */
#define _GNU_SOURCE
#include <string.h>
#include <stdlib.h>

#include "strimpl.h"
#include "gc.h"
#include "num.h"

Value bytes_percent_format(const char *fmt, size_t n, Value args);     /* strformat.c */

/* ================================================================ construction */

Bytes *bytes_alloc(size_t len) {
    if (len > (SIZE_MAX >> 2)) { raise_no_memory(); return NULL; }
    Bytes *b = gc_alloc(&type_bytes, sizeof(Bytes) + len + 1);
    if (!b) return NULL;
    b->hash = -1;
    b->len = len;
    b->data[len] = 0;
    return b;
}

static Value empty_bytes;

Value bytes_new(const char *data, size_t len) {
    if (len == 0 && !is_null(empty_bytes)) return empty_bytes;
    Bytes *b = bytes_alloc(len);
    if (!b) return NULLV;
    if (len) memcpy(b->data, data, len);
    return v_obj(b);
}

static Value bytes_new_subtype(Type *t, const char *data, size_t len) {
    if (t == &type_bytes) return bytes_new(data, len);
    if (len > (SIZE_MAX >> 2)) return raise_no_memory();
    Bytes *b = gc_alloc(t, sizeof(Bytes) + len + 1);
    if (!b) return NULLV;
    b->hash = -1;
    b->len = len;
    if (len) memcpy(b->data, data, len);
    return v_obj(b);
}

static void bytearray_finalize(Obj *o) {
    ByteArray *a = (ByteArray *)o;
    if (a->cap) gc_note_external(-(int64_t)a->cap);
    free(a->data);
    a->data = NULL;
}

static bool bytearray_reserve(ByteArray *a, size_t need) {
    if (need <= a->cap) return true;
    if (need > (SIZE_MAX >> 2)) { raise_no_memory(); return false; }
    size_t cap = a->cap < 16 ? 16 : a->cap;
    while (cap < need) cap += cap / 2 + 8;
    char *d = realloc(a->data, cap + 1);
    if (!d) { raise_no_memory(); return false; }
    gc_note_external((int64_t)cap - (int64_t)a->cap);
    a->data = d;
    a->cap = cap;
    return true;
}

static ByteArray *bytearray_alloc(Type *t, const char *data, size_t len) {
    ByteArray *a = gc_alloc(t, sizeof(ByteArray));
    if (!a) return NULL;
    if (!bytearray_reserve(a, len)) return NULL;
    if (len) memcpy(a->data, data, len);
    a->len = len;
    return a;
}

Value bytearray_new(const char *data, size_t len) {
    ByteArray *a = bytearray_alloc(&type_bytearray, data, len);
    return a ? v_obj(a) : NULLV;
}

static bool is_bytearray(Value v) {
    return is_obj(v) && (v.u.o->type == &type_bytearray || type_is_subtype(v.u.o->type, &type_bytearray));
}

static bool is_bytes_inst(Value v) {
    return is_obj(v) && (v.u.o->type == &type_bytes || type_is_subtype(v.u.o->type, &type_bytes));
}

bool bytes_like(Value v, const char **data, size_t *len) {
    if (!is_obj(v)) return false;
    if (is_bytes_inst(v)) {
        *data = as_bytes(v)->data;
        *len = as_bytes(v)->len;
        return true;
    }
    if (is_bytearray(v)) {
        ByteArray *a = (ByteArray *)v.u.o;
        *data = a->data ? a->data : "";
        *len = a->len;
        return true;
    }
    return false;
}

/* The contents of self (bytes or bytearray). */
static inline void self_data(Value self, const char **d, size_t *n) {
    if (!bytes_like(self, d, n)) { *d = ""; *n = 0; }
}

/* A result of the same kind as self. */
static Value make_like(Value self, const char *data, size_t len) {
    return is_bytearray(self) ? bytearray_new(data, len) : bytes_new(data, len);
}

static const char *kind_name(Value self) { return is_bytearray(self) ? "bytearray" : "bytes"; }

/* A bytes-like argument, or NULL with "a bytes-like object is required, not 'str'". */
static bool buffer_arg(Value v, const char **d, size_t *n) {
    if (bytes_like(v, d, n)) return true;
    raise_fmt(&exc_TypeError, "a bytes-like object is required, not '%s'", type_name_of(v));
    return false;
}

/* A byte value 0..255 through __index__. */
static bool byte_value(Value v, int *out, const char *range_msg) {
    int64_t i;
    if (!index_arg(v, &i)) {
        if (!err_matches(&exc_OverflowError)) return false;
        err_clear();
        i = -1;
    }
    if (i < 0 || i > 255) { raise_msg(&exc_ValueError, range_msg); return false; }
    *out = (int)i;
    return true;
}

/* The bytes an object converts to: bytes(x) semantics (not for str / int). */
static bool bytes_from_object(Value v, StrBuf *out, const char *kind) {
    const char *d;
    size_t n;
    if (bytes_like(v, &d, &n)) { strbuf_add(out, d, n); return true; }
    Value it = obj_iter(v);
    if (is_null(it)) {
        if (err_matches(&exc_TypeError)) {
            err_clear();
            raise_fmt(&exc_TypeError, "cannot convert '%s' object to %s", type_name_of(v), kind);
        }
        return false;
    }
    for (;;) {
        Value x = obj_next(it);
        if (is_null(x)) return !err_occurred();
        int b;
        if (!byte_value(x, &b, "bytes must be in range(0, 256)")) return false;
        strbuf_addc(out, (char)b);
    }
}

/* bytes(x, encoding, errors) and bytearray(...) share the argument rules. */
static bool construct(const char *kind, Value *args, size_t nargs, Tuple *kwnames, StrBuf *out) {
    static const char *const kw[] = {"source", "encoding", "errors"};
    ArgSpec spec = {kind, kw, 3, 0, 0, 3};
    Value a[3];
    if (!args_bind(&spec, args, nargs, kwnames, a)) return false;
    Value src = a[0];
    if (is_null(src)) {
        if (!is_null(a[1])) { raise_msg(&exc_TypeError, "encoding without a string argument"); return false; }
        if (!is_null(a[2])) { raise_msg(&exc_TypeError, "errors without a string argument"); return false; }
        return true;
    }
    if (is_str_like(src)) {
        if (is_null(a[1])) { raise_msg(&exc_TypeError, "string argument without an encoding"); return false; }
        const char *enc = codec_arg(a[1], kind, "encoding"), *errors = "strict";
        if (!enc) return false;
        if (!is_null(a[2]) && !(errors = codec_arg(a[2], kind, "errors"))) return false;
        Value r = codec_encode(as_str(src), enc, errors);
        if (is_null(r)) return false;
        strbuf_add(out, as_bytes(r)->data, as_bytes(r)->len);
        return true;
    }
    if (!is_null(a[1])) { raise_msg(&exc_TypeError, "encoding without a string argument"); return false; }
    if (!is_null(a[2])) { raise_msg(&exc_TypeError, "errors without a string argument"); return false; }
    static Str *dunder_bytes;
    if (!dunder_bytes) dunder_bytes = str_intern_cstr("__bytes__");
    if (strcmp(kind, "bytes") == 0 && !is_bytes_inst(src) && !is_null(type_lookup(type_of(src), dunder_bytes))) {
        Value r = obj_call_method(src, "__bytes__", NULL, 0);
        if (is_null(r)) return false;
        if (!is_bytes_inst(r)) {
            raise_fmt(&exc_TypeError, "__bytes__ returned non-bytes (type %s)", type_name_of(r));
            return false;
        }
        strbuf_add(out, as_bytes(r)->data, as_bytes(r)->len);
        return true;
    }
    if (is_int_like(src) || (type_of(src)->index && !bytes_like(src, &(const char *){0}, &(size_t){0}))) {
        int64_t count;
        if (!index_arg(src, &count)) return false;
        if (count < 0) { raise_msg(&exc_ValueError, "negative count"); return false; }
        if (count > INT64_MAX - 33) { raise_msg(&exc_OverflowError, "byte string is too large"); return false; }
        if ((uint64_t)count > (SIZE_MAX >> 2)) { raise_no_memory(); return false; }
        for (int64_t i = 0; i < count && !out->failed; i++) strbuf_addc(out, 0);
        return true;
    }
    return bytes_from_object(src, out, kind);
}

static Value bytes_slot_new(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    if (nargs == 1 && !kwnames && type == &type_bytes && is_bytes(args[0])) return args[0];
    StrBuf b;
    strbuf_init(&b);
    if (!construct("bytes", args, nargs, kwnames, &b)) { strbuf_free(&b); return NULLV; }
    if (b.failed) { strbuf_free(&b); return raise_no_memory(); }
    Value r = bytes_new_subtype(type, b.data ? b.data : "", b.len);
    strbuf_free(&b);
    return r;
}

static Value bytearray_slot_new(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    StrBuf b;
    strbuf_init(&b);
    if (!construct("bytearray", args, nargs, kwnames, &b)) { strbuf_free(&b); return NULLV; }
    if (b.failed) { strbuf_free(&b); return raise_no_memory(); }
    ByteArray *a = bytearray_alloc(type, b.data ? b.data : "", b.len);
    strbuf_free(&b);
    return a ? v_obj(a) : NULLV;
}

/* ================================================================ repr, hash, compare */

/* bytearray's repr escapes ' even inside double quotes (as CPython does). */
static void add_bytes_repr(StrBuf *b, const char *d, size_t n, bool escape_squote) {
    bool sq = memchr(d, '\'', n) != NULL, dq = memchr(d, '"', n) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    static const char hex[] = "0123456789abcdef";
    strbuf_addc(b, 'b');
    strbuf_addc(b, quote);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c == (unsigned char)quote || c == '\\' || (c == '\'' && escape_squote)) {
            strbuf_addc(b, '\\');
            strbuf_addc(b, (char)c);
        }
        else if (c == '\t') strbuf_add(b, "\\t", 2);
        else if (c == '\n') strbuf_add(b, "\\n", 2);
        else if (c == '\r') strbuf_add(b, "\\r", 2);
        else if (c < 0x20 || c >= 0x7f) {
            char esc[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            strbuf_add(b, esc, 4);
        } else strbuf_addc(b, (char)c);
    }
    strbuf_addc(b, quote);
}

static Value bytes_slot_repr(Value self) {
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    StrBuf b;
    strbuf_init(&b);
    if (is_bytearray(self)) {
        strbuf_adds(&b, type_name_of(self));
        strbuf_addc(&b, '(');
        add_bytes_repr(&b, d, n, true);
        strbuf_addc(&b, ')');
    } else {
        add_bytes_repr(&b, d, n, false);
    }
    return str_value(strbuf_finish(&b));
}

static bool bytes_slot_hash(Value self, int64_t *out) {
    Bytes *b = as_bytes(self);
    if (b->hash == -1) b->hash = hash_bytes(b->data, b->len);
    *out = b->hash;
    return true;
}


static Value bytes_slot_richcompare(Value a, Value b, int op) {
    const char *da, *db;
    size_t na, nb;
    if (!bytes_like(a, &da, &na) || !bytes_like(b, &db, &nb)) return NotImplemented;
    if (op == CMP_EQ || op == CMP_NE) {
        bool eq = na == nb && memcmp(da, db, na) == 0;
        return v_bool(op == CMP_EQ ? eq : !eq);
    }
    int c = memcmp(da, db, na < nb ? na : nb);
    if (c == 0) c = na < nb ? -1 : na > nb;
    switch (op) {
    case CMP_LT: return v_bool(c < 0);
    case CMP_LE: return v_bool(c <= 0);
    case CMP_GT: return v_bool(c > 0);
    default: return v_bool(c >= 0);
    }
}

static int64_t bytes_slot_len(Value self) {
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    return (int64_t)n;
}

static int bytes_slot_bool(Value self) { return bytes_slot_len(self) != 0; }

/* ================================================================ sequence protocol */

static bool index_key(Value self, Value key, int64_t len, int64_t *out) {
    bool ba = is_bytearray(self);
    int64_t i;
    if (is_int(key) || is_bool(key)) {
        i = key.u.i;
    } else if (is_int_like(key) || type_of(key)->index) {
        Value k = obj_index(key);
        if (is_null(k)) return false;
        if (!is_int(k) && !is_bool(k)) {
            raise_fmt(&exc_IndexError, "cannot fit '%s' into an index-sized integer", type_name_of(key));
            return false;
        }
        i = k.u.i;
    } else {
        raise_fmt(&exc_TypeError, "%s indices must be integers or slices, not %s", ba ? "bytearray" : "byte",
                  type_name_of(key));
        return false;
    }
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
        raise_msg(&exc_IndexError, ba ? "bytearray index out of range" : "index out of range");
        return false;
    }
    *out = i;
    return true;
}

static Value bytes_slot_getitem(Value self, Value key) {
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    if (is_type(key, &type_slice)) {
        int64_t start, stop, step, len;
        if (!slice_indices((Slice *)key.u.o, (int64_t)n, &start, &stop, &step, &len)) return NULLV;
        if (step == 1) {
            if (len == (int64_t)n && is_bytes(self)) return self;
            return make_like(self, d + start, (size_t)(len > 0 ? len : 0));
        }
        char *tmp = malloc(len > 0 ? (size_t)len : 1);
        if (!tmp) return raise_no_memory();
        for (int64_t i = 0; i < len; i++) tmp[i] = d[start + i * step];
        Value r = make_like(self, tmp, (size_t)(len > 0 ? len : 0));
        free(tmp);
        return r;
    }
    int64_t i;
    if (!index_key(self, key, (int64_t)n, &i)) return NULLV;
    return v_int((unsigned char)d[i]);
}

static int bytes_slot_contains(Value self, Value item) {
    const char *d, *s;
    size_t n, sn;
    self_data(self, &d, &n);
    if (is_int_like(item) || (!bytes_like(item, &s, &sn) && type_of(item)->index)) {
        int b;
        if (!byte_value(item, &b, "byte must be in range(0, 256)")) return -1;
        return memchr(d, b, n) != NULL;
    }
    if (!buffer_arg(item, &s, &sn)) return -1;
    return mem_find(d, n, s, sn) >= 0;
}

static Value bytes_add(Value a, Value b) {
    const char *da, *db;
    size_t na, nb;
    if (!bytes_like(a, &da, &na)) return NotImplemented;
    if (!bytes_like(b, &db, &nb)) {
        if (type_of(b)->flags & TPF_HEAPTYPE) return NotImplemented;
        return raise_fmt(&exc_TypeError, "can't concat %s to %s", type_name_of(b), kind_name(a));
    }
    if (is_bytearray(a)) {
        ByteArray *r = bytearray_alloc(&type_bytearray, da, na);
        if (!r || !bytearray_reserve(r, na + nb)) return NULLV;
        if (nb) memcpy(r->data + na, db, nb);
        r->len = na + nb;
        return v_obj(r);
    }
    if (nb == 0 && is_bytes(a)) return a;
    if (na == 0 && is_bytes(b)) return b;
    Bytes *r = bytes_alloc(na + nb);
    if (!r) return NULLV;
    if (na) memcpy(r->data, da, na);
    if (nb) memcpy(r->data + na, db, nb);
    return v_obj(r);
}

static Value bytes_mul(Value a, Value b) {
    const char *d;
    size_t n;
    Value seq = bytes_like(a, &d, &n) ? a : b, other = v_is(seq, a) ? b : a;
    self_data(seq, &d, &n);
    int64_t count;
    Value r = repeat_count(other, &count);
    if (is_null(r) || !is_none(r)) return r;
    if (count == 1 && is_bytes(seq)) return seq;
    r = repeat_bytes(d, n, count, true, n);
    if (is_null(r) || !is_bytearray(seq)) return r;
    return bytearray_new(as_bytes(r)->data, as_bytes(r)->len);
}

static Value bytes_mod(Value a, Value b) {
    const char *d;
    size_t n;
    if (!bytes_like(a, &d, &n)) return NotImplemented;
    Value r = bytes_percent_format(d, n, b);
    if (is_null(r) || !is_bytearray(a)) return r;
    return bytearray_new(as_bytes(r)->data, as_bytes(r)->len);
}

/* ---- iterator ---- */

typedef struct BytesIter {
    Obj hdr;
    Value seq;          /* NULLV once exhausted */
    size_t index;
} BytesIter;

static void bytesiter_trace(Obj *o) { gc_mark_value(((BytesIter *)o)->seq); }
static Value bytesiter_iter(Value self) { return self; }

static Value bytesiter_next(Value self) {
    BytesIter *it = (BytesIter *)self.u.o;
    if (is_null(it->seq)) return NULLV;
    const char *d;
    size_t n;
    self_data(it->seq, &d, &n);
    if (it->index >= n) { it->seq = NULLV; return NULLV; }
    return v_int((unsigned char)d[it->index++]);
}

static Value bytesiter_length_hint(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    (void)args;
    if (!args_none(type_name_of(self), "__length_hint__", nargs, kwnames)) return NULLV;
    BytesIter *it = (BytesIter *)self.u.o;
    if (is_null(it->seq)) return v_int(0);
    const char *d;
    size_t n;
    self_data(it->seq, &d, &n);
    return v_int(n > it->index ? (int64_t)(n - it->index) : 0);
}

static const MethodDef bytesiter_methods[] = {
    {"__length_hint__", bytesiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

Type type_bytes_iterator = {
    .hdr = {.type = &type_type},
    .name = "bytes_iterator", .basicsize = sizeof(BytesIter), .trace = bytesiter_trace,
    .iter = bytesiter_iter, .next = bytesiter_next, .methods = bytesiter_methods,
};
Type type_bytearray_iterator = {
    .hdr = {.type = &type_type},
    .name = "bytearray_iterator", .basicsize = sizeof(BytesIter), .trace = bytesiter_trace,
    .iter = bytesiter_iter, .next = bytesiter_next, .methods = bytesiter_methods,
};

static Value bytes_slot_iter(Value self) {
    BytesIter *it = gc_alloc(is_bytearray(self) ? &type_bytearray_iterator : &type_bytes_iterator, sizeof(BytesIter));
    if (!it) return NULLV;
    it->seq = self;
    return v_obj(it);
}

/* ================================================================ methods (shared) */

#define METHOD(name) \
    static Value bm_##name(UNUSED Value self, UNUSED Value *args, UNUSED size_t nargs, UNUSED Tuple *kwnames)

static inline bool b_isspace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static inline bool b_isupper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline bool b_islower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline bool b_isalpha(unsigned char c) { return b_isupper(c) || b_islower(c); }
static inline bool b_isdigit(unsigned char c) { return c >= '0' && c <= '9'; }

/* The "sub" argument of find/count/...: bytes-like or an int 0..255. */
static bool sub_arg(Value v, const char **d, size_t *n, char *byte) {
    if (bytes_like(v, d, n)) return true;
    if (is_int_like(v) || type_of(v)->index) {
        int b;
        if (!byte_value(v, &b, "byte must be in range(0, 256)")) return false;
        *byte = (char)b;
        *d = byte;
        *n = 1;
        return true;
    }
    raise_fmt(&exc_TypeError, "argument should be integer or bytes-like object, not '%s'", type_name_of(v));
    return false;
}

static bool bsearch_args(const char *name, Value self, Value *args, size_t nargs, Tuple *kwnames,
                         const char **sub, size_t *sn, char *byte, int64_t *start, int64_t *end) {
    if (!args_pos(kind_name(self), name, nargs, kwnames, 1, 3)) return false;
    if (!sub_arg(args[0], sub, sn, byte)) return false;
    *start = 0;
    *end = INT64_MAX;
    if (nargs > 1 && !slice_bound(args[1], start)) return false;
    if (nargs > 2 && !slice_bound(args[2], end)) return false;
    adjust_indices(start, end, bytes_slot_len(self));
    return true;
}

static Value bfind_common(const char *name, Value self, Value *args, size_t nargs, Tuple *kwnames,
                          bool reverse, bool raise) {
    const char *d, *sub;
    size_t n, sn;
    char byte;
    int64_t start, end;
    if (!bsearch_args(name, self, args, nargs, kwnames, &sub, &sn, &byte, &start, &end)) return NULLV;
    self_data(self, &d, &n);
    int64_t found = -1;
    if (start <= end && (int64_t)sn <= end - start) {
        ssize_t k = reverse ? mem_rfind(d + start, (size_t)(end - start), sub, sn)
                            : mem_find(d + start, (size_t)(end - start), sub, sn);
        if (k >= 0) found = start + k;
    }
    if (found < 0 && raise) return raise_msg(&exc_ValueError, "subsection not found");
    return v_int(found);
}

METHOD(find) { return bfind_common("find", self, args, nargs, kwnames, false, false); }
METHOD(rfind) { return bfind_common("rfind", self, args, nargs, kwnames, true, false); }
METHOD(index) { return bfind_common("index", self, args, nargs, kwnames, false, true); }
METHOD(rindex) { return bfind_common("rindex", self, args, nargs, kwnames, true, true); }

METHOD(count) {
    const char *d, *sub;
    size_t n, sn;
    char byte;
    int64_t start, end;
    if (!bsearch_args("count", self, args, nargs, kwnames, &sub, &sn, &byte, &start, &end)) return NULLV;
    self_data(self, &d, &n);
    if (start > end || start > (int64_t)n) return v_int(0);
    if (sn == 0) return v_int(end - start + 1);
    return v_int((int64_t)mem_count(d + start, (size_t)(end - start), sub, sn, SIZE_MAX));
}

static Value bstarts_ends(const char *name, Value self, Value *args, size_t nargs, Tuple *kwnames, bool at_end) {
    if (!args_pos(kind_name(self), name, nargs, kwnames, 1, 3)) return NULLV;
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    int64_t start = 0, end = INT64_MAX;
    if (nargs > 1 && !slice_bound(args[1], &start)) return NULLV;
    if (nargs > 2 && !slice_bound(args[2], &end)) return NULLV;
    adjust_indices(&start, &end, (int64_t)n);
    Value *cands = &args[0];
    size_t ncands = 1;
    if (is_tuple(args[0])) {
        cands = as_tuple(args[0])->items;
        ncands = as_tuple(args[0])->len;
    } else if (!bytes_like(args[0], &(const char *){0}, &(size_t){0})) {
        return raise_fmt(&exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                         type_name_of(args[0]));
    }
    for (size_t i = 0; i < ncands; i++) {
        const char *p;
        size_t pn;
        if (!buffer_arg(cands[i], &p, &pn)) return NULLV;
        if (start > (int64_t)n || end - start < (int64_t)pn) continue;
        const char *at = at_end ? d + end - pn : d + start;
        if (memcmp(at, p, pn) == 0) return TRUEV;
    }
    return FALSEV;
}

METHOD(startswith) { return bstarts_ends("startswith", self, args, nargs, kwnames, false); }
METHOD(endswith) { return bstarts_ends("endswith", self, args, nargs, kwnames, true); }

/* ---- split / join / partition ---- */

static Value make_bytes_piece(const char *p, size_t n) { return bytes_new(p, n); }
static Value make_bytearray_piece(const char *p, size_t n) { return bytearray_new(p, n); }

static Value bsplit_common(const char *name, Value self, Value *args, size_t nargs, Tuple *kwnames, bool reverse) {
    static const char *const kw[] = {"sep", "maxsplit"};
    ArgSpec spec = {name, kw, 2, 0, 0, 2};
    Value a[2];
    if (!args_bind(&spec, args, nargs, kwnames, a)) return NULLV;
    int64_t maxsplit = -1;
    if (!is_null(a[1]) && !index_arg(a[1], &maxsplit)) return NULLV;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    Value (*make)(const char *, size_t) = is_bytearray(self) ? make_bytearray_piece : make_bytes_piece;
    if (!is_null(a[0]) && !is_none(a[0])) {
        const char *sep;
        size_t sn;
        if (!buffer_arg(a[0], &sep, &sn)) return NULLV;
        if (sn == 0) return raise_msg(&exc_ValueError, "empty separator");
        return split_sep(d, n, sep, sn, maxsplit, reverse, make);
    }
    List *l = list_new(0);
    if (!l) return NULLV;
    if (!reverse) {
        size_t i = 0;
        for (;;) {
            while (i < n && b_isspace((unsigned char)d[i])) i++;
            if (i >= n) break;
            size_t s = i, e;
            if (maxsplit-- == 0) {
                e = i = n;
            } else {
                while (i < n && !b_isspace((unsigned char)d[i])) i++;
                e = i;
            }
            Value p = make(d + s, e - s);
            if (is_null(p) || !list_append(l, p)) return NULLV;
        }
    } else {
        size_t i = n;
        for (;;) {
            while (i > 0 && b_isspace((unsigned char)d[i - 1])) i--;
            if (i == 0) break;
            size_t e = i, s;
            if (maxsplit-- == 0) {
                s = i = 0;
            } else {
                while (i > 0 && !b_isspace((unsigned char)d[i - 1])) i--;
                s = i;
            }
            Value p = make(d + s, e - s);
            if (is_null(p) || !list_append(l, p)) return NULLV;
        }
        list_reverse(l);
    }
    return v_obj(l);
}

METHOD(split) { return bsplit_common("split", self, args, nargs, kwnames, false); }
METHOD(rsplit) { return bsplit_common("rsplit", self, args, nargs, kwnames, true); }

METHOD(splitlines) {
    static const char *const kw[] = {"keepends"};
    static const ArgSpec spec = {"splitlines", kw, 1, 0, 0, 1};
    Value a[1];
    if (!args_bind(&spec, args, nargs, kwnames, a)) return NULLV;
    int keepends = 0;
    if (!is_null(a[0]) && (keepends = flag_arg(a[0])) < 0) return NULLV;
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    List *l = list_new(0);
    if (!l) return NULLV;
    size_t i = 0;
    while (i < n) {
        size_t s = i;
        while (i < n && d[i] != '\n' && d[i] != '\r') i++;
        size_t eol = i;
        if (i < n) i += d[i] == '\r' && i + 1 < n && d[i + 1] == '\n' ? 2 : 1;
        Value p = make_like(self, d + s, (keepends ? i : eol) - s);
        if (is_null(p) || !list_append(l, p)) return NULLV;
    }
    return v_obj(l);
}

static Value bpartition_common(const char *name, Value self, Value *args, size_t nargs, Tuple *kwnames, bool reverse) {
    if (!args_one(kind_name(self), name, nargs, kwnames)) return NULLV;
    const char *d, *sep;
    size_t n, sn;
    if (!buffer_arg(args[0], &sep, &sn)) return NULLV;
    if (sn == 0) return raise_msg(&exc_ValueError, "empty separator");
    self_data(self, &d, &n);
    ssize_t k = reverse ? mem_rfind(d, n, sep, sn) : mem_find(d, n, sep, sn);
    Value a, b, c;
    if (k < 0) {
        Value whole = is_bytes(self) ? self : make_like(self, d, n);
        Value e1 = make_like(self, "", 0), e2 = make_like(self, "", 0);
        if (is_null(whole) || is_null(e1) || is_null(e2)) return NULLV;
        if (reverse) { a = e1; b = e2; c = whole; } else { a = whole; b = e1; c = e2; }
    } else {
        a = make_like(self, d, (size_t)k);
        b = make_like(self, sep, sn);
        c = make_like(self, d + k + sn, n - (size_t)k - sn);
        if (is_null(a) || is_null(b) || is_null(c)) return NULLV;
    }
    Tuple *t = tuple_pack(3, a, b, c);
    return t ? v_obj(t) : NULLV;
}

METHOD(partition) { return bpartition_common("partition", self, args, nargs, kwnames, false); }
METHOD(rpartition) { return bpartition_common("rpartition", self, args, nargs, kwnames, true); }

METHOD(join) {
    if (!args_one(kind_name(self), "join", nargs, kwnames)) return NULLV;
    const char *sep;
    size_t sn;
    self_data(self, &sep, &sn);
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
    size_t count = is_list(seq) ? as_list(seq)->len : as_tuple(seq)->len;
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < count; i++) {
        const char *p;
        size_t pn;
        if (!bytes_like(items[i], &p, &pn)) {
            strbuf_free(&b);
            return raise_fmt(&exc_TypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
                             type_name_of(items[i]));
        }
        if (i) strbuf_add(&b, sep, sn);
        strbuf_add(&b, p, pn);
    }
    if (b.failed) { strbuf_free(&b); return raise_no_memory(); }
    Value r = make_like(self, b.data ? b.data : "", b.len);
    strbuf_free(&b);
    return r;
}

/* ---- strip, replace, affixes ---- */

static Value bstrip_common(const char *name, Value self, Value *args, size_t nargs, Tuple *kwnames, int which) {
    if (!args_pos(kind_name(self), name, nargs, kwnames, 0, 1)) return NULLV;
    const char *chars = NULL;
    size_t cn = 0;
    if (nargs && !is_none(args[0]) && !buffer_arg(args[0], &chars, &cn)) return NULLV;
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    size_t i = 0, j = n;
#define STRIPPED(c) (chars ? memchr(chars, (c), cn) != NULL : b_isspace((unsigned char)(c)))
    if (which & 1) while (i < j && STRIPPED(d[i])) i++;
    if (which & 2) while (j > i && STRIPPED(d[j - 1])) j--;
#undef STRIPPED
    if (i == 0 && j == n && is_bytes(self)) return self;
    return make_like(self, d + i, j - i);
}

METHOD(strip) { return bstrip_common("strip", self, args, nargs, kwnames, 3); }
METHOD(lstrip) { return bstrip_common("lstrip", self, args, nargs, kwnames, 1); }
METHOD(rstrip) { return bstrip_common("rstrip", self, args, nargs, kwnames, 2); }

static Value baffix_common(const char *name, Value self, Value *args, size_t nargs, Tuple *kwnames, bool suffix) {
    if (!args_one(kind_name(self), name, nargs, kwnames)) return NULLV;
    const char *d, *p;
    size_t n, pn;
    if (!buffer_arg(args[0], &p, &pn)) return NULLV;
    self_data(self, &d, &n);
    if (pn && pn <= n && memcmp(suffix ? d + n - pn : d, p, pn) == 0)
        return make_like(self, suffix ? d : d + pn, n - pn);
    return is_bytes(self) ? self : make_like(self, d, n);
}

METHOD(removeprefix) { return baffix_common("removeprefix", self, args, nargs, kwnames, false); }
METHOD(removesuffix) { return baffix_common("removesuffix", self, args, nargs, kwnames, true); }

METHOD(replace) {
    if (!args_pos(kind_name(self), "replace", nargs, kwnames, 2, 3)) return NULLV;
    Value a[3] = {args[0], args[1], nargs > 2 ? args[2] : NULLV};
    const char *d, *old, *new_;
    size_t n, on, nn;
    if (!buffer_arg(a[0], &old, &on) || !buffer_arg(a[1], &new_, &nn)) return NULLV;
    int64_t count = -1;
    if (!is_null(a[2]) && !index_arg(a[2], &count)) return NULLV;
    if (count < 0) count = INT64_MAX;
    self_data(self, &d, &n);
    StrBuf b;
    strbuf_init(&b);
    int64_t done = 0;
    size_t i = 0;
    if (on == 0) {
        for (; i < n; i++) {
            if (done < count) { strbuf_add(&b, new_, nn); done++; }
            strbuf_addc(&b, d[i]);
        }
        if (done < count) { strbuf_add(&b, new_, nn); done++; }
    } else {
        while (done < count) {
            ssize_t k = mem_find(d + i, n - i, old, on);
            if (k < 0) break;
            strbuf_add(&b, d + i, (size_t)k);
            strbuf_add(&b, new_, nn);
            i += (size_t)k + on;
            done++;
        }
        strbuf_add(&b, d + i, n - i);
    }
    if (b.failed) { strbuf_free(&b); return raise_no_memory(); }
    Value r = done == 0 && is_bytes(self) ? self : make_like(self, b.data ? b.data : "", b.len);
    strbuf_free(&b);
    return r;
}

/* ---- case and predicates (ASCII) ---- */

enum { B_UPPER, B_LOWER, B_SWAP, B_TITLE, B_CAPITALIZE };

static Value bcase(Value self, int mode) {
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    char *tmp = malloc(n ? n : 1);
    if (!tmp) return raise_no_memory();
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        bool up = b_isupper(c), lo = b_islower(c);
        switch (mode) {
        case B_UPPER: if (lo) c -= 32; break;
        case B_LOWER: if (up) c += 32; break;
        case B_SWAP: if (up) c += 32; else if (lo) c -= 32; break;
        case B_TITLE:
            if (prev_cased) { if (up) c += 32; } else if (lo) c -= 32;
            prev_cased = up || lo;
            break;
        case B_CAPITALIZE:
            if (i == 0) { if (lo) c -= 32; } else if (up) c += 32;
            break;
        }
        tmp[i] = (char)c;
    }
    Value r = make_like(self, tmp, n);
    free(tmp);
    return r;
}

METHOD(upper) { return args_none(kind_name(self), "upper", nargs, kwnames) ? bcase(self, B_UPPER) : NULLV; }
METHOD(lower) { return args_none(kind_name(self), "lower", nargs, kwnames) ? bcase(self, B_LOWER) : NULLV; }
METHOD(swapcase) { return args_none(kind_name(self), "swapcase", nargs, kwnames) ? bcase(self, B_SWAP) : NULLV; }
METHOD(title) { return args_none(kind_name(self), "title", nargs, kwnames) ? bcase(self, B_TITLE) : NULLV; }
METHOD(capitalize) { return args_none(kind_name(self), "capitalize", nargs, kwnames) ? bcase(self, B_CAPITALIZE) : NULLV; }

static Value ball(Value self, size_t nargs, Tuple *kwnames, const char *name, bool (*pred)(unsigned char)) {
    if (!args_none(kind_name(self), name, nargs, kwnames)) return NULLV;
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    if (n == 0) return FALSEV;
    for (size_t i = 0; i < n; i++)
        if (!pred((unsigned char)d[i])) return FALSEV;
    return TRUEV;
}

static bool b_isalnum(unsigned char c) { return b_isalpha(c) || b_isdigit(c); }
METHOD(isalpha) { return ball(self, nargs, kwnames, "isalpha", b_isalpha); }
METHOD(isdigit) { return ball(self, nargs, kwnames, "isdigit", b_isdigit); }
METHOD(isalnum) { return ball(self, nargs, kwnames, "isalnum", b_isalnum); }
METHOD(isspace) { return ball(self, nargs, kwnames, "isspace", b_isspace); }

METHOD(isascii) {
    if (!args_none(kind_name(self), "isascii", nargs, kwnames)) return NULLV;
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)d[i] >= 0x80) return FALSEV;
    return TRUEV;
}

static Value bcased(Value self, size_t nargs, Tuple *kwnames, const char *name, bool upper) {
    if (!args_none(kind_name(self), name, nargs, kwnames)) return NULLV;
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    bool cased = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (upper ? b_islower(c) : b_isupper(c)) return FALSEV;
        if (upper ? b_isupper(c) : b_islower(c)) cased = true;
    }
    return v_bool(cased);
}

METHOD(isupper) { return bcased(self, nargs, kwnames, "isupper", true); }
METHOD(islower) { return bcased(self, nargs, kwnames, "islower", false); }

METHOD(istitle) {
    if (!args_none(kind_name(self), "istitle", nargs, kwnames)) return NULLV;
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    bool cased = false, prev = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (b_isupper(c)) { if (prev) return FALSEV; prev = cased = true; }
        else if (b_islower(c)) { if (!prev) return FALSEV; prev = cased = true; }
        else prev = false;
    }
    return v_bool(cased);
}

/* ---- padding ---- */

static Value bpad(Value self, int64_t left, int64_t right, char fill) {
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if ((uint64_t)(left + right) > (SIZE_MAX >> 3)) return raise_no_memory();
    size_t total = n + (size_t)(left + right);
    char *tmp = malloc(total ? total : 1);
    if (!tmp) return raise_no_memory();
    memset(tmp, fill, (size_t)left);
    memcpy(tmp + left, d, n);
    memset(tmp + left + n, fill, (size_t)right);
    Value r = make_like(self, tmp, total);
    free(tmp);
    return r;
}

static Value bjustify(const char *name, Value self, Value *args, size_t nargs, Tuple *kwnames, int how) {
    if (!args_pos(kind_name(self), name, nargs, kwnames, 1, 2)) return NULLV;
    int64_t width;
    if (!index_arg(args[0], &width)) return NULLV;
    char fill = ' ';
    if (nargs > 1) {
        const char *f;
        size_t fn;
        if (!bytes_like(args[1], &f, &fn) || fn != 1)
            return raise_fmt(&exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
                             type_name_of(args[1]));
        fill = f[0];
    }
    int64_t len = bytes_slot_len(self), marg = width - len;
    if (marg <= 0) return bpad(self, 0, 0, fill);
    if (how == 0) return bpad(self, 0, marg, fill);
    if (how == 1) return bpad(self, marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1);
    return bpad(self, left, marg - left, fill);
}

METHOD(ljust) { return bjustify("ljust", self, args, nargs, kwnames, 0); }
METHOD(rjust) { return bjustify("rjust", self, args, nargs, kwnames, 1); }
METHOD(center) { return bjustify("center", self, args, nargs, kwnames, 2); }

METHOD(zfill) {
    if (!args_one(kind_name(self), "zfill", nargs, kwnames)) return NULLV;
    int64_t width;
    if (!index_arg(args[0], &width)) return NULLV;
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    int64_t fill = width - (int64_t)n;
    Value r = bpad(self, fill, 0, '0');
    if (is_null(r) || fill <= 0 || n == 0 || (d[0] != '+' && d[0] != '-')) return r;
    char *o;
    size_t on;
    self_data(r, (const char **)&o, &on);
    o[0] = d[0];
    o[fill] = '0';
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
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    StrBuf b;
    strbuf_init(&b);
    int64_t col = 0;
    for (size_t i = 0; i < n && !b.failed; i++) {
        if (d[i] == '\t') {
            if (tabsize > 0) {
                int64_t k = tabsize - col % tabsize;
                for (int64_t j = 0; j < k && !b.failed; j++) strbuf_addc(&b, ' ');
                col += k;
            }
        } else {
            strbuf_addc(&b, d[i]);
            col = d[i] == '\n' || d[i] == '\r' ? 0 : col + 1;
        }
    }
    if (b.failed) { strbuf_free(&b); return raise_no_memory(); }
    Value r = make_like(self, b.data ? b.data : "", b.len);
    strbuf_free(&b);
    return r;
}

/* ---- decode, hex, fromhex, translate ---- */

METHOD(decode) {
    static const char *const kw[] = {"encoding", "errors"};
    static const ArgSpec spec = {"decode", kw, 2, 0, 0, 2};
    Value a[2];
    if (!args_bind(&spec, args, nargs, kwnames, a)) return NULLV;
    const char *enc = "utf-8", *errors = "strict";
    if (!is_null(a[0]) && !(enc = codec_arg(a[0], "decode", "encoding"))) return NULLV;
    if (!is_null(a[1]) && !(errors = codec_arg(a[1], "decode", "errors"))) return NULLV;
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    return codec_decode(d, n, enc, errors);
}

METHOD(hex) {
    static const char *const kw[] = {"sep", "bytes_per_sep"};
    static const ArgSpec spec = {"hex", kw, 2, 0, 0, 2};
    Value a[2];
    if (!args_bind(&spec, args, nargs, kwnames, a)) return NULLV;
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    char sep = 0;
    int64_t per = 1;
    if (!is_null(a[0])) {
        const char *s;
        size_t sn;
        if (is_str_like(a[0])) { s = as_str(a[0])->data; sn = as_str(a[0])->nbytes; }
        else if (!bytes_like(a[0], &s, &sn)) return raise_msg(&exc_TypeError, "sep must be str or bytes.");
        if (sn != 1) return raise_msg(&exc_ValueError, "sep must be length 1.");
        if ((unsigned char)s[0] >= 0x80) return raise_msg(&exc_ValueError, "sep must be ASCII.");
        sep = s[0];
    }
    if (!is_null(a[1]) && !index_arg(a[1], &per)) return NULLV;
    static const char hexd[] = "0123456789abcdef";
    StrBuf b;
    strbuf_init(&b);
    int64_t group = per < 0 ? -per : per;
    for (size_t i = 0; i < n; i++) {
        if (sep && i && group) {
            /* positive bytes_per_sep counts groups from the right, negative from the left */
            bool boundary = per > 0 ? (n - i) % (size_t)group == 0 : i % (size_t)group == 0;
            if (boundary) strbuf_addc(&b, sep);
        }
        unsigned char c = (unsigned char)d[i];
        strbuf_addc(&b, hexd[c >> 4]);
        strbuf_addc(&b, hexd[c & 15]);
    }
    return str_value(strbuf_finish(&b));
}

static int hexval(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

METHOD(fromhex) {
    if (!args_one(kind_name(self), "fromhex", nargs, kwnames)) return NULLV;
    if (!is_str_like(args[0]))
        return raise_fmt(&exc_TypeError, "fromhex() argument must be str, not %s", type_name_of(args[0]));
    Str *s = as_str(args[0]);
    StrBuf b;
    strbuf_init(&b);
    size_t i = 0, pos = 0;      /* byte offset, code-point position */
    const char *d = s->data;
    while (i < s->nbytes) {
        unsigned char c = (unsigned char)d[i];
        if (c < 0x80 && b_isspace(c)) { i++; pos++; continue; }
        int hi = hexval(c);
        if (hi < 0) goto bad;
        if (i + 1 >= s->nbytes) { pos++; goto bad; }
        int lo = hexval((unsigned char)d[i + 1]);
        if (lo < 0) { pos++; goto bad; }
        strbuf_addc(&b, (char)(hi << 4 | lo));
        i += 2;
        pos += 2;
    }
    if (b.failed) { strbuf_free(&b); return raise_no_memory(); }
    Value r = bytes_new(b.data ? b.data : "", b.len);
    strbuf_free(&b);
    if (is_null(r)) return NULLV;
    /* called on the class: bytes.fromhex or bytearray.fromhex or a subclass */
    Type *cls = is_obj(self) && self.u.o->type == &type_type ? (Type *)self.u.o : type_of(self);
    if (cls == &type_bytes) return r;
    if (cls == &type_bytearray) return bytearray_new(as_bytes(r)->data, as_bytes(r)->len);
    return obj_call1(v_obj(cls), r);
bad:
    strbuf_free(&b);
    return raise_fmt(&exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", pos);
}

METHOD(maketrans) {
    if (!args_pos(kind_name(self), "maketrans", nargs, kwnames, 2, 2)) return NULLV;
    const char *f, *t;
    size_t fn, tn;
    if (!buffer_arg(args[0], &f, &fn) || !buffer_arg(args[1], &t, &tn)) return NULLV;
    if (fn != tn) return raise_msg(&exc_ValueError, "maketrans arguments must have same length");
    Bytes *r = bytes_alloc(256);
    if (!r) return NULLV;
    for (int i = 0; i < 256; i++) r->data[i] = (char)i;
    for (size_t i = 0; i < fn; i++) r->data[(unsigned char)f[i]] = t[i];
    return v_obj(r);
}

METHOD(translate) {
    static const char *const kw[] = {"table", "delete"};
    static const ArgSpec spec = {"translate", kw, 2, 1, 1, 2};
    Value a[2];
    if (!args_bind(&spec, args, nargs, kwnames, a)) return NULLV;
    const char *table = NULL, *del = "";
    size_t tn, dn = 0;
    if (!is_none(a[0])) {
        if (!buffer_arg(a[0], &table, &tn)) return NULLV;
        if (tn != 256) return raise_msg(&exc_ValueError, "translation table must be 256 characters long");
    }
    if (!is_null(a[1]) && !buffer_arg(a[1], &del, &dn)) return NULLV;
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    char *tmp = malloc(n ? n : 1);
    if (!tmp) return raise_no_memory();
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (dn && memchr(del, d[i], dn)) continue;
        tmp[o++] = table ? table[(unsigned char)d[i]] : d[i];
    }
    Value r = make_like(self, tmp, o);
    free(tmp);
    return r;
}

METHOD(__getnewargs__) {
    if (!args_none(kind_name(self), "__getnewargs__", nargs, kwnames)) return NULLV;
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    Value b = bytes_new(d, n);
    Tuple *t = is_null(b) ? NULL : tuple_pack(1, b);
    return t ? v_obj(t) : NULLV;
}

METHOD(__bytes__) {
    if (!args_none(kind_name(self), "__bytes__", nargs, kwnames)) return NULLV;
    if (is_bytes(self)) return self;
    return bytes_new(as_bytes(self)->data, as_bytes(self)->len);
}

#define SHARED_METHODS \
    {"capitalize", bm_capitalize, 0, NULL}, {"center", bm_center, 0, NULL}, {"count", bm_count, 0, NULL}, \
    {"decode", bm_decode, 0, NULL}, {"endswith", bm_endswith, 0, NULL}, {"expandtabs", bm_expandtabs, 0, NULL}, \
    {"find", bm_find, 0, NULL}, {"fromhex", bm_fromhex, METH_CLASS, NULL}, {"hex", bm_hex, 0, NULL}, \
    {"index", bm_index, 0, NULL}, {"isalnum", bm_isalnum, 0, NULL}, {"isalpha", bm_isalpha, 0, NULL}, \
    {"isascii", bm_isascii, 0, NULL}, {"isdigit", bm_isdigit, 0, NULL}, {"islower", bm_islower, 0, NULL}, \
    {"isspace", bm_isspace, 0, NULL}, {"istitle", bm_istitle, 0, NULL}, {"isupper", bm_isupper, 0, NULL}, \
    {"join", bm_join, 0, NULL}, {"ljust", bm_ljust, 0, NULL}, {"lower", bm_lower, 0, NULL}, \
    {"lstrip", bm_lstrip, 0, NULL}, {"maketrans", bm_maketrans, METH_STATIC, NULL}, \
    {"partition", bm_partition, 0, NULL}, {"removeprefix", bm_removeprefix, 0, NULL}, \
    {"removesuffix", bm_removesuffix, 0, NULL}, {"replace", bm_replace, 0, NULL}, {"rfind", bm_rfind, 0, NULL}, \
    {"rindex", bm_rindex, 0, NULL}, {"rjust", bm_rjust, 0, NULL}, {"rpartition", bm_rpartition, 0, NULL}, \
    {"rsplit", bm_rsplit, 0, NULL}, {"rstrip", bm_rstrip, 0, NULL}, {"split", bm_split, 0, NULL}, \
    {"splitlines", bm_splitlines, 0, NULL}, {"startswith", bm_startswith, 0, NULL}, {"strip", bm_strip, 0, NULL}, \
    {"swapcase", bm_swapcase, 0, NULL}, {"title", bm_title, 0, NULL}, {"translate", bm_translate, 0, NULL}, \
    {"upper", bm_upper, 0, NULL}, {"zfill", bm_zfill, 0, NULL}

static const MethodDef bytes_methods[] = {
    SHARED_METHODS,
    {"__getnewargs__", bm___getnewargs__, 0, NULL},
    {"__bytes__", bm___bytes__, 0, "Convert this value to exact type bytes."},
    {NULL, NULL, 0, NULL},
};

Type type_bytes = {
    .hdr = {.type = &type_type},
    .name = "bytes",
    .basicsize = offsetof(Bytes, dict),         /* subclasses: dictoffset = the dict field */
    .flags = TPF_BASETYPE,
    .trace = strlike_trace,
    .new = bytes_slot_new,
    .repr = bytes_slot_repr,
    .str = bytes_slot_repr,
    .hash = bytes_slot_hash,
    .richcompare = bytes_slot_richcompare,
    .bool_ = bytes_slot_bool,
    .iter = bytes_slot_iter,
    .nb = {[NB_ADD] = bytes_add, [NB_MULTIPLY] = bytes_mul, [NB_REMAINDER] = bytes_mod},
    .len = bytes_slot_len,
    .getitem = bytes_slot_getitem,
    .contains = bytes_slot_contains,
    .methods = bytes_methods,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object",
};

/* ================================================================ bytearray mutation */

static ByteArray *BA(Value v) { return (ByteArray *)v.u.o; }

/* Replace a[start:start+dellen] with src[0..n). */
static bool ba_splice(ByteArray *a, size_t start, size_t dellen, const char *src, size_t n) {
    size_t newlen = a->len - dellen + n;
    char *copy = NULL;
    if (src && src >= a->data && src < a->data + a->cap) {      /* a[...] = a */
        copy = malloc(n ? n : 1);
        if (!copy) { raise_no_memory(); return false; }
        memcpy(copy, src, n);
        src = copy;
    }
    if (!bytearray_reserve(a, newlen)) { free(copy); return false; }
    memmove(a->data + start + n, a->data + start + dellen, a->len - start - dellen);
    if (n) memcpy(a->data + start, src, n);
    a->len = newlen;
    free(copy);
    return true;
}

/* The bytes of an assigned value: bytes-like or iterable of ints (not int, not str). */
static bool assigned_bytes(Value v, StrBuf *out) {
    if (is_str_like(v)) {
        raise_msg(&exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return false;
    }
    if (is_int_like(v)) {
        raise_msg(&exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return false;
    }
    return bytes_from_object(v, out, "bytearray");
}

static int bytearray_slot_setitem(Value self, Value key, Value v) {
    ByteArray *a = BA(self);
    if (is_type(key, &type_slice)) {
        int64_t start, stop, step, len;
        if (!slice_indices((Slice *)key.u.o, (int64_t)a->len, &start, &stop, &step, &len)) return -1;
        StrBuf b;
        strbuf_init(&b);
        if (!is_null(v) && !assigned_bytes(v, &b)) { strbuf_free(&b); return -1; }
        if (b.failed) { strbuf_free(&b); raise_no_memory(); return -1; }
        int rc = 0;
        if (step == 1) {
            if (stop < start) stop = start;
            rc = ba_splice(a, (size_t)start, (size_t)(stop - start), b.data, b.len) ? 0 : -1;
        } else if (is_null(v)) {
            /* delete an extended slice: keep the items not selected */
            size_t o = 0;
            for (size_t i = 0; i < a->len; i++) {
                bool hit = false;
                if (len > 0) {
                    int64_t off = (int64_t)i - start;
                    hit = off % step == 0 && off / step >= 0 && off / step < len;
                }
                if (!hit) a->data[o++] = a->data[i];
            }
            a->len = o;
        } else {
            if ((int64_t)b.len != len) {
                raise_fmt(&exc_ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld",
                          b.len, (long long)len);
                rc = -1;
            } else {
                for (int64_t i = 0; i < len; i++) a->data[start + i * step] = b.data[i];
            }
        }
        strbuf_free(&b);
        return rc;
    }
    int64_t i;
    if (!index_key(self, key, (int64_t)a->len, &i)) return -1;
    if (is_null(v)) return ba_splice(a, (size_t)i, 1, NULL, 0) ? 0 : -1;
    int byte;
    if (!byte_value(v, &byte, "byte must be in range(0, 256)")) return -1;
    a->data[i] = (char)byte;
    return 0;
}

static Value bytearray_iadd(Value a, Value b) {
    const char *d;
    size_t n;
    if (!is_bytearray(a)) return NotImplemented;
    if (!bytes_like(b, &d, &n))
        return raise_fmt(&exc_TypeError, "can't concat %s to bytearray", type_name_of(b));
    if (!ba_splice(BA(a), BA(a)->len, 0, d, n)) return NULLV;
    return a;
}

static Value bytearray_imul(Value a, Value b) {
    if (!is_bytearray(a)) return NotImplemented;
    int64_t count;
    Value r = repeat_count(b, &count);
    if (is_null(r) || !is_none(r)) return r;
    ByteArray *ba = BA(a);
    r = repeat_bytes(ba->data ? ba->data : "", ba->len, count, true, ba->len);
    if (is_null(r)) return NULLV;
    if (!ba_splice(ba, 0, ba->len, as_bytes(r)->data, as_bytes(r)->len)) return NULLV;
    return a;
}

#define BA_METHOD(name) \
    static Value ba_##name(UNUSED Value self, UNUSED Value *args, UNUSED size_t nargs, UNUSED Tuple *kwnames)

BA_METHOD(append) {
    if (!args_one("bytearray", "append", nargs, kwnames)) return NULLV;
    int b;
    if (!byte_value(args[0], &b, "byte must be in range(0, 256)")) return NULLV;
    char c = (char)b;
    return ba_splice(BA(self), BA(self)->len, 0, &c, 1) ? NONE : NULLV;
}

BA_METHOD(extend) {
    if (!args_one("bytearray", "extend", nargs, kwnames)) return NULLV;
    StrBuf b;
    strbuf_init(&b);
    if (is_str_like(args[0])) {
        return raise_msg(&exc_TypeError, "expected iterable of integers; got: 'str'");
    }
    if (!bytes_like(args[0], &(const char *){0}, &(size_t){0}) && is_null(obj_iter(args[0]))) {
        if (err_matches(&exc_TypeError)) {
            err_clear();
            raise_fmt(&exc_TypeError, "can't extend bytearray with %s", type_name_of(args[0]));
        }
        return NULLV;
    }
    if (!bytes_from_object(args[0], &b, "bytearray")) { strbuf_free(&b); return NULLV; }
    if (b.failed) { strbuf_free(&b); return raise_no_memory(); }
    bool ok = ba_splice(BA(self), BA(self)->len, 0, b.data, b.len);
    strbuf_free(&b);
    return ok ? NONE : NULLV;
}

BA_METHOD(insert) {
    if (!args_pos(kind_name(self), "insert", nargs, kwnames, 2, 2)) return NULLV;
    int64_t i;
    int b;
    if (!index_arg(args[0], &i) || !byte_value(args[1], &b, "byte must be in range(0, 256)")) return NULLV;
    ByteArray *a = BA(self);
    int64_t n = (int64_t)a->len;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    char c = (char)b;
    return ba_splice(a, (size_t)i, 0, &c, 1) ? NONE : NULLV;
}

BA_METHOD(pop) {
    if (!args_pos(kind_name(self), "pop", nargs, kwnames, 0, 1)) return NULLV;
    ByteArray *a = BA(self);
    int64_t i = -1;
    if (nargs && !index_arg(args[0], &i)) return NULLV;
    if (a->len == 0) return raise_msg(&exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += (int64_t)a->len;
    if (i < 0 || i >= (int64_t)a->len) return raise_msg(&exc_IndexError, "pop index out of range");
    int c = (unsigned char)a->data[i];
    ba_splice(a, (size_t)i, 1, NULL, 0);
    return v_int(c);
}

BA_METHOD(remove) {
    if (!args_one("bytearray", "remove", nargs, kwnames)) return NULLV;
    int b;
    if (!byte_value(args[0], &b, "byte must be in range(0, 256)")) return NULLV;
    ByteArray *a = BA(self);
    char *p = a->len ? memchr(a->data, b, a->len) : NULL;
    if (!p) return raise_msg(&exc_ValueError, "value not found in bytearray");
    ba_splice(a, (size_t)(p - a->data), 1, NULL, 0);
    return NONE;
}

BA_METHOD(clear) {
    if (!args_none("bytearray", "clear", nargs, kwnames)) return NULLV;
    BA(self)->len = 0;
    return NONE;
}

BA_METHOD(copy) {
    if (!args_none("bytearray", "copy", nargs, kwnames)) return NULLV;
    return bytearray_new(BA(self)->data ? BA(self)->data : "", BA(self)->len);
}

BA_METHOD(reverse) {
    if (!args_none("bytearray", "reverse", nargs, kwnames)) return NULLV;
    ByteArray *a = BA(self);
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        char t = a->data[i];
        a->data[i] = a->data[j - 1];
        a->data[j - 1] = t;
    }
    return NONE;
}

BA_METHOD(__alloc__) {
    if (!args_none("bytearray", "__alloc__", nargs, kwnames)) return NULLV;
    return v_int((int64_t)(BA(self)->cap + 1));
}

static const MethodDef bytearray_methods[] = {
    SHARED_METHODS,
    {"append", ba_append, 0, "Append a single item to the end of the bytearray."},
    {"extend", ba_extend, 0, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", ba_insert, 0, "Insert a single item into the bytearray before the given index."},
    {"pop", ba_pop, 0, "Remove and return a single item from B."},
    {"remove", ba_remove, 0, "Remove the first occurrence of a value in the bytearray."},
    {"clear", ba_clear, 0, "Remove all items from the bytearray."},
    {"copy", ba_copy, 0, "Return a copy of B."},
    {"reverse", ba_reverse, 0, "Reverse the order of the values in B in place."},
    {"__alloc__", ba___alloc__, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_bytearray = {
    .hdr = {.type = &type_type},
    .name = "bytearray",
    .basicsize = sizeof(ByteArray),
    .flags = TPF_BASETYPE,
    .finalize = bytearray_finalize,
    .new = bytearray_slot_new,
    .repr = bytes_slot_repr,
    .str = bytes_slot_repr,
    .hash = hash_unhashable,
    .richcompare = bytes_slot_richcompare,
    .bool_ = bytes_slot_bool,
    .iter = bytes_slot_iter,
    .nb = {[NB_ADD] = bytes_add, [NB_MULTIPLY] = bytes_mul, [NB_REMAINDER] = bytes_mod},
    .nb_inplace = {[NB_ADD] = bytearray_iadd, [NB_MULTIPLY] = bytearray_imul},
    .len = bytes_slot_len,
    .getitem = bytes_slot_getitem,
    .setitem = bytearray_slot_setitem,
    .contains = bytes_slot_contains,
    .methods = bytearray_methods,
    .doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
           "bytearray() -> empty bytes array",
};

void bytes_init(void) {
    Bytes *b = bytes_alloc(0);
    if (b) empty_bytes = v_obj(b);
    gc_add_root(&empty_bytes);
}
