/* iterobjects.c — the lazy iterator types of the builtins: enumerate, zip, map, filter,
 * reversed, and the two iterators iter() builds itself (over __getitem__, and over a
 * callable with a sentinel).  Each holds the iterators it draws from and produces one
 * item per `next`; a `next` slot returns NULLV without an exception when exhausted. */
#include "builtins.h"
#include "containers.h"
#include "error.h"
#include "gc.h"
#include "num.h"
#include "str.h"

int iter_step(Value it, Value *out) {
    *out = obj_next(it);
    if (!is_null(*out)) return 1;
    if (!err_occurred()) return 0;
    if (err_matches(&exc_StopIteration)) { err_clear(); return 0; }
    return -1;
}

static Value iter_self(Value self) { return self; }

static bool has_kwargs(Tuple *kwnames) { return kwnames && kwnames->len; }

/* A tuple of iter(x) for each of args[0..n). */
static Tuple *iter_all(Value *args, size_t n) {
    Tuple *t = tuple_new(n);
    if (!t) return NULL;
    for (size_t i = 0; i < n; i++) t->items[i] = NONE;
    for (size_t i = 0; i < n; i++) {
        Value it = obj_iter(args[i]);
        if (is_null(it)) return NULL;
        t->items[i] = it;
    }
    return t;
}

/* Instances are allocated at the requested type's size, so subclasses work. */
static void *alloc_instance(Type *type) { return gc_alloc(type, type->basicsize); }

/* ---- enumerate(iterable, start=0) ---- */

typedef struct Enumerate {
    Obj hdr;
    Value it;
    int64_t index;          /* next count while it fits */
    Value big_index;        /* NULLV, or the next count once past INT64_MAX - 1 */
} Enumerate;

static void enumerate_trace(Obj *o) {
    Enumerate *e = (Enumerate *)o;
    gc_mark_value(e->it);
    gc_mark_value(e->big_index);
}

static Value enumerate_make(Type *type, Value iterable, Value start) {
    int64_t index = 0;
    Value big = NULLV;
    if (!is_null(start)) {
        Value n = obj_index(start);
        if (is_null(n)) return NULLV;
        if (!obj_as_int64(n, &index)) {
            if (!err_matches(&exc_OverflowError)) return NULLV;
            err_clear();
            big = n;
        }
    }
    Value it = obj_iter(iterable);
    if (is_null(it)) return NULLV;
    Enumerate *e = alloc_instance(type);
    if (!e) return NULLV;
    e->it = it;
    e->index = index;
    e->big_index = big;
    return v_obj(e);
}

static bool enumerate_keyword(Tuple *kwnames, size_t i, const char *expected) {
    Str *kw = as_str(kwnames->items[i]);
    if (str_eq_cstr(kw, expected)) return true;
    raise_fmt(&exc_TypeError, "'%s' is an invalid keyword argument for enumerate()", kw->data);
    return false;
}

/* The argument rules of CPython's enumerate vectorcall, messages included. */
static Value enumerate_new(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    size_t nkw = kwnames ? kwnames->len : 0;
    if (nargs + nkw == 2) {
        if (nkw == 1 && !enumerate_keyword(kwnames, 0, "start")) return NULLV;
        if (nkw == 2) {
            if (str_eq_cstr(as_str(kwnames->items[0]), "start")) {
                if (!enumerate_keyword(kwnames, 1, "iterable")) return NULLV;
                return enumerate_make(type, args[1], args[0]);
            }
            if (!enumerate_keyword(kwnames, 0, "iterable") ||
                !enumerate_keyword(kwnames, 1, "start"))
                return NULLV;
        }
        return enumerate_make(type, args[0], args[1]);
    }
    if (nargs + nkw == 1) {
        if (nkw == 1 && !enumerate_keyword(kwnames, 0, "iterable")) return NULLV;
        return enumerate_make(type, args[0], NULLV);
    }
    if (nargs == 0)
        return raise_msg(&exc_TypeError, "enumerate() missing required argument 'iterable'");
    return raise_fmt(&exc_TypeError, "enumerate() takes at most 2 arguments (%zu given)",
                     nargs + nkw);
}

