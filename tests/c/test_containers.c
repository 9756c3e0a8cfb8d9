/* test_containers.c — unit tests of tuple, list, dict, set, range and slice against
 * values printed by CPython 3.13, with the real collector and stubbed runtime.
 *
 * Build and run from the repository root:
 *   gcc -std=gnu11 -g -Isrc -o /tmp/test_containers tests/c/test_containers.c \
 *       tests/c/stubs_containers.c src/tuple.c src/list.c src/dict.c src/set.c \
 *       src/range.c src/slice.c src/genericalias.c src/gc.c -lgmp -lm && /tmp/test_containers
 * With MINNOW_GC_STRESS=1 in the environment the collector runs on every allocation.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "error.h"
#include "gc.h"
#include "str.h"

const char *stub_exc_text(void);
Value stub_cfunc(Value (*fn)(Value));
void stub_init(void);

static int failures, checks;

#define CHECK(cond)                                                                \
    do {                                                                           \
        checks++;                                                                  \
        if (!(cond)) {                                                             \
            failures++;                                                            \
            printf("%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);        \
        }                                                                          \
    } while (0)

static void expect_str(int line, const char *got, const char *want) {
    checks++;
    if (strcmp(got, want)) {
        failures++;
        printf("line %d:\n  got:  %s\n  want: %s\n", line, got, want);
    }
}
#define EXPECT(got, want) expect_str(__LINE__, got, want)

/* repr as a C string (kept alive by a ring of roots) */
static Value keep[16];
static int keep_i;
static const char *R(Value v) {
    if (is_null(v)) return stub_exc_text();
    Value r = obj_repr(v);
    if (is_null(r)) return stub_exc_text();
    keep[keep_i] = r;
    keep_i = (keep_i + 1) % 16;
    return as_str(r)->data;
}
/* the pending exception, cleared */
static const char *ERR(void) {
    static char buf[1200];
    snprintf(buf, sizeof buf, "%s", stub_exc_text());
    err_clear();
    return buf;
}
static Value S(const char *s) { return str_value_cstr(s); }
static Value I(int64_t i) { return v_int(i); }

/* call a method from the type's table */
static Value M(Value self, const char *name, int n, ...) {
    Value args[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) args[i] = va_arg(ap, Value);
    va_end(ap);
    for (const MethodDef *m = type_of(self)->methods; m && m->name; m++)
        if (!strcmp(m->name, name)) return m->fn(self, args, (size_t)n, NULL);
    printf("no method %s\n", name);
    abort();
}
/* call a classmethod of t */
static Value CM(Type *t, const char *name, Value arg) {
    for (const MethodDef *m = t->methods; m && m->name; m++)
        if (!strcmp(m->name, name)) return m->fn(v_obj(t), &arg, 1, NULL);
    printf("no method %s\n", name);
    abort();
}
static Value BIN(Value a, Value b, int op) {
    BinaryFn f = type_of(a)->nb[op];
    Value r = f ? f(a, b) : NotImplemented;
    if (v_is(r, NotImplemented) && type_of(b)->nb[op]) r = type_of(b)->nb[op](a, b);
    return r;
}
static Value IBIN(Value a, Value b, int op) {
    BinaryFn f = type_of(a)->nb_inplace[op];
    return f ? f(a, b) : BIN(a, b, op);
}
static Value LIST(int n, ...) {
    List *l = list_with_capacity(0);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) list_append(l, va_arg(ap, Value));
    va_end(ap);
    return v_obj(l);
}
static Value RANGE(int64_t a, int64_t b, int64_t c) {
    Value args[3] = {I(a), I(b), I(c)};
    return type_range.new(&type_range, args, 3, NULL);
}
static Value SET(Value iterable) {
    Value s = type_set.new(&type_set, NULL, 0, NULL);
    type_set.init(s, &iterable, 1, NULL);
    return s;
}
static Value SL(Value a, Value b, Value c) { return slice_new(a, b, c); }
static int64_t H(Value v) {
    int64_t h = 0;
    if (!obj_hash(v, &h)) printf("hash failed: %s\n", ERR());
    return h;
}

