/* range.c — range objects and their iterators.
 *
 * Bounds are ints of any size (vstart, vstop, vstep, vlen).  When all four fit in int64
 * (`small`, the usual case) the int64 copies serve the hot paths: item arithmetic is
 * done in uint64 (wrapping), which is exact for every item lying between start and stop.
 * Big ranges go through generic int arithmetic. */
#include "containers.h"
#include "error.h"
#include "gc.h"
#include "num.h"
#include "str.h"

/* ---- int arithmetic on Values (small or big ints) ---- */

static Value iadd(Value a, Value b) { return num_binary_op(a, b, NB_ADD); }
static Value isub(Value a, Value b) { return num_binary_op(a, b, NB_SUBTRACT); }
static Value imul(Value a, Value b) { return num_binary_op(a, b, NB_MULTIPLY); }
static Value ifloordiv(Value a, Value b) { return num_binary_op(a, b, NB_FLOOR_DIVIDE); }
static Value imod(Value a, Value b) { return num_binary_op(a, b, NB_REMAINDER); }
#define ONE v_int(1)
#define ZERO v_int(0)

/* Number of items as an int64, or -1 if it does not fit. */
static int64_t length_int64(int64_t start, int64_t stop, int64_t step) {
    uint64_t n;
    if (step > 0 && start < stop) n = ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    else if (step < 0 && start > stop) n = ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    else n = 0;
    return n > (uint64_t)INT64_MAX ? -1 : (int64_t)n;
}

/* (hi - lo - 1) // step + 1 over the direction of step, 0 when empty. */
static Value length_value(Value start, Value stop, Value step) {
    if (is_int(start) && is_int(stop) && is_int(step)) {
        int64_t n = length_int64(as_int(start), as_int(stop), as_int(step));
        if (n >= 0) return v_int(n);
    }
    Value lo = start, hi = stop;
    if (int_sign(step) < 0) {
        lo = stop;
        hi = start;
        step = isub(ZERO, step);
        if (is_null(step)) return NULLV;
    }
    if (int_compare(lo, hi) >= 0) return ZERO;
    Value d = isub(hi, lo);
    d = is_null(d) ? d : isub(d, ONE);
    d = is_null(d) ? d : ifloordiv(d, step);
    return is_null(d) ? d : iadd(d, ONE);
}

static Value range_from(Value start, Value stop, Value step) {
    Value len = length_value(start, stop, step);
    if (is_null(len)) return NULLV;
    Range *r = gc_alloc(&type_range, sizeof(Range));
    if (!r) return NULLV;
    r->vstart = start;
    r->vstop = stop;
    r->vstep = step;
    r->vlen = len;
    r->small = is_int(start) && is_int(stop) && is_int(step) && is_int(len);
    if (r->small) {
        r->start = as_int(start);
        r->stop = as_int(stop);
        r->step = as_int(step);
        r->len = as_int(len);
    }
    return v_obj(r);
}

static inline Range *as_range(Value v) { return (Range *)v.u.o; }

static inline int64_t item_int64(Range *r, int64_t i) {
    return (int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step);
}

/* start + i * step; i may lie outside [0, len) (slice bounds) */
static Value item_value(Range *r, Value i) {
    if (r->small && is_int(i) && as_int(i) >= 0 && as_int(i) < r->len) return v_int(item_int64(r, as_int(i)));
    Value p = imul(i, r->vstep);
    return is_null(p) ? p : iadd(r->vstart, p);
}

/* ---- construction and basic slots ---- */

static void range_trace(Obj *o) {
    Range *r = (Range *)o;
    gc_mark_value(r->vstart);
    gc_mark_value(r->vstop);
    gc_mark_value(r->vstep);
    gc_mark_value(r->vlen);
}

/* An int argument through __index__ (bool becomes a plain int). */
static Value int_arg(Value v) {
    if (is_int(v)) return v;
    if (is_bool(v)) return v_int(as_int(v));
    return obj_index(v);
}