static Value enumerate_next(Value self) {
    Enumerate *e = (Enumerate *)as_obj(self);
    Value item;
    if (iter_step(e->it, &item) <= 0) return NULLV;
    Value count;
    if (is_null(e->big_index) && e->index < INT64_MAX) {
        count = v_int(e->index++);
    } else {
        if (is_null(e->big_index)) e->big_index = v_int(INT64_MAX);
        count = e->big_index;
        Value next = obj_binary_op(count, v_int(1), NB_ADD);
        if (is_null(next)) return NULLV;
        e->big_index = next;
    }
    Tuple *t = tuple_pack(2, count, item);
    return t ? v_obj(t) : NULLV;
}

Type type_enumerate = {
    .hdr = {.type = &type_type},
    .name = "enumerate",
    .base = &type_object,
    .basicsize = sizeof(Enumerate),
    .flags = TPF_BASETYPE,
    .trace = enumerate_trace,
    .new = enumerate_new,
    .iter = iter_self,
    .next = enumerate_next,
    .doc = "Return an enumerate object.\n\n"
           "  iterable\n    an object supporting iteration\n\n"
           "The enumerate object yields pairs containing a count (from start, which\n"
           "defaults to zero) and a value yielded by the iterable argument.",
};

/* ---- zip(*iterables, strict=False) ---- */

typedef struct Zip {
    Obj hdr;
    Tuple *iters;
    bool strict;
} Zip;

static void zip_trace(Obj *o) { gc_mark_obj(((Zip *)o)->iters); }

static Value zip_new(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    bool strict = false;
    if (kwnames && kwnames->len > 1)
        return raise_fmt(&exc_TypeError, "zip() takes at most 1 keyword argument (%zu given)",
                         kwnames->len);
    for (size_t i = 0; kwnames && i < kwnames->len; i++) {
        Str *kw = as_str(kwnames->items[i]);
        if (!str_eq_cstr(kw, "strict"))
            return raise_fmt(&exc_TypeError, "zip() got an unexpected keyword argument '%s'",
                             kw->data);
        int t = obj_truthy(args[nargs + i]);
        if (t < 0) return NULLV;
        strict = t;
    }
    Tuple *iters = iter_all(args, nargs);
    if (!iters) return NULLV;
    Zip *z = alloc_instance(type);
    if (!z) return NULLV;
    z->iters = iters;
    z->strict = strict;
    return v_obj(z);
}

/* strict=True: iterator i (0-based) ran out while the ones before it did not. */
static Value zip_uneven(Zip *z, size_t i) {
    if (i > 0)
        return raise_fmt(&exc_ValueError, "zip() argument %zu is shorter than argument%s%zu",
                         i + 1, i == 1 ? " " : "s 1-", i);
    /* The first ran out: every other one must be exhausted too. */
    for (i = 1; i < z->iters->len; i++) {
        Value item;
        int r = iter_step(z->iters->items[i], &item);
        if (r < 0) return NULLV;
        if (r > 0)
            return raise_fmt(&exc_ValueError, "zip() argument %zu is longer than argument%s%zu",
                             i + 1, i == 1 ? " " : "s 1-", i);
    }
    return NULLV;
}

static Value zip_next(Value self) {
    Zip *z = (Zip *)as_obj(self);
    size_t n = z->iters->len;
    if (n == 0) return NULLV;
    Tuple *t = tuple_new(n);
    if (!t) return NULLV;
    for (size_t i = 0; i < n; i++) t->items[i] = NONE;
    for (size_t i = 0; i < n; i++) {
        int r = iter_step(z->iters->items[i], &t->items[i]);
        if (r < 0) return NULLV;
        if (r == 0) return z->strict ? zip_uneven(z, i) : NULLV;
    }
    return v_obj(t);
}

