/* test_runtime.c — C unit tests of the runtime's foundations: the data stack (chunk
 * growth and reuse), the collector (unreachable objects are freed, reachable ones kept,
 * conservative roots), and the promise that a steady-state call loop allocates nothing.
 *
 * Built by `make unit` (linked with every runtime object except main.o, with malloc
 * wrapped to count calls) and run by `make test`.  Prints "N passed, N failed". */
#include "containers.h"
#include "compile.h"
#include "error.h"
#include "eval.h"
#include "frame.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed, failed;

#define CHECK(cond) do { \
        if (cond) passed++; \
        else { failed++; printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } \
    } while (0)

/* ---- counting allocations: -Wl,--wrap=malloc etc. ---- */
static long nmalloc;
void *__real_malloc(size_t n);
void *__real_calloc(size_t a, size_t b);
void *__real_realloc(void *p, size_t n);
void *__real_aligned_alloc(size_t a, size_t n);
void *__wrap_malloc(size_t n) { nmalloc++; return __real_malloc(n); }
void *__wrap_calloc(size_t a, size_t b) { nmalloc++; return __real_calloc(a, b); }
void *__wrap_realloc(void *p, size_t n) { nmalloc++; return __real_realloc(p, n); }
void *__wrap_aligned_alloc(size_t a, size_t n) { nmalloc++; return __real_aligned_alloc(a, n); }

static Code *tiny_code(int framesize) {
    Code *co = code_new();
    co->framesize = framesize;
    co->stacksize = framesize;
    return co;
}

static void test_data_stack(void) {
    ThreadState ts;
    thread_init(&ts);
    Code *small = tiny_code(4);
    /* frames are contiguous within a chunk */
    Frame *a = frame_push(&ts, small), *b = frame_push(&ts, small);
    CHECK(a && b);
    CHECK((char *)b == (char *)a + frame_size_bytes(small));
    CHECK(is_null(b->localsplus[0]) && is_null(b->localsplus[3]));
    frame_pop(&ts, b);
    Frame *c = frame_push(&ts, small);
    CHECK(c == b);                      /* popping reuses the space */
    frame_pop(&ts, c);
    frame_pop(&ts, a);
    /* a frame bigger than what is left moves to a new chunk; popping keeps it as spare */
    StackChunk *first = ts.chunk;
    Code *big = tiny_code(3000);        /* ~48 KiB */
    Frame *f1 = frame_push(&ts, big), *f2 = frame_push(&ts, big);
    CHECK(f1 && f2);
    CHECK(ts.chunk != first);
    StackChunk *second = ts.chunk;
    frame_pop(&ts, f2);
    CHECK(ts.chunk == first);
    CHECK(ts.spare == second);
    long before = nmalloc;
    for (int i = 0; i < 1000; i++) {    /* crossing the boundary again and again */
        Frame *g = frame_push(&ts, big);
        frame_pop(&ts, g);
    }
    CHECK(nmalloc == before);           /* the spare chunk is reused, nothing allocated */
    frame_pop(&ts, f1);
    /* a huge frame gets a chunk of its own size */
    Code *huge = tiny_code(100000);
    Frame *h = frame_push(&ts, huge);
    CHECK(h != NULL);
    CHECK(ts.chunk->size >= frame_size_bytes(huge));
    frame_pop(&ts, h);
}

static void test_gc(void) {
    gc_collect();
    GcStats base = gc_stats();
    /* garbage is reclaimed */
    for (int i = 0; i < 10000; i++) list_with_capacity(4);
    gc_collect();
    GcStats after = gc_stats();
    CHECK(after.objects_live <= base.objects_live + 100);
    /* an object reachable only from a registered root survives */
    static Value root;
    gc_add_root(&root);
    List *l = list_with_capacity(1);
    list_append(l, v_obj(str_from_cstr("kept alive")));
    root = v_obj(l);
    l = NULL;
    for (int i = 0; i < 5; i++) gc_collect();
    CHECK(str_eq_cstr(as_str(as_list(root)->items[0]), "kept alive"));
    /* an object referenced only from a C local survives (conservative stack scan) */
    volatile Str *local = str_from_cstr("on the C stack");
    for (int i = 0; i < 5; i++) gc_collect();
    CHECK(gc_is_heap_object((const void *)local));
    CHECK(str_eq_cstr((Str *)local, "on the C stack"));
    /* freed slots are reused */
    root = NONE;
    gc_collect();
    GcStats end = gc_stats();
    CHECK(end.collections > base.collections);
}

static Value run(const char *src) {
    Value m = module_new("__test__");
    Dict *d = module_dict(m);
    dict_set_str(d, names.__builtins__, v_obj(builtins_dict));
    Code *co = compile_source(src, strlen(src), "<test>", PARSE_FILE);
    if (!co) return NULLV;
    if (is_null(eval_code(co, d, NULL))) return NULLV;
    return v_obj(d);
}

/* fib(25) makes exactly as many allocations as fib(15): calls allocate nothing. */
static void test_calls_allocate_nothing(void) {
    Value g = run("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n");
    CHECK(!is_null(g));
    if (is_null(g)) { err_clear(); return; }
    Value fib = dict_get_cstr(as_dict(g), "fib");
    obj_call1(fib, v_int(5));           /* warm up */
    long m0 = nmalloc;
    uint64_t c0 = gc_stats().bytes_since_gc + gc_stats().bytes_live;
    Value r15 = obj_call1(fib, v_int(15));
    long small = nmalloc - m0;
    m0 = nmalloc;
    Value r25 = obj_call1(fib, v_int(25));
    long large = nmalloc - m0;
    uint64_t c1 = gc_stats().bytes_since_gc + gc_stats().bytes_live;
    CHECK(is_int(r15) && as_int(r15) == 610);
    CHECK(is_int(r25) && as_int(r25) == 75025);
    CHECK(small == large);
    CHECK(c0 == c1);                    /* and no GC object either */
    if (small != large) printf("  mallocs: fib(15) %ld, fib(25) %ld\n", small, large);
}

int main(void) {
    char base;
    if (!interp_init(&base)) { puts("interpreter failed to start"); return 1; }
    test_data_stack();
    test_gc();
    test_calls_allocate_nothing();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
