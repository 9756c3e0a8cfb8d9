/* type.c — type objects: readying the built-in types, creating classes (C3 MRO,
 * layout, slots), `type` and `object` themselves, and the slot <-> dunder bridge.
 *
 * The interpreter only ever calls slots.  A built-in type's slots are exposed to Python
 * as "slot wrapper" descriptors in its dict (int.__add__); a class that defines a dunder
 * gets a generic slot function that looks the dunder up along the MRO and calls it.
 */
#include "containers.h"
#include "error.h"
#include "frame.h"
#include "func.h"
#include "gc.h"
#include "num.h"
#include "str.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* ---- the slot table: one row per dunder ---- */

typedef enum {
    SK_REPR, SK_STR, SK_HASH, SK_CMP, SK_BOOL, SK_LEN, SK_GETITEM, SK_SETITEM, SK_DELITEM,
    SK_CONTAINS, SK_ITER, SK_NEXT, SK_CALL, SK_GETATTRIBUTE, SK_GETATTR, SK_SETATTR,
    SK_DELATTR, SK_GET, SK_SET, SK_DELETE, SK_BINARY, SK_RBINARY, SK_INPLACE, SK_NEG,
    SK_POS, SK_INVERT, SK_ABS, SK_INDEX, SK_INIT, SK_NEW,
} SlotKind;

typedef struct SlotDef {
    const char *name;
    SlotKind kind;
    int arg;                /* comparison op or NB_x */
} SlotDef;

static const SlotDef slotdefs[] = {
    {"__repr__", SK_REPR, 0}, {"__str__", SK_STR, 0}, {"__hash__", SK_HASH, 0},
    {"__lt__", SK_CMP, CMP_LT}, {"__le__", SK_CMP, CMP_LE}, {"__eq__", SK_CMP, CMP_EQ},
    {"__ne__", SK_CMP, CMP_NE}, {"__gt__", SK_CMP, CMP_GT}, {"__ge__", SK_CMP, CMP_GE},
    {"__bool__", SK_BOOL, 0}, {"__len__", SK_LEN, 0}, {"__getitem__", SK_GETITEM, 0},
    {"__setitem__", SK_SETITEM, 0}, {"__delitem__", SK_DELITEM, 0},
    {"__contains__", SK_CONTAINS, 0}, {"__iter__", SK_ITER, 0}, {"__next__", SK_NEXT, 0},
    {"__call__", SK_CALL, 0}, {"__getattribute__", SK_GETATTRIBUTE, 0},
    {"__getattr__", SK_GETATTR, 0}, {"__setattr__", SK_SETATTR, 0},
    {"__delattr__", SK_DELATTR, 0}, {"__get__", SK_GET, 0}, {"__set__", SK_SET, 0},
    {"__delete__", SK_DELETE, 0},
#define X(op, sym, d, r, i) {d, SK_BINARY, NB_##op}, {r, SK_RBINARY, NB_##op}, {i, SK_INPLACE, NB_##op},
    BINARY_OPS(X)
#undef X
    {"__neg__", SK_NEG, 0}, {"__pos__", SK_POS, 0}, {"__invert__", SK_INVERT, 0},
    {"__abs__", SK_ABS, 0}, {"__index__", SK_INDEX, 0}, {"__init__", SK_INIT, 0},
    {"__new__", SK_NEW, 0},
};
#define NSLOTDEFS (sizeof slotdefs / sizeof slotdefs[0])

static Str *slot_names[NSLOTDEFS];      /* interned dunder names */

static Str *slot_name(SlotKind kind, int arg) {
    for (size_t i = 0; i < NSLOTDEFS; i++)
        if (slotdefs[i].kind == kind && slotdefs[i].arg == arg) return slot_names[i];
    return NULL;
}

/* ---- slot wrappers: a C slot seen from Python (int.__add__) ---- */

typedef struct SlotWrapper {
    Obj hdr;
    Type *owner;
    int index;              /* into slotdefs */
} SlotWrapper;

Type type_slot_wrapper;

static bool wrapper_check_self(SlotWrapper *w, Value self) {
    if (is_instance(self, w->owner)) return true;
    raise_fmt(&exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
              slotdefs[w->index].name, w->owner->name, type_name_of(self));
    return false;
}

static Value stop_iteration_if_exhausted(Value r) {
    if (is_null(r) && !err_occurred()) return raise_with_arg(&exc_StopIteration, NULLV);
    return r;
}

static Value wrapper_invoke(SlotWrapper *w, Value self, Value *args, size_t nargs, Tuple *kwnames) {
    const SlotDef *d = &slotdefs[w->index];
    Type *t = w->owner;
    const char *name = d->name;
    if (d->kind != SK_CALL && d->kind != SK_INIT && d->kind != SK_NEW && !check_no_kwargs(name, kwnames))
        return NULLV;
    switch (d->kind) {
    case SK_REPR: if (!check_nargs(name, nargs, 0, 0)) return NULLV; return t->repr(self);
    case SK_STR: if (!check_nargs(name, nargs, 0, 0)) return NULLV; return t->str ? t->str(self) : obj_repr(self);
    case SK_HASH: {
        if (!check_nargs(name, nargs, 0, 0)) return NULLV;
        int64_t h;
        return t->hash(self, &h) ? v_int(h) : NULLV;
    }
    case SK_CMP: if (!check_nargs(name, nargs, 1, 1)) return NULLV; return t->richcompare(self, args[0], d->arg);
    case SK_BOOL: {
        if (!check_nargs(name, nargs, 0, 0)) return NULLV;
        int b = t->bool_(self);
        return b < 0 ? NULLV : v_bool(b);
    }
    case SK_LEN: {
        if (!check_nargs(name, nargs, 0, 0)) return NULLV;
        int64_t n = t->len(self);
        return n < 0 ? NULLV : v_int(n);
    }
    case SK_GETITEM: if (!check_nargs(name, nargs, 1, 1)) return NULLV; return t->getitem(self, args[0]);
    case SK_SETITEM:
        if (!check_nargs(name, nargs, 2, 2)) return NULLV;
        return t->setitem(self, args[0], args[1]) < 0 ? NULLV : NONE;
    case SK_DELITEM:
        if (!check_nargs(name, nargs, 1, 1)) return NULLV;
        return t->setitem(self, args[0], NULLV) < 0 ? NULLV : NONE;
    case SK_CONTAINS: {
        if (!check_nargs(name, nargs, 1, 1)) return NULLV;
        int c = t->contains(self, args[0]);
        return c < 0 ? NULLV : v_bool(c);
    }
    case SK_ITER: if (!check_nargs(name, nargs, 0, 0)) return NULLV; return t->iter(self);
    case SK_NEXT: if (!check_nargs(name, nargs, 0, 0)) return NULLV; return stop_iteration_if_exhausted(t->next(self));
    case SK_CALL: return t->call(self, args, nargs, kwnames);
    case SK_GETATTRIBUTE: case SK_GETATTR:
        if (!check_nargs(name, nargs, 1, 1)) return NULLV;
        if (!is_str(args[0]))
            return raise_fmt(&exc_TypeError, "attribute name must be string, not '%s'", type_name_of(args[0]));
        return (t->getattr ? t->getattr : generic_getattr)(self, as_str(args[0]));
    case SK_SETATTR:
        if (!check_nargs(name, nargs, 2, 2)) return NULLV;
        if (!is_str(args[0]))
            return raise_fmt(&exc_TypeError, "attribute name must be string, not '%s'", type_name_of(args[0]));
        return (t->setattr ? t->setattr : generic_setattr)(self, as_str(args[0]), args[1]) < 0 ? NULLV : NONE;
    case SK_DELATTR:
        if (!check_nargs(name, nargs, 1, 1)) return NULLV;
        if (!is_str(args[0]))
            return raise_fmt(&exc_TypeError, "attribute name must be string, not '%s'", type_name_of(args[0]));
        return (t->setattr ? t->setattr : generic_setattr)(self, as_str(args[0]), NULLV) < 0 ? NULLV : NONE;
    case SK_GET:
        if (!check_nargs(name, nargs, 1, 2)) return NULLV;
        return t->descr_get(self, is_none(args[0]) ? NULLV : args[0], nargs > 1 ? args[1] : NONE);
    case SK_SET:
        if (!check_nargs(name, nargs, 2, 2)) return NULLV;
        return t->descr_set(self, args[0], args[1]) < 0 ? NULLV : NONE;
    case SK_DELETE:
        if (!check_nargs(name, nargs, 1, 1)) return NULLV;
        return t->descr_set(self, args[0], NULLV) < 0 ? NULLV : NONE;
    case SK_BINARY: if (!check_nargs(name, nargs, 1, 1)) return NULLV; return t->nb[d->arg](self, args[0]);
    case SK_RBINARY: if (!check_nargs(name, nargs, 1, 1)) return NULLV; return t->nb[d->arg](args[0], self);
    case SK_INPLACE: if (!check_nargs(name, nargs, 1, 1)) return NULLV; return t->nb_inplace[d->arg](self, args[0]);
    case SK_NEG: if (!check_nargs(name, nargs, 0, 0)) return NULLV; return t->neg(self);
    case SK_POS: if (!check_nargs(name, nargs, 0, 0)) return NULLV; return t->pos(self);
    case SK_INVERT: if (!check_nargs(name, nargs, 0, 0)) return NULLV; return t->invert(self);
    case SK_ABS: if (!check_nargs(name, nargs, 0, 0)) return NULLV; return t->abs(self);
    case SK_INDEX: if (!check_nargs(name, nargs, 0, 0)) return NULLV; return t->index(self);
    case SK_INIT: return t->init(self, args, nargs, kwnames);
    case SK_NEW: break;
    }
    return raise_msg(&exc_SystemError, "bad slot wrapper");
}

