/* gen.c — generators and coroutines.  Each embeds its frame; resuming links the frame
 * into the thread's chain and runs it as an entry frame of the eval loop; YIELD_VALUE
 * returns from that activation with the frame suspended. */
#include "containers.h"
#include "error.h"
#include "eval.h"
#include "gc.h"
#include "str.h"

#include <stdio.h>
#include <string.h>

Type type_coroutine;

Value gen_new(Frame *f, Function *func) {
    ThreadState *ts = tstate;
    Code *co = f->code;
    size_t fbytes = frame_size_bytes(co);
    Type *t = (co->flags & CO_COROUTINE) ? &type_coroutine : &type_generator;
    Frame *outer = ts->pending;
    ts->pending = f;            /* the arguments live only in f until copied */
    Generator *g = gc_alloc(t, sizeof(Generator) + fbytes);
    ts->pending = outer;
    if (!g) { frame_pop(ts, f); return NULLV; }
    Frame *gf = (Frame *)g->frame_storage;
    memcpy(gf, f, fbytes);
    frame_pop(ts, f);
    gf->owner = OWNED_BY_GENERATOR;
    gf->state = FRAME_CREATED;
    gf->previous = NULL;
    g->frame = gf;
    g->code = co;
    g->name = func->name;
    g->qualname = func->qualname;
    g->exc_state = NONE;
    return v_obj(g);
}

bool is_generator_like(Value v) {
    return is_obj(v) && (as_obj(v)->type == &type_generator || as_obj(v)->type == &type_coroutine);
}

static Generator *as_gen(Value v) { return (Generator *)as_obj(v); }

static void gen_trace(Obj *o) {
    Generator *g = (Generator *)o;
    gc_mark_obj(g->name);
    gc_mark_obj(g->qualname);
    gc_mark_obj(g->code);
    gc_mark_value(g->exc_state);
    if (!g->finished) frame_trace_slots(g->frame);
    else gc_mark_obj(g->frame->frame_obj);
}

static void gen_finish(Generator *g) {
    g->finished = true;
    Frame *f = g->frame;
    FrameObject *fo = f->frame_obj;
    memset(f->localsplus, 0, (size_t)f->code->framesize * sizeof(Value));
    f->frame_obj = fo;
}

/* Run the generator's frame with `value` as the result of the pending yield (or `exc`
 * raised at that point). */
static Value gen_resume(Generator *g, Value value, Value exc, bool push_value, bool *yielded) {
    ThreadState *ts = tstate;
    Frame *f = g->frame;
    *yielded = false;
    if (push_value && g->started) *f->sp++ = value;
    if (!is_null(exc)) err_restore(exc);
    g->started = true;
    g->running = true;
    Value saved = ts->handled;
    if (!is_none(g->exc_state)) ts->handled = g->exc_state;
    if (!c_recursion_enter("")) {
        g->running = false;
        ts->handled = saved;
        return NULLV;
    }
    Value r = eval_frame(ts, f);
    c_recursion_leave();
    g->running = false;
    g->exc_state = v_is(ts->handled, saved) ? NONE : ts->handled;
    ts->handled = saved;
    if (f->state == FRAME_SUSPENDED) {
        *yielded = true;
        return r;
    }
    gen_finish(g);
    if (is_null(r)) {
        Type *bad = (g->code->flags & CO_ASYNC_GENERATOR) ? &exc_StopAsyncIteration : &exc_StopIteration;
        if (err_matches(bad)) {
            Value inner = err_fetch();
            raise_msg(&exc_RuntimeError, g->hdr.type == &type_coroutine ? "coroutine raised StopIteration"
                                                                          : "generator raised StopIteration");
            ExcObj *e = (ExcObj *)as_obj(err_peek());
            e->cause = inner;
            e->context = inner;
            e->suppress_context = true;
        }
    }
    return r;
}

static bool gen_check_runnable(Generator *g) {
    if (g->running) {
        raise_msg(&exc_ValueError, g->hdr.type == &type_coroutine ? "coroutine already executing"
                                                                  : "generator already executing");
        return false;
    }
    return true;
}