static Value range_new(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len) return raise_msg(&exc_TypeError, "range() takes no keyword arguments");
    if (nargs == 0) return raise_msg(&exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3) return raise_fmt(&exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
    Value start = ZERO, stop, step = ONE;
    if (nargs == 1) {
        if (is_null(stop = int_arg(args[0]))) return NULLV;
    } else {
        if (is_null(start = int_arg(args[0])) || is_null(stop = int_arg(args[1]))) return NULLV;
        if (nargs == 3) {
            if (is_null(step = int_arg(args[2]))) return NULLV;
            if (int_sign(step) == 0) return raise_msg(&exc_ValueError, "range() arg 3 must not be zero");
        }
    }
    return range_from(start, stop, step);
}

static Value range_repr(Value self) {
    Range *r = as_range(self);
    Str *s = is_int(r->vstep) && as_int(r->vstep) == 1
                 ? str_fmt("range(%R, %R)", &r->vstart, &r->vstop)
                 : str_fmt("range(%R, %R, %R)", &r->vstart, &r->vstop, &r->vstep);
    return s ? v_str(s) : NULLV;
}

static bool range_equal(Range *a, Range *b) {
    if (a == b) return true;
    if (int_compare(a->vlen, b->vlen) != 0) return false;
    if (int_sign(a->vlen) == 0) return true;
    if (int_compare(a->vstart, b->vstart) != 0) return false;
    return int_compare(a->vlen, ONE) == 0 || int_compare(a->vstep, b->vstep) == 0;
}

static Value range_richcompare(Value a, Value b, int op) {
    if (!is_type(a, &type_range) || !is_type(b, &type_range) || (op != CMP_EQ && op != CMP_NE))
        return NotImplemented;
    return v_bool(range_equal(as_range(a), as_range(b)) == (op == CMP_EQ));
}

/* hash((len, start, step)) with start/step None where they do not matter, like CPython. */
static bool range_hash(Value self, int64_t *out) {
    Range *r = as_range(self);
    int nonempty = int_sign(r->vlen) != 0;
    Value start = nonempty ? r->vstart : NONE;
    Value step = nonempty && int_compare(r->vlen, ONE) > 0 ? r->vstep : NONE;
    Tuple *t = tuple_pack(3, r->vlen, start, step);
    return t && obj_hash(v_obj(t), out);
}

static int64_t range_len(Value self) {
    Range *r = as_range(self);
    if (r->small) return r->len;
    if (is_int(r->vlen)) return as_int(r->vlen);
    raise_msg(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

static int range_bool(Value self) { return int_sign(as_range(self)->vlen) != 0; }

/* ---- membership ---- */

/* Exact ints and bools are located arithmetically; anything else is compared item by
 * item, like CPython. */
static bool is_exact_int(Value v) { return is_int(v) || is_bool(v) || is_bigint(v); }

/* The index of int x in r (an int Value), NONE if absent, NULLV on error. */
static Value index_of_int(Range *r, Value x) {
    if (is_bool(x)) x = v_int(as_int(x));
    if (r->small && is_int(x)) {
        int64_t v = as_int(x);
        if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return NONE;
        uint64_t dist = r->step > 0 ? (uint64_t)v - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)v;
        uint64_t step = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
        return dist % step ? NONE : v_int((int64_t)(dist / step));
    }
    bool inside = int_sign(r->vstep) > 0
                      ? int_compare(r->vstart, x) <= 0 && int_compare(x, r->vstop) < 0
                      : int_compare(r->vstop, x) < 0 && int_compare(x, r->vstart) <= 0;
    if (!inside) return NONE;
    Value d = isub(x, r->vstart);
    if (is_null(d)) return NULLV;
    Value m = imod(d, r->vstep);
    if (is_null(m)) return NULLV;
    if (int_sign(m) != 0) return NONE;
    return ifloordiv(d, r->vstep);
}

/* Walk the items comparing with ==: the first index (count_all false) or the number of
 * equal items (true).  NONE when not found; NULLV on error. */
static Value search_items(Range *r, Value x, bool count_all) {
    int64_t n = 0;
    Value i = ZERO;
    while (int_compare(i, r->vlen) < 0) {
        Value item = item_value(r, i);
        if (is_null(item)) return NULLV;
        int eq = obj_eq(item, x);
        if (eq < 0) return NULLV;
        if (eq && !count_all) return i;
        n += eq;
        i = iadd(i, ONE);
        if (is_null(i)) return NULLV;
    }
    return count_all ? v_int(n) : NONE;
}

static int range_contains(Value self, Value x) {
    Range *r = as_range(self);
    Value i = is_exact_int(x) ? index_of_int(r, x) : search_items(r, x, false);
    if (is_null(i)) return -1;
    return !is_none(i);
}

static Value range_count_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one_arg("range.count", nargs, kwnames)) return NULLV;
    Range *r = as_range(self);
    if (!is_exact_int(args[0])) return search_items(r, args[0], true);
    Value i = index_of_int(r, args[0]);
    return is_null(i) ? NULLV : v_int(!is_none(i));
}

