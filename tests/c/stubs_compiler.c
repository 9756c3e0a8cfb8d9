/* stubs_compiler.c — just enough runtime for the compiler's C tests: objects from
 * calloc (all freed by stub_free_all, so LeakSanitizer only sees real leaks), the
 * string/tuple/list/bytes/int constructors the compiler calls, repr for constants,
 * and exceptions that are recorded rather than raised. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "containers.h"
#include "error.h"
#include "gc.h"
#include "num.h"
#include "str.h"

Type type_type = {.name = "type"}, type_object = {.name = "object"}, type_none = {.name = "NoneType"},
     type_bool = {.name = "bool"}, type_int = {.name = "int"}, type_float = {.name = "float"},
     type_str = {.name = "str"}, type_bytes = {.name = "bytes"}, type_tuple = {.name = "tuple"},
     type_list = {.name = "list"}, type_ellipsis = {.name = "ellipsis"};

#define X(n_, b_) Type exc_##n_ = {.name = #n_};
EXCEPTION_TYPES(X)
#undef X

static Obj ellipsis_obj = {.type = &type_ellipsis};
Type type_complex = {.name = "complex", .basicsize = sizeof(Complex)};
Value complex_new(double re, double im) {
    Complex *c = gc_alloc(&type_complex, sizeof(Complex));
    c->re = re;
    c->im = im;
    return v_obj(c);
}
static Type type_notimpl = {.name = "NotImplementedType"};
static Obj notimpl_obj = {.type = &type_notimpl};
Value NotImplemented = {.tag = TAG_OBJ, .u.o = &notimpl_obj};
Value Ellipsis = {.tag = TAG_OBJ, .u.o = &ellipsis_obj};

/* ---- allocation ---- */

static Obj **all_objs;
static size_t nobjs, capobjs;

void *gc_alloc(Type *type, size_t size) {
    Obj *o = calloc(1, size);
    if (!o) { fprintf(stderr, "out of memory\n"); abort(); }
    o->type = type;
    if (nobjs == capobjs) {
        capobjs = capobjs ? capobjs * 2 : 1024;
        all_objs = realloc(all_objs, sizeof(Obj *) * capobjs);
    }
    all_objs[nobjs++] = o;
    return o;
}

static void list_free_items(Obj *o);
static void bigint_free(Obj *o);

void stub_free_all(void) {
    for (size_t i = 0; i < nobjs; i++) {
        Obj *o = all_objs[i];
        if (o->type->finalize) o->type->finalize(o);
        else if (o->type == &type_list) list_free_items(o);
        else if (o->type == &type_int) bigint_free(o);
        free(o);
    }
    free(all_objs);
    all_objs = NULL;
    nobjs = capobjs = 0;
}

void gc_mark_obj(void *o) { (void)o; }
void gc_mark_value(Value v) { (void)v; }
void gc_mark_values(const Value *v, size_t n) { (void)v; (void)n; }
void gc_note_external(int64_t d) { (void)d; }

/* ---- exceptions ---- */

static Value current_exc;

Value exc_new(Type *type, Value *args, size_t nargs) {
    ExcObj *e = gc_alloc(type, sizeof(ExcObj));
    e->args = tuple_from(args, nargs);
    return v_obj(e);
}
void err_restore(Value exc) { current_exc = exc; }
bool err_occurred(void) { return !is_null(current_exc); }
void err_clear(void) { current_exc = NULLV; }
Value err_fetch(void) { Value v = current_exc; current_exc = NULLV; return v; }
Value err_peek(void) { return current_exc; }

Value raise_msg(Type *type, const char *msg) {
    Value a = v_str(str_from_cstr(msg));
    err_restore(exc_new(type, &a, 1));
    return NULLV;
}

Value raise_fmt(Type *type, const char *fmt, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return raise_msg(type, buf);
}

Value raise_no_memory(void) { return raise_msg(&exc_MemoryError, ""); }

bool check_nargs(const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs < min || nargs > max) { raise_fmt(&exc_TypeError, "%s: bad argument count", fname); return false; }
    return true;
}
bool check_no_kwargs(const char *fname, Tuple *kwnames) {
    if (kwnames && kwnames->len) { raise_fmt(&exc_TypeError, "%s takes no keyword arguments", fname); return false; }
    return true;
}

/* ---- strings ---- */

bool utf8_valid(const char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        int k = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        if (k < 0 || i + (size_t)k >= n + (k == 0)) { if (k < 0) return false; }
        if (i + (size_t)k >= n && k > 0) return false;
        for (int j = 1; j <= k; j++)
            if (((unsigned char)s[i + (size_t)j] >> 6) != 2) return false;
        i += (size_t)k + 1;
    }
    return true;
}