/* ---- tuple ---- */
static void test_tuple(void) {
    Value t = v_obj(tuple_pack(2, I(1), I(2)));
    EXPECT(R(t), "(1, 2)");
    EXPECT(R(v_obj(tuple_pack(1, I(1)))), "(1,)");
    EXPECT(R(v_obj(tuple_empty())), "()");
    CHECK(H(v_obj(tuple_pack(3, I(1), I(2), I(3)))) == 529344067295497451LL);
    CHECK(H(v_obj(tuple_empty())) == 5740354900026072187LL);
    CHECK(H(v_obj(tuple_pack(1, I(1)))) == -6644214454873602895LL);
    EXPECT(R(obj_richcompare(t, v_obj(tuple_pack(2, I(1), I(3))), CMP_LT)), "True");
    EXPECT(R(obj_richcompare(t, v_obj(tuple_pack(1, I(1))), CMP_GT)), "True");
    EXPECT(R(obj_richcompare(t, v_obj(tuple_pack(2, I(1), S("a"))), CMP_LT)),
           "TypeError: '<' not supported between instances of 'int' and 'str'");
    err_clear();
    EXPECT(R(BIN(t, LIST(1, I(3)), NB_ADD)), "TypeError: can only concatenate tuple (not \"list\") to tuple");
    err_clear();
    EXPECT(R(BIN(t, v_obj(tuple_pack(1, I(3))), NB_ADD)), "(1, 2, 3)");
    EXPECT(R(BIN(t, I(2), NB_MULTIPLY)), "(1, 2, 1, 2)");
    EXPECT(R(BIN(I(0), t, NB_MULTIPLY)), "()");
    EXPECT(R(BIN(t, v_float(2.0), NB_MULTIPLY)), "TypeError: can't multiply sequence by non-int of type 'float'");
    err_clear();
    EXPECT(R(obj_getitem(t, I(5))), "IndexError: tuple index out of range");
    err_clear();
    EXPECT(R(obj_getitem(t, I(-1))), "2");
    EXPECT(R(obj_getitem(t, S("a"))), "TypeError: tuple indices must be integers or slices, not str");
    err_clear();
    EXPECT(R(obj_getitem(t, SL(NONE, NONE, I(-1)))), "(2, 1)");
    EXPECT(R(M(t, "index", 1, I(3))), "ValueError: tuple.index(x): x not in tuple");
    err_clear();
    EXPECT(R(M(t, "count", 1, I(2))), "1");
    EXPECT(R(v_obj(seq_to_tuple(RANGE(0, 5, 2)))), "(0, 2, 4)");
}

/* ---- list ---- */
static uint64_t rng = 88172645463325252ULL;
static uint64_t rnd(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}
static int cmp_i64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}
static Value first_div10(Value item) {   /* key: item[0] // 10, collecting on the way */
    static int calls;
    if (++calls % 97 == 0) gc_collect();
    return I(as_int(as_tuple(item)->items[0]) / 10);
}
static Value sort_victim;
static Value key_mutates(Value item) {
    list_append(as_list(sort_victim), I(0));
    return item;
}
static Value key_fails(Value item) {
    if (is_int(item) && as_int(item) == 7) return raise_msg(&exc_ValueError, "bad key");
    return item;
}

