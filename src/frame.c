/* frame.c — the per-thread data stack, and frame objects built on demand.
 *
 * frame_push bumps a pointer in the current chunk; a frame that does not fit moves to
 * a new chunk (the spare one if any).  frame_pop moves the pointer back; when a chunk
 * empties it becomes the spare, so a call loop at a chunk boundary does not thrash.
 */
#include "containers.h"
#include "error.h"
#include "eval.h"
#include "gc.h"
#include "str.h"

#include <stdlib.h>
#include <string.h>

#define CHUNK_SIZE (64 * 1024)

ThreadState *tstate;

void thread_init(ThreadState *ts) {
    memset(ts, 0, sizeof *ts);
    ts->recursion_limit = 1000;
    ts->c_limit = 8000;
    ts->exc = NULLV;
    ts->handled = NONE;
    ts->trace_func = NULLV;
    ts->profile_func = NULLV;
}

static bool push_chunk(ThreadState *ts, size_t need) {
    size_t size = CHUNK_SIZE;
    while (size < need + sizeof(StackChunk)) size *= 2;
    StackChunk *c;
    if (ts->spare && ts->spare->size >= need + sizeof(StackChunk)) {
        c = ts->spare;
        ts->spare = NULL;
    } else {
        c = malloc(size);
        if (!c) return false;
        c->size = size;
    }
    if (ts->chunk) ts->chunk->top = (size_t)(ts->top - ts->chunk->data);
    c->previous = ts->chunk;
    c->top = 0;
    ts->chunk = c;
    ts->top = c->data;
    ts->limit = (char *)c + c->size;
    return true;
}

Frame *frame_push(ThreadState *ts, Code *co) {
    size_t bytes = frame_size_bytes(co);
    if (ts->top + bytes > ts->limit && !push_chunk(ts, bytes)) {
        raise_no_memory();
        return NULL;
    }
    Frame *f = (Frame *)ts->top;
    ts->top += bytes;
    /* Only the variables start unbound; the value-stack slots keep whatever an earlier
     * frame left there (the collector validates them, see frame_trace_slots). */
    *f = (Frame){.code = co, .owner = OWNED_BY_THREAD};
    memset(f->localsplus, 0, (size_t)co->nlocalsplus * sizeof(Value));
    return f;
}

void frame_pop(ThreadState *ts, Frame *f) {
    ts->top = (char *)f;
    if (ts->top == ts->chunk->data && ts->chunk->previous) {
        StackChunk *c = ts->chunk;
        ts->chunk = c->previous;
        ts->top = ts->chunk->data + ts->chunk->top;
        ts->limit = (char *)ts->chunk + ts->chunk->size;
        if (ts->spare) {
            if (ts->spare->size < c->size) { free(ts->spare); ts->spare = c; }
            else free(c);
        } else ts->spare = c;
    }
}

/* ---- GC support ---- */

void frame_trace_slots(Frame *f) {
    gc_mark_obj(f->code);
    gc_mark_obj(f->func);
    gc_mark_obj(f->globals);
    gc_mark_obj(f->builtins);
    gc_mark_obj(f->locals);
    gc_mark_obj(f->frame_obj);
    if (!f->code) return;
    gc_mark_values(f->localsplus, (size_t)f->code->nlocalsplus);
    /* Value-stack slots above the stack pointer may hold stale values from finished
     * frames, so they are treated like the C stack: marked only if they point at a
     * live object. */
    for (int i = f->code->nlocalsplus; i < f->code->framesize; i++) {
        Value v = f->localsplus[i];
        if (v.tag == TAG_OBJ && gc_is_heap_object(v.u.o)) gc_mark_obj(v.u.o);
    }
}

void thread_trace_pending(ThreadState *ts) {
    if (ts->pending) frame_trace_slots(ts->pending);
}

/* ---- line numbers ---- */

int code_addr_to_line(Code *co, int index);

int frame_lineno(Frame *f) {
    int i = frame_lasti(f);
    if (i < 0) return f->code->firstlineno;
    for (; i >= 0; i--) {
        int line = code_addr_to_line(f->code, i);
        if (line >= 0) return line;
    }
    return f->code->firstlineno;
}

/* ---- frame objects ---- */

FrameObject *frame_object_get(Frame *f) {
    if (f->frame_obj) return f->frame_obj;
    FrameObject *fo = gc_alloc(&type_frame, sizeof *fo);
    if (!fo) return NULL;
    fo->frame = f;
    fo->trace = NONE;
    fo->trace_lines = true;
    fo->last_line = -1;
    fo->last_lasti = -1;
    f->frame_obj = fo;
    return fo;
}