Str *str_new(const char *utf8, size_t nbytes) {
    Str *s = gc_alloc(&type_str, sizeof(Str) + nbytes + 1);
    memcpy(s->data, utf8, nbytes);
    s->data[nbytes] = 0;
    s->nbytes = nbytes;
    s->hash = -1;
    size_t len = 0;
    for (size_t i = 0; i < nbytes; i++)
        if (((unsigned char)utf8[i] & 0xc0) != 0x80) len++;
    s->len = len;
    s->ascii = len == nbytes;
    return s;
}
Str *str_from_cstr(const char *s) { return str_new(s, strlen(s)); }
Value str_value_cstr(const char *s) { return v_str(str_from_cstr(s)); }

static Str **interned;
static size_t ninterned, capinterned;
Str *str_intern(const char *utf8, size_t nbytes) {
    for (size_t i = 0; i < ninterned; i++)
        if (interned[i]->nbytes == nbytes && memcmp(interned[i]->data, utf8, nbytes) == 0) return interned[i];
    Str *s = str_new(utf8, nbytes);
    s->hdr.flags |= STR_INTERNED;
    if (ninterned == capinterned) {
        capinterned = capinterned ? capinterned * 2 : 256;
        interned = realloc(interned, sizeof(Str *) * capinterned);
    }
    interned[ninterned++] = s;
    return s;
}
Str *str_intern_cstr(const char *s) { return str_intern(s, strlen(s)); }
void stub_free_interned(void) { free(interned); interned = NULL; ninterned = capinterned = 0; }

void strbuf_init(StrBuf *b) { b->data = NULL; b->len = b->cap = 0; b->failed = false; }
void strbuf_add(StrBuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1) cap *= 2;
        b->data = realloc(b->data, cap);
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}
void strbuf_adds(StrBuf *b, const char *s) { strbuf_add(b, s, strlen(s)); }
void strbuf_addc(StrBuf *b, char c) { strbuf_add(b, &c, 1); }
void strbuf_add_str(StrBuf *b, Str *s) { strbuf_add(b, s->data, s->nbytes); }
void strbuf_addf(StrBuf *b, const char *fmt, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    strbuf_adds(b, buf);
}
Str *strbuf_finish(StrBuf *b) {
    Str *s = str_new(b->data ? b->data : "", b->len);
    free(b->data);
    strbuf_init(b);
    return s;
}
void strbuf_free(StrBuf *b) { free(b->data); strbuf_init(b); }

Value bytes_new(const char *data, size_t len) {
    Bytes *b = gc_alloc(&type_bytes, sizeof(Bytes) + len + 1);
    memcpy(b->data, data, len);
    b->len = len;
    b->hash = -1;
    return v_obj(b);
}

/* ---- tuples and lists ---- */

Tuple *tuple_new(size_t len) {
    Tuple *t = gc_alloc(&type_tuple, sizeof(Tuple) + len * sizeof(Value));
    t->len = len;
    t->hash = -1;
    return t;
}
Tuple *tuple_from(const Value *items, size_t len) {
    Tuple *t = tuple_new(len);
    if (len) memcpy(t->items, items, len * sizeof(Value));
    return t;
}
Tuple *tuple_pack(size_t n, ...) {
    Tuple *t = tuple_new(n);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) t->items[i] = va_arg(ap, Value);
    va_end(ap);
    return t;
}
List *list_with_capacity(size_t cap) {
    List *l = gc_alloc(&type_list, sizeof(List));
    l->cap = cap;
    l->items = malloc(sizeof(Value) * (cap ? cap : 1));
    return l;
}
bool list_append(List *l, Value v) {
    if (l->len == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->items = realloc(l->items, sizeof(Value) * l->cap);
    }
    l->items[l->len++] = v;
    return true;
}
static void list_free_items(Obj *o) { free(((List *)o)->items); }
Value obj_iter(Value v) { return v; }

/* ---- ints ---- */

static void bigint_free(Obj *o) { mpz_clear(((BigInt *)o)->z); }

Value int_from_mpz(const mpz_t z) {
    if (mpz_fits_slong_p(z)) return v_int(mpz_get_si(z));
    BigInt *b = gc_alloc(&type_int, sizeof(BigInt));
    mpz_init_set(b->z, z);
    return v_obj(b);
}
void int_to_mpz(Value v, mpz_t out) {
    if (is_int(v) || is_bool(v)) mpz_set_si(out, v.u.i);
    else mpz_set(out, ((BigInt *)as_obj(v))->z);
}
Value int_from_str(const char *s, size_t n, int base) {
    char *t = malloc(n + 1);
    memcpy(t, s, n);
    t[n] = 0;
    mpz_t z;
    mpz_init(z);
    if (mpz_set_str(z, t, base) != 0) { free(t); mpz_clear(z); return raise_msg(&exc_ValueError, "bad int"); }
    free(t);
    Value r = int_from_mpz(z);
    mpz_clear(z);
    return r;
}