Type type_zip = {
    .hdr = {.type = &type_type},
    .name = "zip",
    .base = &type_object,
    .basicsize = sizeof(Zip),
    .flags = TPF_BASETYPE,
    .trace = zip_trace,
    .new = zip_new,
    .iter = iter_self,
    .next = zip_next,
    .doc = "zip(*iterables, strict=False)\n--\n\n"
           "The zip object yields n-length tuples, where n is the number of\n"
           "iterables passed as positional arguments to zip().  The i-th element\n"
           "in every tuple comes from the i-th iterable argument to zip().  This\n"
           "continues until the shortest argument is exhausted.\n\n"
           "If strict is true and one of the arguments is exhausted before the\n"
           "others, raise a ValueError.",
};

/* ---- map(function, iterable, ...) ---- */

typedef struct Map {
    Obj hdr;
    Value func;
    Tuple *iters;
} Map;

static void map_trace(Obj *o) {
    Map *m = (Map *)o;
    gc_mark_value(m->func);
    gc_mark_obj(m->iters);
}

static Value map_new(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    if (has_kwargs(kwnames)) return raise_msg(&exc_TypeError, "map() takes no keyword arguments");
    if (nargs < 2) return raise_msg(&exc_TypeError, "map() must have at least two arguments.");
    Tuple *iters = iter_all(args + 1, nargs - 1);
    if (!iters) return NULLV;
    Map *m = alloc_instance(type);
    if (!m) return NULLV;
    m->func = args[0];
    m->iters = iters;
    return v_obj(m);
}

enum { MAP_SMALL = 8 };

static Value map_next(Value self) {
    Map *m = (Map *)as_obj(self);
    size_t n = m->iters->len;
    Value small[MAP_SMALL];
    Tuple *big = NULL;      /* argument storage beyond MAP_SMALL iterables */
    Value *argv = small;
    if (n > MAP_SMALL) {
        big = tuple_new(n);
        if (!big) return NULLV;
        for (size_t i = 0; i < n; i++) big->items[i] = NONE;
        argv = big->items;
    }
    for (size_t i = 0; i < n; i++)
        if (iter_step(m->iters->items[i], &argv[i]) <= 0) return NULLV;
    return obj_call(m->func, argv, n, NULL);
}

Type type_map = {
    .hdr = {.type = &type_type},
    .name = "map",
    .base = &type_object,
    .basicsize = sizeof(Map),
    .flags = TPF_BASETYPE,
    .trace = map_trace,
    .new = map_new,
    .iter = iter_self,
    .next = map_next,
    .doc = "map(function, iterable, /, *iterables)\n--\n\n"
           "Make an iterator that computes the function using arguments from\n"
           "each of the iterables.  Stops when the shortest iterable is exhausted.",
};

/* ---- filter(function or None, iterable) ---- */

typedef struct Filter {
    Obj hdr;
    Value func;             /* None or bool: test the items' truth directly */
    Value it;
} Filter;

static void filter_trace(Obj *o) {
    Filter *f = (Filter *)o;
    gc_mark_value(f->func);
    gc_mark_value(f->it);
}

static Value filter_new(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_positional("filter", nargs, kwnames, 2, 2)) return NULLV;
    Value it = obj_iter(args[1]);
    if (is_null(it)) return NULLV;
    Filter *f = alloc_instance(type);
    if (!f) return NULLV;
    f->func = args[0];
    f->it = it;
    return v_obj(f);
}

static Value filter_next(Value self) {
    Filter *f = (Filter *)as_obj(self);
    bool direct = is_none(f->func) || v_is(f->func, v_obj(&type_bool));
    for (;;) {
        Value item;
        if (iter_step(f->it, &item) <= 0) return NULLV;
        Value test = direct ? item : obj_call1(f->func, item);
        if (is_null(test)) return NULLV;
        int ok = obj_truthy(test);
        if (ok < 0) return NULLV;
        if (ok) return item;
    }
}

