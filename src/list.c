/* list.c — the mutable sequence (items in a malloc'd array), its iterators and sort,
 * plus helpers every sequence type shares (repr recursion guard, repeat counts). */
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "error.h"
#include "gc.h"
#include "num.h"
#include "str.h"

/* ---- shared helpers ---- */

/* Objects whose repr is in progress on this thread (a small stack; nesting is shallow). */
static _Thread_local Obj **repr_stack;
static _Thread_local size_t repr_depth, repr_cap;

bool repr_enter(Obj *o) {
    for (size_t i = 0; i < repr_depth; i++)
        if (repr_stack[i] == o) return false;
    if (repr_depth == repr_cap) {
        size_t cap = repr_cap ? repr_cap * 2 : 16;
        Obj **p = realloc(repr_stack, cap * sizeof(Obj *));
        if (!p) return true;    /* cannot track: just don't detect recursion this deep */
        repr_stack = p;
        repr_cap = cap;
    }
    repr_stack[repr_depth++] = o;
    return true;
}

void repr_leave(Obj *o) {
    /* o is normally on top; search in case an error unwound out of order */
    for (size_t i = repr_depth; i-- > 0;) {
        if (repr_stack[i] == o) {
            memmove(repr_stack + i, repr_stack + i + 1, (repr_depth - i - 1) * sizeof(Obj *));
            repr_depth--;
            return;
        }
    }
}

bool hash_unhashable(Value self, int64_t *out) {
    (void)out;
    raise_fmt(&exc_TypeError, "unhashable type: '%s'", type_name_of(self));
    return false;
}

bool check_one_arg(const char *qualname, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len) {
        raise_fmt(&exc_TypeError, "%s() takes no keyword arguments", qualname);
        return false;
    }
    if (nargs != 1) {
        raise_fmt(&exc_TypeError, "%s() takes exactly one argument (%zu given)", qualname, nargs);
        return false;
    }
    return true;
}