/* ---- repr of constants ---- */

static void repr_float(StrBuf *b, double d) {
    char buf[64];
    if (isnan(d)) { strbuf_adds(b, "nan"); return; }
    if (isinf(d)) { strbuf_adds(b, d < 0 ? "-inf" : "inf"); return; }
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, d);
        if (strtod(buf, NULL) == d) break;
    }
    /* CPython: repr uses exponent when exp < -4 or >= 16 */
    int exp = 0;
    if (d != 0) exp = (int)floor(log10(fabs(d)));
    if (exp >= 16 || exp < -4) {
        char *e = strchr(buf, 'e');
        if (e) {
            /* e+20 → e+20, e-05 → e-05 (CPython pads to two digits) */
            strbuf_add(b, buf, (size_t)(e - buf));
            int ev = atoi(e + 1);
            snprintf(buf, sizeof buf, "e%c%02d", ev < 0 ? '-' : '+', ev < 0 ? -ev : ev);
            strbuf_adds(b, buf);
            return;
        }
    } else if (strchr(buf, 'e')) {
        snprintf(buf, sizeof buf, "%.17f", d);
        /* trim */
        char *p = buf + strlen(buf) - 1;
        while (*p == '0') *p-- = 0;
        if (*p == '.') *p = 0;
    }
    strbuf_adds(b, buf);
    if (!strpbrk(buf, ".e")) strbuf_adds(b, ".0");
}

static void repr_quoted(StrBuf *b, const char *s, size_t n, bool bytes) {
    bool has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    if (bytes) strbuf_addc(b, 'b');
    strbuf_addc(b, q);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)q || c == '\\') { strbuf_addc(b, '\\'); strbuf_addc(b, (char)c); }
        else if (c == '\n') strbuf_adds(b, "\\n");
        else if (c == '\r') strbuf_adds(b, "\\r");
        else if (c == '\t') strbuf_adds(b, "\\t");
        else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) strbuf_addf(b, "\\x%02x", c);
        else strbuf_addc(b, (char)c);
    }
    strbuf_addc(b, q);
}

static void repr_into(StrBuf *b, Value v) {
    switch (v.tag) {
    case TAG_NONE: strbuf_adds(b, "None"); return;
    case TAG_BOOL: strbuf_adds(b, v.u.i ? "True" : "False"); return;
    case TAG_INT: strbuf_addf(b, "%lld", (long long)v.u.i); return;
    case TAG_FLOAT: repr_float(b, v.u.f); return;
    case TAG_NULL: strbuf_adds(b, "<NULL>"); return;
    default: break;
    }
    Obj *o = as_obj(v);
    if (o->type == &type_str) repr_quoted(b, ((Str *)o)->data, ((Str *)o)->nbytes, false);
    else if (o->type == &type_bytes) repr_quoted(b, ((Bytes *)o)->data, ((Bytes *)o)->len, true);
    else if (o->type == &type_int) {
        char *s = mpz_get_str(NULL, 10, ((BigInt *)o)->z);
        strbuf_adds(b, s);
        free(s);
    } else if (o->type == &type_tuple) {
        Tuple *t = (Tuple *)o;
        strbuf_addc(b, '(');
        for (size_t i = 0; i < t->len; i++) {
            if (i) strbuf_adds(b, ", ");
            repr_into(b, t->items[i]);
        }
        if (t->len == 1) strbuf_addc(b, ',');
        strbuf_addc(b, ')');
    } else if (o == &ellipsis_obj) strbuf_adds(b, "Ellipsis");
    else if (o->type == &type_complex) {
        Complex *x = (Complex *)o;
        if (x->re == 0 && !signbit(x->re)) { repr_float(b, x->im); strbuf_adds(b, "j"); }
        else { strbuf_addc(b, '('); repr_float(b, x->re); strbuf_addc(b, x->im < 0 || signbit(x->im) ? '-' : '+'); repr_float(b, fabs(x->im)); strbuf_adds(b, "j)"); }
    }
    else if (o->type->repr) {
        Value r = o->type->repr(v);
        strbuf_add_str(b, as_str(r));
    } else strbuf_addf(b, "<%s object>", o->type->name);
}

Value obj_repr(Value v) {
    StrBuf b;
    strbuf_init(&b);
    repr_into(&b, v);
    return v_str(strbuf_finish(&b));
}