Type type_filter = {
    .hdr = {.type = &type_type},
    .name = "filter",
    .base = &type_object,
    .basicsize = sizeof(Filter),
    .flags = TPF_BASETYPE,
    .trace = filter_trace,
    .new = filter_new,
    .iter = iter_self,
    .next = filter_next,
    .doc = "filter(function or None, iterable) --> filter object\n\n"
           "Return an iterator yielding those items of iterable for which function(item)\n"
           "is true. If function is None, return the items that are true.",
};

/* ---- reversed(sequence) ---- */

typedef struct Reversed {
    Obj hdr;
    Value seq;              /* NULLV once exhausted */
    int64_t index;          /* next index to fetch; -1 when done */
} Reversed;

static void reversed_trace(Obj *o) { gc_mark_value(((Reversed *)o)->seq); }

/* PySequence_Check: indexable, and not a mapping that merely has __getitem__. */
static bool is_sequence(Value v) {
    Type *t = type_of(v);
    return t->getitem && !(t->flags & TPF_DICT_SUBCLASS) && !type_is_subtype(t, &type_dict);
}

static Value reversed_new(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_positional("reversed", nargs, kwnames, 1, 1)) return NULLV;
    Value seq = args[0];
    Value meth = type_lookup(type_of(seq), names.__reversed__);
    if (is_none(meth))
        return raise_fmt(&exc_TypeError, "'%s' object is not reversible", type_name_of(seq));
    if (!is_null(meth)) {
        Value bound = lookup_special(seq, names.__reversed__);
        return is_null(bound) ? NULLV : obj_call0(bound);
    }
    if (!is_sequence(seq))
        return raise_fmt(&exc_TypeError, "'%s' object is not reversible", type_name_of(seq));
    int64_t n = obj_len(seq);
    if (n < 0) return NULLV;
    Reversed *r = alloc_instance(type);
    if (!r) return NULLV;
    r->seq = seq;
    r->index = n - 1;
    return v_obj(r);
}

static Value reversed_next(Value self) {
    Reversed *r = (Reversed *)as_obj(self);
    if (r->index < 0 || is_null(r->seq)) return NULLV;
    Value item;
    if (is_list(r->seq)) {     /* the list may have shrunk meanwhile */
        List *l = as_list(r->seq);
        item = (size_t)r->index < l->len ? l->items[r->index] : NULLV;
    } else if (is_tuple(r->seq)) {
        item = as_tuple(r->seq)->items[r->index];
    } else {
        item = obj_getitem(r->seq, v_int(r->index));
        if (is_null(item) &&
            !(err_matches(&exc_IndexError) || err_matches(&exc_StopIteration)))
            return NULLV;
        err_clear();
    }
    if (is_null(item)) {
        r->index = -1;
        r->seq = NULLV;
        return NULLV;
    }
    r->index--;
    return item;
}

static Value reversed_length_hint(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    (void)args;
    if (!check_positional("__length_hint__", nargs, kwnames, 0, 0)) return NULLV;
    Reversed *r = (Reversed *)as_obj(self);
    if (is_null(r->seq)) return v_int(0);
    int64_t n = obj_len(r->seq);
    if (n < 0) return NULLV;
    return v_int(n < r->index + 1 ? 0 : r->index + 1);
}

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

Type type_reversed = {
    .hdr = {.type = &type_type},
    .name = "reversed",
    .base = &type_object,
    .basicsize = sizeof(Reversed),
    .flags = TPF_BASETYPE,
    .trace = reversed_trace,
    .new = reversed_new,
    .iter = iter_self,
    .next = reversed_next,
    .methods = reversed_methods,
    .doc = "reversed(sequence, /)\n--\n\nReturn a reverse iterator over the values of the given sequence.",
};

/* ---- iter(seq) over __getitem__: seq[0], seq[1], ... until IndexError ---- */

typedef struct ItemIter {
    Obj hdr;
    Value seq;              /* NULLV once exhausted */
    int64_t index;
} ItemIter;