Value gen_send_ex(Value gv, Value value, Value exc, bool *yielded) {
    Generator *g = as_gen(gv);
    *yielded = false;
    if (!gen_check_runnable(g)) return NULLV;
    if (g->finished) {
        if (!is_null(exc)) { err_restore(exc); return NULLV; }
        if (g->hdr.type == &type_coroutine)
            return raise_msg(&exc_RuntimeError, "cannot reuse already awaited coroutine");
        return NONE;
    }
    if (!g->started && is_null(exc) && !is_none(value))
        return raise_fmt(&exc_TypeError, "can't send non-None value to a just-started %s",
                         g->hdr.type == &type_coroutine ? "coroutine" : "generator");
    return gen_resume(g, value, exc, is_null(exc), yielded);
}

/* The iterator a suspended `yield from` / `await` delegates to, or NULLV. */
static Value gen_delegate(Generator *g) {
    Frame *f = g->frame;
    if (g->finished || !g->started || !f->ip) return NULLV;
    const Instr *ip = f->ip;
    Code *co = f->code;
    int i = (int)(ip - co->instrs) - 1;
    if (i < 1 || INSTR_OP(co->instrs[i]) != OP_YIELD_VALUE) return NULLV;
    if (INSTR_OP(co->instrs[i - 1]) != OP_SEND) return NULLV;
    return f->sp[-1];
}

/* The delegate finished with `result`: continue after the yield-from loop. */
static Value gen_resume_after_delegate(Generator *g, Value result, bool *yielded) {
    Frame *f = g->frame;
    Code *co = f->code;
    int i = (int)(f->ip - co->instrs) - 1;
    int target = (int)INSTR_ARG(co->instrs[i - 1]);
    f->sp[-1] = result;
    f->ip = co->instrs + target;
    return gen_resume(g, NULLV, NULLV, false, yielded);
}

static Value exc_from_throw_args(Value *args, size_t nargs) {
    Value typ = args[0];
    Value val = nargs > 1 ? args[1] : NONE;
    Value tb = nargs > 2 ? args[2] : NONE;
    if (!is_none(tb) && !is_type(tb, &type_traceback))
        return raise_msg(&exc_TypeError, "throw() third argument must be a traceback object");
    Value exc;
    if (is_obj(typ) && type_is_subtype(type_of(typ), &type_type) &&
        type_is_subtype((Type *)as_obj(typ), &exc_BaseException)) {
        if (is_instance(val, (Type *)as_obj(typ))) exc = val;
        else if (is_none(val)) exc = obj_call0(typ);
        else if (is_tuple(val)) exc = obj_call(typ, as_tuple(val)->items, as_tuple(val)->len, NULL);
        else exc = obj_call1(typ, val);
        if (is_null(exc)) return NULLV;
    } else if (is_instance(typ, &exc_BaseException)) {
        if (!is_none(val)) return raise_msg(&exc_TypeError, "instance exception may not have a separate value");
        exc = typ;
    } else
        return raise_fmt(&exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                         type_name_of(typ));
    if (!is_none(tb)) ((ExcObj *)as_obj(exc))->traceback = tb;
    return exc;
}

static Value gen_close_value(Value gv);