/* Arithmetic on int/float constants, enough for the compiler's constant folding. */
bool is_int_like(Value v) { return is_int(v) || is_bool(v) || is_bigint(v); }

Value num_binary_op(Value a, Value b, int op) {
    if (op >= NB_COUNT) op -= NB_COUNT;
    if (is_int_like(a) && is_int_like(b)) {
        mpz_t x, y, r;
        mpz_inits(x, y, r, NULL);
        int_to_mpz(a, x);
        int_to_mpz(b, y);
        Value res = NULLV;
        switch (op) {
        case NB_ADD: mpz_add(r, x, y); break;
        case NB_SUBTRACT: mpz_sub(r, x, y); break;
        case NB_MULTIPLY: mpz_mul(r, x, y); break;
        case NB_AND: mpz_and(r, x, y); break;
        case NB_OR: mpz_ior(r, x, y); break;
        case NB_XOR: mpz_xor(r, x, y); break;
        case NB_LSHIFT:
            if (mpz_sgn(y) < 0) goto fail;
            mpz_mul_2exp(r, x, mpz_get_ui(y)); break;
        case NB_RSHIFT:
            if (mpz_sgn(y) < 0) goto fail;
            mpz_fdiv_q_2exp(r, x, mpz_get_ui(y)); break;
        case NB_FLOOR_DIVIDE: if (!mpz_sgn(y)) goto fail; mpz_fdiv_q(r, x, y); break;
        case NB_REMAINDER: if (!mpz_sgn(y)) goto fail; mpz_fdiv_r(r, x, y); break;
        case NB_POWER:
            if (mpz_sgn(y) < 0) {
                if (!mpz_sgn(x)) goto fail;
                res = v_float(pow(mpz_get_d(x), mpz_get_d(y)));
                break;
            }
            mpz_pow_ui(r, x, mpz_get_ui(y)); break;
        case NB_TRUE_DIVIDE: if (!mpz_sgn(y)) goto fail; res = v_float(mpz_get_d(x) / mpz_get_d(y)); break;
        default: goto fail;
        }
        if (is_null(res)) res = int_from_mpz(r);
        mpz_clears(x, y, r, NULL);
        return res;
    fail:
        mpz_clears(x, y, r, NULL);
        return raise_msg(&exc_ZeroDivisionError, "stub: cannot fold");
    }
    double x = is_float(a) ? a.u.f : (double)a.u.i, y = is_float(b) ? b.u.f : (double)b.u.i;
    switch (op) {
    case NB_ADD: return v_float(x + y);
    case NB_SUBTRACT: return v_float(x - y);
    case NB_MULTIPLY: return v_float(x * y);
    case NB_TRUE_DIVIDE: if (y == 0) break; return v_float(x / y);
    case NB_POWER: if (x < 0 && y != floor(y)) break; if (x == 0 && y < 0) break; return v_float(pow(x, y));
    default: break;
    }
    return raise_msg(&exc_ZeroDivisionError, "stub: cannot fold");
}

size_t utf8_decode(const char *s, uint32_t *cp) {
    const unsigned char *p = (const unsigned char *)s;
    if (p[0] < 0x80) { *cp = p[0]; return 1; }
    if ((p[0] >> 5) == 6) { *cp = (uint32_t)(p[0] & 0x1f) << 6 | (p[1] & 0x3f); return 2; }
    if ((p[0] >> 4) == 14) { *cp = (uint32_t)(p[0] & 0x0f) << 12 | (uint32_t)(p[1] & 0x3f) << 6 | (p[2] & 0x3f); return 3; }
    *cp = (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3f) << 12 | (uint32_t)(p[2] & 0x3f) << 6 | (p[3] & 0x3f);
    return 4;
}

/* No modules in the compiler tests: warnings are dropped. */
Value import_module(Str *name, Dict *globals, Value fromlist, int level) {
    (void)name; (void)globals; (void)fromlist; (void)level;
    return raise_msg(&exc_ImportError, "no modules in the compiler tests");
}
Value obj_getattr_cstr(Value v, const char *name) { (void)v; (void)name; return NULLV; }
Value obj_call(Value f, Value *args, size_t nargs, Tuple *kwnames) {
    (void)f; (void)args; (void)nargs; (void)kwnames;
    return NULLV;
}
bool err_matches(Type *type) { return !is_null(current_exc) && as_obj(current_exc)->type == type; }

/* Constant sets: the tests keep them as tuples. */
Value frozenset_from(Value iterable) { return iterable; }
Tuple *seq_to_tuple(Value iterable) { return is_tuple(iterable) ? as_tuple(iterable) : NULL; }