static Value wrapper_call(Value callable, Value *args, size_t nargs, Tuple *kwnames) {
    SlotWrapper *w = (SlotWrapper *)as_obj(callable);
    if (nargs < 1)
        return raise_fmt(&exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                         slotdefs[w->index].name, w->owner->name);
    if (!wrapper_check_self(w, args[0])) return NULLV;
    return wrapper_invoke(w, args[0], args + 1, nargs - 1, kwnames);
}

static Value wrapper_get(Value descr, Value obj, Value type) {
    if (is_null(obj)) return descr;
    return method_new(descr, obj);
}

static Value wrapper_repr(Value self) {
    SlotWrapper *w = (SlotWrapper *)as_obj(self);
    return v_str(str_fmt("<slot wrapper '%s' of '%s' objects>", slotdefs[w->index].name, w->owner->name));
}

static Value wrapper_get_name(Value self) { return v_str(slot_names[((SlotWrapper *)as_obj(self))->index]); }
static Value wrapper_get_objclass(Value self) { return v_obj(((SlotWrapper *)as_obj(self))->owner); }
static const GetSetDef wrapper_getsets[] = {
    {"__name__", wrapper_get_name, NULL},
    {"__qualname__", wrapper_get_name, NULL},
    {"__objclass__", wrapper_get_objclass, NULL},
    {NULL, NULL, NULL},
};

static void wrapper_trace(Obj *o) { gc_mark_obj(((SlotWrapper *)o)->owner); }

Type type_slot_wrapper = {
    .hdr = {.type = &type_type},
    .name = "wrapper_descriptor",
    .basicsize = sizeof(SlotWrapper),
    .trace = wrapper_trace,
    .call = wrapper_call,
    .descr_get = wrapper_get,
    .repr = wrapper_repr,
    .getsets = wrapper_getsets,
};

/* ---- generic slots for classes defined in Python ---- */

/* Look `name` up on type(self) and call it bound to self. NULLV without an exception
 * when the type has no such attribute. */
static Value call_special(Value self, Str *name, Value *args, size_t nargs) {
    Value f = type_lookup(type_of(self), name);
    if (is_null(f)) return NULLV;
    if (is_type(f, &type_function)) return call_with_self(f, self, args, nargs, NULL);
    Type *ft = type_of(f);
    if (ft->descr_get) {
        f = ft->descr_get(f, self, v_obj(type_of(self)));
        if (is_null(f)) return NULLV;
    }
    return obj_call(f, args, nargs, NULL);
}

static Value call_special_required(Value self, Str *name, Value *args, size_t nargs) {
    Value r = call_special(self, name, args, nargs);
    if (is_null(r) && !err_occurred()) return raise_attribute_error(self, name);
    return r;
}

static Value slot_repr(Value self) { return call_special_required(self, names.__repr__, NULL, 0); }
static Value slot_str(Value self) { return call_special_required(self, names.__str__, NULL, 0); }

static bool slot_hash(Value self, int64_t *out) {
    Value r = call_special_required(self, names.__hash__, NULL, 0);
    if (is_null(r)) return false;
    if (is_int(r) || is_bool(r)) { *out = r.u.i == -1 ? -2 : r.u.i; return true; }
    if (is_bigint(r)) return num_hash(r, out);
    raise_msg(&exc_TypeError, "__hash__ method should return an integer");
    return false;
}

static Value slot_richcompare(Value a, Value b, int op) {
    static Str **const cmp_names[] = {&names.__lt__, &names.__le__, &names.__eq__,
                                      &names.__ne__, &names.__gt__, &names.__ge__};
    Value r = call_special(a, *cmp_names[op], &b, 1);
    if (is_null(r) && !err_occurred()) return NotImplemented;
    return r;
}

static int slot_bool(Value self) {
    Value r = call_special(self, names.__bool__, NULL, 0);
    if (is_null(r)) {
        if (err_occurred()) return -1;
        r = call_special(self, names.__len__, NULL, 0);
        if (is_null(r)) return err_occurred() ? -1 : 1;
        if (!is_int(r)) {
            raise_fmt(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(r));
            return -1;
        }
        if (as_int(r) < 0) { raise_msg(&exc_ValueError, "__len__() should return >= 0"); return -1; }
        return as_int(r) != 0;
    }
    if (!is_bool(r)) {
        raise_fmt(&exc_TypeError, "__bool__ should return bool, returned %s", type_name_of(r));
        return -1;
    }
    return (int)r.u.i;
}

static int64_t slot_len(Value self) {
    Value r = call_special_required(self, names.__len__, NULL, 0);
    if (is_null(r)) return -1;
    if (!is_int(r) && !is_bool(r)) {
        if (is_bigint(r)) { raise_msg(&exc_OverflowError, "cannot fit 'int' into an index-sized integer"); return -1; }
        raise_fmt(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(r));
        return -1;
    }
    if (r.u.i < 0) { raise_msg(&exc_ValueError, "__len__() should return >= 0"); return -1; }
    return r.u.i;
}

static Value slot_getitem(Value self, Value key) { return call_special_required(self, names.__getitem__, &key, 1); }

static int slot_setitem(Value self, Value key, Value v) {
    Value args[2] = {key, v};
    Value r = is_null(v) ? call_special_required(self, names.__delitem__, args, 1)
                         : call_special_required(self, names.__setitem__, args, 2);
    return is_null(r) ? -1 : 0;
}

static int slot_contains(Value self, Value item) {
    Value r = call_special(self, names.__contains__, &item, 1);
    if (is_null(r)) {
        if (err_occurred()) return -1;
        /* no __contains__: iterate */
        Value it = obj_iter(self);
        if (is_null(it)) return -1;
        for (;;) {
            Value x = obj_next(it);
            if (is_null(x)) return err_occurred() ? -1 : 0;
            int eq = obj_eq(x, item);
            if (eq) return eq;
        }
    }
    return obj_truthy(r);
}

static Value slot_iter(Value self) {
    Value f = type_lookup(type_of(self), names.__iter__);
    if (is_none(f)) return raise_fmt(&exc_TypeError, "'%s' object is not iterable", type_name_of(self));
    return call_special_required(self, names.__iter__, NULL, 0);
}

static Value slot_next(Value self) {
    Value r = call_special_required(self, names.__next__, NULL, 0);
    if (is_null(r) && err_matches(&exc_StopIteration)) err_clear();
    return r;
}

static Value slot_call(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    Value f = type_lookup(type_of(self), names.__call__);
    if (is_null(f)) return raise_fmt(&exc_TypeError, "'%s' object is not callable", type_name_of(self));
    Type *ft = type_of(f);
    if (ft->descr_get) {
        f = ft->descr_get(f, self, v_obj(type_of(self)));
        if (is_null(f)) return NULLV;
    }
    return obj_call(f, args, nargs, kwnames);
}