static void test_sort(void) {
    for (int round = 0; round < 30; round++) {
        size_t n = round < 10 ? (size_t)round : (size_t)(rnd() % 5000);
        int mode = round % 4;   /* random, sorted, reversed, few distinct */
        List *l = list_with_capacity(0);
        int64_t *ref = malloc((n + 1) * sizeof(int64_t));
        for (size_t i = 0; i < n; i++) {
            int64_t v = mode == 0 ? (int64_t)(rnd() % 1000) - 500 : mode == 1 ? (int64_t)i
                      : mode == 2 ? -(int64_t)i : (int64_t)(rnd() % 3);
            if (mode == 1 && rnd() % 50 == 0) v = (int64_t)(rnd() % 100);
            ref[i] = v;
            list_append(l, I(v));
        }
        CHECK(list_sort(l, NULLV, false));
        qsort(ref, n, sizeof(int64_t), cmp_i64);
        bool same = l->len == n;
        for (size_t i = 0; same && i < n; i++) same = as_int(l->items[i]) == ref[i];
        CHECK(same);
        free(ref);
    }
    /* stability with a key, ascending and descending */
    for (int rev = 0; rev < 2; rev++) {
        List *l = list_with_capacity(0);
        for (int64_t i = 0; i < 3000; i++)
            list_append(l, v_obj(tuple_pack(2, I((int64_t)(rnd() % 200)), I(i))));
        CHECK(list_sort(l, stub_cfunc(first_div10), rev));
        bool ok = true;
        for (size_t i = 1; i < l->len; i++) {
            Tuple *a = as_tuple(l->items[i - 1]), *b = as_tuple(l->items[i]);
            int64_t ka = as_int(a->items[0]) / 10, kb = as_int(b->items[0]) / 10;
            if (rev ? ka < kb : ka > kb) ok = false;
            if (ka == kb && as_int(a->items[1]) > as_int(b->items[1])) ok = false;
        }
        CHECK(ok);
    }
    /* strings and floats take the fast paths */
    Value ls = LIST(4, S("pear"), S("apple"), S("fig"), S("apple"));
    CHECK(list_sort(as_list(ls), NULLV, false));
    EXPECT(R(ls), "['apple', 'apple', 'fig', 'pear']");
    Value lf = LIST(4, v_float(2.5), v_float(-1), v_float(2.25), v_float(0));
    CHECK(list_sort(as_list(lf), NULLV, true));
    EXPECT(R(lf), "[2.5, 2.25, 0, -1]");
    /* mixed types fail; the list keeps all its items */
    Value lm = LIST(3, I(1), S("a"), I(0));
    CHECK(!list_sort(as_list(lm), NULLV, false));
    EXPECT(ERR(), "TypeError: '<' not supported between instances of 'str' and 'int'");
    CHECK(as_list(lm)->len == 3);
    /* list modified during sort */
    sort_victim = LIST(3, I(3), I(1), I(2));
    CHECK(!list_sort(as_list(sort_victim), stub_cfunc(key_mutates), false));
    EXPECT(ERR(), "ValueError: list modified during sort");
    EXPECT(R(sort_victim), "[1, 2, 3]");
    /* key failure leaves the list as it was */
    Value lk = LIST(4, I(9), I(8), I(7), I(6));
    CHECK(!list_sort(as_list(lk), stub_cfunc(key_fails), false));
    EXPECT(ERR(), "ValueError: bad key");
    EXPECT(R(lk), "[9, 8, 7, 6]");
}