static Value range_index_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one_arg("range.index", nargs, kwnames)) return NULLV;
    Range *r = as_range(self);
    bool exact = is_exact_int(args[0]);
    Value i = exact ? index_of_int(r, args[0]) : search_items(r, args[0], false);
    if (is_null(i) || !is_none(i)) return i;
    if (exact) return raise_fmt(&exc_ValueError, "%R is not in range", &args[0]);
    return raise_msg(&exc_ValueError, "sequence.index(x): x not in sequence");
}

/* ---- subscripts ---- */

/* A slice bound: an int through __index__, or `deflt` for None. */
static Value slice_bound(Value v, Value deflt) {
    if (is_none(v)) return deflt;
    if (!is_exact_int(v) && !type_of(v)->index)
        return raise_msg(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return int_arg(v);
}

/* Clamp a slice index to [lower, upper] after counting negatives from the end. */
static Value clamp_bound(Value x, Value len, Value lower, Value upper) {
    if (int_sign(x) < 0) {
        x = iadd(x, len);
        if (is_null(x)) return x;
        if (int_compare(x, lower) < 0) x = lower;
    } else if (int_compare(x, upper) > 0) {
        x = upper;
    }
    return x;
}

/* r[slice]: a range again (the slice's start/stop/step as slice.indices computes them). */
static Value range_slice(Range *r, Slice *s) {
    Value step = slice_bound(s->step, ONE);
    if (is_null(step)) return NULLV;
    if (int_sign(step) == 0) return raise_msg(&exc_ValueError, "slice step cannot be zero");
    bool neg = int_sign(step) < 0;
    Value lower = neg ? v_int(-1) : ZERO;
    Value upper = neg ? isub(r->vlen, ONE) : r->vlen;
    if (is_null(upper)) return NULLV;
    Value start = neg ? upper : lower, stop = neg ? lower : upper;
    if (!is_none(s->start) &&
        (is_null(start = slice_bound(s->start, NONE)) || is_null(start = clamp_bound(start, r->vlen, lower, upper))))
        return NULLV;
    if (!is_none(s->stop) &&
        (is_null(stop = slice_bound(s->stop, NONE)) || is_null(stop = clamp_bound(stop, r->vlen, lower, upper))))
        return NULLV;
    Value nstart = item_value(r, start), nstop = item_value(r, stop), nstep = imul(r->vstep, step);
    if (is_null(nstart) || is_null(nstop) || is_null(nstep)) return NULLV;
    return range_from(nstart, nstop, nstep);
}

static Value range_getitem(Value self, Value key) {
    Range *r = as_range(self);
    if (r->small && is_int(key)) {
        int64_t i = as_int(key);
        if (i < 0) i += r->len;
        if (i < 0 || i >= r->len) return raise_msg(&exc_IndexError, "range object index out of range");
        return v_int(item_int64(r, i));
    }
    if (is_type(key, &type_slice)) return range_slice(r, (Slice *)key.u.o);
    if (!is_exact_int(key) && !type_of(key)->index)
        return raise_fmt(&exc_TypeError, "range indices must be integers or slices, not %T", &key);
    Value i = int_arg(key);
    if (is_null(i)) return NULLV;
    if (int_sign(i) < 0 && is_null(i = iadd(i, r->vlen))) return NULLV;
    if (int_sign(i) < 0 || int_compare(i, r->vlen) >= 0)
        return raise_msg(&exc_IndexError, "range object index out of range");
    return item_value(r, i);
}

static Value range_reduce_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    Range *r = as_range(self);
    Tuple *a = tuple_pack(3, r->vstart, r->vstop, r->vstep);
    Tuple *t = a ? tuple_pack(2, v_obj(&type_range), v_obj(a)) : NULL;
    return t ? v_obj(t) : NULLV;
}