static Value slot_getattr(Value self, Str *name) {
    Type *t = type_of(self);
    Value ga = type_lookup(t, names.__getattribute__);
    Value r;
    if (!is_null(ga) && !is_type(ga, &type_slot_wrapper)) {
        Value arg = v_str(name);
        r = call_special(self, names.__getattribute__, &arg, 1);
    } else {
        r = generic_getattr(self, name);
    }
    if (is_null(r) && err_matches(&exc_AttributeError)) {
        Value gf = type_lookup(t, names.__getattr__);
        if (!is_null(gf)) {
            err_clear();
            Value arg = v_str(name);
            r = call_special(self, names.__getattr__, &arg, 1);
        }
    }
    return r;
}

static int slot_setattr(Value self, Str *name, Value v) {
    Value args[2] = {v_str(name), v};
    Value r = is_null(v) ? call_special(self, names.__delattr__, args, 1)
                         : call_special(self, names.__setattr__, args, 2);
    return is_null(r) ? -1 : 0;
}

static Value slot_descr_get(Value descr, Value obj, Value type) {
    Value args[2] = {is_null(obj) ? NONE : obj, type};
    return call_special_required(descr, names.__get__, args, 2);
}

static int slot_descr_set(Value descr, Value obj, Value v) {
    Value args[2] = {obj, v};
    Value r = is_null(v) ? call_special_required(descr, names.__delete__, args, 1)
                         : call_special_required(descr, names.__set__, args, 2);
    return is_null(r) ? -1 : 0;
}

/* Binary operators: one generic function per operator, so obj_binary_op can tell that
 * two classes share it and call it once (it tries both directions itself). */
static Value slot_binary(Value a, Value b, int op, BinaryFn self_fn) {
    Type *ta = type_of(a), *tb = type_of(b);
    Str *fwd = slot_name(SK_BINARY, op), *rev = slot_name(SK_RBINARY, op);
    bool do_other = ta != tb && tb->nb[op] == self_fn;
    Value r;
    if (ta->nb[op] == self_fn) {
        if (do_other && type_is_subtype(tb, ta)) {
            Value ra = type_lookup(ta, rev), rb = type_lookup(tb, rev);
            if (!is_null(rb) && !v_is(ra, rb)) {
                r = call_special(b, rev, &a, 1);
                if (is_null(r) && err_occurred()) return r;
                if (!is_null(r) && !v_is(r, NotImplemented)) return r;
                do_other = false;
            }
        }
        r = call_special(a, fwd, &b, 1);
        if (is_null(r) && err_occurred()) return r;
        if (!is_null(r) && !v_is(r, NotImplemented)) return r;
        if (ta == tb) return NotImplemented;
    }
    if (do_other) {
        r = call_special(b, rev, &a, 1);
        if (is_null(r) && !err_occurred()) return NotImplemented;
        return r;
    }
    return NotImplemented;
}

#define X(op, sym, d, r, i) \
    static Value slot_nb_##op(Value a, Value b) { return slot_binary(a, b, NB_##op, slot_nb_##op); } \
    static Value slot_inplace_##op(Value a, Value b) { \
        Value res = call_special(a, slot_name(SK_INPLACE, NB_##op), &b, 1); \
        return is_null(res) && !err_occurred() ? NotImplemented : res; \
    }
BINARY_OPS(X)
#undef X
static const BinaryFn slot_nb_fns[NB_COUNT] = {
#define X(op, sym, d, r, i) slot_nb_##op,
    BINARY_OPS(X)
#undef X
};
static const BinaryFn slot_inplace_fns[NB_COUNT] = {
#define X(op, sym, d, r, i) slot_inplace_##op,
    BINARY_OPS(X)
#undef X
};

static Value slot_neg(Value v) { return call_special_required(v, names.__neg__, NULL, 0); }
static Value slot_pos(Value v) { return call_special_required(v, names.__pos__, NULL, 0); }
static Value slot_invert(Value v) { return call_special_required(v, names.__invert__, NULL, 0); }
static Value slot_abs(Value v) { return call_special_required(v, names.__abs__, NULL, 0); }
static Value slot_index(Value v) { return call_special_required(v, names.__index__, NULL, 0); }

static Value slot_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    Value f = type_lookup(type_of(self), names.__init__);
    if (is_null(f)) return NONE;
    Value r;
    if (is_type(f, &type_function)) {
        r = call_with_self(f, self, args, nargs, kwnames);
    } else {
        Type *ft = type_of(f);
        if (ft->descr_get) f = ft->descr_get(f, self, v_obj(type_of(self)));
        if (is_null(f)) return NULLV;
        r = obj_call(f, args, nargs, kwnames);
    }
    if (!is_null(r) && !is_none(r))
        return raise_fmt(&exc_TypeError, "__init__() should return None, not '%s'", type_name_of(r));
    return r;
}

bool type_plain_python_init(Type *t) {
    return t->init == slot_init && t->new == object_new && type_of(v_obj(t))->call == type_call;
}

static Value slot_new(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    Value f = type_lookup(type, names.__new__);
    if (is_null(f)) return raise_msg(&exc_TypeError, "no __new__");
    Type *ft = type_of(f);
    if (ft->descr_get) f = ft->descr_get(f, NULLV, v_obj(type));   /* staticmethod → function */
    if (is_null(f)) return NULLV;
    size_t total = nargs + (kwnames ? kwnames->len : 0);
    Value *buf = malloc((total + 1) * sizeof(Value));
    if (!buf) return raise_no_memory();
    buf[0] = v_obj(type);
    memcpy(buf + 1, args, total * sizeof(Value));
    Value r = obj_call(f, buf, nargs + 1, kwnames);
    free(buf);
    return r;
}

/* Is `name` defined by a class written in Python somewhere along t's MRO (before any
 * built-in type that defines it)? */
static bool defined_in_python(Type *t, Str *name) {
    for (size_t i = 0; i < t->mro->len; i++) {
        Type *k = (Type *)as_obj(t->mro->items[i]);
        if (!k->dict) continue;
        Value v = dict_get_str(k->dict, name);
        if (!is_null(v)) return (k->flags & TPF_HEAPTYPE) != 0;
    }
    return false;
}

/* Point a class's slots at the generic functions for every dunder defined in Python. */
static void fixup_slots(Type *t) {
    /* instances of a class with __del__ are finalized before they die (gc.h) */
    if (!is_null(type_lookup(t, names.__del__))) t->flags |= TPF_HAS_DEL;
    else t->flags &= ~(uint32_t)TPF_HAS_DEL;
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *d = &slotdefs[i];
        if (!defined_in_python(t, slot_names[i])) continue;
        switch (d->kind) {
        case SK_REPR: t->repr = slot_repr; break;
        case SK_STR: t->str = slot_str; break;
        case SK_HASH: {
            Value h = type_lookup(t, names.__hash__);
            t->hash = is_none(h) ? NULL : slot_hash;
            break;
        }
        case SK_CMP: t->richcompare = slot_richcompare; break;
        case SK_BOOL: t->bool_ = slot_bool; break;
        case SK_LEN: t->len = slot_len; if (!t->bool_) t->bool_ = slot_bool; break;
        case SK_GETITEM: t->getitem = slot_getitem; break;
        case SK_SETITEM: case SK_DELITEM: t->setitem = slot_setitem; break;
        case SK_CONTAINS: t->contains = slot_contains; break;
        case SK_ITER: t->iter = slot_iter; break;
        case SK_NEXT: t->next = slot_next; break;
        case SK_CALL: t->call = slot_call; break;
        case SK_GETATTRIBUTE: case SK_GETATTR: t->getattr = slot_getattr; break;
        case SK_SETATTR: case SK_DELATTR: t->setattr = slot_setattr; break;
        case SK_GET: t->descr_get = slot_descr_get; break;
        case SK_SET: case SK_DELETE: t->descr_set = slot_descr_set; break;
        case SK_BINARY: case SK_RBINARY: t->nb[d->arg] = slot_nb_fns[d->arg]; break;
        case SK_INPLACE: t->nb_inplace[d->arg] = slot_inplace_fns[d->arg]; break;
        case SK_NEG: t->neg = slot_neg; break;
        case SK_POS: t->pos = slot_pos; break;
        case SK_INVERT: t->invert = slot_invert; break;
        case SK_ABS: t->abs = slot_abs; break;
        case SK_INDEX: t->index = slot_index; break;
        case SK_INIT: t->init = slot_init; break;
        case SK_NEW: t->new = slot_new; break;
        }
    }
}

/* ---- readying types ---- */