static void test_list(void) {
    Value l = LIST(0);
    for (int i = 0; i < 10; i++) list_append(as_list(l), I(i));
    EXPECT(R(l), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]");
    CHECK(obj_setitem(l, SL(I(2), I(5), NONE), LIST(2, S("a"), S("b"))) == 0);
    EXPECT(R(l), "[0, 1, 'a', 'b', 5, 6, 7, 8, 9]");
    CHECK(obj_setitem(l, SL(NONE, NONE, I(2)), LIST(2, I(0), I(0))) < 0);
    EXPECT(ERR(), "ValueError: attempt to assign sequence of size 2 to extended slice of size 5");
    CHECK(obj_setitem(l, SL(NONE, NONE, I(-2)), LIST(5, I(10), I(11), I(12), I(13), I(14))) == 0);
    EXPECT(R(l), "[14, 1, 13, 'b', 12, 6, 11, 8, 10]");
    CHECK(obj_setitem(l, SL(NONE, NONE, I(3)), NULLV) == 0);
    EXPECT(R(l), "[1, 13, 12, 6, 8, 10]");
    CHECK(obj_setitem(l, SL(NONE, NONE, I(-2)), NULLV) == 0);
    EXPECT(R(l), "[1, 12, 8]");
    CHECK(obj_setitem(l, SL(I(1), I(1), NONE), l) == 0);     /* l[1:1] = l */
    EXPECT(R(l), "[1, 1, 12, 8, 12, 8]");
    CHECK(obj_setitem(l, SL(I(0), I(1), NONE), I(1)) < 0);
    EXPECT(ERR(), "TypeError: must assign iterable to extended slice");
    CHECK(obj_setitem(l, I(10), I(1)) < 0);
    EXPECT(ERR(), "IndexError: list assignment index out of range");
    CHECK(obj_setitem(l, I(-1), NULLV) == 0);
    EXPECT(R(l), "[1, 1, 12, 8, 12]");
    EXPECT(R(obj_getitem(l, SL(I(-2), NONE, NONE))), "[8, 12]");
    EXPECT(R(obj_getitem(l, SL(NONE, NONE, I(0)))), "ValueError: slice step cannot be zero");
    err_clear();
    EXPECT(R(M(l, "pop", 0)), "12");
    EXPECT(R(M(l, "pop", 1, I(0))), "1");
    EXPECT(R(M(l, "pop", 1, I(9))), "IndexError: pop index out of range");
    err_clear();
    EXPECT(R(M(LIST(0), "pop", 0)), "IndexError: pop from empty list");
    err_clear();
    EXPECT(R(M(l, "index", 1, I(12))), "1");
    EXPECT(R(M(l, "index", 1, I(3))), "ValueError: 3 is not in list");
    err_clear();
    EXPECT(R(M(l, "remove", 1, I(3))), "ValueError: list.remove(x): x not in list");
    err_clear();
    M(l, "insert", 2, I(-100), S("x"));
    M(l, "insert", 2, I(100), S("y"));
    EXPECT(R(l), "['x', 1, 12, 8, 'y']");
    EXPECT(R(M(l, "append", 2, I(1), I(2))), "TypeError: list.append() takes exactly one argument (2 given)");
    err_clear();
    list_append(as_list(l), l);
    EXPECT(R(l), "['x', 1, 12, 8, 'y', [...]]");
    Value l2 = LIST(2, I(1), I(2));
    EXPECT(R(BIN(l2, v_obj(tuple_pack(1, I(1))), NB_ADD)), "TypeError: can only concatenate list (not \"tuple\") to list");
    err_clear();
    EXPECT(R(IBIN(l2, v_obj(tuple_pack(1, I(3))), NB_ADD)), "[1, 2, 3]");
    EXPECT(R(IBIN(l2, I(2), NB_MULTIPLY)), "[1, 2, 3, 1, 2, 3]");
    EXPECT(R(BIN(I(2), LIST(1, I(0)), NB_MULTIPLY)), "[0, 0]");
    EXPECT(R(obj_richcompare(LIST(2, I(1), I(2)), LIST(2, I(1), I(3)), CMP_LT)), "True");
    EXPECT(R(obj_richcompare(LIST(2, I(1), I(2)), LIST(1, I(1)), CMP_EQ)), "False");
    int64_t h;
    CHECK(!obj_hash(l2, &h));
    EXPECT(ERR(), "TypeError: unhashable type: 'list'");
    /* iterators tolerate mutation */
    Value it = obj_iter(l2);
    EXPECT(R(obj_next(it)), "1");
    M(l2, "clear", 0);
    CHECK(is_null(obj_next(it)) && !err_occurred());
    list_append(as_list(l2), I(5));
    CHECK(is_null(obj_next(it)));
    Value rit = M(LIST(3, I(1), I(2), I(3)), "__reversed__", 0);
    EXPECT(R(v_obj(seq_to_list(rit))), "[3, 2, 1]");
}