static Value range_get_start(Value self) { return as_range(self)->vstart; }
static Value range_get_stop(Value self) { return as_range(self)->vstop; }
static Value range_get_step(Value self) { return as_range(self)->vstep; }

/* ---- iterators ---- */

static Value rangeiter_new(int64_t next, int64_t step, int64_t remaining) {
    RangeIter *it = gc_alloc(&type_range_iterator, sizeof(RangeIter));
    if (!it) return NULLV;
    it->next = next;
    it->step = step;
    it->remaining = remaining;
    return v_obj(it);
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

typedef struct LongRangeIter {
    Obj hdr;
    Value next, step, remaining;
} LongRangeIter;

static void longrangeiter_trace(Obj *o) {
    LongRangeIter *it = (LongRangeIter *)o;
    gc_mark_value(it->next);
    gc_mark_value(it->step);
    gc_mark_value(it->remaining);
}

static Value longrangeiter_new(Value next, Value step, Value remaining) {
    LongRangeIter *it = gc_alloc(&type_longrange_iterator, sizeof(LongRangeIter));
    if (!it) return NULLV;
    it->next = next;
    it->step = step;
    it->remaining = remaining;
    return v_obj(it);
}

static Value longrangeiter_next(Value self) {
    LongRangeIter *it = (LongRangeIter *)self.u.o;
    if (int_sign(it->remaining) <= 0) return NULLV;
    Value v = it->next, next = iadd(v, it->step), remaining = isub(it->remaining, ONE);
    if (is_null(next) || is_null(remaining)) return NULLV;
    it->next = next;
    it->remaining = remaining;
    return v;
}

static Value longrangeiter_length_hint(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    LongRangeIter *it = (LongRangeIter *)self.u.o;
    return int_sign(it->remaining) > 0 ? it->remaining : ZERO;
}

static Value range_iter(Value self) {
    Range *r = as_range(self);
    if (r->small) return rangeiter_new(r->start, r->step, r->len);
    return longrangeiter_new(r->vstart, r->vstep, r->vlen);
}

static Value range_reversed_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("range.__reversed__", nargs, kwnames, 0, 0)) return NULLV;
    Range *r = as_range(self);
    if (r->small) {
        if (r->len == 0) return rangeiter_new(r->start, r->step, 0);
        return rangeiter_new(item_int64(r, r->len - 1), (int64_t)(0 - (uint64_t)r->step), r->len);
    }
    Value last = isub(r->vlen, ONE);
    if (!is_null(last)) last = item_value(r, last);
    Value step = isub(ZERO, r->vstep);
    if (is_null(last) || is_null(step)) return NULLV;
    return longrangeiter_new(last, step, r->vlen);
}

/* ---- type objects ---- */

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
    .trace = range_trace,
    .new = range_new,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .bool_ = range_bool,
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

static const MethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_longrange_iterator = {
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIter),
    .trace = longrangeiter_trace,
    .iter = iter_return_self,
    .next = longrangeiter_next,
    .methods = longrangeiter_methods,
};