/* throw(exc) with delegation to a `yield from` subiterator. */
static Value gen_throw_ex(Value gv, Value exc, bool *yielded) {
    Generator *g = as_gen(gv);
    *yielded = false;
    if (!gen_check_runnable(g)) return NULLV;
    Value d = gen_delegate(g);
    if (!is_null(d)) {
        Value r;
        bool sub_yielded = false;
        if (is_instance(exc, &exc_GeneratorExit)) {
            g->running = true;
            r = is_generator_like(d) ? gen_close_value(d) : NONE;
            if (!is_generator_like(d)) {
                Value close = obj_getattr_opt(d, names.close);
                if (!is_null(close)) r = obj_call0(close);
                else if (err_occurred()) r = NULLV;
            }
            g->running = false;
            if (is_null(r)) return gen_resume(g, NULLV, err_fetch(), false, yielded);
            return gen_resume(g, NULLV, exc, false, yielded);
        }
        g->running = true;
        if (is_generator_like(d)) {
            r = gen_throw_ex(d, exc, &sub_yielded);
        } else {
            Value thr = obj_getattr_opt(d, names.throw);
            if (is_null(thr)) {
                g->running = false;
                if (err_occurred()) return gen_resume(g, NULLV, err_fetch(), false, yielded);
                return gen_resume(g, NULLV, exc, false, yielded);
            }
            r = obj_call1(thr, exc);
            sub_yielded = !is_null(r);
        }
        g->running = false;
        if (sub_yielded) { *yielded = true; return r; }
        if (is_null(r)) {
            if (err_matches(&exc_StopIteration) && !is_generator_like(d)) {
                Value e = err_fetch();
                return gen_resume_after_delegate(g, ((ExcObj *)as_obj(e))->extra[0], yielded);
            }
            return gen_resume(g, NULLV, err_fetch(), false, yielded);
        }
        return gen_resume_after_delegate(g, r, yielded);
    }
    return gen_send_ex(gv, NULLV, exc, yielded);
}

Value gen_throw_into(Value gv, Value exc) {
    bool yielded;
    return gen_throw_ex(gv, exc, &yielded);
}

/* ---- finalization (gc.h) ---- */

/* A suspended generator whose position is covered by a handler (finally, with, except)
 * must be closed before it dies; others can just go. */
static bool gen_has_pending_handler(Generator *g) {
    if (!g->started || g->finished || g->running) return false;
    Frame *f = g->frame;
    int lasti = frame_lasti(f);
    for (int i = 0; i < f->code->nexc; i++)
        if (lasti >= f->code->exctable[i].start && lasti < f->code->exctable[i].end) return true;
    return false;
}

bool obj_needs_finalizer(Obj *o) {
    if (o->type == &type_generator || o->type == &type_coroutine) return gen_has_pending_handler((Generator *)o);
    return (o->type->flags & TPF_HAS_DEL) != 0;
}

static Value gen_close_value(Value self);

/* Run the finalizer; an exception is reported as CPython does and then dropped. */
void obj_run_finalizer(Obj *o) {
    Value v = v_obj(o), saved = err_fetch();
    Value r;
    if (o->type == &type_generator || o->type == &type_coroutine) r = gen_close_value(v);
    else r = obj_call_method(v, "__del__", NULL, 0);
    if (is_null(r)) {
        Value exc = err_fetch();
        Value what = obj_repr(v);
        if (is_null(what)) { err_clear(); what = str_value_cstr("<object repr() failed>"); }
        fflush(stdout);
        fprintf(stderr, "Exception ignored in: %s\n", is_str(what) ? as_str(what)->data : "?");
        print_exception(exc);
    }
    err_restore(saved);
}

/* ---- Python-level API ---- */

static Value gen_iternext(Value self) {
    bool yielded;
    Value r = gen_send_ex(self, NONE, NULLV, &yielded);
    if (yielded || is_null(r)) return r;
    if (!is_none(r)) raise_stop_iteration(r);   /* return value carried by StopIteration */
    return NULLV;
}

static Value gen_send(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("send", nargs, 1, 1)) return NULLV;
    bool yielded;
    Value r = gen_send_ex(self, args[0], NULLV, &yielded);
    if (yielded || is_null(r)) return r;
    return raise_stop_iteration(r);
}

static Value gen_throw(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("throw", nargs, 1, 3)) return NULLV;
    Value exc = exc_from_throw_args(args, nargs);
    if (is_null(exc)) return NULLV;
    bool yielded;
    Value r = gen_throw_ex(self, exc, &yielded);
    if (yielded || is_null(r)) return r;
    return raise_stop_iteration(r);
}