bool check_method_args(const char *qualname, size_t nargs, Tuple *kwnames, size_t min, size_t max) {
    if (kwnames && kwnames->len) {
        raise_fmt(&exc_TypeError, "%s() takes no keyword arguments", qualname);
        return false;
    }
    if (nargs >= min && nargs <= max) return true;
    if (max == 0) {
        raise_fmt(&exc_TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
        return false;
    }
    const char *dot = strrchr(qualname, '.');
    const char *name = dot ? dot + 1 : qualname;
    size_t bound = nargs < min ? min : max;
    raise_fmt(&exc_TypeError, "%s expected %s%zu argument%s, got %zu", name,
              min == max ? "" : nargs < min ? "at least " : "at most ", bound, bound == 1 ? "" : "s", nargs);
    return false;
}

bool binop_other_may_handle(Value other, int op) {
    Type *t = type_of(other);
    return (t->flags & TPF_HEAPTYPE) && t->nb[op] != NULL;
}

int seq_repeat_count(Value self, Value a, Value b, int64_t *count) {
    bool self_left = v_is(a, self);
    Value other = self_left ? b : a;
    if (is_int(other) || is_bool(other)) {
        *count = as_int(other);
        return 1;
    }
    if (type_of(other)->index) {
        Value n = obj_index(other);
        if (is_null(n)) return -1;
        if (!is_int(n)) {
            if (int_sign(n) < 0) {
                *count = 0;
                return 1;
            }
            raise_fmt(&exc_OverflowError, "cannot fit '%s' into an index-sized integer",
                      type_name_of(other));
            return -1;
        }
        *count = as_int(n);
        return 1;
    }
    if (self_left && binop_other_may_handle(other, NB_MULTIPLY)) return 0;
    raise_fmt(&exc_TypeError, "can't multiply sequence by non-int of type '%T'", &other);
    return -1;
}

/* ---- storage ---- */

/* Make room for at least n items, over-allocating like CPython for amortized appends. */
static bool list_reserve(List *l, size_t n) {
    if (n <= l->cap) return true;
    if (n > SIZE_MAX / sizeof(Value) / 2) {
        raise_no_memory();
        return false;
    }
    size_t cap = (n + (n >> 3) + 6) & ~(size_t)3;
    Value *items = realloc(l->items, cap * sizeof(Value));
    if (!items) {
        raise_no_memory();
        return false;
    }
    gc_note_external((int64_t)((cap - l->cap) * sizeof(Value)));
    l->items = items;
    l->cap = cap;
    return true;
}

/* Drop the item array entirely (clear). */
static void list_release(List *l) {
    Value *items = l->items;
    size_t cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    if (items) {
        free(items);
        gc_note_external(-(int64_t)(cap * sizeof(Value)));
    }
}

static List *list_alloc(Type *type) {
    size_t size = type->basicsize > sizeof(List) ? type->basicsize : sizeof(List);
    return gc_alloc(type, size);
}

List *list_with_capacity(size_t cap) {
    List *l = list_alloc(&type_list);
    if (l && cap && !list_reserve(l, cap)) return NULL;
    return l;
}

List *list_new(size_t len) {
    List *l = list_with_capacity(len);
    if (!l) return NULL;
    for (size_t i = 0; i < len; i++) l->items[i] = NONE;
    l->len = len;
    return l;
}

List *list_from(const Value *items, size_t len) {
    gc_defer++;
    List *l = list_with_capacity(len);
    gc_defer--;
    if (!l) return NULL;
    if (len) memcpy(l->items, items, len * sizeof(Value));
    l->len = len;
    return l;
}

/* A copy of src.  src stays referenced across the allocation, so a temporary list known
 * only to the caller cannot be collected under the copy (list_from(src->items, ...)
 * would keep only its malloc'd buffer alive). */
List *list_from_list(List *src) {
    List *l = list_with_capacity(src->len);
    if (!l) return NULL;
    if (src->len) memcpy(l->items, src->items, src->len * sizeof(Value));
    l->len = src->len;
    return l;
}

bool list_append(List *l, Value v) {
    if (l->len == l->cap && !list_reserve(l, l->len + 1)) return false;
    l->items[l->len++] = v;
    return true;
}

/* Append n items (which may live inside l itself). */
static bool list_append_array(List *l, const Value *items, size_t n) {
    if (n == 0) return true;
    bool self_source = items == l->items;
    if (!list_reserve(l, l->len + n)) return false;
    if (self_source) items = l->items;
    memmove(l->items + l->len, items, n * sizeof(Value));
    l->len += n;
    return true;
}

bool list_extend(List *l, Value iterable) {
    if (list_check(iterable)) {
        List *src = as_list(iterable);
        return list_append_array(l, src->items, src->len);
    }
    if (tuple_check(iterable)) {
        Tuple *t = as_tuple(iterable);
        return list_append_array(l, t->items, t->len);
    }
    Value it = obj_iter(iterable);
    if (is_null(it)) return false;
    for (;;) {
        Value v = obj_next(it);
        if (is_null(v)) return !err_occurred();
        if (!list_append(l, v)) return false;
    }
}

bool list_insert(List *l, int64_t index, Value v) {
    int64_t n = (int64_t)l->len;
    if (index < 0) {
        index += n;
        if (index < 0) index = 0;
    } else if (index > n) {
        index = n;
    }
    if (!list_reserve(l, l->len + 1)) return false;
    memmove(l->items + index + 1, l->items + index, (l->len - (size_t)index) * sizeof(Value));
    l->items[index] = v;
    l->len++;
    return true;
}

void list_reverse(List *l) {
    if (l->len < 2) return;
    for (size_t i = 0, j = l->len - 1; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

List *seq_to_list(Value iterable) {
    if (list_check(iterable)) return list_from_list(as_list(iterable));
    if (tuple_check(iterable)) {
        Tuple *t = as_tuple(iterable);
        return list_from(t->items, t->len);
    }
    List *l = list_with_capacity(0);
    if (!l || !list_extend(l, iterable)) return NULL;
    return l;
}

/* Items of an iterable as a list or tuple snapshot; a TypeError from iter() becomes
 * TypeError(msg). */
static bool seq_items(Value v, const char *msg, Value **items, size_t *n, Value *keep) {
    if (tuple_check(v)) {
        *keep = v;
        *items = as_tuple(v)->items;
        *n = as_tuple(v)->len;
        return true;
    }
    List *l;
    if (list_check(v)) {
        l = list_from_list(as_list(v));   /* copy: v may be the target */
    } else {
        Value it = obj_iter(v);
        if (is_null(it)) {
            if (err_matches(&exc_TypeError)) {
                err_clear();
                raise_msg(&exc_TypeError, msg);
            }
            return false;
        }
        l = list_with_capacity(0);
        if (l && !list_extend(l, it)) return false;
    }
    if (!l) return false;
    *keep = v_obj(l);
    *items = l->items;
    *n = l->len;
    return true;
}

/* ---- sort: a stable merge sort over natural runs (timsort's shape, no galloping) ---- */

typedef struct SortItem {
    Value key, value;
} SortItem;

enum { MAX_RUNS = 88 };

typedef struct SortState {
    SortItem *a;            /* the items being sorted */
    SortItem *tmp;          /* merge buffer of n/2 + 1 items */
    size_t nruns;
    size_t base[MAX_RUNS], len[MAX_RUNS];
} SortState;

static inline int sort_lt(Value a, Value b);

/* a == b with the fast paths of sort_lt (used to find where two tuples differ). */
static int sort_eq(Value a, Value b) {
    if (a.tag == TAG_INT && b.tag == TAG_INT) return a.u.i == b.u.i;
    if (a.tag == TAG_FLOAT && b.tag == TAG_FLOAT) return a.u.f == b.u.f;
    if (is_str(a) && is_str(b)) return str_eq(as_str(a), as_str(b));
    return obj_eq(a, b);
}

/* Two exact tuples: the first items that differ decide, as tuple.__lt__ does. */
static int tuple_lt(Tuple *a, Tuple *b) {
    size_t i = 0;
    for (; i < a->len && i < b->len; i++) {
        int eq = sort_eq(a->items[i], b->items[i]);
        if (eq < 0) return -1;
        if (!eq) break;
    }
    if (i >= a->len || i >= b->len) return a->len < b->len;
    return sort_lt(a->items[i], b->items[i]);
}

static int sort_lt_slow(Value a, Value b) {
    if (is_str(a) && is_str(b)) return str_cmp(as_str(a), as_str(b)) < 0;
    if (is_tuple(a) && is_tuple(b)) return tuple_lt(as_tuple(a), as_tuple(b));
    return obj_compare_bool(a, b, CMP_LT);
}

/* key_a < key_b: 1, 0, -1 on error.  Fast paths for ints, floats, strs and tuples. */
static inline int sort_lt(Value a, Value b) {
    if (a.tag == TAG_INT && b.tag == TAG_INT) return a.u.i < b.u.i;
    if (a.tag == TAG_FLOAT && b.tag == TAG_FLOAT) return a.u.f < b.u.f;
    return sort_lt_slow(a, b);
}

static void sort_reverse(SortItem *a, size_t n) {
    if (n < 2) return;
    for (size_t i = 0, j = n - 1; i < j; i++, j--) {
        SortItem t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

/* Length of the run starting at a[0] (n > 0 items available), made ascending in place.
 * CPython 3.13's count_run, comparison for comparison (so that __lt__ side effects
 * match): an ascending run; else a descending one, whose blocks of equal items are
 * pre-reversed to stay stable, reversed as a whole and extended by an ascending tail.
 * -1 on error, the items still a permutation of the input. */
static int64_t count_run(SortItem *a, size_t n_avail) {
    size_t n;
    int c;
    for (n = 1; n < n_avail; n++) {
        if ((c = sort_lt(a[n].key, a[n - 1].key)) < 0) return -1;
        if (c) break;
    }
    if (n == n_avail) return (int64_t)n;
    if (n > 1) {    /* ascending, then a drop: a run unless it was all equal items */
        if ((c = sort_lt(a[0].key, a[n - 1].key)) < 0) return -1;
        if (c) return (int64_t)n;
        sort_reverse(a, n);
    }
    n++;
    size_t neq = 0;     /* the last neq+1 items are equal */
    for (; n < n_avail; n++) {
        if ((c = sort_lt(a[n].key, a[n - 1].key)) < 0) return -1;
        if (c) {
            if (neq) {
                sort_reverse(a + n - neq - 1, neq + 1);
                neq = 0;
            }
        } else {
            if ((c = sort_lt(a[n - 1].key, a[n].key)) < 0) return -1;
            if (c) break;
            neq++;
        }
    }
    if (neq) sort_reverse(a + n - neq - 1, neq + 1);
    sort_reverse(a, n);
    for (; n < n_avail; n++) {
        if ((c = sort_lt(a[n].key, a[n - 1].key)) < 0) return -1;
        if (c) break;
    }
    return (int64_t)n;
}

/* Sort a[0..n) by binary insertion, a[0..sorted) being sorted already. */
static bool binary_insertion(SortItem *a, size_t sorted, size_t n) {
    for (size_t i = sorted; i < n; i++) {
        SortItem pivot = a[i];
        size_t lo = 0, hi = i;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            int c = sort_lt(pivot.key, a[mid].key);
            if (c < 0) return false;
            if (c) hi = mid;
            else lo = mid + 1;
        }
        memmove(a + lo + 1, a + lo, (i - lo) * sizeof(SortItem));
        a[lo] = pivot;
    }
    return true;
}

/* First index in a[0..n) whose key is > key (after the equal ones): stable placement of
 * an item coming from a later run. */
static int64_t bisect_right(SortItem *a, size_t n, Value key) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = sort_lt(key, a[mid].key);
        if (c < 0) return -1;
        if (c) hi = mid;
        else lo = mid + 1;
    }
    return (int64_t)lo;
}

/* First index in a[0..n) whose key is >= key. */
static int64_t bisect_left(SortItem *a, size_t n, Value key) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = sort_lt(a[mid].key, key);
        if (c < 0) return -1;
        if (c) lo = mid + 1;
        else hi = mid;
    }
    return (int64_t)lo;
}

