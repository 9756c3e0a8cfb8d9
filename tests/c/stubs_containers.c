/* stubs_containers.c — minimal stand-ins for the runtime pieces that the container unit
 * test (test_containers.c) needs while object.c, type.c, str.c and friends are not
 * available: exceptions as (type, message), str objects, int/float/bool/None
 * behaviour through the generic obj_* protocol, and a callable for key functions.
 * The real collector (src/gc.c) is linked, so traces are exercised for real.
 * Build and run: see the comment at the top of test_containers.c. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "error.h"
#include "frame.h"
#include "gc.h"
#include "num.h"
#include "str.h"

/* ---- pieces gc.c links against ---- */
ThreadState *tstate;
void frame_trace_slots(Frame *f) { (void)f; }
void thread_trace_pending(ThreadState *ts) { (void)ts; }
void str_mark_interned(void) {}
CommonNames names;
uint64_t type_epoch;

/* ---- core types ---- */
static Value str_repr_slot(Value v);
static bool str_hash_slot(Value v, int64_t *out);
static Value str_richcompare_slot(Value a, Value b, int op);

Type type_type = {.name = "type"};
Type type_object = {.name = "object"};
Type type_int = {.name = "int", .base = &type_object};
Type type_bool = {.name = "bool", .base = &type_int};
Type type_float = {.name = "float", .base = &type_object};
Type type_none = {.name = "NoneType", .base = &type_object};
Type type_notimplemented = {.name = "NotImplementedType", .base = &type_object};
Type type_str = {.name = "str", .base = &type_object, .repr = str_repr_slot, .hash = str_hash_slot,
                 .richcompare = str_richcompare_slot};
static Obj notimpl_obj = {.type = &type_notimplemented};
Value NotImplemented = {.tag = TAG_OBJ, .u.o = &notimpl_obj};
Type type_ellipsis = {.name = "ellipsis", .base = &type_object};
static Obj ellipsis_obj = {.type = &type_ellipsis};
Value Ellipsis = {.tag = TAG_OBJ, .u.o = &ellipsis_obj};

#define X(n, base) Type exc_##n = {.name = #n};
X(TypeError, Exception) X(ValueError, Exception) X(IndexError, LookupError)
X(KeyError, LookupError) X(RuntimeError, Exception) X(OverflowError, ArithmeticError)
X(MemoryError, Exception) X(ZeroDivisionError, ArithmeticError)
#undef X

/* ---- exceptions: the current one is a type plus message ---- */
static Type *exc_type;
static char exc_msg[1024];

static void vfmt(StrBuf *b, const char *fmt, va_list ap);

Value raise_fmt(Type *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    StrBuf b;
    strbuf_init(&b);
    vfmt(&b, fmt, ap);
    va_end(ap);
    snprintf(exc_msg, sizeof exc_msg, "%.*s", (int)b.len, b.data ? b.data : "");
    strbuf_free(&b);
    exc_type = type;
    return NULLV;
}
Value raise_msg(Type *type, const char *msg) { return raise_fmt(type, "%s", msg); }
Value raise_with_arg(Type *type, Value arg) { return raise_fmt(type, "%R", &arg); }
Value raise_no_memory(void) { return raise_msg(&exc_MemoryError, ""); }
bool err_occurred(void) { return exc_type != NULL; }
bool err_matches(Type *t) { return exc_type && type_is_subtype(exc_type, t); }
void err_clear(void) { exc_type = NULL; exc_msg[0] = 0; }
/* for the test: "TypeError: message" of the pending exception */
const char *stub_exc_text(void) {
    static char buf[1100];
    snprintf(buf, sizeof buf, "%s: %s", exc_type ? exc_type->name : "(none)", exc_msg);
    return buf;
}

