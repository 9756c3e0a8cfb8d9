/* range.c — range objects with int64 bounds and their iterator.
 * Item arithmetic is done in uint64 (wrapping), which is exact for every item that lies
 * between start and stop. */
#include "containers.h"
#include "error.h"
#include "gc.h"
#include "num.h"
#include "str.h"

static Value raise_big(void) {
    return raise_msg(&exc_OverflowError, "range() with big integers is not supported yet");
}

static inline int64_t range_item(Range *r, int64_t i) {
    return (int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step);
}

/* Number of items, or -1 if it does not fit in int64. */
static int64_t range_length(int64_t start, int64_t stop, int64_t step) {
    uint64_t n;
    if (step > 0 && start < stop) n = ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    else if (step < 0 && start > stop) n = ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    else n = 0;
    return n > (uint64_t)INT64_MAX ? -1 : (int64_t)n;
}

static Value range_make(int64_t start, int64_t stop, int64_t step) {
    int64_t len = range_length(start, stop, step);
    if (len < 0) return raise_big();
    Range *r = gc_alloc(&type_range, sizeof(Range));
    if (!r) return NULLV;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = len;
    return v_obj(r);
}

static bool range_arg(Value v, int64_t *out) {
    if (is_int(v) || is_bool(v)) {
        *out = as_int(v);
        return true;
    }
    Value i = obj_index(v);
    if (is_null(i)) return false;
    if (!is_int(i)) {
        raise_big();
        return false;
    }
    *out = as_int(i);
    return true;
}

static Value range_new(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len) return raise_msg(&exc_TypeError, "range() takes no keyword arguments");
    if (nargs == 0) return raise_msg(&exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3) return raise_fmt(&exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
    int64_t start = 0, stop, step = 1;
    if (nargs == 1) {
        if (!range_arg(args[0], &stop)) return NULLV;
    } else {
        if (!range_arg(args[0], &start) || !range_arg(args[1], &stop)) return NULLV;
        if (nargs == 3 && !range_arg(args[2], &step)) return NULLV;
        if (step == 0) return raise_msg(&exc_ValueError, "range() arg 3 must not be zero");
    }
    return range_make(start, stop, step);
}

static Value range_repr(Value self) {
    Range *r = (Range *)self.u.o;
    Str *s = r->step == 1 ? str_fmt("range(%lld, %lld)", (long long)r->start, (long long)r->stop)
                          : str_fmt("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                                    (long long)r->step);
    return s ? v_str(s) : NULLV;
}

static bool range_equal(Range *a, Range *b) {
    if (a == b) return true;
    if (a->len != b->len) return false;
    if (a->len == 0) return true;
    if (a->start != b->start) return false;
    return a->len == 1 || a->step == b->step;
}

static Value range_richcompare(Value a, Value b, int op) {
    if (!is_type(a, &type_range) || !is_type(b, &type_range) || (op != CMP_EQ && op != CMP_NE))
        return NotImplemented;
    return v_bool(range_equal((Range *)a.u.o, (Range *)b.u.o) == (op == CMP_EQ));
}

/* hash((len, start, step)) with start/step None where they do not matter, like CPython. */
static bool range_hash(Value self, int64_t *out) {
    Range *r = (Range *)self.u.o;
    Value start = r->len ? v_int(r->start) : NONE;
    Value step = r->len > 1 ? v_int(r->step) : NONE;
    Tuple *t = tuple_pack(3, v_int(r->len), start, step);
    return t && obj_hash(v_obj(t), out);
}

static int64_t range_len(Value self) { return ((Range *)self.u.o)->len; }

/* Position of integer v in r, or -1. */
static int64_t range_find_int(Range *r, int64_t v) {
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return -1;
    uint64_t dist = r->step > 0 ? (uint64_t)v - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)v;
    uint64_t step = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
    return dist % step ? -1 : (int64_t)(dist / step);
}

/* Ints (exact or bool) are located arithmetically; anything else is searched by ==. */
static bool fast_int(Value v) { return is_int(v) || is_bool(v) || is_bigint(v); }

static int64_t range_find(Range *r, Value v, bool *err) {
    if (fast_int(v)) return is_bigint(v) ? -1 : range_find_int(r, as_int(v));
    for (int64_t i = 0; i < r->len; i++) {
        int eq = obj_eq(v_int(range_item(r, i)), v);
        if (eq < 0) {
            *err = true;
            return -1;
        }
        if (eq) return i;
    }
    return -1;
}

static int range_contains(Value self, Value v) {
    bool err = false;
    int64_t i = range_find((Range *)self.u.o, v, &err);
    return err ? -1 : i >= 0;
}