/* Merge adjacent sorted runs pa[0..na) and pa[na..na+nb), na <= nb, through tmp.  On
 * error the items still form a permutation of the input. */
static bool merge_lo(SortState *s, SortItem *pa, size_t na, size_t nb) {
    SortItem *t = s->tmp, *pb = pa + na;
    memcpy(t, pa, na * sizeof(SortItem));
    size_t i = 0, j = 0, k = 0;
    bool ok = true;
    while (i < na && j < nb) {
        int c = sort_lt(pb[j].key, t[i].key);
        if (c < 0) {
            ok = false;
            break;
        }
        pa[k++] = c ? pb[j++] : t[i++];
    }
    memcpy(pa + k, t + i, (na - i) * sizeof(SortItem));
    return ok;
}

/* The mirror image for na > nb: copy the right run out and merge from the top. */
static bool merge_hi(SortState *s, SortItem *pa, size_t na, size_t nb) {
    SortItem *t = s->tmp, *pb = pa + na;
    memcpy(t, pb, nb * sizeof(SortItem));
    int64_t i = (int64_t)na - 1, j = (int64_t)nb - 1, k = (int64_t)(na + nb) - 1;
    bool ok = true;
    while (i >= 0 && j >= 0) {
        int c = sort_lt(t[j].key, pa[i].key);
        if (c < 0) {
            ok = false;
            break;
        }
        pa[k--] = c ? pa[i--] : t[j--];
    }
    memcpy(pa + k - j, t, (size_t)(j + 1) * sizeof(SortItem));
    return ok;
}

