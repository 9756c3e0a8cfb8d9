/* stubs_strings.c — minimal stand-ins for the runtime parts str.c/bytes.c use, so the
 * strings subsystem can be unit-tested alone (see tests/c/test_str.c). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "str.h"
#include "gc.h"
#include "error.h"
#include "containers.h"

#define X(n, base) Type exc_##n = {.name = #n};
EXCEPTION_TYPES(X)
#undef X

char last_error[512];
Type *last_error_type;

void *gc_alloc(Type *type, size_t size) {
    Obj *o = calloc(1, size);
    if (!o) { raise_no_memory(); return NULL; }
    o->type = type;
    return o;
}
void gc_mark_obj(void *o) { (void)o; }
void gc_mark_value(Value v) { (void)v; }
void gc_note_external(int64_t d) { (void)d; }
bool err_occurred(void) { return last_error_type != NULL; }
void err_clear(void) { last_error_type = NULL; last_error[0] = 0; }
Value raise_fmt(Type *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Str *s = str_vfmt(fmt, ap);
    va_end(ap);
    snprintf(last_error, sizeof last_error, "%s", s ? s->data : "?");
    last_error_type = type;
    return NULLV;
}
Value raise_msg(Type *type, const char *msg) { return raise_fmt(type, "%s", msg); }
Value raise_no_memory(void) { last_error_type = &exc_MemoryError; strcpy(last_error, ""); return NULLV; }
const char *type_name_of(Value v) { return type_of(v)->name; }
Value obj_repr(Value v) {
    if (is_str(v)) return str_repr(as_str(v));
    if (is_none(v)) return str_value_cstr("None");
    if (is_bool(v)) return str_value_cstr(v.u.i ? "True" : "False");
    if (is_obj(v) && (v.u.o->type == &type_list || v.u.o->type == &type_tuple)) {
        bool l = v.u.o->type == &type_list;
        size_t n = l ? ((List *)v.u.o)->len : ((Tuple *)v.u.o)->len;
        Value *it = l ? ((List *)v.u.o)->items : ((Tuple *)v.u.o)->items;
        StrBuf b; strbuf_init(&b); strbuf_addc(&b, l ? '[' : '(');
        for (size_t i = 0; i < n; i++) { if (i) strbuf_adds(&b, ", "); strbuf_addf(&b, "%R", &it[i]); }
        if (!l && n == 1) strbuf_addc(&b, ',');
        strbuf_addc(&b, l ? ']' : ')');
        return v_str(strbuf_finish(&b));
    }
    if (is_obj(v) && v.u.o->type->repr) return v.u.o->type->repr(v);
    if (is_int(v)) { char b[32]; snprintf(b, 32, "%lld", (long long)as_int(v)); return str_value_cstr(b); }
    return str_value_cstr("<obj>");
}
Value obj_str(Value v) { return is_str(v) ? v : obj_repr(v); }

/* ---- minimal containers and object protocol, enough for the str/bytes methods ---- */
#include "containers.h"
#include "num.h"

Type type_list = {.name = "list"}, type_tuple = {.name = "tuple"}, type_dict = {.name = "dict"},
     type_slice = {.name = "slice"}, type_type = {.name = "type"};
static Obj notimpl_obj = {.type = &type_none};
Value NotImplemented = {.tag = TAG_OBJ, .u.o = &notimpl_obj};