/* ---- dict ---- */
static void test_dict(void) {
    Dict *d = dict_new();
    for (int64_t i = 0; i < 1000; i++) CHECK(dict_set(d, I(i), I(i * i)) == 0);
    CHECK(d->len == 1000);
    for (int64_t i = 0; i < 1000; i += 2) CHECK(dict_del(d, I(i)) == 0);
    CHECK(d->len == 500);
    bool ok = true;
    for (int64_t i = 0; i < 1000; i++) {
        Value v = dict_get(d, I(i));
        if (i % 2 ? !is_int(v) || as_int(v) != i * i : !is_null(v)) ok = false;
    }
    CHECK(ok);
    size_t pos = 0;
    Value k, v;
    int64_t expect = 1;
    while (dict_next(d, &pos, &k, &v)) {
        if (as_int(k) != expect) ok = false;
        expect += 2;
    }
    CHECK(ok && expect == 1001);
    gc_collect();
    CHECK(as_int(dict_get(d, I(999))) == 999 * 999);

    Dict *e = dict_new();
    dict_set(e, I(1), S("a"));
    dict_set(e, v_float(1.0), S("b"));
    dict_set(e, TRUEV, S("c"));
    dict_set(e, S("k"), NONE);
    EXPECT(R(v_obj(e)), "{1: 'c', 'k': None}");
    CHECK(dict_set(e, LIST(0), I(1)) < 0);
    EXPECT(ERR(), "TypeError: unhashable type: 'list'");
    EXPECT(R(obj_getitem(v_obj(e), S("zz"))), "KeyError: 'zz'");
    err_clear();
    dict_set(e, S("self"), v_obj(e));
    EXPECT(R(v_obj(e)), "{1: 'c', 'k': None, 'self': {...}}");
    EXPECT(R(M(v_obj(e), "popitem", 0)), "('self', {1: 'c', 'k': None})");
    EXPECT(R(M(v_obj(e), "get", 1, S("q"))), "None");
    EXPECT(R(M(v_obj(e), "setdefault", 2, S("q"), I(5))), "5");
    EXPECT(R(M(v_obj(e), "pop", 2, S("nope"), I(7))), "7");
    EXPECT(R(M(v_obj(e), "pop", 1, S("nope"))), "KeyError: 'nope'");
    err_clear();
    EXPECT(R(v_obj(e)), "{1: 'c', 'k': None, 'q': 5}");
    EXPECT(R(M(v_obj(e), "keys", 0)), "dict_keys([1, 'k', 'q'])");
    EXPECT(R(M(v_obj(e), "items", 0)), "dict_items([(1, 'c'), ('k', None), ('q', 5)])");
    EXPECT(R(M(v_obj(e), "values", 0)), "dict_values(['c', None, 5])");
    EXPECT(R(v_obj(seq_to_list(M(v_obj(e), "__reversed__", 0)))), "['q', 'k', 1]");
    Value empty = v_obj(dict_new());
    EXPECT(R(M(empty, "popitem", 0)), "KeyError: 'popitem(): dictionary is empty'");
    err_clear();
    /* equality ignores order */
    Dict *f = dict_new();
    dict_set(f, S("q"), I(5));
    dict_set(f, S("k"), NONE);
    dict_set(f, v_float(1.0), S("c"));
    EXPECT(R(obj_richcompare(v_obj(e), v_obj(f), CMP_EQ)), "True");
    dict_set(f, S("q"), I(6));
    EXPECT(R(obj_richcompare(v_obj(e), v_obj(f), CMP_EQ)), "False");
    /* iteration notices size changes */
    Value it = obj_iter(v_obj(f));
    obj_next(it);
    dict_set(f, S("new"), I(0));
    CHECK(is_null(obj_next(it)));
    EXPECT(ERR(), "RuntimeError: dictionary changed size during iteration");
    /* same size, different keys */
    it = obj_iter(v_obj(f));
    obj_next(it);
    dict_del(f, S("new"));
    dict_set(f, S("newer"), I(0));
    EXPECT(R(v_obj(seq_to_list(it))), "['k', 1, 'newer']");    /* as CPython */
    /* update from pairs, errors */
    Value pairs = LIST(2, v_obj(tuple_pack(2, I(1), I(2))), LIST(2, S("a"), S("b")));
    Dict *g = dict_new();
    CHECK(dict_update(g, pairs));
    EXPECT(R(v_obj(g)), "{1: 2, 'a': 'b'}");
    CHECK(!dict_update(g, LIST(1, v_obj(tuple_pack(3, I(1), I(2), I(3))))));
    EXPECT(ERR(), "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
    CHECK(!dict_update(g, LIST(2, LIST(2, I(0), I(0)), I(1))));
    EXPECT(ERR(), "TypeError: cannot convert dictionary update sequence element #1 to a sequence");
    CHECK(!dict_update(g, I(1)));
    EXPECT(ERR(), "TypeError: 'int' object is not iterable");
    /* | and |= */
    Dict *h1 = dict_new(), *h2 = dict_new();
    dict_set(h1, I(1), I(1));
    dict_set(h1, I(2), I(2));
    dict_set(h2, I(2), I(20));
    dict_set(h2, I(3), I(30));
    EXPECT(R(BIN(v_obj(h1), v_obj(h2), NB_OR)), "{1: 1, 2: 20, 3: 30}");
    CHECK(v_is(BIN(v_obj(h1), LIST(0), NB_OR), NotImplemented));
    EXPECT(R(IBIN(v_obj(h1), LIST(1, v_obj(tuple_pack(2, I(9), I(9)))), NB_OR)), "{1: 1, 2: 2, 9: 9}");
    /* views as sets */
    Value keys = M(v_obj(h1), "keys", 0);
    EXPECT(R(BIN(keys, LIST(2, I(1), I(3)), NB_AND)), "{1}");
    EXPECT(R(BIN(LIST(2, I(1), I(5)), keys, NB_SUBTRACT)), "{5}");
    EXPECT(R(BIN(keys, LIST(2, I(1), I(3)), NB_XOR)), "{2, 3, 9}");
    EXPECT(R(BIN(M(v_obj(h1), "items", 0), M(v_obj(h2), "items", 0), NB_XOR)),
           "{(3, 30), (9, 9), (2, 20), (1, 1), (2, 2)}");
    EXPECT(R(obj_richcompare(keys, SET(LIST(3, I(9), I(2), I(1))), CMP_EQ)), "True");
    EXPECT(R(obj_richcompare(keys, SET(LIST(3, I(9), I(2), I(1))), CMP_LT)), "False");
    CHECK(obj_contains(M(v_obj(h1), "items", 0), v_obj(tuple_pack(2, I(9), I(9)))) == 1);
    CHECK(obj_contains(M(v_obj(h1), "items", 0), v_obj(tuple_pack(2, I(9), I(8)))) == 0);
    CHECK(!obj_hash(keys, &(int64_t){0}));
    EXPECT(ERR(), "TypeError: unhashable type: 'dict_keys'");
    Dict *big = dict_new();
    for (int i = 0; i < 20; i++) dict_set(big, I(i), I(0));
    EXPECT(R(BIN(M(v_obj(big), "keys", 0), SET(LIST(2, I(3), I(4))), NB_SUBTRACT)),
           "{0, 1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}");
    /* popitem reuses entry indexes: dummies must still force a resize */
    Dict *pq = dict_new();
    for (int64_t i = 0; i < 2000; i++) {
        dict_set(pq, I(i * 7), I(i));
        dict_set(pq, I(i * 7 + 1), I(i));
        M(v_obj(pq), "popitem", 0);
        if (i % 3 == 0) M(v_obj(pq), "popitem", 0);
    }
    CHECK(is_null(dict_get(pq, I(-5))) && !err_occurred());
    CHECK(pq->fill <= pq->capacity && pq->len == 1333);
    /* copy and clear */
    Dict *c = dict_copy(big);
    dict_clear(big);
    CHECK(c->len == 20 && big->len == 0 && is_null(dict_get(big, I(3))));
    CHECK(as_int(dict_get(c, I(19))) == 0);
}

/* ---- set ---- */
static void test_set(void) {
    EXPECT(R(SET(RANGE(0, 20, 1))), "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}");
    EXPECT(R(SET(LIST(2, I(10), I(2)))), "{10, 2}");
    EXPECT(R(SET(LIST(2, I(2), I(10)))), "{2, 10}");
    Set *s = set_new(&type_set);
    for (int64_t x = 0; x < 30; x++) set_add(s, I(x * 7 % 50));
    EXPECT(R(v_obj(s)), "{0, 3, 4, 5, 6, 7, 11, 12, 13, 14, 18, 19, 20, 21, 25, 26, 27, 28, 32, 33, 34, 35, 39, 40, 41, 42, 46, 47, 48, 49}");
    for (int64_t x = 0; x < 50; x += 3) set_discard(s, I(x));
    EXPECT(R(v_obj(s)), "{4, 5, 7, 11, 13, 14, 19, 20, 25, 26, 28, 32, 34, 35, 40, 41, 46, 47, 49}");
    for (int64_t x = 100; x < 140; x++) set_add(s, I(x));
    EXPECT(R(v_obj(s)), "{128, 129, 130, 4, 5, 131, 7, 132, 133, 134, 11, 135, 13, 14, 136, 137, 138, 139, 19, 20, 25, 26, 28, 32, 34, 35, 40, 41, 46, 47, 49, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127}");
    EXPECT(R(M(v_obj(s), "pop", 0)), "128");
    EXPECT(R(M(v_obj(s), "pop", 0)), "129");
    Value a = SET(RANGE(0, 40, 3)), b = SET(RANGE(0, 40, 5));
    EXPECT(R(BIN(a, b, NB_OR)), "{0, 3, 5, 6, 9, 10, 12, 15, 18, 20, 21, 24, 25, 27, 30, 33, 35, 36, 39}");
    EXPECT(R(BIN(a, b, NB_AND)), "{0, 30, 15}");
    EXPECT(R(BIN(a, b, NB_SUBTRACT)), "{33, 3, 36, 6, 39, 9, 12, 18, 21, 24, 27}");
    EXPECT(R(BIN(b, a, NB_SUBTRACT)), "{35, 5, 10, 20, 25}");
    EXPECT(R(BIN(a, b, NB_XOR)), "{3, 5, 6, 9, 10, 12, 18, 20, 21, 24, 25, 27, 33, 35, 36, 39}");
    EXPECT(R(BIN(b, a, NB_XOR)), "{3, 5, 6, 9, 10, 12, 18, 20, 21, 24, 25, 27, 33, 35, 36, 39}");
    CHECK(v_is(BIN(a, LIST(0), NB_OR), NotImplemented));
    EXPECT(R(SET(LIST(8, I(100), I(3), I(67), I(35), I(8), I(1000), I(1099511627776LL), I(-1)))),
           "{1099511627776, 35, 67, 3, 100, 8, 1000, -1}");
    Value fa = frozenset_from(RANGE(0, 30, 1)), fb = frozenset_from(RANGE(0, 30, 2));
    EXPECT(R(BIN(fa, fb, NB_SUBTRACT)), "frozenset({1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29})");
    EXPECT(R(BIN(fb, SET(LIST(1, I(99))), NB_OR)), R(BIN(fb, SET(LIST(1, I(99))), NB_OR)));
    CHECK(is_type(BIN(fb, SET(LIST(1, I(99))), NB_OR), &type_frozenset));
    CHECK(is_type(BIN(SET(LIST(1, I(99))), fb, NB_OR), &type_set));
    CHECK(H(frozenset_from(v_obj(tuple_empty()))) == 133146708735736LL);
    CHECK(H(frozenset_from(LIST(3, I(1), I(2), I(3)))) == -272375401224217160LL);
    CHECK(H(frozenset_from(RANGE(0, 100, 1))) == 4411996150312757951LL);
    CHECK(H(frozenset_from(LIST(3, I(-1), I(-2), I(1LL << 62)))) == 4773952727771490378LL);
    Value nested = frozenset_from(LIST(2, frozenset_from(LIST(1, I(1))), I(2)));
    CHECK(H(nested) == -1248503628839622056LL);
    EXPECT(R(v_obj(set_new(&type_set))), "set()");
    EXPECT(R(v_obj(set_new(&type_frozenset))), "frozenset()");
    /* a set key is looked up as a frozenset */
    Value ss = SET(LIST(1, frozenset_from(v_obj(tuple_empty()))));
    CHECK(obj_contains(ss, v_obj(set_new(&type_set))) == 1);
    CHECK(obj_contains(ss, LIST(0)) < 0);
    EXPECT(ERR(), "TypeError: unhashable type: 'list'");
    EXPECT(R(M(ss, "remove", 1, I(5))), "KeyError: 5");
    err_clear();
    EXPECT(R(M(v_obj(set_new(&type_set)), "pop", 0)), "KeyError: 'pop from an empty set'");
    err_clear();
    /* comparisons */
    Value s12 = SET(LIST(2, I(1), I(2))), s123 = SET(LIST(3, I(1), I(2), I(3)));
    EXPECT(R(obj_richcompare(s12, s123, CMP_LT)), "True");
    EXPECT(R(obj_richcompare(s123, s12, CMP_GE)), "True");
    EXPECT(R(obj_richcompare(s12, frozenset_from(s12), CMP_EQ)), "True");
    EXPECT(R(M(s12, "issubset", 1, LIST(3, I(3), I(2), I(1)))), "True");
    EXPECT(R(M(s12, "isdisjoint", 1, LIST(1, I(3)))), "True");
    EXPECT(R(M(s12, "union", 2, LIST(1, I(3)), v_obj(tuple_pack(1, I(4))))), "{1, 2, 3, 4}");
    EXPECT(R(M(s123, "intersection", 2, LIST(2, I(1), I(2)), LIST(1, I(2)))), "{2}");
    EXPECT(R(M(s123, "difference", 0)), "{1, 2, 3}");
    EXPECT(R(M(s123, "symmetric_difference", 1, LIST(2, I(3), I(4)))), "{1, 2, 4}");
    EXPECT(R(M(s123, "add", 0)), "TypeError: set.add() takes exactly one argument (0 given)");
    err_clear();
    M(s123, "intersection_update", 1, LIST(2, I(3), I(1)));
    EXPECT(R(s123), "{1, 3}");
    /* iteration notices size changes */
    Value it = obj_iter(s123);
    obj_next(it);
    set_add(as_set(s123), I(7));
    CHECK(is_null(obj_next(it)));
    EXPECT(ERR(), "RuntimeError: Set changed size during iteration");
    /* big sets survive a collection */
    Set *big = set_new(&type_set);
    for (int64_t i = 0; i < 5000; i++) set_add(big, v_obj(tuple_pack(1, I(i))));
    gc_collect();
    CHECK(set_contains(big, v_obj(tuple_pack(1, I(4999)))) == 1);
    CHECK(big->used == 5000);
}

/* ---- range and slice ---- */
static void test_range_slice(void) {
    Value r = RANGE(1, 10, 3);
    EXPECT(R(r), "range(1, 10, 3)");
    EXPECT(R(obj_getitem(r, SL(NONE, NONE, I(-1)))), "range(7, -2, -3)");
    EXPECT(R(obj_getitem(r, SL(I(1), NONE, NONE))), "range(4, 10, 3)");
    EXPECT(R(v_obj(seq_to_list(obj_getitem(RANGE(0, 10, 1), SL(NONE, NONE, I(-3)))))), "[9, 6, 3, 0]");
    EXPECT(R(obj_getitem(r, I(-1))), "7");
    EXPECT(R(obj_getitem(r, I(3))), "IndexError: range object index out of range");
    err_clear();
    EXPECT(R(obj_getitem(r, S("a"))), "TypeError: range indices must be integers or slices, not str");
    err_clear();
    CHECK(obj_len(RANGE(5, -5, -2)) == 5);
    EXPECT(R(v_obj(seq_to_list(RANGE(5, -5, -2)))), "[5, 3, 1, -1, -3]");
    CHECK(obj_contains(r, I(7)) == 1 && obj_contains(r, I(8)) == 0 && obj_contains(r, v_float(4.0)) == 1);
    EXPECT(R(obj_richcompare(RANGE(0, 0, 1), RANGE(2, 2, 5), CMP_EQ)), "True");
    CHECK(H(RANGE(0, 0, 1)) == H(RANGE(3, 3, 1)));
    CHECK(H(RANGE(0, 1, 1)) == H(RANGE(0, 1, 7)));
    EXPECT(R(M(r, "index", 1, I(9))), "ValueError: 9 is not in range");
    err_clear();
    EXPECT(R(M(r, "index", 1, I(7))), "2");
    EXPECT(R(v_obj(seq_to_list(M(RANGE(0, 10, 2), "__reversed__", 0)))), "[8, 6, 4, 2, 0]");
    Value args[3] = {I(1), I(2), I(0)};
    EXPECT(R(type_range.new(&type_range, args, 3, NULL)), "ValueError: range() arg 3 must not be zero");
    err_clear();
    CHECK(H(SL(I(1), I(2), I(3))) == -2340833382717974474LL);
    EXPECT(R(SL(NONE, I(1), NONE)), "slice(None, 1, None)");
    EXPECT(R(M(SL(NONE, NONE, I(-1)), "indices", 1, I(5))), "(4, -1, -1)");
    EXPECT(R(M(SL(I(-100), I(100), I(-3)), "indices", 1, I(10))), "(-1, 9, -3)");
    EXPECT(R(M(SL(I(1), NONE, I(0)), "indices", 1, I(5))), "ValueError: slice step cannot be zero");
    err_clear();
    EXPECT(R(obj_getitem(LIST(1, I(1)), SL(S("a"), NONE, NONE))),
           "TypeError: slice indices must be integers or None or have an __index__ method");
    err_clear();
    EXPECT(R(obj_richcompare(SL(I(1), I(2), NONE), SL(I(1), I(3), NONE), CMP_LT)), "True");
}

static void test_generic_alias(void) {
    Value args = v_obj(tuple_pack(2, v_obj(&type_str), CM(&type_list, "__class_getitem__", v_obj(&type_int))));
    Value ga = CM(&type_dict, "__class_getitem__", args);
    EXPECT(R(ga), "dict[str, list[int]]");
    EXPECT(R(generic_alias_new(v_obj(&type_tuple), v_obj(tuple_empty()))), "tuple[()]");
    EXPECT(R(generic_alias_new(v_obj(&type_tuple), v_obj(tuple_pack(2, v_obj(&type_int), Ellipsis)))), "tuple[int, ...]");
    EXPECT(R(obj_richcompare(ga, CM(&type_dict, "__class_getitem__", args), CMP_EQ)), "True");
}

int main(void) {
    int base;
    gc_init(&base);
    stub_init();
    for (int i = 0; i < 16; i++) gc_add_root(&keep[i]);
    gc_add_root(&sort_victim);
    containers_init();
    test_tuple();
    test_sort();
    test_list();
    test_dict();
    test_set();
    test_range_slice();
    test_generic_alias();
    printf("%d checks, %d failures\n", checks, failures);
    return failures != 0;
}