static Value gen_close_value(Value self) {
    Generator *g = as_gen(self);
    if (g->finished) return NONE;
    if (!g->started) { gen_finish(g); g->started = true; return NONE; }
    Value exc = exc_new(&exc_GeneratorExit, NULL, 0);
    if (is_null(exc)) return NULLV;
    bool yielded;
    Value r = gen_throw_ex(self, exc, &yielded);
    if (yielded) {
        return raise_msg(&exc_RuntimeError, g->hdr.type == &type_coroutine ? "coroutine ignored GeneratorExit"
                                                                          : "generator ignored GeneratorExit");
    }
    if (is_null(r)) {
        if (err_matches(&exc_GeneratorExit) || err_matches(&exc_StopIteration)) {
            err_clear();
            return NONE;
        }
        return NULLV;
    }
    return r;
}

static Value gen_close(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("close", nargs, 0, 0)) return NULLV;
    return gen_close_value(self);
}

static Value gen_iter(Value self) { return self; }

static Value gen_repr(Value self) {
    Generator *g = as_gen(self);
    return v_str(str_fmt("<%s object %s at %p>", g->hdr.type->name, g->qualname->data, (void *)g));
}

static Value gen_get_frame(Value self) {
    Generator *g = as_gen(self);
    if (g->finished) return NONE;
    FrameObject *fo = frame_object_get(g->frame);
    return fo ? v_obj(fo) : NULLV;
}
static Value gen_get_running(Value self) { return v_bool(as_gen(self)->running); }
static Value gen_get_suspended(Value self) {
    Generator *g = as_gen(self);
    return v_bool(!g->finished && g->started && !g->running);
}
static Value gen_get_code(Value self) { return v_obj(as_gen(self)->code); }
static Value gen_get_name(Value self) { return v_str(as_gen(self)->name); }
static int gen_set_name(Value self, Value v) {
    if (!is_str(v)) { raise_msg(&exc_TypeError, "__name__ must be set to a string object"); return -1; }
    as_gen(self)->name = as_str(v);
    return 0;
}
static Value gen_get_qualname(Value self) { return v_str(as_gen(self)->qualname); }
static int gen_set_qualname(Value self, Value v) {
    if (!is_str(v)) { raise_msg(&exc_TypeError, "__qualname__ must be set to a string object"); return -1; }
    as_gen(self)->qualname = as_str(v);
    return 0;
}
static Value gen_get_yieldfrom(Value self) {
    Value d = gen_delegate(as_gen(self));
    return is_null(d) ? NONE : d;
}

static const GetSetDef gen_getsets[] = {
    {"gi_frame", gen_get_frame, NULL},
    {"gi_running", gen_get_running, NULL},
    {"gi_suspended", gen_get_suspended, NULL},
    {"gi_code", gen_get_code, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL},
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {NULL, NULL, NULL},
};

static const GetSetDef coro_getsets[] = {
    {"cr_frame", gen_get_frame, NULL},
    {"cr_running", gen_get_running, NULL},
    {"cr_suspended", gen_get_suspended, NULL},
    {"cr_code", gen_get_code, NULL},
    {"cr_await", gen_get_yieldfrom, NULL},
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {NULL, NULL, NULL},
};

static const MethodDef gen_methods[] = {
    {"send", gen_send, 0, NULL},
    {"throw", gen_throw, 0, NULL},
    {"close", gen_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_generator = {
    .hdr = {.type = &type_type},
    .name = "generator",
    .basicsize = sizeof(Generator),
    .trace = gen_trace,
    .iter = gen_iter,
    .next = gen_iternext,
    .repr = gen_repr,
    .getsets = gen_getsets,
    .methods = gen_methods,
};

static Value coro_await(Value self, Value *args, size_t nargs, Tuple *kwnames) { return self; }
static const MethodDef coro_methods[] = {
    {"send", gen_send, 0, NULL},
    {"throw", gen_throw, 0, NULL},
    {"close", gen_close, 0, NULL},
    {"__await__", coro_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_coroutine = {
    .hdr = {.type = &type_type},
    .name = "coroutine",
    .basicsize = sizeof(Generator),
    .trace = gen_trace,
    .repr = gen_repr,
    .getsets = coro_getsets,
    .methods = coro_methods,
};