/* Merge runs i and i+1 of the stack. */
static bool merge_at(SortState *s, size_t i) {
    SortItem *pa = s->a + s->base[i];
    size_t na = s->len[i], nb = s->len[i + 1];
    s->len[i] = na + nb;
    if (i + 3 == s->nruns) {
        s->base[i + 1] = s->base[i + 2];
        s->len[i + 1] = s->len[i + 2];
    }
    s->nruns--;
    /* Items of the left run not greater than the right run's first are in place. */
    int64_t k = bisect_right(pa, na, pa[na].key);
    if (k < 0) return false;
    pa += k;
    na -= (size_t)k;
    if (na == 0) return true;
    /* Items of the right run not less than the left run's last are in place. */
    int64_t m = bisect_left(pa + na, nb, pa[na - 1].key);
    if (m < 0) return false;
    nb = (size_t)m;
    if (nb == 0) return true;
    return na <= nb ? merge_lo(s, pa, na, nb) : merge_hi(s, pa, na, nb);
}

/* Restore the stack invariants len[i-2] > len[i-1] + len[i] and len[i-1] > len[i]. */
static bool merge_collapse(SortState *s) {
    while (s->nruns > 1) {
        size_t n = s->nruns - 2;
        size_t *len = s->len;
        if ((n > 0 && len[n - 1] <= len[n] + len[n + 1]) ||
            (n > 1 && len[n - 2] <= len[n - 1] + len[n])) {
            if (len[n - 1] < len[n + 1]) n--;
            if (!merge_at(s, n)) return false;
        } else if (len[n] <= len[n + 1]) {
            if (!merge_at(s, n)) return false;
        } else {
            break;
        }
    }
    return true;
}