/* Copy every slot the type leaves empty from its base. */
static void inherit_slots(Type *t, Type *b) {
#define INHERIT(f) if (!t->f) t->f = b->f
    INHERIT(trace); INHERIT(finalize); INHERIT(new); INHERIT(init); INHERIT(repr); INHERIT(str);
    INHERIT(richcompare); INHERIT(bool_); INHERIT(getattr); INHERIT(setattr); INHERIT(call);
    INHERIT(descr_get); INHERIT(descr_set); INHERIT(iter); INHERIT(next); INHERIT(neg);
    INHERIT(pos); INHERIT(invert); INHERIT(abs); INHERIT(index); INHERIT(len); INHERIT(getitem);
    INHERIT(setitem); INHERIT(contains);
    for (int i = 0; i < NB_COUNT; i++) { INHERIT(nb[i]); INHERIT(nb_inplace[i]); }
#undef INHERIT
    /* a type that defines comparison but not hash is unhashable */
    if (!t->hash && !(t->richcompare != b->richcompare && (t->flags & TPF_READY))) t->hash = b->hash;
    if (!t->basicsize) t->basicsize = b->basicsize;
    if (!t->dictoffset) t->dictoffset = b->dictoffset;
    t->flags |= b->flags & (TPF_INT_SUBCLASS | TPF_STR_SUBCLASS | TPF_TUPLE_SUBCLASS | TPF_LIST_SUBCLASS |
                            TPF_DICT_SUBCLASS | TPF_TYPE_SUBCLASS | TPF_EXC_SUBCLASS);
}

static bool add_slot_wrappers(Type *t) {
    Type *b = t->base;
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *d = &slotdefs[i];
        bool has = false;
        switch (d->kind) {
#define OWN(f) (t->f && (!b || t->f != b->f))
        case SK_REPR: has = OWN(repr); break;
        case SK_STR: has = OWN(str); break;
        case SK_HASH: has = OWN(hash); break;
        case SK_CMP: has = OWN(richcompare); break;
        case SK_BOOL: has = OWN(bool_); break;
        case SK_LEN: has = OWN(len); break;
        case SK_GETITEM: has = OWN(getitem); break;
        case SK_SETITEM: case SK_DELITEM: has = OWN(setitem); break;
        case SK_CONTAINS: has = OWN(contains); break;
        case SK_ITER: has = OWN(iter); break;
        case SK_NEXT: has = OWN(next); break;
        case SK_CALL: has = OWN(call); break;
        case SK_GETATTRIBUTE: has = OWN(getattr) || (!b && t == &type_object); break;
        case SK_GETATTR: has = false; break;
        case SK_SETATTR: case SK_DELATTR: has = OWN(setattr) || (!b && t == &type_object); break;
        case SK_GET: has = OWN(descr_get); break;
        case SK_SET: case SK_DELETE: has = OWN(descr_set); break;
        case SK_BINARY: case SK_RBINARY: has = OWN(nb[d->arg]); break;
        case SK_INPLACE: has = OWN(nb_inplace[d->arg]); break;
        case SK_NEG: has = OWN(neg); break;
        case SK_POS: has = OWN(pos); break;
        case SK_INVERT: has = OWN(invert); break;
        case SK_ABS: has = OWN(abs); break;
        case SK_INDEX: has = OWN(index); break;
        case SK_INIT: has = OWN(init); break;
        case SK_NEW: has = false; break;
#undef OWN
        }
        if (!has || !is_null(dict_get_str(t->dict, slot_names[i]))) continue;
        if (d->kind == SK_HASH && t->hash == hash_unhashable) {
            /* unhashable built-ins show __hash__ = None, as in CPython */
            if (dict_set_str(t->dict, slot_names[i], NONE) < 0) return false;
            continue;
        }
        SlotWrapper *w = gc_alloc(&type_slot_wrapper, sizeof *w);
        if (!w) return false;
        w->owner = t;
        w->index = (int)i;
        if (dict_set_str(t->dict, slot_names[i], v_obj(w)) < 0) return false;
    }
    return true;
}

Value method_descr_new(Type *owner, const MethodDef *def);      /* func.c */
Value getset_descr_new(Type *owner, const GetSetDef *def);      /* func.c */
Value builtin_new_static(Type *owner, const MethodDef *def);    /* func.c: __new__ */

static bool add_tables(Type *t) {
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        Value d = method_descr_new(t, m);
        if (is_null(d)) return false;
        if (dict_set_cstr(t->dict, m->name, d) < 0) return false;
    }
    for (const GetSetDef *g = t->getsets; g && g->name; g++) {
        Value d = getset_descr_new(t, g);
        if (is_null(d) || dict_set_cstr(t->dict, g->name, d) < 0) return false;
    }
    return true;
}

static Value tp_new_wrapper(Value self, Value *args, size_t nargs, Tuple *kwnames);

static bool add_new(Type *t) {
    if (!t->new || (t->base && t->new == t->base->new)) return true;
    if (!is_null(dict_get_str(t->dict, names.__new__))) return true;
    Value f = builtin_new("__new__", tp_new_wrapper, v_obj(t));
    return !is_null(f) && dict_set_str(t->dict, names.__new__, f) >= 0;
}

/* T.__new__(S, ...): S must be a subtype of T. */
static Value tp_new_wrapper(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    Type *t = (Type *)as_obj(self);
    if (nargs < 1) return raise_fmt(&exc_TypeError, "%s.__new__(): not enough arguments", t->name);
    Value sub = args[0];
    if (!is_obj(sub) || !type_is_subtype(as_obj(sub)->type, &type_type))
        return raise_fmt(&exc_TypeError, "%s.__new__(X): X is not a type object (%s)", t->name, type_name_of(sub));
    Type *s = (Type *)as_obj(sub);
    if (!type_is_subtype(s, t))
        return raise_fmt(&exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name, s->name, s->name, t->name);
    return t->new(s, args + 1, nargs - 1, kwnames);
}

bool type_ready(Type *t) {
    if (t->flags & (TPF_READY | TPF_READYING)) return true;
    t->flags |= TPF_READYING;
    if (!t->hdr.type) t->hdr.type = &type_type;
    if (!(t->flags & TPF_HEAPTYPE)) gc_register_static(&t->hdr);
    if (!t->base && t != &type_object) t->base = &type_object;
    if (t->base && !type_ready(t->base)) return false;
    if (!t->dict && !(t->dict = dict_new())) return false;
    t->dict->hdr.flags |= DICT_OF_TYPE;
    type_epoch++;
    if (!t->bases) {
        t->bases = t->base ? tuple_pack(1, v_obj(t->base)) : tuple_empty();
        if (!t->bases) return false;
    }
    if (!t->mro) {
        size_t n = t->base ? t->base->mro->len : 0;
        Tuple *mro = tuple_new(n + 1);
        if (!mro) return false;
        mro->items[0] = v_obj(t);
        for (size_t i = 0; i < n; i++) mro->items[i + 1] = t->base->mro->items[i];
        t->mro = mro;
    }
    if (!add_tables(t) || !add_slot_wrappers(t) || !add_new(t)) return false;
    if (t->base) inherit_slots(t, t->base);
    if (!t->qualname) {
        const char *dot = strrchr(t->name, '.');
        t->qualname = str_intern_cstr(dot ? dot + 1 : t->name);
        if (!t->qualname) return false;
    }
    if (t->doc && is_null(dict_get_str(t->dict, names.__doc__))) {
        Value doc = str_value_cstr(t->doc);
        if (is_null(doc) || dict_set_str(t->dict, names.__doc__, doc) < 0) return false;
    }
    t->flags = (t->flags | TPF_READY) & ~(uint32_t)TPF_READYING;
    return true;
}

void type_add_method(Type *t, const char *name, MethodFn fn, int flags) {
    MethodDef *def = calloc(1, sizeof *def);
    if (!def) return;
    def->name = name;
    def->fn = fn;
    def->flags = flags;
    Value d = method_descr_new(t, def);
    if (!is_null(d)) dict_set_cstr(t->dict, name, d);
}

/* ---- C3 linearization ---- */