void gc_add_root(Value *slot) { (void)slot; }
bool err_matches(Type *t) { return last_error_type == t || (t == &exc_LookupError && (last_error_type == &exc_KeyError || last_error_type == &exc_IndexError)); }
void err_restore(Value exc) { last_error_type = exc.u.o->type; }
Value exc_new(Type *type, Value *args, size_t nargs) {
    /* record the formatted message of a Unicode error right away */
    ExcObj *e = calloc(1, sizeof(ExcObj));
    e->hdr.type = type;
    Tuple *t = calloc(1, sizeof(Tuple) + nargs * sizeof(Value));
    t->hdr.type = &type_tuple;
    t->len = nargs;
    memcpy(t->items, args, nargs * sizeof(Value));
    e->args = t;
    Value m = unicode_error_str(v_obj(e));
    snprintf(last_error, 512, "%s", as_str(m)->data);
    return v_obj(e);
}
Value raise_with_arg(Type *type, Value arg) { return raise_fmt(type, "%R", &arg); }
bool type_is_subtype(Type *a, Type *b) { return a == b; }
bool is_instance(Value v, Type *t) { return type_of(v) == t; }
bool is_int_like(Value v) { return is_int(v) || is_bool(v); }
int int_sign(Value v) { return v.u.i < 0 ? -1 : v.u.i > 0; }
bool int_to_double(Value v, double *out) { *out = (double)v.u.i; return true; }
Value int_from_double(double d) { return v_int((int64_t)d); }
Value float_from_value(Value v) { return is_float(v) ? v : v_float((double)v.u.i); }
Str *int_to_str_base(Value v, int base, bool prefix) {
    (void)prefix;
    char buf[80], *p = buf + 79;
    *p = 0;
    int64_t x = v.u.i;
    uint64_t u = x < 0 ? -(uint64_t)x : (uint64_t)x;
    do { *--p = "0123456789abcdef"[u % base]; u /= base; } while (u);
    if (x < 0) *--p = '-';
    return str_from_cstr(p);
}
Value obj_index(Value v) { return raise_fmt(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(v)); }
int obj_truthy(Value v) { return is_none(v) ? 0 : (is_int(v) || is_bool(v)) ? v.u.i != 0 : 1; }
Value obj_ascii(Value v) { return obj_repr(v); }
Value obj_call1(Value f, Value a) { (void)f; return a; }
Value obj_call_method(Value self, const char *name, Value *args, size_t nargs) { (void)self; (void)args; (void)nargs; return raise_fmt(&exc_AttributeError, "%s", name); }
Value obj_getattr(Value v, Str *name) { return raise_fmt(&exc_AttributeError, "'%s' object has no attribute '%s'", type_name_of(v), name->data); }
Value type_lookup(Type *t, Str *name) { (void)t; (void)name; return NULLV; }
Value str_format_spec(Str *s, Str *spec) { (void)spec; return v_str(s); }
Value format_value(Value v, Str *spec) {
    if (spec->nbytes && spec->data[0] == '>') {     /* ">N" only */
        Value s = obj_str(v);
        int w = atoi(spec->data + 1);
        StrBuf b; strbuf_init(&b);
        for (int i = (int)as_str(s)->len; i < w; i++) strbuf_addc(&b, ' ');
        strbuf_add_str(&b, as_str(s));
        return v_str(strbuf_finish(&b));
    }
    return obj_str(v);
}