static Value range_getitem(Value self, Value key) {
    Range *r = (Range *)self.u.o;
    if (is_type(key, &type_slice)) {
        int64_t start, stop, step, n;
        if (!slice_indices((Slice *)key.u.o, r->len, &start, &stop, &step, &n)) return NULLV;
        __int128 nstart = (__int128)r->start + (__int128)start * r->step;
        __int128 nstop = (__int128)r->start + (__int128)stop * r->step;
        __int128 nstep = (__int128)r->step * step;
        if (nstart < INT64_MIN || nstart > INT64_MAX || nstop < INT64_MIN || nstop > INT64_MAX ||
            nstep < INT64_MIN || nstep > INT64_MAX)
            return raise_big();
        return range_make((int64_t)nstart, (int64_t)nstop, (int64_t)nstep);
    }
    int64_t i;
    if (is_int(key) || is_bool(key)) {
        i = as_int(key);
    } else {
        if (!type_of(key)->index)
            return raise_fmt(&exc_TypeError, "range indices must be integers or slices, not %T", &key);
        Value k = obj_index(key);
        if (is_null(k)) return NULLV;
        if (!is_int(k)) return raise_msg(&exc_IndexError, "range object index out of range");
        i = as_int(k);
    }
    if (i < 0) i += r->len;
    if (i < 0 || i >= r->len) return raise_msg(&exc_IndexError, "range object index out of range");
    return v_int(range_item(r, i));
}

static Value range_count_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one_arg("range.count", nargs, kwnames)) return NULLV;
    Range *r = (Range *)self.u.o;
    if (fast_int(args[0])) return v_int(is_bigint(args[0]) ? 0 : range_find_int(r, as_int(args[0])) >= 0);
    int64_t n = 0;
    for (int64_t i = 0; i < r->len; i++) {
        int eq = obj_eq(v_int(range_item(r, i)), args[0]);
        if (eq < 0) return NULLV;
        n += eq;
    }
    return v_int(n);
}

static Value range_index_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one_arg("range.index", nargs, kwnames)) return NULLV;
    bool err = false;
    int64_t i = range_find((Range *)self.u.o, args[0], &err);
    if (err) return NULLV;
    if (i >= 0) return v_int(i);
    if (fast_int(args[0])) return raise_fmt(&exc_ValueError, "%R is not in range", &args[0]);
    return raise_msg(&exc_ValueError, "sequence.index(x): x not in sequence");
}

static Value range_reduce_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    Range *r = (Range *)self.u.o;
    Tuple *a = tuple_pack(3, v_int(r->start), v_int(r->stop), v_int(r->step));
    Tuple *t = a ? tuple_pack(2, v_obj(&type_range), v_obj(a)) : NULL;
    return t ? v_obj(t) : NULLV;
}

static Value range_get_start(Value self) { return v_int(((Range *)self.u.o)->start); }
static Value range_get_stop(Value self) { return v_int(((Range *)self.u.o)->stop); }
static Value range_get_step(Value self) { return v_int(((Range *)self.u.o)->step); }

/* ---- iterator ---- */

static Value rangeiter_new(int64_t next, int64_t step, int64_t remaining) {
    RangeIter *it = gc_alloc(&type_range_iterator, sizeof(RangeIter));
    if (!it) return NULLV;
    it->next = next;
    it->step = step;
    it->remaining = remaining;
    return v_obj(it);
}

static Value range_iter(Value self) {
    Range *r = (Range *)self.u.o;
    return rangeiter_new(r->start, r->step, r->len);
}

static Value range_reversed_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("range.__reversed__", nargs, kwnames, 0, 0)) return NULLV;
    Range *r = (Range *)self.u.o;
    if (r->len == 0) return rangeiter_new(r->start, r->step, 0);
    return rangeiter_new(range_item(r, r->len - 1), (int64_t)(0 - (uint64_t)r->step), r->len);
}

static Value rangeiter_next(Value self) {
    RangeIter *it = (RangeIter *)self.u.o;
    if (it->remaining <= 0) return NULLV;
    int64_t v = it->next;
    it->next = (int64_t)((uint64_t)it->next + (uint64_t)it->step);
    it->remaining--;
    return v_int(v);
}

static Value rangeiter_length_hint(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    RangeIter *it = (RangeIter *)self.u.o;
    return v_int(it->remaining > 0 ? it->remaining : 0);
}

static const MethodDef range_methods[] = {
    {"count", range_count_m, 0, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", range_index_m, 0, "rangeobject.index(value) -> integer -- return index of value."},
    {"__reversed__", range_reversed_m, 0, "Return a reverse iterator."},
    {"__reduce__", range_reduce_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef range_getsets[] = {
    {"start", range_get_start, NULL},
    {"stop", range_get_stop, NULL},
    {"step", range_get_step, NULL},
    {NULL, NULL, NULL},
};

Type type_range = {
    .name = "range",
    .basicsize = sizeof(Range),
    .new = range_new,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .methods = range_methods,
    .getsets = range_getsets,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
};

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_range_iterator = {
    .name = "range_iterator",
    .basicsize = sizeof(RangeIter),
    .iter = iter_return_self,
    .next = rangeiter_next,
    .methods = rangeiter_methods,
};
