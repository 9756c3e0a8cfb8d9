/* gc.c (module) — the `gc` module: control over the collector. */
#include "error.h"
#include "gc.h"
#include "module.h"

static Value gc_collect_fn(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    gc_collect();
    gc_run_finalizers();    /* gc.collect() is a safe point: finalize what it found */
    return v_int(0);
}
static Value gc_enable_fn(Value self, Value *args, size_t nargs, Tuple *kwnames) { gc_enabled = true; return NONE; }
static Value gc_disable_fn(Value self, Value *args, size_t nargs, Tuple *kwnames) { gc_enabled = false; return NONE; }
static Value gc_isenabled_fn(Value self, Value *args, size_t nargs, Tuple *kwnames) { return v_bool(gc_enabled); }

static const MethodDef gc_functions[] = {
    {"collect", gc_collect_fn, 0, NULL},
    {"enable", gc_enable_fn, 0, NULL},
    {"disable", gc_disable_fn, 0, NULL},
    {"isenabled", gc_isenabled_fn, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value module_init_gc(void) {
    Value m = module_new("gc");
    if (is_null(m) || !module_add_functions(m, gc_functions)) return NULLV;
    return m;
}