/* The frame is leaving the thread's stack (it returned, or a generator finished):
 * give its object a private copy so f_locals, f_lineno and f_back keep working. */
void frame_detach(Frame *f) {
    FrameObject *fo = f->frame_obj;
    if (!fo || fo->frame != f) return;
    size_t bytes = frame_size_bytes(f->code);
    Frame *copy = malloc(bytes);
    if (!copy) { fo->frame = NULL; return; }
    memcpy(copy, f, bytes);
    copy->owner = OWNED_BY_FRAME_OBJECT;
    copy->previous = NULL;
    copy->state = FRAME_COMPLETED;
    /* the copy is reachable (through fo) before anything else can allocate: the frame
     * has left the thread's chain, so its slots are roots only through the copy */
    fo->owned = copy;
    fo->frame = copy;
    gc_note_external((int64_t)bytes);
    if (f->previous && !fo->back) fo->back = frame_object_get(f->previous);
}

static void frameobj_trace(Obj *o) {
    FrameObject *fo = (FrameObject *)o;
    gc_mark_obj(fo->back);
    gc_mark_value(fo->trace);
    if (fo->owned) frame_trace_slots(fo->owned);
}

static void frameobj_finalize(Obj *o) {
    FrameObject *fo = (FrameObject *)o;
    free(fo->owned);
    fo->owned = NULL;
}

#define FO(v) ((FrameObject *)as_obj(v))

static Frame *fo_frame(Value self) { return FO(self)->frame; }

static Value fo_get_back(Value self) {
    FrameObject *fo = FO(self);
    if (fo->owned || !fo->frame) return fo->back ? v_obj(fo->back) : NONE;
    Frame *prev = fo->frame->previous;
    if (!prev) return NONE;
    FrameObject *b = frame_object_get(prev);
    return b ? v_obj(b) : NULLV;
}
static Value fo_get_code(Value self) { return v_obj(fo_frame(self)->code); }
static Value fo_get_globals(Value self) { return v_obj(fo_frame(self)->globals); }
static Value fo_get_builtins(Value self) { return v_obj(fo_frame(self)->builtins); }
static Value fo_get_lineno(Value self) {
    Frame *f = fo_frame(self);
    return v_int(frame_lineno(f));
}
static Value fo_get_lasti(Value self) {
    Frame *f = fo_frame(self);
    int lasti = frame_lasti(f);
    return v_int(lasti < 0 ? -1 : lasti * 2);
}
Value frame_locals_proxy_new(Value frame_obj);   /* below */
static Value fo_get_locals(Value self) {
    Frame *f = fo_frame(self);
    if (!(f->code->flags & CO_OPTIMIZED)) return v_obj(f->locals ? f->locals : f->globals);
    return frame_locals_proxy_new(self);
}
static Value fo_get_trace(Value self) { return FO(self)->trace; }
static int fo_set_trace(Value self, Value v) { FO(self)->trace = is_null(v) ? NONE : v; return 0; }
static Value fo_get_trace_lines(Value self) { return v_bool(FO(self)->trace_lines); }
static int fo_set_trace_lines(Value self, Value v) {
    if (!is_bool(v)) { raise_msg(&exc_TypeError, "attribute value type must be bool"); return -1; }
    FO(self)->trace_lines = v.u.i;
    return 0;
}
static Value fo_get_trace_opcodes(Value self) { return v_bool(FO(self)->trace_opcodes); }
static int fo_set_trace_opcodes(Value self, Value v) {
    if (!is_bool(v)) { raise_msg(&exc_TypeError, "attribute value type must be bool"); return -1; }
    FO(self)->trace_opcodes = v.u.i;
    return 0;
}

static const GetSetDef frame_getsets[] = {
    {"f_back", fo_get_back, NULL},
    {"f_code", fo_get_code, NULL},
    {"f_globals", fo_get_globals, NULL},
    {"f_builtins", fo_get_builtins, NULL},
    {"f_lineno", fo_get_lineno, NULL},
    {"f_lasti", fo_get_lasti, NULL},
    {"f_locals", fo_get_locals, NULL},
    {"f_trace", fo_get_trace, fo_set_trace},
    {"f_trace_lines", fo_get_trace_lines, fo_set_trace_lines},
    {"f_trace_opcodes", fo_get_trace_opcodes, fo_set_trace_opcodes},
    {NULL, NULL, NULL},
};

static Value frame_clear(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    FrameObject *fo = FO(self);
    if (!fo->owned) {
        Frame *f = fo->frame;
        if (f && f->state == FRAME_SUSPENDED)
            return raise_msg(&exc_RuntimeError, "cannot clear a suspended frame");
        return raise_msg(&exc_RuntimeError, "cannot clear an executing frame");
    }
    Frame *f = fo->owned;
    for (int i = 0; i < f->code->framesize; i++) f->localsplus[i] = NULLV;
    return NONE;
}