static size_t compute_minrun(size_t n) {
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static bool sort_items(SortState *s, size_t n) {
    size_t minrun = compute_minrun(n), lo = 0;
    while (lo < n) {
        int64_t run = count_run(s->a + lo, n - lo);
        if (run < 0) return false;
        if ((size_t)run < minrun) {
            size_t force = n - lo < minrun ? n - lo : minrun;
            if (!binary_insertion(s->a + lo, (size_t)run, force)) return false;
            run = (int64_t)force;
        }
        s->base[s->nruns] = lo;
        s->len[s->nruns] = (size_t)run;
        s->nruns++;
        if (!merge_collapse(s)) return false;
        lo += (size_t)run;
    }
    while (s->nruns > 1) {
        size_t i = s->nruns - 2;
        if (i > 0 && s->len[i - 1] < s->len[i + 1]) i--;
        if (!merge_at(s, i)) return false;
    }
    return true;
}

bool list_sort(List *l, Value key, bool reverse) {
    /* (key, value) pairs live in GC tuples so everything stays reachable meanwhile;
     * they are allocated while the list still holds its items. */
    size_t n = l->len;
    Tuple *volatile pairs_obj = tuple_new(2 * n);
    Tuple *volatile tmp_obj = pairs_obj ? tuple_new(2 * (n / 2 + 1)) : NULL;
    if (!tmp_obj) return false;
    if (l->len != n) return list_sort(l, key, reverse);    /* changed by a finalizer */
    SortItem *pairs = (SortItem *)pairs_obj->items;
    for (size_t i = 0; i < n; i++) pairs[i].key = pairs[i].value = l->items[i];

    /* Detach the items so that changes made by key functions or comparisons show up as
     * a new array, reported as "list modified during sort". */
    size_t cap = l->cap;
    Value *saved = l->items;
    l->items = NULL;
    l->len = l->cap = 0;
    bool ok = true;
    if (!is_null(key) && !is_none(key)) {
        for (size_t i = 0; i < n && ok; i++) {
            Value k = obj_call1(key, pairs[i].value);
            if (is_null(k)) ok = false;
            else pairs[i].key = k;
        }
    }
    if (ok && n > 1) {
        SortState s = {.a = pairs, .tmp = (SortItem *)tmp_obj->items, .nruns = 0};
        /* reverse, sort, reverse: descending order with equal items kept in order */
        if (reverse) sort_reverse(pairs, n);
        ok = sort_items(&s, n);
        if (reverse) sort_reverse(pairs, n);
        for (size_t i = 0; i < n; i++) saved[i] = pairs[i].value;
    }

    bool modified = l->items != NULL;
    list_release(l);
    l->items = saved;
    l->len = n;
    l->cap = cap;
    if (modified && ok) {
        raise_msg(&exc_ValueError, "list modified during sort");
        ok = false;
    }
    (void)tmp_obj;
    return ok;
}

/* ---- slots ---- */

static void list_trace(Obj *o) {
    List *l = (List *)o;
    gc_mark_values(l->items, l->len);
    trace_instance_dict(o);
}

static void list_finalize(Obj *o) { list_release((List *)o); }

static Value list_new_slot(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    List *l = list_alloc(type);
    return l ? v_obj(l) : NULLV;
}

static Value list_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len) return raise_msg(&exc_TypeError, "list() takes no keyword arguments");
    if (nargs > 1) return raise_fmt(&exc_TypeError, "list expected at most 1 argument, got %zu", nargs);
    List *l = as_list(self);
    list_release(l);
    if (nargs && !list_extend(l, args[0])) return NULLV;
    return NONE;
}

static Value list_repr(Value self) {
    List *l = as_list(self);
    if (l->len == 0) return str_value_cstr("[]");
    if (!repr_enter(self.u.o)) return str_value_cstr("[...]");
    StrBuf b;
    strbuf_init(&b);
    strbuf_addc(&b, '[');
    for (size_t i = 0; i < l->len; i++) {   /* len re-read: a repr may mutate the list */
        if (i) strbuf_add(&b, ", ", 2);
        Value r = obj_repr(l->items[i]);
        if (is_null(r)) {
            strbuf_free(&b);
            repr_leave(self.u.o);
            return NULLV;
        }
        strbuf_add_str(&b, as_str(r));
    }
    strbuf_addc(&b, ']');
    repr_leave(self.u.o);
    Str *s = strbuf_finish(&b);
    return s ? v_str(s) : NULLV;
}

static Value list_richcompare(Value a, Value b, int op) {
    if (!list_check(a) || !list_check(b)) return NotImplemented;
    List *la = as_list(a), *lb = as_list(b);
    if (la->len != lb->len && (op == CMP_EQ || op == CMP_NE)) return v_bool(op == CMP_NE);
    size_t i = 0;
    for (; i < la->len && i < lb->len; i++) {     /* lengths re-read: __eq__ may mutate */
        int eq = obj_eq(la->items[i], lb->items[i]);
        if (eq < 0) return NULLV;
        if (!eq) break;
    }
    if (i >= la->len || i >= lb->len) return v_bool(compare_int64(la->len, lb->len, op));
    if (op == CMP_EQ) return FALSEV;
    if (op == CMP_NE) return TRUEV;
    return obj_richcompare(la->items[i], lb->items[i], op);
}

static int64_t list_len(Value self) { return (int64_t)as_list(self)->len; }

static Value list_getitem(Value self, Value key) {
    List *l = as_list(self);
    if (is_int(key)) {
        int64_t i = as_int(key);
        if (i < 0) i += (int64_t)l->len;
        if (i < 0 || (uint64_t)i >= l->len) return raise_msg(&exc_IndexError, "list index out of range");
        return l->items[i];
    }
    if (is_type(key, &type_slice)) {
        int64_t start, stop, step, n;
        if (!slice_indices((Slice *)key.u.o, (int64_t)l->len, &start, &stop, &step, &n)) return NULLV;
        if (step == 1) return v_obj(list_from(l->items + start, (size_t)n));
        List *r = list_with_capacity((size_t)n);
        if (!r) return NULLV;
        for (int64_t k = 0, j = start; k < n; k++, j += step) r->items[k] = l->items[j];
        r->len = (size_t)n;
        return v_obj(r);
    }
    int64_t i;
    if (!seq_index(key, (int64_t)l->len, "list", &i)) return NULLV;
    return l->items[i];
}