static Tuple *c3_merge(Type *t, Tuple *bases) {
    size_t nb = bases->len;
    /* sequences to merge: each base's MRO, then the bases list */
    size_t nseq = nb + 1;
    Tuple **seqs = malloc(nseq * sizeof *seqs);
    size_t *pos = calloc(nseq, sizeof *pos);
    List *out = list_with_capacity(8);
    if (!seqs || !pos || !out) { free(seqs); free(pos); raise_no_memory(); return NULL; }
    for (size_t i = 0; i < nb; i++) seqs[i] = ((Type *)as_obj(bases->items[i]))->mro;
    seqs[nb] = bases;
    Tuple *result = NULL;
    if (!list_append(out, v_obj(t))) goto done;
    for (;;) {
        bool empty = true;
        Value cand = NULLV;
        for (size_t i = 0; i < nseq; i++) {
            if (pos[i] >= seqs[i]->len) continue;
            empty = false;
            Value c = seqs[i]->items[pos[i]];
            bool in_tail = false;
            for (size_t j = 0; j < nseq && !in_tail; j++)
                for (size_t k = pos[j] + 1; k < seqs[j]->len; k++)
                    if (as_obj(seqs[j]->items[k]) == as_obj(c)) { in_tail = true; break; }
            if (!in_tail) { cand = c; break; }
        }
        if (empty) break;
        if (is_null(cand)) {
            StrBuf b;
            strbuf_init(&b);
            strbuf_adds(&b, "Cannot create a consistent method resolution order (MRO) for bases");
            for (size_t i = 0; i < nb; i++) {
                strbuf_adds(&b, i ? ", " : " ");
                strbuf_adds(&b, ((Type *)as_obj(bases->items[i]))->name);
            }
            Str *msg = strbuf_finish(&b);
            if (msg) raise_with_arg(&exc_TypeError, v_str(msg));
            goto done;
        }
        if (!list_append(out, cand)) goto done;
        for (size_t i = 0; i < nseq; i++)
            if (pos[i] < seqs[i]->len && as_obj(seqs[i]->items[pos[i]]) == as_obj(cand)) pos[i]++;
    }
    result = tuple_from_list(out);
done:
    free(seqs);
    free(pos);
    return result;
}

/* The base whose instance layout the new class extends. */
/* The base whose layout a class extends: classes defined in Python add at most a
 * __dict__ (not counted) unless their __slots__ add fields. */
static Type *solid_base(Type *t) {
    while (t->base && (((t->flags & TPF_HEAPTYPE) && !(t->flags & TPF_SLOT_FIELDS)) ||
                       t->basicsize == t->base->basicsize))
        t = t->base;
    return t;
}