static const MethodDef frame_methods[] = {
    {"clear", frame_clear, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value frame_repr(Value self) {
    Frame *f = fo_frame(self);
    return v_str(str_fmt("<frame at %p, file '%s', line %d, code %s>", (void *)as_obj(self),
                         f->code->filename->data, frame_lineno(f), f->code->name->data));
}

Type type_frame = {
    .hdr = {.type = &type_type},
    .name = "frame",
    .basicsize = sizeof(FrameObject),
    .trace = frameobj_trace,
    .finalize = frameobj_finalize,
    .repr = frame_repr,
    .getsets = frame_getsets,
    .methods = frame_methods,
};

/* ---- f_locals of an optimized frame: a write-through proxy (PEP 667) ---- */

typedef struct LocalsProxy {
    Obj hdr;
    FrameObject *frame;
} LocalsProxy;

Type type_frame_locals_proxy;

Value frame_locals_proxy_new(Value frame_obj) {
    LocalsProxy *p = gc_alloc(&type_frame_locals_proxy, sizeof *p);
    if (!p) return NULLV;
    p->frame = FO(frame_obj);
    return v_obj(p);
}

static Frame *proxy_frame(Value self) { return ((LocalsProxy *)as_obj(self))->frame->frame; }

/* Extra (non-variable) keys written through the proxy live in a per-frame dict. */
static Dict *proxy_extra(Frame *f, bool create) {
    if (!f->locals && create) f->locals = dict_new();
    return f->locals;
}

/* The value of slot i, seen through cells; NULLV if unbound. */
static Value slot_value(Frame *f, int i) {
    Value v = f->localsplus[i];
    /* the value escapes the frame: `+=` may no longer grow it in place */
    if (v.tag == TAG_OBJ) v.u.o->flags &= ~(uint32_t)STR_UNIQUE;
    uint8_t kind = f->code->localspluskinds[i];
    if ((kind & (CO_FAST_CELL | CO_FAST_FREE)) && is_type(v, &type_cell)) {
        /* before MAKE_CELL runs, a cell slot holds the plain argument */
        return ((Cell *)as_obj(v))->value;
    }
    if (kind & CO_FAST_FREE) return NULLV;
    return v;
}

static int find_slot(Frame *f, Value key) {
    if (!is_str(key)) return -1;
    Tuple *names_ = f->code->localsplusnames;
    for (int i = 0; i < f->code->nlocalsplus; i++)
        if (str_eq(as_str(names_->items[i]), as_str(key))) return i;
    return -1;
}

static bool slot_visible(Frame *f, int i) {
    uint8_t kind = f->code->localspluskinds[i];
    if (kind & CO_FAST_HIDDEN) return false;
    if ((kind & CO_FAST_FREE) && !(f->code->flags & CO_OPTIMIZED)) return false;
    return true;
}

static Value proxy_getitem(Value self, Value key) {
    Frame *f = proxy_frame(self);
    int i = find_slot(f, key);
    if (i >= 0 && slot_visible(f, i)) {
        Value v = slot_value(f, i);
        if (!is_null(v)) return v;
        return raise_with_arg(&exc_KeyError, key);
    }
    Dict *extra = proxy_extra(f, false);
    if (extra) {
        Value v = dict_get(extra, key);
        if (!is_null(v) || err_occurred()) return v;
    }
    return raise_with_arg(&exc_KeyError, key);
}

static int proxy_setitem(Value self, Value key, Value v) {
    Frame *f = proxy_frame(self);
    if (is_null(v)) {
        raise_msg(&exc_TypeError, "cannot remove variables from FrameLocalsProxy");
        return -1;
    }
    int i = find_slot(f, key);
    if (i >= 0 && slot_visible(f, i)) {
        Value cur = f->localsplus[i];
        if ((f->code->localspluskinds[i] & (CO_FAST_CELL | CO_FAST_FREE)) && is_type(cur, &type_cell))
            ((Cell *)as_obj(cur))->value = v;
        else
            f->localsplus[i] = v;
        return 0;
    }
    Dict *extra = proxy_extra(f, true);
    return extra ? dict_set(extra, key, v) : -1;
}

/* A snapshot dict of the frame's variables and extra keys, in CPython's order. */
Dict *frame_locals_snapshot(Frame *f) {
    Dict *d = dict_new();
    if (!d) return NULL;
    for (int i = 0; i < f->code->nlocalsplus; i++) {
        if (!slot_visible(f, i)) continue;
        Value v = slot_value(f, i);
        if (is_null(v)) continue;
        if (dict_set(d, f->code->localsplusnames->items[i], v) < 0) return NULL;
    }
    Dict *extra = proxy_extra(f, false);
    if (extra && (f->code->flags & CO_OPTIMIZED) && !dict_merge(d, extra, true)) return NULL;
    return d;
}

static Value proxy_snapshot(Value self) {
    Dict *d = frame_locals_snapshot(proxy_frame(self));
    return d ? v_obj(d) : NULLV;
}

static int64_t proxy_len(Value self) {
    Value d = proxy_snapshot(self);
    return is_null(d) ? -1 : (int64_t)as_dict(d)->len;
}

static int proxy_contains(Value self, Value key) {
    Value d = proxy_snapshot(self);
    return is_null(d) ? -1 : dict_contains(as_dict(d), key);
}

static Value proxy_iter(Value self) {
    Value d = proxy_snapshot(self);
    return is_null(d) ? d : obj_iter(d);
}

static Value proxy_repr(Value self) {
    Value d = proxy_snapshot(self);
    return is_null(d) ? d : obj_repr(d);
}

static Value proxy_richcompare(Value a, Value b, int op) {
    Value d = proxy_snapshot(a);
    if (is_null(d)) return d;
    if (is_type(b, &type_frame_locals_proxy)) b = proxy_snapshot(b);
    return obj_richcompare(d, b, op);
}

static Value proxy_call_on_snapshot(Value self, const char *name, Value *args, size_t nargs) {
    Value d = proxy_snapshot(self);
    return is_null(d) ? d : obj_call_method(d, name, args, nargs);
}
static Value proxy_keys(Value self, Value *a, size_t n, Tuple *k) { return proxy_call_on_snapshot(self, "keys", a, n); }
static Value proxy_values(Value self, Value *a, size_t n, Tuple *k) { return proxy_call_on_snapshot(self, "values", a, n); }
static Value proxy_items(Value self, Value *a, size_t n, Tuple *k) { return proxy_call_on_snapshot(self, "items", a, n); }
static Value proxy_copy(Value self, Value *a, size_t n, Tuple *k) { return proxy_snapshot(self); }
static Value proxy_get(Value self, Value *args, size_t nargs, Tuple *k) {
    if (!check_nargs("get", nargs, 1, 2)) return NULLV;
    Value r = proxy_getitem(self, args[0]);
    if (is_null(r) && err_matches(&exc_KeyError)) { err_clear(); return nargs > 1 ? args[1] : NONE; }
    return r;
}
static Value proxy_setdefault(Value self, Value *args, size_t nargs, Tuple *k) {
    if (!check_nargs("setdefault", nargs, 1, 2)) return NULLV;
    Value r = proxy_getitem(self, args[0]);
    if (is_null(r) && err_matches(&exc_KeyError)) {
        err_clear();
        Value d = nargs > 1 ? args[1] : NONE;
        return proxy_setitem(self, args[0], d) < 0 ? NULLV : d;
    }
    return r;
}
static Value proxy_update(Value self, Value *args, size_t nargs, Tuple *k) {
    if (!check_nargs("update", nargs, 0, 1)) return NULLV;
    if (nargs == 0) return NONE;
    Dict *tmp = dict_new();
    if (!tmp || !dict_update(tmp, args[0])) return NULLV;
    size_t pos = 0;
    Value key, v;
    while (dict_next(tmp, &pos, &key, &v))
        if (proxy_setitem(self, key, v) < 0) return NULLV;
    return NONE;
}
static Value proxy_pop(Value self, Value *args, size_t nargs, Tuple *k) {
    return raise_msg(&exc_TypeError, "cannot remove variables from FrameLocalsProxy");
}

static const MethodDef proxy_methods[] = {
    {"keys", proxy_keys, 0, NULL},
    {"values", proxy_values, 0, NULL},
    {"items", proxy_items, 0, NULL},
    {"copy", proxy_copy, 0, NULL},
    {"get", proxy_get, 0, NULL},
    {"setdefault", proxy_setdefault, 0, NULL},
    {"update", proxy_update, 0, NULL},
    {"pop", proxy_pop, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static void proxy_trace(Obj *o) { gc_mark_obj(((LocalsProxy *)o)->frame); }

Type type_frame_locals_proxy = {
    .hdr = {.type = &type_type},
    .name = "FrameLocalsProxy",
    .basicsize = sizeof(LocalsProxy),
    .trace = proxy_trace,
    .getitem = proxy_getitem,
    .setitem = proxy_setitem,
    .len = proxy_len,
    .contains = proxy_contains,
    .iter = proxy_iter,
    .repr = proxy_repr,
    .richcompare = proxy_richcompare,
    .methods = proxy_methods,
};
