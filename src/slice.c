/* slice.c — slice objects and the index arithmetic every sequence shares. */
#include "containers.h"
#include "error.h"
#include "gc.h"
#include "num.h"
#include "str.h"

/* ---- indexes ---- */

bool seq_index_value(Value key, const char *what, int64_t *out) {
    if (is_int(key) || is_bool(key)) {
        *out = as_int(key);
        return true;
    }
    if (!type_of(key)->index) {
        raise_fmt(&exc_TypeError, "%s indices must be integers or slices, not %T", what, &key);
        return false;
    }
    Value i = obj_index(key);
    if (is_null(i)) return false;
    if (!is_int(i)) {
        raise_msg(&exc_IndexError, "cannot fit 'int' into an index-sized integer");
        return false;
    }
    *out = as_int(i);
    return true;
}

bool seq_index(Value key, int64_t len, const char *what, int64_t *out) {
    int64_t i;
    if (!seq_index_value(key, what, &i)) return false;
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
        raise_fmt(&exc_IndexError, "%s index out of range", what);
        return false;
    }
    *out = i;
    return true;
}

bool slice_index_clamp(Value v, bool none_ok, int64_t *out) {
    if (is_int(v) || is_bool(v)) {
        *out = as_int(v);
        return true;
    }
    if (!type_of(v)->index) {
        raise_fmt(&exc_TypeError, "slice indices must be integers or %shave an __index__ method",
                  none_ok ? "None or " : "");
        return false;
    }
    Value i = obj_index(v);
    if (is_null(i)) return false;
    if (is_int(i)) *out = as_int(i);
    else *out = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    return true;
}

/* ---- slice objects ---- */

Value slice_new(Value start, Value stop, Value step) {
    Slice *s = gc_alloc(&type_slice, sizeof(Slice));
    if (!s) return NULLV;
    s->start = is_null(start) ? NONE : start;
    s->stop = is_null(stop) ? NONE : stop;
    s->step = is_null(step) ? NONE : step;
    return v_obj(s);
}

/* CPython's PySlice_Unpack + PySlice_AdjustIndices. */
bool slice_indices(Slice *s, int64_t length, int64_t *start, int64_t *stop, int64_t *step,
                   int64_t *slicelen) {
    int64_t st = 1, lo, hi;
    if (!is_none(s->step)) {
        if (!slice_index_clamp(s->step, true, &st)) return false;
        if (st == 0) {
            raise_msg(&exc_ValueError, "slice step cannot be zero");
            return false;
        }
        if (st < -INT64_MAX) st = -INT64_MAX;
    }
    if (is_none(s->start)) lo = st < 0 ? INT64_MAX : 0;
    else if (!slice_index_clamp(s->start, true, &lo)) return false;
    if (is_none(s->stop)) hi = st < 0 ? INT64_MIN : INT64_MAX;
    else if (!slice_index_clamp(s->stop, true, &hi)) return false;

    if (lo < 0) {
        lo += length;
        if (lo < 0) lo = st < 0 ? -1 : 0;
    } else if (lo >= length) {
        lo = st < 0 ? length - 1 : length;
    }
    if (hi < 0) {
        hi += length;
        if (hi < 0) hi = st < 0 ? -1 : 0;
    } else if (hi >= length) {
        hi = st < 0 ? length - 1 : length;
    }
    int64_t n = 0;
    if (st < 0) {
        if (hi < lo) n = (lo - hi - 1) / (-st) + 1;
    } else if (lo < hi) {
        n = (hi - lo - 1) / st + 1;
    }
    *start = lo;
    *stop = hi;
    *step = st;
    *slicelen = n;
    return true;
}

static void slice_trace(Obj *o) {
    Slice *s = (Slice *)o;
    gc_mark_value(s->start);
    gc_mark_value(s->stop);
    gc_mark_value(s->step);
}

static Value slice_new_slot(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len) return raise_msg(&exc_TypeError, "slice() takes no keyword arguments");
    if (nargs == 0) return raise_msg(&exc_TypeError, "slice expected at least 1 argument, got 0");
    if (nargs > 3) return raise_fmt(&exc_TypeError, "slice expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1) return slice_new(NONE, args[0], NONE);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : NONE);
}

