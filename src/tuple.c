/* tuple.c — the immutable sequence: items stored inline after the header. */
#include <stdarg.h>
#include <string.h>

#include "containers.h"
#include "error.h"
#include "gc.h"
#include "num.h"
#include "str.h"

static Value empty_tuple;       /* the () singleton, a GC root */

/* A tuple of `type` (tuple or a subclass) with len NULLV items. */
static Tuple *tuple_alloc(Type *type, size_t len) {
    if (len > (SIZE_MAX - sizeof(Tuple)) / sizeof(Value) / 2) {
        raise_no_memory();
        return NULL;
    }
    Tuple *t = gc_alloc(type, sizeof(Tuple) + len * sizeof(Value));
    if (!t) return NULL;
    t->hash = -1;
    t->len = len;
    return t;
}

Tuple *tuple_empty(void) {
    if (is_null(empty_tuple)) {
        Tuple *t = tuple_alloc(&type_tuple, 0);
        if (!t) return NULL;
        empty_tuple = v_obj(t);
        gc_add_root(&empty_tuple);
    }
    return (Tuple *)empty_tuple.u.o;
}

Tuple *tuple_new(size_t len) {
    if (len == 0) return tuple_empty();
    return tuple_alloc(&type_tuple, len);
}

Tuple *tuple_from(const Value *items, size_t len) {
    gc_defer++;
    Tuple *t = tuple_new(len);
    gc_defer--;
    if (t && len) memcpy(t->items, items, len * sizeof(Value));
    return t;
}

/* A tuple of a list's items.  The list stays referenced until after the allocation
 * (which may collect): with tuple_from(l->items, ...) only the malloc'd buffer would be
 * live, and a temporary list could be freed under the copy. */
Tuple *tuple_from_list(List *l) {
    size_t n = l->len;
    Tuple *t = tuple_new(n);
    if (t && n) memcpy(t->items, l->items, n * sizeof(Value));
    return t;
}

Tuple *tuple_pack(size_t n, ...) {
    Tuple *t = tuple_new(n);
    if (!t) return NULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) t->items[i] = va_arg(ap, Value);
    va_end(ap);
    return t;
}

Tuple *seq_to_tuple(Value iterable) {
    if (is_tuple(iterable)) return as_tuple(iterable);
    if (list_check(iterable)) return tuple_from_list(as_list(iterable));
    List *l = seq_to_list(iterable);
    return l ? tuple_from_list(l) : NULL;
}

/* ---- slots ---- */

void trace_instance_dict(Obj *o) {
    size_t off = o->type->dictoffset;
    if (off) gc_mark_obj(*(Obj **)((char *)o + off));
}

static void tuple_trace(Obj *o) {
    Tuple *t = (Tuple *)o;
    gc_mark_values(t->items, t->len);
    gc_mark_obj(t->dict);
}

static Value tuple_new_slot(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len) return raise_msg(&exc_TypeError, "tuple() takes no keyword arguments");
    if (nargs > 1) return raise_fmt(&exc_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
    Tuple *items = nargs ? seq_to_tuple(args[0]) : tuple_empty();
    if (!items) return NULLV;
    if (type == &type_tuple) return v_obj(items);
    Tuple *t = tuple_alloc(type, items->len);
    if (!t) return NULLV;
    memcpy(t->items, items->items, items->len * sizeof(Value));
    return v_obj(t);
}

static Value tuple_repr(Value self) {
    Tuple *t = as_tuple(self);
    if (t->len == 0) return str_value_cstr("()");
    if (!repr_enter(self.u.o)) return str_value_cstr("(...)");
    StrBuf b;
    strbuf_init(&b);
    strbuf_addc(&b, '(');
    for (size_t i = 0; i < t->len; i++) {
        if (i) strbuf_add(&b, ", ", 2);
        Value r = obj_repr(t->items[i]);
        if (is_null(r)) {
            strbuf_free(&b);
            repr_leave(self.u.o);
            return NULLV;
        }
        strbuf_add_str(&b, as_str(r));
    }
    if (t->len == 1) strbuf_addc(&b, ',');
    strbuf_addc(&b, ')');
    repr_leave(self.u.o);
    Str *s = strbuf_finish(&b);
    return s ? v_str(s) : NULLV;
}