static void seqiter_trace(Obj *o) { gc_mark_value(((ItemIter *)o)->seq); }

Value seqiter_new(Value seq) {
    ItemIter *s = gc_alloc(&type_seq_iterator, sizeof(ItemIter));
    if (!s) return NULLV;
    s->seq = seq;
    return v_obj(s);
}

static Value seqiter_next(Value self) {
    ItemIter *s = (ItemIter *)as_obj(self);
    if (is_null(s->seq)) return NULLV;
    Value item = obj_getitem(s->seq, v_int(s->index));
    if (is_null(item)) {
        if (err_matches(&exc_IndexError) || err_matches(&exc_StopIteration)) {
            err_clear();
            s->seq = NULLV;
        }
        return NULLV;
    }
    s->index++;
    return item;
}

static Value seqiter_length_hint(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    (void)args;
    if (!check_positional("__length_hint__", nargs, kwnames, 0, 0)) return NULLV;
    ItemIter *s = (ItemIter *)as_obj(self);
    if (is_null(s->seq)) return v_int(0);
    if (!type_of(s->seq)->len) return NotImplemented;
    int64_t n = obj_len(s->seq);
    if (n < 0) return NULLV;
    return v_int(n > s->index ? n - s->index : 0);
}

static const MethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

Type type_seq_iterator = {
    .hdr = {.type = &type_type},
    .name = "iterator",
    .base = &type_object,
    .basicsize = sizeof(ItemIter),
    .trace = seqiter_trace,
    .iter = iter_self,
    .next = seqiter_next,
    .methods = seqiter_methods,
};

/* ---- iter(callable, sentinel): call until the result equals sentinel ---- */

typedef struct CallIter {
    Obj hdr;
    Value func;             /* NULLV once exhausted */
    Value sentinel;
} CallIter;

static void calliter_trace(Obj *o) {
    CallIter *c = (CallIter *)o;
    gc_mark_value(c->func);
    gc_mark_value(c->sentinel);
}

Value calliter_new(Value callable, Value sentinel) {
    CallIter *c = gc_alloc(&type_callable_iterator, sizeof(CallIter));
    if (!c) return NULLV;
    c->func = callable;
    c->sentinel = sentinel;
    return v_obj(c);
}

static Value calliter_next(Value self) {
    CallIter *c = (CallIter *)as_obj(self);
    if (is_null(c->func)) return NULLV;
    Value r = obj_call0(c->func);
    if (is_null(r)) {
        if (err_matches(&exc_StopIteration)) {
            err_clear();
            c->func = NULLV;
        }
        return NULLV;
    }
    int eq = obj_eq(r, c->sentinel);
    if (eq < 0) return NULLV;
    if (eq) {
        c->func = NULLV;
        c->sentinel = NULLV;
        return NULLV;
    }
    return r;
}

Type type_callable_iterator = {
    .hdr = {.type = &type_type},
    .name = "callable_iterator",
    .base = &type_object,
    .basicsize = sizeof(CallIter),
    .trace = calliter_trace,
    .iter = iter_self,
    .next = calliter_next,
};

/* ---- anext(aiterator, default): the awaitable that turns StopAsyncIteration into
 * StopIteration(default), i.e. makes `await` return the default ---- */

extern Type type_coroutine;     /* gen.c */

typedef struct AnextAwaitable {
    Obj hdr;
    Value wrapped;          /* what __anext__ returned */
    Value deflt;
} AnextAwaitable;

static void anext_trace(Obj *o) {
    AnextAwaitable *a = (AnextAwaitable *)o;
    gc_mark_value(a->wrapped);
    gc_mark_value(a->deflt);
}

Value anext_awaitable_new(Value awaitable, Value deflt) {
    AnextAwaitable *a = gc_alloc(&type_anext_awaitable, sizeof(AnextAwaitable));
    if (!a) return NULLV;
    a->wrapped = awaitable;
    a->deflt = deflt;
    return v_obj(a);
}