/* ---- strings ---- */
Str *str_new(const char *utf8, size_t n) {
    Str *s = gc_alloc(&type_str, sizeof(Str) + n + 1);
    if (!s) return NULL;
    memcpy(s->data, utf8, n);
    s->data[n] = 0;
    s->nbytes = s->len = n;
    s->ascii = true;
    s->hash = -1;
    return s;
}
Str *str_from_cstr(const char *s) { return str_new(s, strlen(s)); }
Str *str_intern_cstr(const char *s) { return str_from_cstr(s); }
Value str_value_cstr(const char *s) {
    Str *r = str_from_cstr(s);
    return r ? v_str(r) : NULLV;
}
int64_t str_hash(Str *s) {
    if (s->hash == -1) {
        uint64_t h = 1469598103934665603ULL;
        for (size_t i = 0; i < s->nbytes; i++) h = (h ^ (unsigned char)s->data[i]) * 1099511628211ULL;
        s->hash = (int64_t)(h >> 1);
    }
    return s->hash;
}
bool str_eq_cstr(Str *a, const char *s) { return !strcmp(a->data, s); }
bool str_eq(Str *a, Str *b) { return a == b || (a->nbytes == b->nbytes && !memcmp(a->data, b->data, a->nbytes)); }
int str_cmp(Str *a, Str *b) {
    size_t n = a->nbytes < b->nbytes ? a->nbytes : b->nbytes;
    int c = memcmp(a->data, b->data, n);
    return c ? c : (a->nbytes > b->nbytes) - (a->nbytes < b->nbytes);
}
static Value str_repr_slot(Value v) {
    Str *r = str_fmt("'%s'", as_str(v)->data);
    return r ? v_str(r) : NULLV;
}
static bool str_hash_slot(Value v, int64_t *out) {
    *out = str_hash(as_str(v));
    return true;
}
static Value str_richcompare_slot(Value a, Value b, int op) {
    if (!is_str(a) || !is_str(b)) return NotImplemented;
    return v_bool(compare_int64(str_cmp(as_str(a), as_str(b)), 0, op));
}

void strbuf_init(StrBuf *b) { memset(b, 0, sizeof *b); }
void strbuf_add(StrBuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->len + n + 1) * 2;
        char *d = realloc(b->data, cap);
        if (!d) { b->failed = true; return; }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}
void strbuf_adds(StrBuf *b, const char *s) { strbuf_add(b, s, strlen(s)); }
void strbuf_addc(StrBuf *b, char c) { strbuf_add(b, &c, 1); }
void strbuf_add_str(StrBuf *b, Str *s) { strbuf_add(b, s->data, s->nbytes); }
Str *strbuf_finish(StrBuf *b) {
    Str *s = b->failed ? NULL : str_new(b->data ? b->data : "", b->len);
    strbuf_free(b);
    return s;
}
void strbuf_free(StrBuf *b) {
    free(b->data);
    memset(b, 0, sizeof *b);
}

/* %s %d %zu %lld %ld %c %% and %R %S %T of Value* */
static void vfmt(StrBuf *b, const char *fmt, va_list ap) {
    char tmp[64];
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            strbuf_addc(b, *p);
            continue;
        }
        p++;
        if (*p == 's') strbuf_adds(b, va_arg(ap, const char *));
        else if (*p == 'd') { snprintf(tmp, sizeof tmp, "%d", va_arg(ap, int)); strbuf_adds(b, tmp); }
        else if (*p == 'c') strbuf_addc(b, (char)va_arg(ap, int));
        else if (*p == '%') strbuf_addc(b, '%');
        else if (p[0] == 'z' && p[1] == 'u') { p++; snprintf(tmp, sizeof tmp, "%zu", va_arg(ap, size_t)); strbuf_adds(b, tmp); }
        else if (p[0] == 'l' && p[1] == 'l' && p[2] == 'd') { p += 2; snprintf(tmp, sizeof tmp, "%lld", va_arg(ap, long long)); strbuf_adds(b, tmp); }
        else if (p[0] == 'l' && p[1] == 'd') { p++; snprintf(tmp, sizeof tmp, "%ld", va_arg(ap, long)); strbuf_adds(b, tmp); }
        else if (*p == 'R' || *p == 'S') {
            Value r = obj_repr(*va_arg(ap, Value *));
            strbuf_adds(b, is_null(r) ? "<?>" : as_str(r)->data);
        } else if (*p == 'T') strbuf_adds(b, type_name_of(*va_arg(ap, Value *)));
    }
}
Str *str_fmt(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    StrBuf b;
    strbuf_init(&b);
    vfmt(&b, fmt, ap);
    va_end(ap);
    return strbuf_finish(&b);
}