/* l[lo:hi] = items (n of them); hi >= lo, both within the list. */
static bool list_replace_range(List *l, size_t lo, size_t hi, const Value *items, size_t n) {
    size_t old = hi - lo, tail = l->len - hi;
    if (n > old && !list_reserve(l, l->len + (n - old))) return false;
    memmove(l->items + lo + n, l->items + hi, tail * sizeof(Value));
    if (n) memcpy(l->items + lo, items, n * sizeof(Value));
    l->len = lo + n + tail;
    return true;
}

static int list_setslice(List *l, Slice *slice, Value v) {
    int64_t start, stop, step, n;
    if (!slice_indices(slice, (int64_t)l->len, &start, &stop, &step, &n)) return -1;
    if (step == 1 && is_null(v)) {
        if (stop < start) stop = start;
        return list_replace_range(l, (size_t)start, (size_t)stop, NULL, 0) ? 0 : -1;
    }
    if (is_null(v)) {           /* del l[a:b:k] */
        if (n <= 0) return 0;
        if (step < 0) {         /* the same items, walked upwards */
            start += step * (n - 1);
            step = -step;
        }
        size_t w = (size_t)start, next = (size_t)start, removed = 0;
        for (size_t i = (size_t)start; i < l->len; i++) {
            if (i == next && removed < (size_t)n) {
                removed++;
                next += (size_t)step;
                continue;
            }
            l->items[w++] = l->items[i];
        }
        l->len = w;
        return 0;
    }
    Value *items;
    size_t count;
    Value keep;
    if (!seq_items(v, "must assign iterable to extended slice", &items, &count, &keep)) return -1;
    if (step == 1) {
        if (stop < start) stop = start;
        return list_replace_range(l, (size_t)start, (size_t)stop, items, count) ? 0 : -1;
    }
    if ((int64_t)count != n) {
        raise_fmt(&exc_ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld",
                  count, (long long)n);
        return -1;
    }
    for (int64_t k = 0, j = start; k < n; k++, j += step) l->items[j] = items[k];
    (void)keep;
    return 0;
}

static int list_setitem(Value self, Value key, Value v) {
    List *l = as_list(self);
    if (is_type(key, &type_slice)) return list_setslice(l, (Slice *)key.u.o, v);
    int64_t i;
    if (!seq_index_value(key, "list", &i)) return -1;
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || (uint64_t)i >= l->len) {
        raise_msg(&exc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (is_null(v)) {
        memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(Value));
        l->len--;
    } else {
        l->items[i] = v;
    }
    return 0;
}

static int list_contains(Value self, Value item) {
    List *l = as_list(self);
    for (size_t i = 0; i < l->len; i++) {
        int eq = obj_eq(l->items[i], item);
        if (eq) return eq;
    }
    return 0;
}

static Value list_concat(Value a, Value b) {
    if (!list_check(a)) return NotImplemented;
    if (!list_check(b)) {
        if (binop_other_may_handle(b, NB_ADD)) return NotImplemented;
        return raise_fmt(&exc_TypeError, "can only concatenate list (not \"%T\") to list", &b);
    }
    List *la = as_list(a), *lb = as_list(b);
    List *r = list_with_capacity(la->len + lb->len);
    if (!r) return NULLV;
    if (la->len) memcpy(r->items, la->items, la->len * sizeof(Value));
    if (lb->len) memcpy(r->items + la->len, lb->items, lb->len * sizeof(Value));
    r->len = la->len + lb->len;
    return v_obj(r);
}

/* Repeat l's first `len` items so that it holds them n times (n >= 1). */
static bool list_repeat_into(List *l, size_t len, int64_t n) {
    if (len && (uint64_t)n > SIZE_MAX / sizeof(Value) / 2 / len) {
        raise_no_memory();
        return false;
    }
    if (!list_reserve(l, len * (size_t)n)) return false;
    for (int64_t k = 1; k < n; k++) memcpy(l->items + (size_t)k * len, l->items, len * sizeof(Value));
    l->len = len * (size_t)n;
    return true;
}