static bool tuple_hash(Value self, int64_t *out) {
    Tuple *t = as_tuple(self);
    if (t->hash != -1) {
        *out = t->hash;
        return true;
    }
    uint64_t acc = HASH_XX_INIT;
    for (size_t i = 0; i < t->len; i++) {
        int64_t h;
        if (!obj_hash(t->items[i], &h)) return false;
        acc = hash_xx_add(acc, h);
    }
    acc += t->len ^ (HASH_XX_PRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) acc = 1546275796;
    t->hash = (int64_t)acc;
    *out = t->hash;
    return true;
}

/* Lexicographic: find the first index where the items differ (by ==), then compare
 * those items, or else the lengths. */
static Value tuple_richcompare(Value a, Value b, int op) {
    if (!tuple_check(a) || !tuple_check(b)) return NotImplemented;
    Tuple *ta = as_tuple(a), *tb = as_tuple(b);
    size_t i = 0;
    for (; i < ta->len && i < tb->len; i++) {
        int eq = obj_eq(ta->items[i], tb->items[i]);
        if (eq < 0) return NULLV;
        if (!eq) break;
    }
    if (i >= ta->len || i >= tb->len) return v_bool(compare_int64(ta->len, tb->len, op));
    if (op == CMP_EQ) return FALSEV;
    if (op == CMP_NE) return TRUEV;
    return obj_richcompare(ta->items[i], tb->items[i], op);
}

static int64_t tuple_len(Value self) { return (int64_t)as_tuple(self)->len; }

static Value tuple_getitem(Value self, Value key) {
    Tuple *t = as_tuple(self);
    if (is_int(key)) {
        int64_t i = as_int(key);
        if (i < 0) i += (int64_t)t->len;
        if (i < 0 || (uint64_t)i >= t->len) return raise_msg(&exc_IndexError, "tuple index out of range");
        return t->items[i];
    }
    if (is_type(key, &type_slice)) {
        int64_t start, stop, step, n;
        if (!slice_indices((Slice *)key.u.o, (int64_t)t->len, &start, &stop, &step, &n)) return NULLV;
        if (step == 1 && n == (int64_t)t->len && is_tuple(self)) return self;
        Tuple *r = tuple_new((size_t)n);
        if (!r) return NULLV;
        for (int64_t k = 0, j = start; k < n; k++, j += step) r->items[k] = t->items[j];
        return v_obj(r);
    }
    int64_t i;
    if (!seq_index(key, (int64_t)t->len, "tuple", &i)) return NULLV;
    return t->items[i];
}

static int tuple_contains(Value self, Value item) {
    Tuple *t = as_tuple(self);
    for (size_t i = 0; i < t->len; i++) {
        int eq = obj_eq(t->items[i], item);
        if (eq) return eq;
    }
    return 0;
}

static Value tuple_concat(Value a, Value b) {
    if (!tuple_check(a)) return NotImplemented;
    if (!tuple_check(b)) {
        if (binop_other_may_handle(b, NB_ADD)) return NotImplemented;
        return raise_fmt(&exc_TypeError, "can only concatenate tuple (not \"%T\") to tuple", &b);
    }
    Tuple *ta = as_tuple(a), *tb = as_tuple(b);
    if (tb->len == 0 && is_tuple(a)) return a;
    if (ta->len == 0 && is_tuple(b)) return b;
    Tuple *r = tuple_new(ta->len + tb->len);
    if (!r) return NULLV;
    memcpy(r->items, ta->items, ta->len * sizeof(Value));
    memcpy(r->items + ta->len, tb->items, tb->len * sizeof(Value));
    return v_obj(r);
}

static Value tuple_repeat(Value a, Value b) {
    Value self = tuple_check(a) ? a : b;
    int64_t n;
    int ok = seq_repeat_count(self, a, b, &n);
    if (ok <= 0) return ok ? NULLV : NotImplemented;
    Tuple *t = as_tuple(self);
    if (n <= 0 || t->len == 0) return v_obj(tuple_empty());
    if (n == 1 && is_tuple(self)) return self;
    if ((uint64_t)n > SIZE_MAX / sizeof(Value) / t->len) return raise_no_memory();
    Tuple *r = tuple_new(t->len * (size_t)n);
    if (!r) return NULLV;
    for (int64_t k = 0; k < n; k++) memcpy(r->items + k * t->len, t->items, t->len * sizeof(Value));
    return v_obj(r);
}

/* ---- methods ---- */

static Value tuple_count(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one_arg("tuple.count", nargs, kwnames)) return NULLV;
    Tuple *t = as_tuple(self);
    int64_t n = 0;
    for (size_t i = 0; i < t->len; i++) {
        int eq = obj_eq(t->items[i], args[0]);
        if (eq < 0) return NULLV;
        n += eq;
    }
    return v_int(n);
}