/* ---- types ---- */
const char *type_name_of(Value v) { return type_of(v)->name; }
bool type_is_subtype(Type *a, Type *b) {
    for (; a; a = a->base)
        if (a == b) return true;
    return false;
}
Value type_lookup(Type *t, Str *name) { (void)t; (void)name; return NULLV; }
bool type_ready(Type *t) {
    t->hdr.type = &type_type;
    t->flags |= TPF_READY;
    gc_register_static(&t->hdr);
    return true;
}
/* ready the static objects the tests touch */
extern Type type_cfunc;
void stub_init(void) {
    Type *types[] = {&type_type, &type_object, &type_int, &type_bool, &type_float, &type_none,
                     &type_notimplemented, &type_str, &type_tuple, &type_list, &type_dict,
                     &type_set, &type_frozenset, &type_range, &type_slice, &type_cfunc,
                     &exc_TypeError, &exc_ValueError, &exc_IndexError, &exc_KeyError,
                     &exc_RuntimeError, &exc_OverflowError, &exc_MemoryError};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) type_ready(types[i]);
    gc_register_static(&notimpl_obj);
    type_ready(&type_ellipsis);
    gc_register_static(&ellipsis_obj);
}
bool is_int_like(Value v) { return is_int(v) || is_bool(v); }
bool is_instance(Value v, Type *t) { return type_is_subtype(type_of(v), t); }
int int_sign(Value v) { return (as_int(v) > 0) - (as_int(v) < 0); }
int int_compare(Value a, Value b) { return (as_int(a) > as_int(b)) - (as_int(a) < as_int(b)); }
/* small ints only: results beyond int64 raise OverflowError */
Value num_binary_op(Value a, Value b, int op) {
    int64_t x = as_int(a), y = as_int(b), r = 0;
    bool ovf = false;
    switch (op) {
    case NB_ADD: ovf = __builtin_add_overflow(x, y, &r); break;
    case NB_SUBTRACT: ovf = __builtin_sub_overflow(x, y, &r); break;
    case NB_MULTIPLY: ovf = __builtin_mul_overflow(x, y, &r); break;
    case NB_FLOOR_DIVIDE: r = x / y - ((x % y != 0) && ((x < 0) != (y < 0))); break;
    case NB_REMAINDER: r = x % y; if (r != 0 && ((r < 0) != (y < 0))) r += y; break;
    default: return NotImplemented;
    }
    if (ovf) return raise_msg(&exc_OverflowError, "stub: big int");
    return v_int(r);
}

/* ---- the generic protocol, for small ints, floats, bools, None, str and slots ---- */
static bool is_num(Value v) { return is_int(v) || is_bool(v) || is_float(v); }
static double num_d(Value v) { return is_float(v) ? as_float(v) : (double)as_int(v); }

static int64_t int_hash(int64_t x) {
    const uint64_t P = (1ULL << 61) - 1;
    uint64_t ax = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
    int64_t h = (int64_t)(ax % P);
    if (x < 0) h = -h;
    return h == -1 ? -2 : h;
}

bool obj_hash(Value v, int64_t *out) {
    switch (v.tag) {
    case TAG_INT: case TAG_BOOL: *out = int_hash(v.u.i); return true;
    case TAG_FLOAT:
        if (v.u.f == (double)(int64_t)v.u.f) *out = int_hash((int64_t)v.u.f);
        else *out = (int64_t)(v.u.i >> 1);
        return true;
    case TAG_NONE: *out = 4238894112; return true;
    default: break;
    }
    Type *t = type_of(v);
    if (t->hash) return t->hash(v, out);
    *out = (int64_t)((uintptr_t)v.u.o >> 4);
    return true;
}

static const char *const opsyms[] = {"<", "<=", "==", "!=", ">", ">="};
static const int swapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