static Value list_repeat(Value a, Value b) {
    Value self = list_check(a) ? a : b;
    int64_t n;
    int ok = seq_repeat_count(self, a, b, &n);
    if (ok <= 0) return ok ? NULLV : NotImplemented;
    List *l = as_list(self);
    if (n <= 0 || l->len == 0) return v_obj(list_with_capacity(0));
    List *r = list_from(l->items, l->len);
    if (!r || !list_repeat_into(r, l->len, n)) return NULLV;
    return v_obj(r);
}

static Value list_iadd(Value a, Value b) {
    if (!list_check(a)) return NotImplemented;
    return list_extend(as_list(a), b) ? a : NULLV;
}

static Value list_irepeat(Value a, Value b) {
    if (!list_check(a)) return NotImplemented;
    int64_t n;
    int ok = seq_repeat_count(a, a, b, &n);
    if (ok <= 0) return ok ? NULLV : NotImplemented;
    List *l = as_list(a);
    if (n <= 0) list_release(l);
    else if (!list_repeat_into(l, l->len, n)) return NULLV;
    return a;
}

/* ---- methods ---- */

static Value list_append_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one_arg("list.append", nargs, kwnames)) return NULLV;
    return list_append(as_list(self), args[0]) ? NONE : NULLV;
}

static Value list_extend_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one_arg("list.extend", nargs, kwnames)) return NULLV;
    return list_extend(as_list(self), args[0]) ? NONE : NULLV;
}

/* An integer argument (via __index__), big ints clamped. */
static bool int_arg_clamped(Value v, int64_t *out) {
    if (is_int(v) || is_bool(v)) {
        *out = as_int(v);
        return true;
    }
    Value i = obj_index(v);
    if (is_null(i)) return false;
    *out = is_int(i) ? as_int(i) : int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    return true;
}

static Value list_insert_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("list.insert", nargs, kwnames, 2, 2)) return NULLV;
    int64_t i;
    if (!int_arg_clamped(args[0], &i)) return NULLV;
    return list_insert(as_list(self), i, args[1]) ? NONE : NULLV;
}

static Value list_pop_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("list.pop", nargs, kwnames, 0, 1)) return NULLV;
    List *l = as_list(self);
    int64_t i = -1;
    if (nargs && !obj_as_int64(args[0], &i)) return NULLV;
    if (l->len == 0) return raise_msg(&exc_IndexError, "pop from empty list");
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || (uint64_t)i >= l->len) return raise_msg(&exc_IndexError, "pop index out of range");
    Value v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(Value));
    l->len--;
    return v;
}

static Value list_remove_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one_arg("list.remove", nargs, kwnames)) return NULLV;
    List *l = as_list(self);
    for (size_t i = 0; i < l->len; i++) {
        int eq = obj_eq(l->items[i], args[0]);
        if (eq < 0) return NULLV;
        if (eq) {
            if (i < l->len) {   /* __eq__ may have shrunk the list */
                memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(Value));
                l->len--;
            }
            return NONE;
        }
    }
    return raise_msg(&exc_ValueError, "list.remove(x): x not in list");
}

static Value list_index_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("list.index", nargs, kwnames, 1, 3)) return NULLV;
    List *l = as_list(self);
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 1 && !slice_index_clamp(args[1], false, &start)) return NULLV;
    if (nargs > 2 && !slice_index_clamp(args[2], false, &stop)) return NULLV;
    seq_clamp_range((int64_t)l->len, &start, &stop);
    for (int64_t i = start; i < stop && (uint64_t)i < l->len; i++) {
        int eq = obj_eq(l->items[i], args[0]);
        if (eq < 0) return NULLV;
        if (eq) return v_int(i);
    }
    return raise_fmt(&exc_ValueError, "%R is not in list", &args[0]);
}

static Value list_count_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one_arg("list.count", nargs, kwnames)) return NULLV;
    List *l = as_list(self);
    int64_t n = 0;
    for (size_t i = 0; i < l->len; i++) {
        int eq = obj_eq(l->items[i], args[0]);
        if (eq < 0) return NULLV;
        n += eq;
    }
    return v_int(n);
}

static Value list_sort_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (nargs) return raise_msg(&exc_TypeError, "sort() takes no positional arguments");
    static const char *const names_[] = {"key", "reverse"};
    static const ArgSpec spec = {"sort", names_, 2, 0, 0, 0};
    Value a[2];
    if (!bind_args(&spec, args, nargs, kwnames, a)) return NULLV;
    int64_t reverse = 0;
    if (is_int(a[1]) || is_bool(a[1])) reverse = as_int(a[1]);
    else if (!is_null(a[1]) && !obj_as_int64(a[1], &reverse)) return NULLV;
    return list_sort(as_list(self), a[0], reverse != 0) ? NONE : NULLV;
}

static Value list_reverse_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("list.reverse", nargs, kwnames, 0, 0)) return NULLV;
    list_reverse(as_list(self));
    return NONE;
}