List *list_new(size_t len) {
    List *l = calloc(1, sizeof(List));
    l->hdr.type = &type_list;
    l->items = calloc(len + 1, sizeof(Value));
    l->len = l->cap = len;
    for (size_t i = 0; i < len; i++) l->items[i] = NONE;
    return l;
}
bool list_append(List *l, Value v) {
    if (l->len == l->cap) { l->cap = l->cap * 2 + 4; l->items = realloc(l->items, l->cap * sizeof(Value)); }
    l->items[l->len++] = v;
    return true;
}
void list_reverse(List *l) {
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) { Value t = l->items[i]; l->items[i] = l->items[j - 1]; l->items[j - 1] = t; }
}
Tuple *tuple_pack(size_t n, ...) {
    Tuple *t = calloc(1, sizeof(Tuple) + n * sizeof(Value));
    t->hdr.type = &type_tuple;
    t->len = n;
    va_list ap; va_start(ap, n);
    for (size_t i = 0; i < n; i++) t->items[i] = va_arg(ap, Value);
    va_end(ap);
    return t;
}
Dict *dict_new(void) { Dict *d = calloc(1, sizeof(Dict)); d->hdr.type = &type_dict; d->entries = calloc(512, sizeof(DictEntry)); return d; }
int dict_set(Dict *d, Value k, Value v) { d->entries[d->nentries].key = k; d->entries[d->nentries++].value = v; d->len++; return 0; }
bool dict_next(Dict *d, size_t *pos, Value *k, Value *v) {
    if (*pos >= d->nentries) return false;
    *k = d->entries[*pos].key; *v = d->entries[*pos].value; (*pos)++; return true;
}
static bool same_key(Value a, Value b) {
    if (is_str(a) && is_str(b)) return str_eq(as_str(a), as_str(b));
    return a.tag == b.tag && a.u.i == b.u.i;
}
Value obj_getitem(Value v, Value key) {
    if (is_dict(v)) {
        Dict *d = as_dict(v);
        for (size_t i = 0; i < d->nentries; i++) if (same_key(d->entries[i].key, key)) return d->entries[i].value;
        return raise_with_arg(&exc_KeyError, key);
    }
    if ((is_list(v) || is_tuple(v)) && is_int(key)) {
        size_t n = is_list(v) ? as_list(v)->len : as_tuple(v)->len;
        Value *it = is_list(v) ? as_list(v)->items : as_tuple(v)->items;
        if ((size_t)key.u.i >= n) return raise_fmt(&exc_IndexError, "list index out of range");
        return it[key.u.i];
    }
    if (type_of(v)->getitem) return type_of(v)->getitem(v, key);
    return raise_fmt(&exc_TypeError, "'%s' object is not subscriptable", type_name_of(v));
}
typedef struct SeqIt { Obj hdr; Value seq; size_t i; } SeqIt;
static Type type_seqit = {.name = "iterator"};
Value obj_iter(Value v) {
    if (is_list(v) || is_tuple(v)) { SeqIt *it = calloc(1, sizeof *it); it->hdr.type = &type_seqit; it->seq = v; return v_obj(it); }
    if (type_of(v)->iter) return type_of(v)->iter(v);
    return raise_fmt(&exc_TypeError, "'%s' object is not iterable", type_name_of(v));
}
Value obj_next(Value it) {
    if (is_type(it, &type_seqit)) {
        SeqIt *s = (SeqIt *)it.u.o;
        size_t n = is_list(s->seq) ? as_list(s->seq)->len : as_tuple(s->seq)->len;
        Value *items = is_list(s->seq) ? as_list(s->seq)->items : as_tuple(s->seq)->items;
        return s->i < n ? items[s->i++] : NULLV;
    }
    return type_of(it)->next(it);
}
List *seq_to_list(Value v) {
    Value it = obj_iter(v);
    if (is_null(it)) return NULL;
    List *l = list_new(0);
    for (Value x; !is_null(x = obj_next(it));) list_append(l, x);
    return err_occurred() ? NULL : l;
}
bool bind_args(const ArgSpec *spec, Value *args, size_t nargs, Tuple *kwnames, Value *out) {
    for (int i = 0; i < spec->nnames; i++) out[i] = NULLV;
    if ((int)nargs > spec->maxpos) { raise_fmt(&exc_TypeError, "%s() takes at most %d arguments (%zu given)", spec->fname, spec->maxpos, nargs); return false; }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    for (size_t k = 0; kwnames && k < kwnames->len; k++) {
        int j;
        for (j = spec->npos_only; j < spec->nnames; j++) if (str_eq_cstr(as_str(kwnames->items[k]), spec->names[j])) break;
        if (j == spec->nnames) { raise_fmt(&exc_TypeError, "%s() got an unexpected keyword argument '%s'", spec->fname, as_str(kwnames->items[k])->data); return false; }
        out[j] = args[nargs + k];
    }
    for (int i = 0; i < spec->nrequired; i++) if (is_null(out[i])) { raise_fmt(&exc_TypeError, "%s() missing required argument", spec->fname); return false; }
    return true;
}
bool slice_indices(Slice *s, int64_t length, int64_t *start, int64_t *stop, int64_t *step, int64_t *slicelen) {
    *step = is_none(s->step) ? 1 : s->step.u.i;
    int64_t lo = *step < 0 ? -1 : 0, hi = *step < 0 ? length - 1 : length;
    if (is_none(s->start)) *start = *step < 0 ? hi : lo;
    else { *start = s->start.u.i; if (*start < 0) { *start += length; if (*start < lo) *start = lo; } else if (*start > hi) *start = hi; }
    if (is_none(s->stop)) *stop = *step < 0 ? lo : hi;
    else { *stop = s->stop.u.i; if (*stop < 0) { *stop += length; if (*stop < lo) *stop = lo; } else if (*stop > hi) *stop = hi; }
    if (*step < 0) *slicelen = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
    else *slicelen = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
    return true;
}
Tuple *tuple_from(const Value *items, size_t len) {
    Tuple *t = calloc(1, sizeof(Tuple) + len * sizeof(Value));
    t->hdr.type = &type_tuple;
    t->len = len;
    memcpy(t->items, items, len * sizeof(Value));
    return t;
}