Value obj_richcompare(Value a, Value b, int op) {
    if (is_num(a) && is_num(b)) return v_bool(compare_int64(num_d(a) < num_d(b) ? -1 : num_d(a) > num_d(b), 0, op));
    Type *ta = type_of(a), *tb = type_of(b);
    if (ta->richcompare) {
        Value r = ta->richcompare(a, b, op);
        if (!v_is(r, NotImplemented)) return r;
    }
    if (tb->richcompare) {
        Value r = tb->richcompare(b, a, swapped[op]);
        if (!v_is(r, NotImplemented)) return r;
    }
    if (op == CMP_EQ) return v_bool(v_is(a, b));
    if (op == CMP_NE) return v_bool(!v_is(a, b));
    return raise_fmt(&exc_TypeError, "'%s' not supported between instances of '%s' and '%s'", opsyms[op],
                     ta->name, tb->name);
}
int obj_truthy(Value v) {
    switch (v.tag) {
    case TAG_NONE: return 0;
    case TAG_INT: case TAG_BOOL: return v.u.i != 0;
    case TAG_FLOAT: return v.u.f != 0;
    default: break;
    }
    if (type_of(v)->len) {
        int64_t n = type_of(v)->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}
int obj_compare_bool(Value a, Value b, int op) {
    Value r = obj_richcompare(a, b, op);
    if (is_null(r)) return -1;
    return obj_truthy(r);
}
int obj_eq(Value a, Value b) {
    if (v_is(a, b)) return 1;
    return obj_compare_bool(a, b, CMP_EQ);
}
Value obj_repr(Value v) {
    char tmp[64];
    switch (v.tag) {
    case TAG_NONE: return str_value_cstr("None");
    case TAG_BOOL: return str_value_cstr(v.u.i ? "True" : "False");
    case TAG_INT: snprintf(tmp, sizeof tmp, "%lld", (long long)v.u.i); return str_value_cstr(tmp);
    case TAG_FLOAT: snprintf(tmp, sizeof tmp, "%.17g", v.u.f); return str_value_cstr(tmp);
    default: break;
    }
    Type *t = type_of(v);
    if (t->repr) return t->repr(v);
    snprintf(tmp, sizeof tmp, "<%s object>", t->name);
    return str_value_cstr(tmp);
}
Value obj_iter(Value v) {
    Type *t = type_of(v);
    if (!t->iter) return raise_fmt(&exc_TypeError, "'%s' object is not iterable", t->name);
    return t->iter(v);
}
Value obj_next(Value it) { return type_of(it)->next(it); }
int64_t obj_len(Value v) { return type_of(v)->len(v); }
Value obj_getitem(Value v, Value k) { return type_of(v)->getitem(v, k); }
int obj_setitem(Value v, Value k, Value x) { return type_of(v)->setitem(v, k, x); }
int obj_delitem(Value v, Value k) { return type_of(v)->setitem(v, k, NULLV); }
int obj_contains(Value c, Value x) {
    if (type_of(c)->contains) return type_of(c)->contains(c, x);
    Value it = obj_iter(c);
    if (is_null(it)) return -1;
    for (;;) {
        Value y = obj_next(it);
        if (is_null(y)) return err_occurred() ? -1 : 0;
        int eq = obj_eq(y, x);
        if (eq) return eq;
    }
}
Value obj_index(Value v) {
    if (is_int(v) || is_bool(v)) return v_int(as_int(v));
    if (type_of(v)->index) return type_of(v)->index(v);
    return raise_fmt(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(v));
}
bool obj_as_int64(Value v, int64_t *out) {
    Value i = obj_index(v);
    if (is_null(i)) return false;
    *out = as_int(i);
    return true;
}
Value obj_call(Value f, Value *args, size_t nargs, Tuple *kwnames) {
    Type *t = type_of(f);
    if (!t->call) return raise_fmt(&exc_TypeError, "'%s' object is not callable", t->name);
    return t->call(f, args, nargs, kwnames);
}
Value obj_call0(Value f) { return obj_call(f, NULL, 0, NULL); }
Value obj_call1(Value f, Value a) { return obj_call(f, &a, 1, NULL); }
Value obj_call_method(Value self, const char *name, Value *args, size_t nargs) {
    (void)self; (void)args; (void)nargs;
    return raise_fmt(&exc_TypeError, "stub: no method %s", name);
}
Value obj_getattr_opt(Value v, Str *name) { (void)v; (void)name; return NULLV; }

bool check_nargs(const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs < min) {
        raise_fmt(&exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname, min == max ? "" : "at least ",
                  min, min == 1 ? "" : "s", nargs);
        return false;
    }
    if (nargs > max) {
        raise_fmt(&exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname, min == max ? "" : "at most ",
                  max, max == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}
bool check_no_kwargs(const char *fname, Tuple *kwnames) {
    if (kwnames && kwnames->len) {
        raise_fmt(&exc_TypeError, "%s() takes no keyword arguments", fname);
        return false;
    }
    return true;
}
bool bind_args(const ArgSpec *spec, Value *args, size_t nargs, Tuple *kwnames, Value *out) {
    for (int i = 0; i < spec->nnames; i++) out[i] = i < (int)nargs ? args[i] : NULLV;
    for (size_t k = 0; kwnames && k < kwnames->len; k++) {
        int i = 0;
        while (i < spec->nnames && strcmp(spec->names[i], as_str(kwnames->items[k])->data)) i++;
        if (i == spec->nnames) {
            raise_fmt(&exc_TypeError, "%s() got an unexpected keyword argument '%s'", spec->fname,
                      as_str(kwnames->items[k])->data);
            return false;
        }
        out[i] = args[nargs + k];
    }
    return true;
}

/* ---- a callable wrapping a C function of one argument (key functions) ---- */
typedef struct CFunc {
    Obj hdr;
    Value (*fn)(Value);
} CFunc;
static Value cfunc_call(Value f, Value *args, size_t nargs, Tuple *kwnames) {
    (void)kwnames;
    if (nargs != 1) return raise_msg(&exc_TypeError, "cfunc takes one argument");
    return ((CFunc *)f.u.o)->fn(args[0]);
}
Type type_cfunc = {.name = "cfunc", .base = &type_object, .call = cfunc_call};
Value stub_cfunc(Value (*fn)(Value)) {
    CFunc *f = gc_alloc(&type_cfunc, sizeof(CFunc));
    f->fn = fn;
    return v_obj(f);
}