static Value slice_repr(Value self) {
    Slice *s = (Slice *)self.u.o;
    Str *r = str_fmt("slice(%R, %R, %R)", &s->start, &s->stop, &s->step);
    return r ? v_str(r) : NULLV;
}

static Tuple *slice_as_tuple(Slice *s) { return tuple_pack(3, s->start, s->stop, s->step); }

static Value slice_richcompare(Value a, Value b, int op) {
    if (!is_type(a, &type_slice) || !is_type(b, &type_slice)) return NotImplemented;
    Tuple *ta = slice_as_tuple((Slice *)a.u.o), *tb = ta ? slice_as_tuple((Slice *)b.u.o) : NULL;
    if (!tb) return NULLV;
    return obj_richcompare(v_obj(ta), v_obj(tb), op);
}

/* Like a tuple's hash without the length term (CPython 3.12+). */
static bool slice_hash(Value self, int64_t *out) {
    Slice *s = (Slice *)self.u.o;
    Value parts[3] = {s->start, s->stop, s->step};
    uint64_t acc = HASH_XX_INIT;
    for (int i = 0; i < 3; i++) {
        int64_t h;
        if (!obj_hash(parts[i], &h)) return false;
        acc = hash_xx_add(acc, h);
    }
    if (acc == (uint64_t)-1) acc = 1546275796;
    *out = (int64_t)acc;
    return true;
}

/* slice.indices(length): (start, stop, step) for a sequence of that length. */
static Value slice_indices_method(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one_arg("slice.indices", nargs, kwnames)) return NULLV;
    Slice *s = (Slice *)self.u.o;
    int64_t length;
    if (!obj_as_int64(args[0], &length)) return NULLV;
    if (length < 0) return raise_msg(&exc_ValueError, "length should not be negative");
    int64_t step = 1;
    if (!is_none(s->step)) {
        if (!slice_index_clamp(s->step, true, &step)) return NULLV;
        if (step == 0) return raise_msg(&exc_ValueError, "slice step cannot be zero");
    }
    int64_t lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
    int64_t bound[2];
    Value given[2] = {s->start, s->stop};
    for (int k = 0; k < 2; k++) {
        int64_t v;
        if (is_none(given[k])) {
            v = (k == 0) == (step < 0) ? upper : lower;
        } else {
            if (!slice_index_clamp(given[k], true, &v)) return NULLV;
            if (v < 0) {
                v += length;
                if (v < lower) v = lower;
            } else if (v > upper) {
                v = upper;
            }
        }
        bound[k] = v;
    }
    Tuple *r = tuple_pack(3, v_int(bound[0]), v_int(bound[1]), v_int(step));
    return r ? v_obj(r) : NULLV;
}

static Value slice_reduce(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("slice.__reduce__", nargs, kwnames, 0, 0)) return NULLV;
    Tuple *t = slice_as_tuple((Slice *)self.u.o);
    Tuple *r = t ? tuple_pack(2, v_obj(&type_slice), v_obj(t)) : NULL;
    return r ? v_obj(r) : NULLV;
}

static Value slice_get_start(Value self) { return ((Slice *)self.u.o)->start; }
static Value slice_get_stop(Value self) { return ((Slice *)self.u.o)->stop; }
static Value slice_get_step(Value self) { return ((Slice *)self.u.o)->step; }

static const MethodDef slice_methods[] = {
    {"indices", slice_indices_method, 0,
     "Assuming a sequence of length len, calculate the start and stop indices, and the "
     "stride length of the extended slice described by S."},
    {"__reduce__", slice_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef slice_getsets[] = {
    {"start", slice_get_start, NULL},
    {"stop", slice_get_stop, NULL},
    {"step", slice_get_step, NULL},
    {NULL, NULL, NULL},
};

Type type_slice = {
    .name = "slice",
    .basicsize = sizeof(Slice),
    .trace = slice_trace,
    .new = slice_new_slot,
    .repr = slice_repr,
    .hash = slice_hash,
    .richcompare = slice_richcompare,
    .methods = slice_methods,
    .getsets = slice_getsets,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.",
};