static Type *best_base(Tuple *bases) {
    Type *best = NULL, *best_solid = NULL;
    for (size_t i = 0; i < bases->len; i++) {
        Value b = bases->items[i];
        if (!is_obj(b) || !type_is_subtype(as_obj(b)->type, &type_type)) {
            raise_fmt(&exc_TypeError, "bases must be types");
            return NULL;
        }
        Type *bt = (Type *)as_obj(b);
        if (!(bt->flags & TPF_BASETYPE)) {
            raise_fmt(&exc_TypeError, "type '%s' is not an acceptable base type", bt->name);
            return NULL;
        }
        Type *s = solid_base(bt);
        if (!best_solid || type_is_subtype(s, best_solid)) { best = bt; best_solid = s; }
        else if (!type_is_subtype(best_solid, s)) {
            raise_msg(&exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

static void type_trace(Obj *o) {
    Type *t = (Type *)o;
    gc_mark_obj(t->qualname);
    gc_mark_obj(t->base);
    gc_mark_obj(t->bases);
    gc_mark_obj(t->mro);
    gc_mark_obj(t->dict);
    gc_mark_obj(t->name_obj);
}

Value object_new(Type *type, Value *args, size_t nargs, Tuple *kwnames);
Value object_init(Value self, Value *args, size_t nargs, Tuple *kwnames);

static bool set_names_and_init_subclass(Type *t, Dict *kw) {
    size_t pos = 0;
    Value k, v;
    Dict *snapshot = dict_copy(t->dict);
    if (!snapshot) return false;
    while (dict_next(snapshot, &pos, &k, &v)) {
        Value set_name = type_lookup(type_of(v), names.__set_name__);
        if (is_null(set_name)) continue;
        Value args[2] = {v_obj(t), k};
        Value r = call_special(v, names.__set_name__, args, 2);
        if (is_null(r)) {
            if (!err_occurred()) continue;
            return false;
        }
    }
    /* super(t, t).__init_subclass__(**kw) */
    for (size_t i = 1; i < t->mro->len; i++) {
        Type *k2 = (Type *)as_obj(t->mro->items[i]);
        Value f = dict_get_str(k2->dict, names.__init_subclass__);
        if (is_null(f)) continue;
        Type *ft = type_of(f);
        if (ft->descr_get) f = ft->descr_get(f, NULLV, v_obj(t));
        if (is_null(f)) return false;
        Value r = obj_call_tuple_dict(f, NULL, kw);
        return !is_null(r);
    }
    return true;
}


/* ---- __slots__: fixed attribute storage after the base's layout ---- */

typedef struct MemberDescr {
    Obj hdr;
    Str *name;
    Type *owner;
    size_t offset;
} MemberDescr;

Type type_member_descr;

static void member_trace(Obj *o) {
    gc_mark_obj(((MemberDescr *)o)->name);
    gc_mark_obj(((MemberDescr *)o)->owner);
}

static Value member_get(Value descr, Value obj, Value type) {
    MemberDescr *m = (MemberDescr *)as_obj(descr);
    if (is_null(obj)) return descr;
    if (!is_instance(obj, m->owner))
        return raise_fmt(&exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                         m->name->data, m->owner->name, type_name_of(obj));
    Value v = *(Value *)((char *)as_obj(obj) + m->offset);
    if (is_null(v)) return raise_attribute_error(obj, m->name);
    return v;
}

static int member_set(Value descr, Value obj, Value v) {
    MemberDescr *m = (MemberDescr *)as_obj(descr);
    if (!is_instance(obj, m->owner)) {
        raise_fmt(&exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                  m->name->data, m->owner->name, type_name_of(obj));
        return -1;
    }
    Value *slot = (Value *)((char *)as_obj(obj) + m->offset);
    if (is_null(v) && is_null(*slot)) {
        raise_attribute_error(obj, m->name);
        return -1;
    }
    *slot = v;
    return 0;
}

static Value member_repr(Value self) {
    MemberDescr *m = (MemberDescr *)as_obj(self);
    return v_str(str_fmt("<member '%s' of '%s' objects>", m->name->data, m->owner->name));
}

Type type_member_descr = {
    .hdr = {.type = &type_type},
    .name = "member_descriptor",
    .basicsize = sizeof(MemberDescr),
    .trace = member_trace,
    .descr_get = member_get,
    .descr_set = member_set,
    .repr = member_repr,
};

/* Instances of classes with __slots__: every word after the header may hold a slot
 * Value or the dict pointer, so mark what points at live objects. */
static void slotted_trace(Obj *o) {
    size_t size = o->type->basicsize;
    for (size_t off = sizeof(Obj); off + sizeof(void *) <= size; off += sizeof(void *)) {
        void *w = *(void **)((char *)o + off);
        if (w && gc_is_heap_object(w)) gc_mark_obj(w);
    }
}

static void instance_trace(Obj *o);

/* Lay out __slots__ after the base's fields and put a member descriptor for each name in
 * the class dict.  Only for classes whose instances are plain objects (bases written in
 * Python or object); for others __slots__ is accepted and ignored. */
static bool add_slots(Type *t, Type *base, Value slots) {
    if (base->trace != instance_trace && base->trace != slotted_trace) return true;
    List *namelist = is_str(slots) ? list_from(&slots, 1) : seq_to_list(slots);
    if (!namelist) return false;
    bool want_dict = false;
    size_t n = 0;
    for (size_t i = 0; i < namelist->len; i++) {
        Value nm = namelist->items[i];
        if (!is_str(nm))
            { raise_fmt(&exc_TypeError, "__slots__ items must be strings, not '%s'", type_name_of(nm)); return false; }
        if (str_eq_cstr(as_str(nm), "__dict__")) { want_dict = true; continue; }
        if (str_eq_cstr(as_str(nm), "__weakref__")) continue;
        if (!is_null(dict_get_str(t->dict, as_str(nm)))) {
            raise_fmt(&exc_ValueError, "%R in __slots__ conflicts with class variable", &nm);
            return false;
        }
        n++;
    }
    size_t start = (base->basicsize + 7) & ~(size_t)7;
    if (base == &type_object) start = sizeof(Obj);
    size_t off = start;
    for (size_t i = 0; i < namelist->len; i++) {
        Str *nm = as_str(namelist->items[i]);
        if (str_eq_cstr(nm, "__dict__") || str_eq_cstr(nm, "__weakref__")) continue;
        MemberDescr *m = gc_alloc(&type_member_descr, sizeof *m);
        if (!m) return false;
        m->name = str_intern_str(nm);
        m->owner = t;
        m->offset = off;
        off += sizeof(Value);
        if (dict_set_str(t->dict, m->name, v_obj(m)) < 0) return false;
    }
    if (n) t->flags |= TPF_SLOT_FIELDS;
    if (base->dictoffset) {                 /* the base already has a __dict__ */
        t->dictoffset = base->dictoffset;
        t->basicsize = off;
    } else if (want_dict) {
        t->dictoffset = off;
        t->basicsize = off + sizeof(Dict *);
    } else {
        t->dictoffset = 0;
        t->basicsize = off;
    }
    if (t->basicsize < sizeof(Obj)) t->basicsize = sizeof(Obj);
    t->trace = slotted_trace;
    return true;
}

/* type(name, bases, dict, **kw) creating a class. */
Value type_new_class(Type *meta, Str *name, Tuple *bases, Dict *ns, Dict *kw) {
    if (bases->len == 0 && !(bases = tuple_pack(1, v_obj(&type_object)))) return NULLV;
    Type *base = best_base(bases);
    if (!base) return NULLV;
    Type *t = gc_alloc(meta, sizeof(Type));
    if (!t) return NULLV;
    t->name_obj = name;
    t->name = name->data;
    t->flags = TPF_HEAPTYPE | TPF_BASETYPE;
    t->base = base;
    t->bases = bases;
    t->dict = dict_copy(ns);
    if (!t->dict) return NULLV;
    t->dict->hdr.flags |= DICT_OF_TYPE;
    /* type(name, bases, ns) called from Python: __module__ is the caller's module */
    if (is_null(dict_get_str(t->dict, names.__module__)) && tstate->frame && tstate->frame->globals) {
        Value mod = dict_get_str(tstate->frame->globals, names.__name__);
        if (!is_null(mod) && dict_set_str(t->dict, names.__module__, mod) < 0) return NULLV;
    }
    type_epoch++;
    Value qn = dict_get_str(t->dict, names.__qualname__);
    if (!is_null(qn)) {
        if (!is_str(qn))
            return raise_fmt(&exc_TypeError, "type __qualname__ must be a str, not %s", type_name_of(qn));
        t->qualname = as_str(qn);
        dict_del_str(t->dict, names.__qualname__);
    } else t->qualname = name;
    if (!(t->mro = c3_merge(t, bases))) return NULLV;
    /* layout: extend the base with a __dict__ slot when it has none; a metaclass's
       instances are classes, which keep their attributes in Type.dict */
    if (base->dictoffset || type_is_subtype(base, &type_type)) {
        t->basicsize = base->basicsize;
        t->dictoffset = base->dictoffset;
    } else if (base == &type_object) {
        t->basicsize = sizeof(Instance);
        t->dictoffset = offsetof(Instance, dict);
    } else {
        t->dictoffset = (base->basicsize + 7) & ~(size_t)7;
        t->basicsize = t->dictoffset + sizeof(Dict *);
    }
    Value slots = dict_get_str(t->dict, names.__slots__);
    if (!is_null(slots) && !add_slots(t, base, slots)) return NULLV;
    /* implicit staticmethod / classmethod */
    Value nf = dict_get_str(t->dict, names.__new__);
    if (is_type(nf, &type_function)) {
        Value sm = obj_call1(v_obj(&type_staticmethod), nf);
        if (is_null(sm) || dict_set_str(t->dict, names.__new__, sm) < 0) return NULLV;
    }
    static Str **const implicit_cm[] = {&names.__init_subclass__, &names.__class_getitem__};
    for (int i = 0; i < 2; i++) {
        Value f = dict_get_str(t->dict, *implicit_cm[i]);
        if (is_type(f, &type_function)) {
            Value cm = obj_call1(v_obj(&type_classmethod), f);
            if (is_null(cm) || dict_set_str(t->dict, *implicit_cm[i], cm) < 0) return NULLV;
        }
    }
    /* __eq__ without __hash__ makes instances unhashable */
    if (!is_null(dict_get_str(t->dict, names.__eq__)) && is_null(dict_get_str(t->dict, names.__hash__)))
        if (dict_set_str(t->dict, names.__hash__, NONE) < 0) return NULLV;
    if (is_null(dict_get_str(t->dict, names.__doc__)) && dict_set_str(t->dict, names.__doc__, NONE) < 0)
        return NULLV;
    Value cell = dict_get_str(t->dict, names.__classcell__);
    if (!is_null(cell)) {
        if (!is_type(cell, &type_cell))
            return raise_fmt(&exc_TypeError, "__classcell__ must be a nonlocal cell, not %s", type_name_of(cell));
        ((Cell *)as_obj(cell))->value = v_obj(t);
        dict_del_str(t->dict, names.__classcell__);
    }
    inherit_slots(t, base);
    t->hash = base->hash;
    t->flags |= TPF_READY;
    if (type_is_subtype(meta, &type_type) && meta != &type_type) t->flags |= 0;
    fixup_slots(t);
    if (!set_names_and_init_subclass(t, kw)) return NULLV;
    return v_obj(t);
}

/* ---- `type` itself ---- */

static Value type_tp_new(Type *meta, Value *args, size_t nargs, Tuple *kwnames) {
    if (nargs == 1 && (!kwnames || !kwnames->len) && meta == &type_type) return v_obj(type_of(args[0]));
    if (nargs != 3) return raise_msg(&exc_TypeError, "type() takes 1 or 3 arguments");
    if (!is_str(args[0]))
        return raise_fmt(&exc_TypeError, "type.__new__() argument 1 must be str, not %s", type_name_of(args[0]));
    if (!is_tuple(args[1]))
        return raise_fmt(&exc_TypeError, "type.__new__() argument 2 must be tuple, not %s", type_name_of(args[1]));
    if (!is_obj(args[2]) || !type_is_subtype(type_of(args[2]), &type_dict))
        return raise_fmt(&exc_TypeError, "type.__new__() argument 3 must be dict, not %s", type_name_of(args[2]));
    Dict *kw = dict_new();
    if (!kw) return NULLV;
    for (size_t i = 0; kwnames && i < kwnames->len; i++)
        if (dict_set(kw, kwnames->items[i], args[nargs + i]) < 0) return NULLV;
    /* the most derived metaclass */
    Tuple *bases = as_tuple(args[1]);
    Type *winner = meta;
    for (size_t i = 0; i < bases->len; i++) {
        Type *mt = type_of(bases->items[i]);
        if (type_is_subtype(winner, mt)) continue;
        if (type_is_subtype(mt, winner)) { winner = mt; continue; }
        return raise_msg(&exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                                         "(non-strict) subclass of the metaclasses of all its bases");
    }
    if (winner != meta && winner->new != type_tp_new) return winner->new(winner, args, nargs, kwnames);
    return type_new_class(winner, as_str(args[0]), bases, as_dict(args[2]), kw);
}

static Value type_tp_init(Value self, Value *args, size_t nargs, Tuple *kwnames) { return NONE; }

Value type_call(Value callable, Value *args, size_t nargs, Tuple *kwnames) {
    Type *t = (Type *)as_obj(callable);
    if (t == &type_type && nargs == 1 && (!kwnames || !kwnames->len)) return v_obj(type_of(args[0]));
    if (!t->new) return raise_fmt(&exc_TypeError, "cannot create '%s' instances", t->name);
    Value obj = t->new(t, args, nargs, kwnames);
    if (is_null(obj)) return obj;
    Type *ot = type_of(obj);
    if (!type_is_subtype(ot, t)) return obj;
    if (ot->init) {
        Value r = ot->init(obj, args, nargs, kwnames);
        if (is_null(r)) return r;
    }
    return obj;
}

static Value type_repr(Value self) {
    Type *t = (Type *)as_obj(self);
    Value mod = t->dict ? dict_get_str(t->dict, names.__module__) : NULLV;
    if (is_str(mod) && !str_eq_cstr(as_str(mod), "builtins"))
        return v_str(str_fmt("<class '%s.%s'>", as_str(mod)->data, t->qualname ? t->qualname->data : t->name));
    return v_str(str_fmt("<class '%s'>", t->name));
}

static Value type_getattr(Value self, Str *name) {
    Type *t = (Type *)as_obj(self);
    /* Helper types (iterators...) are readied lazily; their __mro__, __dict__... must exist. */
    if (!(t->flags & (TPF_READY | TPF_READYING)) && !type_ready(t)) return NULLV;
    Type *meta = type_of(self);
    Value mattr = type_lookup(meta, name);
    Type *mt = NULL;
    if (!is_null(mattr)) {
        mt = type_of(mattr);
        if (mt->descr_get && mt->descr_set) return mt->descr_get(mattr, self, v_obj(meta));
    }
    Value attr = type_lookup(t, name);
    if (!is_null(attr)) {
        Type *at = type_of(attr);
        if (at->descr_get) return at->descr_get(attr, NULLV, self);
        return attr;
    }
    if (mt) return mt->descr_get ? mt->descr_get(mattr, self, v_obj(meta)) : mattr;
    return raise_attribute_error(self, name);
}

static bool is_dunder(Str *name) {
    return name->nbytes > 4 && name->data[0] == '_' && name->data[1] == '_' &&
           name->data[name->nbytes - 1] == '_' && name->data[name->nbytes - 2] == '_';
}

/* Does setting name = v only swap one plain (non-descriptor) value for another? */
static bool replaces_plain_data(Type *t, Str *name, Value v) {
    if (is_dunder(name) || type_of(v)->descr_get) return false;
    Value old = dict_get_str(t->dict, name);
    return !is_null(old) && !type_of(old)->descr_get;
}

static int type_setattr(Value self, Str *name, Value v) {
    Type *t = (Type *)as_obj(self);
    if (!(t->flags & TPF_HEAPTYPE)) {
        raise_fmt(&exc_TypeError,
                  "cannot set '%s' attribute of immutable type '%s'", name->data, t->name);
        return -1;
    }
    Value meta_attr = type_lookup(type_of(self), name);
    if (!is_null(meta_attr) && type_of(meta_attr)->descr_set)
        return type_of(meta_attr)->descr_set(meta_attr, self, v);
    int r;
    if (is_null(v)) {
        r = dict_del_str(t->dict, name);
        if (r < 0) { err_clear(); raise_attribute_error(self, name); }
    } else if (replaces_plain_data(t, name, v)) {
        /* e.g. a class counter: no cached lookup can hold the old value (object.c
         * caches misses and descriptors only), so the lookup cache stays valid */
        t->dict->hdr.flags &= ~(uint32_t)DICT_OF_TYPE;
        r = dict_set_str(t->dict, name, v);
        t->dict->hdr.flags |= DICT_OF_TYPE;
    } else r = dict_set_str(t->dict, name, v);
    if (r == 0 && str_eq(name, names.__abstractmethods__)) {
        /* abc.ABCMeta stores the names here; instantiation checks them only when flagged */
        int abstract = is_null(v) ? 0 : obj_truthy(v);
        if (abstract < 0) return -1;
        if (abstract) t->flags |= TPF_ABSTRACT_DUNDERS;
        else t->flags &= ~(uint32_t)TPF_ABSTRACT_DUNDERS;
    }
    if (r == 0 && name->nbytes > 4 && name->data[0] == '_' && name->data[1] == '_') {
        inherit_slots(t, t->base);
        fixup_slots(t);
    }
    return r;
}

static Value type_get_name(Value self) {
    Type *t = (Type *)as_obj(self);
    if (t->name_obj) return v_str(t->name_obj);
    const char *dot = strrchr(t->name, '.');
    return str_value_cstr(dot ? dot + 1 : t->name);
}
static int type_set_name(Value self, Value v) {
    Type *t = (Type *)as_obj(self);
    if (!is_str(v)) { raise_msg(&exc_TypeError, "can only assign string to __name__"); return -1; }
    t->name_obj = as_str(v);
    t->name = as_str(v)->data;
    return 0;
}
static Value type_get_qualname(Value self) { return v_str(((Type *)as_obj(self))->qualname); }
static int type_set_qualname(Value self, Value v) {
    if (!is_str(v)) { raise_msg(&exc_TypeError, "can only assign string to __qualname__"); return -1; }
    ((Type *)as_obj(self))->qualname = as_str(v);
    return 0;
}
static Value type_get_module(Value self) {
    Type *t = (Type *)as_obj(self);
    /* a built-in type's dict holds this very getset under __module__ (type's own) */
    Value m = (t->flags & TPF_HEAPTYPE) ? dict_get_str(t->dict, names.__module__) : NULLV;
    if (!is_null(m)) return m;
    const char *dot = strrchr(t->name, '.');
    if (dot) return v_str(str_new(t->name, (size_t)(dot - t->name)));
    return str_value_cstr("builtins");
}
/* __abstractmethods__ lives in the class's own dict; assigning it marks the class
   abstract (object.__new__ refuses to instantiate it) when the value is true. */
static Value type_get_abstractmethods(Value self) {
    Type *t = (Type *)as_obj(self);
    Value v = t->dict ? dict_get_str(t->dict, names.__abstractmethods__) : NULLV;
    if (is_null(v)) return raise_msg(&exc_AttributeError, "__abstractmethods__");
    return v;
}
static int type_set_abstractmethods(Value self, Value v) {
    Type *t = (Type *)as_obj(self);
    int truth = 0;
    if (is_null(v)) {
        if (dict_del_str(t->dict, names.__abstractmethods__) < 0) {
            err_clear();
            raise_msg(&exc_AttributeError, "__abstractmethods__");
            return -1;
        }
    } else {
        truth = obj_truthy(v);
        if (truth < 0 || dict_set_str(t->dict, names.__abstractmethods__, v) < 0) return -1;
    }
    if (truth) t->flags |= TPF_ABSTRACT_DUNDERS;
    else t->flags &= ~TPF_ABSTRACT_DUNDERS;
    return 0;
}
static Value type_get_bases(Value self) { return v_obj(((Type *)as_obj(self))->bases); }
static Value type_get_base(Value self) {
    Type *t = (Type *)as_obj(self);
    return t->base ? v_obj(t->base) : NONE;
}
static Value type_get_mro(Value self) { return v_obj(((Type *)as_obj(self))->mro); }
static Value type_get_dict(Value self) { return v_obj(((Type *)as_obj(self))->dict); }
static Value type_get_doc(Value self) {
    Type *t = (Type *)as_obj(self);
    if (!(t->flags & TPF_HEAPTYPE)) return t->doc ? str_value_cstr(t->doc) : NONE;
    Value d = dict_get_str(t->dict, names.__doc__);
    if (is_null(d)) return NONE;
    Type *dt = type_of(d);
    return dt->descr_get ? dt->descr_get(d, NULLV, self) : d;
}

static int type_set_module(Value self, Value v) {
    Type *t = (Type *)as_obj(self);
    if (!(t->flags & TPF_HEAPTYPE)) {
        raise_fmt(&exc_TypeError, "cannot set '__module__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (is_null(v)) {
        raise_msg(&exc_TypeError, "cannot delete '__module__' attribute of immutable type");
        return -1;
    }
    return dict_set_str(t->dict, names.__module__, v);
}

static int type_set_doc(Value self, Value v) {
    Type *t = (Type *)as_obj(self);
    if (!(t->flags & TPF_HEAPTYPE)) {
        raise_fmt(&exc_TypeError, "cannot set '__doc__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    return dict_set_str(t->dict, names.__doc__, is_null(v) ? NONE : v);
}

static const GetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__doc__", type_get_doc, type_set_doc},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods},
    {NULL, NULL, NULL},
};

static Value type_mro_method(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    Tuple *mro = ((Type *)as_obj(self))->mro;
    return v_obj(list_from(mro->items, mro->len));
}

static Value type_instancecheck(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("__instancecheck__", nargs, 1, 1)) return NULLV;
    return v_bool(is_instance(args[0], (Type *)as_obj(self)));
}

static Value type_subclasscheck(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("__subclasscheck__", nargs, 1, 1)) return NULLV;
    if (!is_obj(args[0]) || !type_is_subtype(type_of(args[0]), &type_type))
        return raise_msg(&exc_TypeError, "issubclass() arg 1 must be a class");
    return v_bool(type_is_subtype((Type *)as_obj(args[0]), (Type *)as_obj(self)));
}

static Value type_prepare(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return v_obj(dict_new());
}

static Value type_subclasses(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return v_obj(list_with_capacity(0));
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_method, 0, NULL},
    {"__instancecheck__", type_instancecheck, 0, NULL},
    {"__subclasscheck__", type_subclasscheck, 0, NULL},
    {"__prepare__", type_prepare, METH_CLASS, NULL},
    {"__subclasses__", type_subclasses, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static bool identity_hash(Value self, int64_t *out) {
    uintptr_t p = (uintptr_t)as_obj(self);
    *out = (int64_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    if (*out == -1) *out = -2;
    return true;
}

static Value type_or(Value a, Value b) { return union_or(a, b); }

Type type_type = {
    .hdr = {.type = &type_type},
    .name = "type",
    .basicsize = sizeof(Type),
    .dictoffset = offsetof(Type, dict),     /* metaclasses share the class dict as __dict__ */
    .flags = TPF_BASETYPE | TPF_TYPE_SUBCLASS,
    .trace = type_trace,
    .new = type_tp_new,
    .init = type_tp_init,
    .call = type_call,
    .repr = type_repr,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .hash = identity_hash,
    .nb = {[NB_OR] = type_or},
    .getsets = type_getsets,
    .methods = type_methods,
};

/* ---- `object` ---- */


Value object_new(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    bool excess = nargs || (kwnames && kwnames->len);
    /* the slots tell whether __new__ / __init__ are overridden, without lookups */
    if (excess) {
        if (type->new != object_new)
            return raise_msg(&exc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->init == object_init)
            return raise_fmt(&exc_TypeError, "%s() takes no arguments", type->name);
    }
    if (type->flags & TPF_ABSTRACT_DUNDERS) {
        Value am = dict_get_str(type->dict, names.__abstractmethods__);
        if (!is_null(am) && obj_truthy(am) > 0) {
            List *l = seq_to_list(am);
            if (!l) return NULLV;
            if (!list_sort(l, NULLV, false)) return NULLV;
            StrBuf b;
            strbuf_init(&b);
            for (size_t i = 0; i < l->len; i++) {
                if (i) strbuf_adds(&b, ", ");
                strbuf_addf(&b, "'%S'", &l->items[i]);
            }
            Str *s = strbuf_finish(&b);
            return raise_fmt(&exc_TypeError, "Can't instantiate abstract class %s without an implementation for abstract method%s %s",
                             type->name, l->len > 1 ? "s" : "", s ? s->data : "");
        }
    }
    if (!type->basicsize) return raise_fmt(&exc_TypeError, "cannot create '%s' instances", type->name);
    Obj *o = gc_alloc(type, type->basicsize);
    return o ? v_obj(o) : NULLV;
}

Value object_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    bool excess = nargs || (kwnames && kwnames->len);
    if (excess) {
        Type *t = type_of(self);
        if (t->init != object_init)
            return raise_msg(&exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
        if (t->new == object_new)
            return raise_fmt(&exc_TypeError, "%s() takes no arguments", t->name);
    }
    return NONE;
}

static Value object_repr(Value self) {
    Type *t = type_of(self);
    Value mod = t->dict ? dict_get_str(t->dict, names.__module__) : NULLV;
    const char *qn = t->qualname ? t->qualname->data : t->name;
    if (is_str(mod) && !str_eq_cstr(as_str(mod), "builtins"))
        return v_str(str_fmt("<%s.%s object at %p>", as_str(mod)->data, qn, (void *)as_obj(self)));
    return v_str(str_fmt("<%s object at %p>", t->name, (void *)as_obj(self)));
}

static Value object_str(Value self) { return obj_repr(self); }

static Value object_richcompare(Value a, Value b, int op) {
    if (op == CMP_EQ) return v_is(a, b) ? TRUEV : NotImplemented;
    if (op == CMP_NE) {
        /* delegate to __eq__ and invert, unless it is not implemented */
        Type *t = type_of(a);
        if (t->richcompare && t->richcompare != object_richcompare) {
            Value r = t->richcompare(a, b, CMP_EQ);
            if (is_null(r) || v_is(r, NotImplemented)) return r;
            int tr = obj_truthy(r);
            return tr < 0 ? NULLV : v_bool(!tr);
        }
        return v_is(a, b) ? FALSEV : NotImplemented;
    }
    return NotImplemented;
}

static Value object_get_class(Value self) { return v_obj(type_of(self)); }
static int object_set_class(Value self, Value v) {
    if (!is_obj(v) || !type_is_subtype(type_of(v), &type_type)) {
        raise_fmt(&exc_TypeError, "__class__ must be set to a class, not '%s' object", type_name_of(v));
        return -1;
    }
    Type *nt = (Type *)as_obj(v), *ot = type_of(self);
    if (!is_obj(self) || !(nt->flags & TPF_HEAPTYPE) || !(ot->flags & TPF_HEAPTYPE) ||
        nt->basicsize != ot->basicsize || nt->dictoffset != ot->dictoffset) {
        raise_fmt(&exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'", nt->name, ot->name);
        return -1;
    }
    as_obj(self)->type = nt;
    return 0;
}
static Value object_get_dict(Value self) {
    Dict **slot = obj_dict_slot(self);
    if (!slot) return raise_attribute_error(self, names.__dict__);
    if (!*slot && !(*slot = dict_new())) return NULLV;
    return v_obj(*slot);
}
static int object_set_dict(Value self, Value v) {
    Dict **slot = obj_dict_slot(self);
    if (!slot) { raise_attribute_error(self, names.__dict__); return -1; }
    if (!is_dict(v)) {
        raise_fmt(&exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name_of(v));
        return -1;
    }
    *slot = as_dict(v);
    return 0;
}

static const GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class},
    {NULL, NULL, NULL},
};

static Value object_format(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("__format__", nargs, 1, 1)) return NULLV;
    if (!is_str(args[0]))
        return raise_fmt(&exc_TypeError, "__format__() argument must be str, not %s", type_name_of(args[0]));
    if (as_str(args[0])->nbytes)
        return raise_fmt(&exc_TypeError, "unsupported format string passed to %s.__format__", type_name_of(self));
    return obj_str(self);
}

static Value object_init_subclass(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (nargs || (kwnames && kwnames->len)) {
        if (kwnames && kwnames->len)
            return raise_fmt(&exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                             ((Type *)as_obj(self))->name);
        return raise_msg(&exc_TypeError, "object.__init_subclass__() takes no arguments");
    }
    return NONE;
}

static Value object_subclasshook(Value self, Value *args, size_t nargs, Tuple *kwnames) { return NotImplemented; }

Value dir_of(Value obj);    /* builtins.c */
static Value object_dir(Value self, Value *args, size_t nargs, Tuple *kwnames) { return dir_of(self); }

static Value object_sizeof(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return v_int(is_obj(self) ? (int64_t)type_of(self)->basicsize : 16);
}

static Value object_reduce_ex(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return raise_fmt(&exc_TypeError, "cannot pickle '%s' object", type_name_of(self));
}

static const MethodDef object_methods[] = {
    {"__format__", object_format, 0, NULL},
    {"__init_subclass__", object_init_subclass, METH_CLASS, NULL},
    {"__subclasshook__", object_subclasshook, METH_CLASS, NULL},
    {"__dir__", object_dir, 0, NULL},
    {"__sizeof__", object_sizeof, 0, NULL},
    {"__reduce_ex__", object_reduce_ex, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static void instance_trace(Obj *o) {
    size_t off = o->type->dictoffset;
    if (off) gc_mark_obj(*(Dict **)((char *)o + off));
}

Type type_object = {
    .hdr = {.type = &type_type},
    .name = "object",
    .basicsize = sizeof(Obj),
    .flags = TPF_BASETYPE,
    .trace = instance_trace,
    .new = object_new,
    .init = object_init,
    .repr = object_repr,
    .str = object_str,
    .hash = identity_hash,
    .richcompare = object_richcompare,
    .getattr = generic_getattr,
    .setattr = generic_setattr,
    .getsets = object_getsets,
    .methods = object_methods,
    .doc = "The base class of the class hierarchy.",
};

static const GetSetDef dict_getset = {"__dict__", object_get_dict, object_set_dict};

/* Heap classes with a dict slot expose __dict__; add it to `object`'s lookups through
 * a descriptor placed in each class dict. */
bool type_add_dict_descriptor(Type *t) {
    /* metaclasses inherit type's own read-only __dict__ (the class dict) */
    if (t->flags & TPF_TYPE_SUBCLASS) return true;
    if (!t->dictoffset || !is_null(dict_get_str(t->dict, names.__dict__))) return true;
    Value d = getset_descr_new(t, &dict_getset);
    return !is_null(d) && dict_set_str(t->dict, names.__dict__, d) >= 0;
}

void type_init(void) {
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        slot_names[i] = str_intern_cstr(slotdefs[i].name);
        gc_add_root_obj((Obj **)&slot_names[i]);
    }
}