/* The iterator `await wrapped` drives (asked anew on every step, as CPython does). */
static Value awaitable_iter(Value v) {
    if (is_type(v, &type_coroutine)) return v;
    Value m = lookup_special(v, names.__await__);
    if (is_null(m)) {
        if (err_occurred()) return NULLV;
        return raise_fmt(&exc_TypeError, "object %s can't be used in 'await' expression",
                         type_name_of(v));
    }
    Value it = obj_call0(m);
    if (is_null(it)) return NULLV;
    if (is_type(it, &type_coroutine))
        return raise_msg(&exc_TypeError, "__await__() returned a coroutine");
    if (!type_of(it)->next && is_null(type_lookup(type_of(it), names.send)))
        return raise_fmt(&exc_TypeError, "__await__() returned non-iterator of type '%s'",
                         type_name_of(it));
    return it;
}

/* After a step of the wrapped awaitable failed: StopAsyncIteration means "use the default". */
static Value anext_finish(AnextAwaitable *a, Value r) {
    if (is_null(r) && err_matches(&exc_StopAsyncIteration)) {
        err_clear();
        return raise_stop_iteration(a->deflt);
    }
    return r;
}

/* Forward send/throw/close to the wrapped awaitable's iterator. */
static Value anext_proxy(Value self, const char *meth, Value *args, size_t nargs) {
    AnextAwaitable *a = (AnextAwaitable *)as_obj(self);
    Value it = awaitable_iter(a->wrapped);
    if (is_null(it)) return NULLV;
    return anext_finish(a, obj_call_method(it, meth, args, nargs));
}

static Value anext_next(Value self) {
    AnextAwaitable *a = (AnextAwaitable *)as_obj(self);
    Value it = awaitable_iter(a->wrapped);
    if (is_null(it)) return NULLV;
    if (!type_of(it)->next) {   /* a coroutine: step it with send(None) */
        Value none = NONE;
        return anext_finish(a, obj_call_method(it, "send", &none, 1));
    }
    Value r = obj_next(it);
    if (is_null(r) && !err_occurred()) return raise_stop_iteration(NONE);
    return anext_finish(a, r);
}

static Value anext_await(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    (void)args;
    if (!check_positional("__await__", nargs, kwnames, 0, 0)) return NULLV;
    return self;
}

static Value anext_send(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_positional("send", nargs, kwnames, 1, 1)) return NULLV;
    return anext_proxy(self, "send", args, 1);
}

static Value anext_throw(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_positional("throw", nargs, kwnames, 1, 3)) return NULLV;
    return anext_proxy(self, "throw", args, nargs);
}

static Value anext_close(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    (void)args;
    if (!check_positional("close", nargs, kwnames, 0, 0)) return NULLV;
    return anext_proxy(self, "close", NULL, 0);
}

static const MethodDef anext_methods[] = {
    {"__await__", anext_await, 0, NULL},
    {"send", anext_send, 0, "send(arg) -> send 'arg' into the wrapped iterator,\nreturn next yielded value or raise StopIteration."},
    {"throw", anext_throw, 0, "throw(value)\nthrow(typ[,val[,tb]])\n\nRaise exception in the wrapped iterator."},
    {"close", anext_close, 0, "close() -> raise GeneratorExit inside generator."},
    {NULL, NULL, 0, NULL},
};

Type type_anext_awaitable = {
    .hdr = {.type = &type_type},
    .name = "anext_awaitable",
    .base = &type_object,
    .basicsize = sizeof(AnextAwaitable),
    .trace = anext_trace,
    .iter = iter_self,
    .next = anext_next,
    .methods = anext_methods,
};

bool iterobjects_init(void) {
    Type *types[] = {&type_enumerate, &type_zip, &type_map, &type_filter, &type_reversed,
                     &type_seq_iterator, &type_callable_iterator, &type_anext_awaitable};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (!(types[i]->flags & TPF_READY) && !type_ready(types[i])) return false;
    return true;
}