static Value tuple_index(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("tuple.index", nargs, kwnames, 1, 3)) return NULLV;
    Tuple *t = as_tuple(self);
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 1 && !slice_index_clamp(args[1], false, &start)) return NULLV;
    if (nargs > 2 && !slice_index_clamp(args[2], false, &stop)) return NULLV;
    seq_clamp_range((int64_t)t->len, &start, &stop);
    for (int64_t i = start; i < stop; i++) {
        int eq = obj_eq(t->items[i], args[0]);
        if (eq < 0) return NULLV;
        if (eq) return v_int(i);
    }
    return raise_msg(&exc_ValueError, "tuple.index(x): x not in tuple");
}

static Value tuple_getnewargs(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("tuple.__getnewargs__", nargs, kwnames, 0, 0)) return NULLV;
    Tuple *t = as_tuple(self);
    Tuple *copy = tuple_from(t->items, t->len);
    if (!copy) return NULLV;
    Tuple *r = tuple_pack(1, v_obj(copy));
    return r ? v_obj(r) : NULLV;
}

/* ---- iterator ---- */

Value iter_return_self(Value self) { return self; }

static void seqiter_trace(Obj *o) { gc_mark_value(((SeqIter *)o)->seq); }

static Value tuple_iter(Value self) {
    SeqIter *it = gc_alloc(&type_tuple_iterator, sizeof(SeqIter));
    if (!it) return NULLV;
    it->seq = self;
    return v_obj(it);
}

static Value tupleiter_next(Value self) {
    SeqIter *it = (SeqIter *)self.u.o;
    if (is_null(it->seq)) return NULLV;
    Tuple *t = as_tuple(it->seq);
    if ((uint64_t)it->index < t->len) return t->items[it->index++];
    it->seq = NULLV;
    return NULLV;
}

static Value tupleiter_length_hint(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    SeqIter *it = (SeqIter *)self.u.o;
    if (is_null(it->seq)) return v_int(0);
    int64_t n = (int64_t)as_tuple(it->seq)->len - it->index;
    return v_int(n < 0 ? 0 : n);
}

static const MethodDef tuple_methods[] = {
    {"count", tuple_count, 0, "Return number of occurrences of value."},
    {"index", tuple_index, 0, "Return first index of value."},
    {"__getnewargs__", tuple_getnewargs, 0, NULL},
    {"__class_getitem__", class_getitem, METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

Type type_tuple = {
    .name = "tuple",
    /* the fixed part before `dict`: a subclass puts its __dict__ slot right there */
    .basicsize = offsetof(Tuple, dict),
    .flags = TPF_BASETYPE | TPF_TUPLE_SUBCLASS,
    .trace = tuple_trace,
    .new = tuple_new_slot,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .nb = {[NB_ADD] = tuple_concat, [NB_MULTIPLY] = tuple_repeat},
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .methods = tuple_methods,
    .doc = "Built-in immutable sequence.",
};

static const MethodDef seqiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_tuple_iterator = {
    .name = "tuple_iterator",
    .basicsize = sizeof(SeqIter),
    .trace = seqiter_trace,
    .iter = iter_return_self,
    .next = tupleiter_next,
    .methods = seqiter_methods,
};

/* ---- startup ---- */

void containers_init(void) {
    static Type *const helpers[] = {
        &type_tuple_iterator, &type_list_iterator, &type_list_reverseiterator,
        &type_range_iterator, &type_longrange_iterator, &type_set_iterator, &type_dict_keys, &type_dict_values,
        &type_dict_items, &type_dict_keyiterator, &type_dict_valueiterator,
        &type_dict_itemiterator, &type_dict_reversekeyiterator,
        &type_dict_reversevalueiterator, &type_dict_reverseitemiterator, &type_generic_alias, &type_union,
    };
    for (size_t i = 0; i < sizeof helpers / sizeof helpers[0]; i++) type_ready(helpers[i]);
    /* unhashable types show __hash__ = None, as in CPython */
    static Type *const unhashable[] = {&type_list, &type_dict, &type_set, &type_dict_keys,
                                       &type_dict_items};
    for (size_t i = 0; i < sizeof unhashable / sizeof unhashable[0]; i++)
        if (unhashable[i]->dict) dict_set_str(unhashable[i]->dict, names.__hash__, NONE);
    tuple_empty();
}