static Value list_copy_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("list.copy", nargs, kwnames, 0, 0)) return NULLV;
    List *l = as_list(self);
    List *r = list_from(l->items, l->len);
    return r ? v_obj(r) : NULLV;
}

static Value list_clear_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("list.clear", nargs, kwnames, 0, 0)) return NULLV;
    list_release(as_list(self));
    return NONE;
}

static Value list_sizeof_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return v_int((int64_t)(sizeof(List) + as_list(self)->cap * sizeof(Value)));
}

/* ---- iterators ---- */

static void seqiter_trace(Obj *o) { gc_mark_value(((SeqIter *)o)->seq); }

static Value list_iter(Value self) {
    SeqIter *it = gc_alloc(&type_list_iterator, sizeof(SeqIter));
    if (!it) return NULLV;
    it->seq = self;
    return v_obj(it);
}

static Value listiter_next(Value self) {
    SeqIter *it = (SeqIter *)self.u.o;
    if (is_null(it->seq)) return NULLV;
    List *l = as_list(it->seq);
    if ((uint64_t)it->index < l->len) return l->items[it->index++];
    it->seq = NULLV;    /* exhausted for good, even if the list grows later */
    return NULLV;
}

static Value listiter_length_hint(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    SeqIter *it = (SeqIter *)self.u.o;
    if (is_null(it->seq)) return v_int(0);
    int64_t n = (int64_t)as_list(it->seq)->len - it->index;
    return v_int(n < 0 ? 0 : n);
}

static Value list_reversed_m(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("list.__reversed__", nargs, kwnames, 0, 0)) return NULLV;
    SeqIter *it = gc_alloc(&type_list_reverseiterator, sizeof(SeqIter));
    if (!it) return NULLV;
    it->seq = self;
    it->index = (int64_t)as_list(self)->len - 1;
    return v_obj(it);
}

static Value listreviter_next(Value self) {
    SeqIter *it = (SeqIter *)self.u.o;
    if (is_null(it->seq)) return NULLV;
    List *l = as_list(it->seq);
    if (it->index >= 0 && (uint64_t)it->index < l->len) return l->items[it->index--];
    it->seq = NULLV;
    return NULLV;
}

static Value listreviter_length_hint(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    SeqIter *it = (SeqIter *)self.u.o;
    if (is_null(it->seq) || (uint64_t)it->index >= as_list(it->seq)->len) return v_int(0);
    return v_int(it->index + 1);
}

static const MethodDef list_methods[] = {
    {"append", list_append_m, 0, "Append object to the end of the list."},
    {"extend", list_extend_m, 0, "Extend list by appending elements from the iterable."},
    {"insert", list_insert_m, 0, "Insert object before index."},
    {"pop", list_pop_m, 0, "Remove and return item at index (default last)."},
    {"remove", list_remove_m, 0, "Remove first occurrence of value."},
    {"index", list_index_m, 0, "Return first index of value."},
    {"count", list_count_m, 0, "Return number of occurrences of value."},
    {"sort", list_sort_m, 0, "Sort the list in ascending order and return None."},
    {"reverse", list_reverse_m, 0, "Reverse *IN PLACE*."},
    {"copy", list_copy_m, 0, "Return a shallow copy of the list."},
    {"clear", list_clear_m, 0, "Remove all items from list."},
    {"__reversed__", list_reversed_m, 0, "Return a reverse iterator over the list."},
    {"__sizeof__", list_sizeof_m, 0, NULL},
    {"__class_getitem__", class_getitem, METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

Type type_list = {
    .name = "list",
    .basicsize = sizeof(List),
    .flags = TPF_BASETYPE | TPF_LIST_SUBCLASS,
    .trace = list_trace,
    .finalize = list_finalize,
    .new = list_new_slot,
    .init = list_init,
    .repr = list_repr,
    .hash = hash_unhashable,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .nb = {[NB_ADD] = list_concat, [NB_MULTIPLY] = list_repeat},
    .nb_inplace = {[NB_ADD] = list_iadd, [NB_MULTIPLY] = list_irepeat},
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .methods = list_methods,
    .doc = "Built-in mutable sequence.",
};

static const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_list_iterator = {
    .name = "list_iterator",
    .basicsize = sizeof(SeqIter),
    .trace = seqiter_trace,
    .iter = iter_return_self,
    .next = listiter_next,
    .methods = listiter_methods,
};

Type type_list_reverseiterator = {
    .name = "list_reverseiterator",
    .basicsize = sizeof(SeqIter),
    .trace = seqiter_trace,
    .iter = iter_return_self,
    .next = listreviter_next,
    .methods = listreviter_methods,
};
