/* eval.c — the eval loop.
 *
 * One C activation runs a whole chain of Python frames: CALL of a Python function
 * pushes the callee's frame on the thread's data stack and continues here; RETURN_VALUE
 * pops it and resumes the caller.  The C stack is re-entered only when C code calls
 * back into Python (function_call), and such "entry" frames return to their C caller.
 * Exceptions are found through each code object's exception table; `try` costs nothing
 * until something raises.
 */
#include "eval.h"
#include "builtins.h"
#include "containers.h"
#include "error.h"
#include "gc.h"
#include "module.h"
#include "num.h"
#include "str.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* builtins_dict: the builtins module's dict, defined in builtins.c */

Dict *builtins_of(Dict *globals) {
    Value b = dict_get_str(globals, names.__builtins__);
    if (is_dict(b)) return as_dict(b);
    if (is_type(b, &type_module)) return module_dict(b);
    return builtins_dict;
}

/* ---- binding arguments to parameters (CPython's messages) ---- */

static void join_names(StrBuf *b, Tuple *names_, const int *idx, int n) {
    for (int i = 0; i < n; i++) {
        if (i) strbuf_adds(b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        strbuf_addf(b, "'%s'", as_str(names_->items[idx[i]])->data);
    }
}

static bool raise_missing(Function *func, const int *idx, int n, bool kwonly) {
    Code *co = func->code;
    StrBuf b;
    strbuf_init(&b);
    strbuf_addf(&b, "%s() missing %d required %s argument%s: ", func->qualname->data, n,
                kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s");
    join_names(&b, co->localsplusnames, idx, n);
    Str *msg = strbuf_finish(&b);
    if (msg) raise_with_arg(&exc_TypeError, v_str(msg));
    return false;
}

static bool raise_too_many_positional(Function *func, Value *locals, size_t given) {
    Code *co = func->code;
    int ndef = func->defaults ? (int)func->defaults->len : 0;
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (!is_null(locals[i])) kwonly_given++;
    StrBuf b;
    strbuf_init(&b);
    strbuf_addf(&b, "%s() takes ", func->qualname->data);
    if (ndef) strbuf_addf(&b, "from %d to %d positional arguments", co->argcount - ndef, co->argcount);
    else strbuf_addf(&b, "%d positional argument%s", co->argcount, co->argcount == 1 ? "" : "s");
    if (kwonly_given)
        strbuf_addf(&b, " but %zu positional argument%s (and %d keyword-only argument%s) were given", given,
                    given == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
    else
        strbuf_addf(&b, " but %zu %s given", given, given == 1 ? "was" : "were");
    Str *msg = strbuf_finish(&b);
    if (msg) raise_with_arg(&exc_TypeError, v_str(msg));
    return false;
}

static int find_param(Code *co, Str *name, int from, int to) {
    Value *items = co->localsplusnames->items;
    for (int i = from; i < to; i++)
        if (as_str(items[i]) == name) return i;
    for (int i = from; i < to; i++)
        if (str_eq(as_str(items[i]), name)) return i;
    return -1;
}

static bool bind_arguments(Function *func, Value *locals, Value *args, size_t nargs, Tuple *kwnames) {
    Code *co = func->code;
    int argcount = co->argcount, total = argcount + co->kwonlyargcount;
    bool varargs = co->flags & CO_VARARGS, varkw = co->flags & CO_VARKEYWORDS;
    Dict *kwdict = NULL;
    if (varkw) {
        if (!(kwdict = dict_new())) return false;
        locals[total + varargs] = v_obj(kwdict);
    }
    size_t n = nargs < (size_t)argcount ? nargs : (size_t)argcount;
    for (size_t i = 0; i < n; i++) locals[i] = args[i];
    if (varargs) {
        Tuple *rest = nargs > n ? tuple_from(args + n, nargs - n) : tuple_empty();
        if (!rest) return false;
        locals[total] = v_obj(rest);
    }
    size_t nkw = kwnames ? kwnames->len : 0;
    for (size_t k = 0; k < nkw; k++) {
        Value key = kwnames->items[k], v = args[nargs + k];
        Str *name = as_str(key);
        int i = find_param(co, name, co->posonlyargcount, total);
        if (i < 0) {
            if (kwdict) {
                if (dict_set(kwdict, key, v) < 0) return false;
                continue;
            }
            if (find_param(co, name, 0, co->posonlyargcount) >= 0)
                raise_fmt(&exc_TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                          func->qualname->data, name->data);
            else
                raise_fmt(&exc_TypeError, "%s() got an unexpected keyword argument '%s'", func->qualname->data, name->data);
            return false;
        }
        if (!is_null(locals[i])) {
            raise_fmt(&exc_TypeError, "%s() got multiple values for argument '%s'", func->qualname->data, name->data);
            return false;
        }
        locals[i] = v;
    }
    if (nargs > (size_t)argcount && !varargs) return raise_too_many_positional(func, locals, nargs);
    if (nargs < (size_t)argcount) {
        int ndef = func->defaults ? (int)func->defaults->len : 0;
        int first_default = argcount - ndef;
        int missing[256], nmissing = 0;
        for (int i = (int)nargs; i < argcount; i++) {
            if (!is_null(locals[i])) continue;
            if (i >= first_default) locals[i] = func->defaults->items[i - first_default];
            else if (nmissing < 256) missing[nmissing++] = i;
        }
        if (nmissing) return raise_missing(func, missing, nmissing, false);
    }
    if (co->kwonlyargcount) {
        int missing[256], nmissing = 0;
        for (int i = argcount; i < total; i++) {
            if (!is_null(locals[i])) continue;
            Value d = func->kwdefaults ? dict_get(func->kwdefaults, co->localsplusnames->items[i]) : NULLV;
            if (!is_null(d)) locals[i] = d;
            else if (nmissing < 256) missing[nmissing++] = i;
        }
        if (nmissing) return raise_missing(func, missing, nmissing, true);
    }
    return true;
}

static bool recursion_check(ThreadState *ts) {
    if (ts->py_depth < ts->recursion_limit) return true;
    raise_msg(&exc_RecursionError, "maximum recursion depth exceeded");
    return false;
}

Frame *push_call_frame(ThreadState *ts, Function *func, Value *args, size_t nargs, Tuple *kwnames) {
    if (!recursion_check(ts)) return NULL;
    Code *co = func->code;
    Frame *f = frame_push(ts, co);
    if (!f) return NULL;
    f->func = func;
    f->globals = func->globals;
    f->builtins = func->builtins;
    Frame *outer = ts->pending;
    ts->pending = f;
    bool ok;
    if (!kwnames && nargs == (size_t)co->argcount && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) &&
        !co->kwonlyargcount) {
        for (size_t i = 0; i < nargs; i++) f->localsplus[i] = args[i];
        ok = true;
    } else ok = bind_arguments(func, f->localsplus, args, nargs, kwnames);
    ts->pending = outer;
    if (!ok) { frame_pop(ts, f); return NULL; }
    return f;
}

static bool is_generator_code(Code *co) {
    return co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR);
}

Value function_call(Value callable, Value *args, size_t nargs, Tuple *kwnames) {
    ThreadState *ts = tstate;
    Function *func = (Function *)as_obj(callable);
    Frame *f = push_call_frame(ts, func, args, nargs, kwnames);
    if (!f) return NULLV;
    if (is_generator_code(func->code)) return gen_new(f, func);
    if (!c_recursion_enter("")) { frame_pop(ts, f); return NULLV; }
    Value r = eval_frame(ts, f);
    c_recursion_leave();
    return r;
}

Value eval_code(Code *co, Dict *globals, Dict *locals) {
    ThreadState *ts = tstate;
    if (!recursion_check(ts)) return NULLV;
    Frame *f = frame_push(ts, co);
    if (!f) return NULLV;
    f->globals = globals;
    f->builtins = builtins_of(globals);
    f->locals = locals;
    if (!c_recursion_enter("")) { frame_pop(ts, f); return NULLV; }
    Value r = eval_frame(ts, f);
    c_recursion_leave();
    return r;
}

Value eval_class_body(Function *func, Dict *ns) {
    ThreadState *ts = tstate;
    if (!recursion_check(ts)) return NULLV;
    Frame *f = frame_push(ts, func->code);
    if (!f) return NULLV;
    f->func = func;
    f->globals = func->globals;
    f->builtins = func->builtins;
    f->locals = ns;
    if (!c_recursion_enter("")) { frame_pop(ts, f); return NULLV; }
    Value r = eval_frame(ts, f);
    c_recursion_leave();
    return r;
}

/* super() with no arguments: the class from the __class__ cell and the first argument. */
bool super_from_frame(Value *type, Value *obj) {
    Frame *f = tstate->frame;
    if (!f || !f->code) { raise_msg(&exc_RuntimeError, "super(): no current frame"); return false; }
    Code *co = f->code;
    if (co->argcount == 0 && !(co->flags & CO_VARARGS)) {
        raise_msg(&exc_RuntimeError, "super(): no arguments");
        return false;
    }
    Value first = f->localsplus[0];
    if ((co->localspluskinds[0] & CO_FAST_CELL) && is_type(first, &type_cell)) first = ((Cell *)as_obj(first))->value;
    if (is_null(first)) { raise_msg(&exc_RuntimeError, "super(): arg[0] deleted"); return false; }
    for (int i = 0; i < co->nlocalsplus; i++) {
        if (!(co->localspluskinds[i] & CO_FAST_FREE)) continue;
        if (!str_eq(as_str(co->localsplusnames->items[i]), names.__class__)) continue;
        Value cell = f->localsplus[i];
        if (!is_type(cell, &type_cell) || is_null(((Cell *)as_obj(cell))->value)) {
            raise_msg(&exc_RuntimeError, "super(): empty __class__ cell");
            return false;
        }
        Value cls = ((Cell *)as_obj(cell))->value;
        if (!is_obj(cls) || !type_is_subtype(type_of(cls), &type_type)) {
            raise_fmt(&exc_RuntimeError, "super(): __class__ is not a type (%s)", type_name_of(cls));
            return false;
        }
        *type = cls;
        *obj = first;
        return true;
    }
    raise_msg(&exc_RuntimeError, "super(): __class__ cell not found");
    return false;
}

/* ---- helpers for individual instructions ---- */

static Value load_global(Frame *f, Str *name) {
    Value v = dict_get_str(f->globals, name);
    if (!is_null(v)) return v;
    v = dict_get_str(f->builtins, name);
    if (!is_null(v)) return v;
    Value e = raise_fmt(&exc_NameError, "name '%s' is not defined", name->data);
    Value exc = err_peek();
    if (is_instance(exc, &exc_NameError)) ((ExcObj *)as_obj(exc))->extra[1] = v_str(name);
    return e;
}

/* A class body's namespace may be a dict subclass returned by a metaclass's __prepare__:
 * then name access goes through its (possibly overridden) __getitem__/__setitem__. */
static bool ns_is_exact(Dict *d) { return d->hdr.type == &type_dict; }

static Value ns_get(Dict *d, Str *name) {
    if (ns_is_exact(d)) return dict_get_str(d, name);
    Value v = obj_getitem(v_obj(d), v_str(name));
    if (is_null(v) && err_matches(&exc_KeyError)) err_clear();
    return v;
}

static int ns_set(Dict *d, Str *name, Value v) {
    return ns_is_exact(d) ? dict_set_str(d, name, v) : obj_setitem(v_obj(d), v_str(name), v);
}

static int ns_del(Dict *d, Str *name) {
    return ns_is_exact(d) ? dict_del_str(d, name) : obj_delitem(v_obj(d), v_str(name));
}

static Value load_name(Frame *f, Str *name) {
    if (f->locals) {
        Value v = ns_get(f->locals, name);
        if (!is_null(v) || err_occurred()) return v;
    }
    return load_global(f, name);
}

static Value raise_unbound_local(Code *co, int i) {
    Str *name = as_str(co->localsplusnames->items[i]);
    if (co->localspluskinds[i] & CO_FAST_FREE)
        return raise_fmt(&exc_NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name->data);
    return raise_fmt(&exc_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name->data);
}

static bool unpack_iterable(Value seq, int before, int after, Value *out_top) {
    /* out_top points one past where the last item goes; items are stored so that item 0
     * ends on top: out_top[-1] = item0, out_top[-2] = item1, ... */
    bool star = after >= 0;
    size_t expect = (size_t)before + (star ? (size_t)after : 0);
    Value *items = NULL;
    size_t n = 0;
    List *tmp = NULL;
    if (is_tuple(seq)) { items = as_tuple(seq)->items; n = as_tuple(seq)->len; }
    else if (is_list(seq)) { items = as_list(seq)->items; n = as_list(seq)->len; }
    else {
        Type *t = type_of(seq);
        if (!t->iter && !t->getitem) {
            raise_fmt(&exc_TypeError, "cannot unpack non-iterable %s object", t->name);
            return false;
        }
        Value it = obj_iter(seq);
        if (is_null(it)) return false;
        tmp = list_with_capacity(expect);
        if (!tmp) return false;
        for (;;) {
            Value x = obj_next(it);
            if (is_null(x)) { if (err_occurred()) return false; break; }
            if (!star && tmp->len == expect) {
                raise_fmt(&exc_ValueError, "too many values to unpack (expected %zu)", expect);
                return false;
            }
            if (!list_append(tmp, x)) return false;
        }
        items = tmp->items;
        n = tmp->len;
    }
    if (!star) {
        if (n != expect) {
            if (n < expect) raise_fmt(&exc_ValueError, "not enough values to unpack (expected %zu, got %zu)", expect, n);
            else raise_fmt(&exc_ValueError, "too many values to unpack (expected %zu)", expect);
            return false;
        }
        for (size_t i = 0; i < n; i++) out_top[-1 - (ptrdiff_t)i] = items[i];
        return true;
    }
    if (n < expect) {
        raise_fmt(&exc_ValueError, "not enough values to unpack (expected at least %zu, got %zu)", expect, n);
        return false;
    }
    size_t i = 0, pos = 0;
    for (; i < (size_t)before; i++) out_top[-1 - (ptrdiff_t)pos++] = items[i];
    size_t nstar = n - expect;
    List *mid = list_from(items + before, nstar);
    if (!mid) return false;
    out_top[-1 - (ptrdiff_t)pos++] = v_obj(mid);
    for (i = before + nstar; i < n; i++) out_top[-1 - (ptrdiff_t)pos++] = items[i];
    return true;
}

static Value build_string(Value *items, size_t n) {
    size_t total = 0;
    for (size_t i = 0; i < n; i++) total += as_str(items[i])->nbytes;
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < n; i++) strbuf_add(&b, as_str(items[i])->data, as_str(items[i])->nbytes);
    (void)total;
    Str *s = strbuf_finish(&b);
    return s ? v_str(s) : NULLV;
}

static bool check_exc_type(Value t) {
    if (is_obj(t) && type_is_subtype(type_of(t), &type_type) && type_is_subtype((Type *)as_obj(t), &exc_BaseException))
        return true;
    if (is_tuple(t)) {
        for (size_t i = 0; i < as_tuple(t)->len; i++)
            if (!check_exc_type(as_tuple(t)->items[i])) return false;
        return true;
    }
    raise_msg(&exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return false;
}

static bool exc_matches(Value exc, Value t) {
    if (is_tuple(t)) {
        for (size_t i = 0; i < as_tuple(t)->len; i++)
            if (exc_matches(exc, as_tuple(t)->items[i])) return true;
        return false;
    }
    return type_is_subtype(type_of(exc), (Type *)as_obj(t));
}

/* Set exc.__context__ to the exception being handled, avoiding cycles. */
static void set_context(Value exc, Value handled) {
    if (is_none(handled) || is_null(handled) || v_is(exc, handled)) return;
    if (!is_instance(exc, &exc_BaseException)) return;
    ExcObj *e = (ExcObj *)as_obj(exc);
    if (!is_none(e->context)) return;
    /* break a cycle: if exc already appears in handled's context chain, cut it there */
    Value o = handled;
    while (is_instance(o, &exc_BaseException)) {
        ExcObj *x = (ExcObj *)as_obj(o);
        if (v_is(x->context, exc)) { x->context = NONE; break; }
        o = x->context;
    }
    e->context = handled;
}

static Value do_raise(Value exc, Value cause) {
    Value inst = exc;
    if (is_obj(exc) && type_is_subtype(type_of(exc), &type_type)) {
        if (!type_is_subtype((Type *)as_obj(exc), &exc_BaseException))
            return raise_msg(&exc_TypeError, "exceptions must derive from BaseException");
        inst = obj_call0(exc);
        if (is_null(inst)) return NULLV;
        if (!is_instance(inst, &exc_BaseException))
            return raise_fmt(&exc_TypeError, "calling %R should have returned an instance of BaseException, not %s",
                             &exc, type_name_of(inst));
    } else if (!is_instance(exc, &exc_BaseException))
        return raise_msg(&exc_TypeError, "exceptions must derive from BaseException");
    if (!is_null(cause)) {
        Value c = cause;
        if (is_obj(c) && type_is_subtype(type_of(c), &type_type)) {
            if (!type_is_subtype((Type *)as_obj(c), &exc_BaseException))
                return raise_msg(&exc_TypeError, "exception causes must derive from BaseException");
            c = obj_call0(c);
            if (is_null(c)) return NULLV;
        } else if (!is_none(c) && !is_instance(c, &exc_BaseException))
            return raise_msg(&exc_TypeError, "exception causes must derive from BaseException");
        ((ExcObj *)as_obj(inst))->cause = c;
        ((ExcObj *)as_obj(inst))->suppress_context = true;
    }
    err_restore(inst);
    return NULLV;
}

static Value call_exit(Value exit_fn, Value exc) {
    Value args[3];
    if (is_null(exc)) {
        args[0] = args[1] = args[2] = NONE;
    } else {
        args[0] = v_obj(type_of(exc));
        args[1] = exc;
        args[2] = ((ExcObj *)as_obj(exc))->traceback;
    }
    return obj_call(exit_fn, args, 3, NULL);
}

static Value before_with(Value mgr, Value *exit_out) {
    Type *t = type_of(mgr);
    Value enter = type_lookup(t, names.__enter__);
    Value exit = type_lookup(t, names.__exit__);
    if (is_null(enter) || is_null(exit)) {
        if (!is_null(enter))
            return raise_fmt(&exc_TypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)", t->name);
        return raise_fmt(&exc_TypeError, "'%s' object does not support the context manager protocol", t->name);
    }
    Type *et = type_of(exit);
    Value bound_exit = et->descr_get ? et->descr_get(exit, mgr, v_obj(t)) : exit;
    if (is_null(bound_exit)) return NULLV;
    *exit_out = bound_exit;
    Type *nt = type_of(enter);
    Value bound_enter = nt->descr_get ? nt->descr_get(enter, mgr, v_obj(t)) : enter;
    if (is_null(bound_enter)) return NULLV;
    return obj_call0(bound_enter);
}

/* How CPython names a callable in call errors: "mod.qualname()" (or "qualname()"). */
static const char *callable_display(Value f) {
    Value qn = obj_getattr_opt(f, names.__qualname__);
    if (!is_str(qn)) { err_clear(); return "function"; }
    Value mod = obj_getattr_opt(f, names.__module__);
    if (is_null(mod)) err_clear();
    Str *s = is_str(mod) && !str_eq_cstr(as_str(mod), "builtins")
                 ? str_fmt("%s.%s()", as_str(mod)->data, as_str(qn)->data)
                 : str_fmt("%s()", as_str(qn)->data);
    return s ? s->data : "function";
}

static Value import_from(Value module, Str *name) {
    Value v = obj_getattr(module, name);
    if (!is_null(v) || !err_matches(&exc_AttributeError)) return v;
    err_clear();
    Value pkgname = obj_getattr_opt(module, names.__name__);
    if (is_str(pkgname)) {
        Str *full = str_fmt("%s.%s", as_str(pkgname)->data, name->data);
        Value sysmods = module_dict_sys_modules();
        if (full && is_dict(sysmods)) {
            Value m = dict_get(as_dict(sysmods), v_str(full));
            if (!is_null(m)) return m;
        }
        Value file = obj_getattr_opt(module, names.__file__);
        if (is_str(file))
            return raise_fmt(&exc_ImportError, "cannot import name '%s' from '%s' (%s)", name->data,
                             as_str(pkgname)->data, as_str(file)->data);
        return raise_fmt(&exc_ImportError, "cannot import name '%s' from '%s' (unknown location)", name->data,
                         as_str(pkgname)->data);
    }
    return raise_fmt(&exc_ImportError, "cannot import name '%s'", name->data);
}

static bool import_star(Frame *f, Value module) {
    Dict *target = f->locals ? f->locals : f->globals;
    Value all = obj_getattr_opt(module, names.__all__);
    if (is_null(all) && err_occurred()) return false;
    if (!is_null(all)) {
        Value it = obj_iter(all);
        if (is_null(it)) return false;
        for (;;) {
            Value n = obj_next(it);
            if (is_null(n)) return !err_occurred();
            if (!is_str(n)) { raise_fmt(&exc_TypeError, "Item in %s.__all__ must be str, not %s", "module", type_name_of(n)); return false; }
            Value v = obj_getattr(module, as_str(n));
            if (is_null(v) || dict_set(target, n, v) < 0) return false;
        }
    }
    Dict **slot = obj_dict_slot(module);
    if (!slot || !*slot) return true;
    size_t pos = 0;
    Value k, v;
    while (dict_next(*slot, &pos, &k, &v)) {
        if (is_str(k) && as_str(k)->data[0] == '_') continue;
        if (dict_set(target, k, v) < 0) return false;
    }
    return true;
}

static Value call_intrinsic1(Frame *f, int which, Value v) {
    switch (which) {
    case INTRINSIC_PRINT: {
        if (is_none(v)) return NONE;
        Value r = obj_repr(v);
        if (is_null(r)) return r;
        fwrite(as_str(r)->data, 1, as_str(r)->nbytes, stdout);
        fputc('\n', stdout);
        return NONE;
    }
    case INTRINSIC_IMPORT_STAR: return import_star(f, v) ? NONE : NULLV;
    case INTRINSIC_UNARY_POSITIVE: return obj_pos(v);
    case INTRINSIC_LIST_TO_TUPLE: {
        Tuple *t = tuple_from_list(as_list(v));
        return t ? v_obj(t) : NULLV;
    }
    case INTRINSIC_STOPITERATION_ERROR: return v;
    default: return raise_msg(&exc_SystemError, "unknown intrinsic");
    }
}

static Value format_simple(Value v) {
    if (is_str(v)) return v;
    return format_value(v, str_empty());
}

static int exc_table_lookup(Code *co, int index, ExcEntry **out) {
    for (int i = 0; i < co->nexc; i++) {
        ExcEntry *e = &co->exctable[i];
        if (index >= e->start && index < e->end) { *out = e; return 1; }
    }
    return 0;
}

static inline __attribute__((always_inline)) bool binop_int_fast(int op, int64_t a, int64_t b, Value *out) {
    int64_t r;
    switch (op) {
    case NB_ADD: case NB_INPLACE(NB_ADD):
        if (__builtin_add_overflow(a, b, &r)) return false;
        *out = v_int(r);
        return true;
    case NB_SUBTRACT: case NB_INPLACE(NB_SUBTRACT):
        if (__builtin_sub_overflow(a, b, &r)) return false;
        *out = v_int(r);
        return true;
    case NB_MULTIPLY: case NB_INPLACE(NB_MULTIPLY):
        if (__builtin_mul_overflow(a, b, &r)) return false;
        *out = v_int(r);
        return true;
    case NB_FLOOR_DIVIDE: case NB_INPLACE(NB_FLOOR_DIVIDE):
        if (b == 0 || (a == INT64_MIN && b == -1)) return false;
        r = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) r--;
        *out = v_int(r);
        return true;
    case NB_REMAINDER: case NB_INPLACE(NB_REMAINDER):
        if (b == 0 || b == -1) return false;
        r = a % b;
        if (r != 0 && ((r < 0) != (b < 0))) r += b;
        *out = v_int(r);
        return true;
    case NB_AND: case NB_INPLACE(NB_AND): *out = v_int(a & b); return true;
    case NB_OR: case NB_INPLACE(NB_OR): *out = v_int(a | b); return true;
    case NB_XOR: case NB_INPLACE(NB_XOR): *out = v_int(a ^ b); return true;
    default: return false;
    }
}

static inline __attribute__((always_inline)) bool binop_float_fast(int op, double a, double b, Value *out) {
    switch (op) {
    case NB_ADD: case NB_INPLACE(NB_ADD): *out = v_float(a + b); return true;
    case NB_SUBTRACT: case NB_INPLACE(NB_SUBTRACT): *out = v_float(a - b); return true;
    case NB_MULTIPLY: case NB_INPLACE(NB_MULTIPLY): *out = v_float(a * b); return true;
    case NB_TRUE_DIVIDE: case NB_INPLACE(NB_TRUE_DIVIDE):
        if (b == 0.0) return false;
        *out = v_float(a / b);
        return true;
    default: return false;
    }
}

static inline __attribute__((always_inline)) Value binary_op(Value a, Value b, int op) {
    Value r;
    if (is_int(a) && is_int(b) && binop_int_fast(op, as_int(a), as_int(b), &r)) return r;
    if (is_float(a) && is_float(b) && binop_float_fast(op, as_float(a), as_float(b), &r)) return r;
    if (is_float(a) && is_int(b) && binop_float_fast(op, as_float(a), (double)as_int(b), &r)) return r;
    if (is_int(a) && is_float(b) && binop_float_fast(op, (double)as_int(a), as_float(b), &r)) return r;
    return obj_binary_op(a, b, op);
}

static inline __attribute__((always_inline)) Value compare_op(Value a, Value b, int op) {
    if (is_int(a) && is_int(b)) {
        int64_t x = as_int(a), y = as_int(b);
        switch (op) {
        case CMP_LT: return v_bool(x < y);
        case CMP_LE: return v_bool(x <= y);
        case CMP_EQ: return v_bool(x == y);
        case CMP_NE: return v_bool(x != y);
        case CMP_GT: return v_bool(x > y);
        default: return v_bool(x >= y);
        }
    }
    if (is_float(a) && is_float(b)) {
        double x = as_float(a), y = as_float(b);
        switch (op) {
        case CMP_LT: return v_bool(x < y);
        case CMP_LE: return v_bool(x <= y);
        case CMP_EQ: return v_bool(x == y);
        case CMP_NE: return v_bool(x != y);
        case CMP_GT: return v_bool(x > y);
        default: return v_bool(x >= y);
        }
    }
    return obj_richcompare(a, b, op);
}

/* A method-call attribute load: (meth, self) when the attribute is a plain function or
 * method descriptor on the type, so no bound method is allocated; else (attr, NULL). */
static bool load_method(Value owner, Str *name, Value *meth, Value *self) {
    Type *t = type_of(owner);
    if (t == &type_super && super_method(owner, name, meth, self)) return true;
    if (t->getattr == generic_getattr || !t->getattr) {
        Value descr = type_lookup(t, name);
        if (!is_null(descr) && (is_type(descr, &type_function) || is_type(descr, &type_method_descr))) {
            Dict **slot = obj_dict_slot(owner);
            if (!slot || !*slot || is_null(dict_get_str(*slot, name))) {
                *meth = descr;
                *self = owner;
                return true;
            }
        }
    }
    Value v = obj_getattr(owner, name);
    if (is_null(v)) return false;
    *meth = v;
    *self = NULLV;
    return true;
}


/* Leave a frame: unlink it, keep a returning frame's object usable, free its slot. */
static inline void leave_frame(ThreadState *ts, Frame *f) {
    ts->frame = f->previous;
    ts->py_depth--;
    if (f->frame_obj) frame_detach(f);
    if (f->owner == OWNED_BY_THREAD) {
        if ((char *)f != ts->chunk->data) ts->top = (char *)f;     /* the chunk stays in use */
        else frame_pop(ts, f);
    }
}


/* ---- sys.settrace / sys.setprofile ----
 * While a trace or profile function is set, frames dispatch through a table whose every
 * entry first runs L_TRACE (line and opcode events); calls, returns and exceptions report
 * at the places they happen.  With neither set, the normal table has no such check. */

static Str *event_names[7];
enum { EV_CALL, EV_LINE, EV_RETURN, EV_EXCEPTION, EV_OPCODE, EV_C_CALL, EV_C_RETURN };
static const char *const event_cstr[] = {"call", "line", "return", "exception", "opcode", "c_call", "c_return"};

/* Call fn(frame, event, arg); a failing trace function turns tracing off, like CPython. */
static Value call_tracer(ThreadState *ts, Value fn, Frame *f, int event, Value arg, bool is_profile) {
    FrameObject *fo = frame_object_get(f);
    if (!fo) return NULLV;
    if (!event_names[event]) {
        event_names[event] = str_intern_cstr(event_cstr[event]);
        if (!event_names[event]) return NULLV;
        gc_add_root_obj((Obj **)&event_names[event]);
    }
    Value args[3] = {v_obj(fo), v_str(event_names[event]), is_null(arg) ? NONE : arg};
    ts->tracing = true;
    Value r = obj_call(fn, args, 3, NULL);
    ts->tracing = false;
    if (is_null(r)) {
        if (is_profile) ts->profile_func = NULLV;
        else { ts->trace_func = NULLV; fo->trace = NONE; }
        ts->instrumented = !is_null(ts->trace_func) || !is_null(ts->profile_func);
    }
    return r;
}

/* The local trace function for an event, updating f_trace from its result. */
static bool trace_local(ThreadState *ts, Frame *f, int event, Value arg) {
    if (ts->tracing || !f->frame_obj || is_none(f->frame_obj->trace) || is_null(f->frame_obj->trace)) return true;
    Value r = call_tracer(ts, f->frame_obj->trace, f, event, arg, false);
    if (is_null(r)) return false;
    if (!is_none(r)) f->frame_obj->trace = r;
    return true;
}

static bool trace_call_event(ThreadState *ts, Frame *f) {
    if (ts->tracing) return true;
    if (!is_null(ts->profile_func) && is_null(call_tracer(ts, ts->profile_func, f, EV_CALL, NONE, true))) return false;
    if (!is_null(ts->trace_func)) {
        Value r = call_tracer(ts, ts->trace_func, f, EV_CALL, NONE, false);
        if (is_null(r)) return false;
        if (!is_none(r)) f->frame_obj->trace = r;
    }
    return true;
}

static bool trace_return_event(ThreadState *ts, Frame *f, Value retval) {
    if (ts->tracing) return true;
    Value saved = err_fetch();
    bool ok = trace_local(ts, f, EV_RETURN, retval);
    if (ok && !is_null(ts->profile_func))
        ok = !is_null(call_tracer(ts, ts->profile_func, f, EV_RETURN, retval, true));
    if (!is_null(saved)) {
        if (ok) err_restore(saved);
    }
    return ok;
}

static bool trace_exception_event(ThreadState *ts, Frame *f) {
    if (ts->tracing || !f->frame_obj || is_none(f->frame_obj->trace)) return true;
    Value exc = err_fetch();
    Tuple *info = tuple_pack(3, v_obj(type_of(exc)), exc,
                             is_instance(exc, &exc_BaseException) ? ((ExcObj *)as_obj(exc))->traceback : NONE);
    if (!info) return false;
    if (!trace_local(ts, f, EV_EXCEPTION, v_obj(info))) return false;
    err_restore(exc);
    return true;
}

/* Before each instruction of a traced frame: 'line' and 'opcode' events. */
static bool trace_instruction(ThreadState *ts, Frame *f, int lasti) {
    FrameObject *fo = f->frame_obj;
    if (ts->tracing || !fo || is_none(fo->trace)) return true;
    Code *co = f->code;
    int op = INSTR_OP(co->instrs[lasti]);
    if (fo->trace_lines && op != OP_RESUME) {
        int line = code_addr_to_line(co, lasti);
        if (line >= 0 && (line != fo->last_line || lasti <= fo->last_lasti)) {
            fo->last_line = line;
            fo->last_lasti = lasti;
            if (!trace_local(ts, f, EV_LINE, NONE)) return false;
        } else if (line >= 0) fo->last_lasti = lasti;
    }
    if (fo->trace_opcodes && !is_none(fo->trace)) return trace_local(ts, f, EV_OPCODE, NONE);
    return true;
}

static Value profiled_c_call(ThreadState *ts, Frame *f, Value callable, Value *args, size_t nargs, Tuple *kwnames) {
    bool native = is_type(callable, &type_builtin) || is_type(callable, &type_method_descr);
    if (!native || ts->tracing || is_null(ts->profile_func)) return obj_call(callable, args, nargs, kwnames);
    if (is_null(call_tracer(ts, ts->profile_func, f, EV_C_CALL, callable, true))) return NULLV;
    Value r = obj_call(callable, args, nargs, kwnames);
    if (!is_null(ts->profile_func)) {
        Value saved = err_fetch();
        Value pr = call_tracer(ts, ts->profile_func, f, EV_C_RETURN, callable, true);
        if (is_null(pr)) return NULLV;
        if (!is_null(saved)) err_restore(saved);
    }
    return r;
}

void eval_set_trace(Value fn, bool profile) {
    ThreadState *ts = tstate;
    if (profile) ts->profile_func = fn;
    else ts->trace_func = fn;
    ts->instrumented = !is_null(ts->trace_func) || !is_null(ts->profile_func);
}

/* ---- instance attribute caches ----
 * For an instance of a class with the generic attribute protocol, where the class (and
 * its MRO) has nothing under the name, the attribute lives in the instance dict.  The
 * instruction's cache remembers (type, type_epoch) and the dict entry index where the
 * name was last found; a hit reads or writes that entry without hashing. */

/* InlineCache.version1 marking a LOAD_GLOBAL cache that holds an entry index (version2)
 * of the globals dict rather than dict versions: no dict version is ever this large. */
#define GLOBAL_ENTRY_HINT UINT64_MAX

static InlineCache *instr_cache(Code *co, const Instr *ip) {
    if (!co->caches && !(co->caches = calloc((size_t)co->ninstrs, sizeof(InlineCache)))) return NULL;
    return &co->caches[ip - co->instrs - 1];
}

static inline Dict *instance_dict(Value owner, Type *t) {
    return *(Dict **)((char *)as_obj(owner) + t->dictoffset);
}

static inline bool attr_cache_hit(InlineCache *c, Type *t) {
    return c->version1 == (uint64_t)(uintptr_t)t && c->version2 == type_epoch;
}

/* The entry of `name` in d at the cached index, or NULL. */
static inline DictEntry *cached_entry(InlineCache *c, Dict *d, Str *name) {
    int64_t hint = c->value.u.i;
    if (!d || hint < 0 || (size_t)hint >= d->nentries) return NULL;
    DictEntry *e = &d->entries[hint];
    return e->key.tag == TAG_OBJ && e->key.u.o == (Obj *)name ? e : NULL;
}

/* After a slow-path access: remember where `name` sits if the fast path applies. */
static void attr_cache_fill(InlineCache *c, Value owner, Str *name) {
    if (!c || !is_obj(owner)) return;
    Type *t = type_of(owner);
    if (!(t->flags & TPF_HEAPTYPE) || !t->dictoffset || t->getattr != generic_getattr ||
        (t->setattr && t->setattr != generic_setattr) || !is_null(type_lookup(t, name)))
        return;
    Dict *d = instance_dict(owner, t);
    if (!d) return;
    for (size_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key.tag == TAG_OBJ && d->entries[i].key.u.o == (Obj *)name) {
            *c = (InlineCache){(uint64_t)(uintptr_t)t, type_epoch, v_int((int64_t)i)};
            return;
        }
}

/* A global (or builtin) through the instruction's cache.  A module global is cached as
 * its entry index in the globals dict, valid while that entry still holds the name
 * (values may change freely); a builtin as its value, valid while neither dict changed. */
static inline __attribute__((always_inline)) Value cached_load_global(Code *co, const Instr *ip, Frame *f, Str *name) {
    InlineCache *c = co->caches ? &co->caches[ip - co->instrs - 1] : NULL;
    Dict *g = f->globals;
    if (c && c->version1 == GLOBAL_ENTRY_HINT) {
        size_t hint = (size_t)c->version2;
        if (hint < g->nentries && g->entries[hint].key.tag == TAG_OBJ && g->entries[hint].key.u.o == (Obj *)name &&
            !is_null(g->entries[hint].value))
            return g->entries[hint].value;
    } else if (c && !is_null(c->value) && c->version1 == g->version && c->version2 == f->builtins->version) {
        return c->value;
    }
    Value v = load_global(f, name);
    if (is_null(v)) return v;
    if (!c) c = instr_cache(co, ip);
    if (c) {
        *c = (InlineCache){g->version, f->builtins->version, v};
        for (size_t i = 0; i < g->nentries; i++)
            if (g->entries[i].key.tag == TAG_OBJ && g->entries[i].key.u.o == (Obj *)name) {
                *c = (InlineCache){GLOBAL_ENTRY_HINT, i, NULLV};
                break;
            }
    }
    return v;
}

/* ---- structural pattern matching (match statements) ---- */

static bool match_is_mapping(Value v) {
    Type *t = type_of(v);
    if (is_dict(v)) return true;
    if (t->flags & TPF_HEAPTYPE) {
        /* classes registered as mappings: collections.abc.Mapping subclasses */
        for (size_t i = 0; i < t->mro->len; i++) {
            Type *k = (Type *)as_obj(t->mro->items[i]);
            if (strcmp(k->name, "Mapping") == 0 || strcmp(k->name, "MutableMapping") == 0) return true;
        }
    }
    return false;
}

static bool match_is_sequence(Value v) {
    Type *t = type_of(v);
    if (is_str_like(v) || is_bytes(v) || t == &type_bytearray) return false;
    if (is_list(v) || is_tuple(v) || t == &type_range || (t->flags & (TPF_LIST_SUBCLASS | TPF_TUPLE_SUBCLASS)))
        return true;
    for (size_t i = 0; t->mro && i < t->mro->len; i++) {
        Type *k = (Type *)as_obj(t->mro->items[i]);
        if (strcmp(k->name, "Sequence") == 0 || strcmp(k->name, "MutableSequence") == 0 ||
            strcmp(k->name, "deque") == 0)
            return true;
    }
    return false;
}

/* The values of `keys` in the mapping subject, as a tuple, or None if one is missing. */
static Value match_keys(Value subject, Value keys) {
    Tuple *kt = as_tuple(keys);
    if (kt->len == 0) return v_obj(tuple_empty());
    Value get = obj_getattr_cstr(subject, "get");
    if (is_null(get)) return NULLV;
    static Value dummy;
    if (is_null(dummy)) {
        gc_add_root(&dummy);
        dummy = v_obj(list_with_capacity(0));
    }
    Tuple *vals = tuple_new(kt->len);
    if (!vals) return NULLV;
    for (size_t i = 0; i < kt->len; i++) {
        for (size_t j = 0; j < i; j++) {
            int eq = obj_eq(kt->items[i], kt->items[j]);
            if (eq < 0) return NULLV;
            if (eq) return raise_fmt(&exc_ValueError, "mapping pattern checks duplicate key (%R)", &kt->items[i]);
        }
        Value v = obj_call2(get, kt->items[i], dummy);
        if (is_null(v)) return NULLV;
        if (v_is(v, dummy)) return NONE;
        vals->items[i] = v;
    }
    return v_obj(vals);
}

/* Types whose single positional sub-pattern matches the subject itself. */
static bool match_self_type(Type *t) {
    static Type *const self_types[] = {&type_bool, &type_bytearray, &type_bytes, &type_dict, &type_float,
                                       &type_frozenset, &type_int, &type_list, &type_set, &type_str,
                                       &type_tuple};
    for (size_t i = 0; i < sizeof self_types / sizeof self_types[0]; i++)
        if (type_is_subtype(t, self_types[i])) return true;
    return false;
}

/* case Cls(p1, p2, kw=p3): the attribute values to match, or None if no match. */
static Value match_class(Value subject, Value cls, size_t npos, Tuple *kwnames) {
    if (!is_obj(cls) || !type_is_subtype(type_of(cls), &type_type))
        return raise_msg(&exc_TypeError, "called match pattern must be a class");
    Type *t = (Type *)as_obj(cls);
    int inst = obj_isinstance(subject, cls);
    if (inst < 0) return NULLV;
    if (!inst) return NONE;
    size_t nkw = kwnames ? kwnames->len : 0;
    Tuple *attrs = tuple_new(npos + nkw);
    Tuple *seen = tuple_new(npos + nkw);
    if (!attrs || !seen) return NULLV;
    size_t nseen = 0;
    if (npos) {
        Value match_args = obj_getattr_opt(cls, str_intern_cstr("__match_args__"));
        if (is_null(match_args) && err_occurred()) return NULLV;
        if (is_null(match_args)) {
            if (!match_self_type(t) || npos > 1)
                return raise_fmt(&exc_TypeError, "%s() accepts %d positional sub-pattern%s (%zu given)", t->name,
                                 match_self_type(t) ? 1 : 0, match_self_type(t) ? "" : "s", npos);
            attrs->items[0] = subject;
        } else {
            if (!is_tuple(match_args))
                return raise_fmt(&exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", t->name,
                                 type_name_of(match_args));
            Tuple *ma = as_tuple(match_args);
            if (npos > ma->len)
                return raise_fmt(&exc_TypeError, "%s() accepts %zu positional sub-pattern%s (%zu given)", t->name,
                                 ma->len, ma->len == 1 ? "" : "s", npos);
            for (size_t i = 0; i < npos; i++) {
                Value name = ma->items[i];
                if (!is_str(name))
                    return raise_fmt(&exc_TypeError, "__match_args__ elements must be strings (got %s)",
                                     type_name_of(name));
                for (size_t j = 0; j < nseen; j++)
                    if (str_eq(as_str(seen->items[j]), as_str(name)))
                        return raise_fmt(&exc_TypeError, "%s() got multiple sub-patterns for attribute %R", t->name,
                                         &name);
                seen->items[nseen++] = name;
                Value v = obj_getattr(subject, as_str(name));
                if (is_null(v)) {
                    if (err_matches(&exc_AttributeError)) { err_clear(); return NONE; }
                    return NULLV;
                }
                attrs->items[i] = v;
            }
        }
    }
    for (size_t k = 0; k < nkw; k++) {
        Value name = kwnames->items[k];
        for (size_t j = 0; j < nseen; j++)
            if (str_eq(as_str(seen->items[j]), as_str(name)))
                return raise_fmt(&exc_TypeError, "%s() got multiple sub-patterns for attribute %R", t->name, &name);
        seen->items[nseen++] = name;
        Value v = obj_getattr(subject, as_str(name));
        if (is_null(v)) {
            if (err_matches(&exc_AttributeError)) { err_clear(); return NONE; }
            return NULLV;
        }
        attrs->items[npos + k] = v;
    }
    return v_obj(attrs);
}

#define OP_LABEL(name, kind, pops, pushes, jump) &&L_##name,

Value eval_frame(ThreadState *ts, Frame *f) {
    static const void *const targets[OP_COUNT] = {OPCODES(OP_LABEL)};
#define TRACE_LABEL(name, kind, pops, pushes, jump) &&L_TRACE,
    static const void *const traced_targets[OP_COUNT] = {OPCODES(TRACE_LABEL)};
    const void *const *dispatch_table = targets;
    const Instr *ip;
    Instr w;
    uint32_t oparg;
    Value *sp, *locals;
    Value *consts, *co_names;
    Code *co;

    f->is_entry = true;
    f->previous = ts->frame;
    ts->frame = f;
    ts->py_depth++;
    f->state = FRAME_RUNNING;

#define LOAD_REGS() do { \
        co = f->code; \
        locals = f->localsplus; \
        consts = co->consts->items; \
        co_names = co->names->items; \
        ip = f->ip ? f->ip : co->instrs; \
        sp = f->sp ? f->sp : frame_stack_base(f); \
    } while (0)
#define DISPATCH() do { w = *ip++; f->ip = ip; oparg = INSTR_ARG(w); goto *dispatch_table[INSTR_OP(w)]; } while (0)
/* A frame starts running: choose the dispatch table; report 'call' when tracing. */
#define ENTER_FRAME() do { \
        dispatch_table = ts->instrumented ? traced_targets : targets; \
        if (ts->instrumented && !trace_call_event(ts, f)) goto error; \
    } while (0)
#define RESUME_CALLER() (dispatch_table = ts->instrumented ? traced_targets : targets)
/* Continue in a callee frame pushed by CALL (the caller's f->sp already saved). */
#define CALL_INTO(callee) do { \
        Frame *callee_ = (callee); \
        callee_->previous = f; \
        callee_->state = FRAME_RUNNING; \
        ts->frame = callee_; \
        ts->py_depth++; \
        f = callee_; \
        LOAD_REGS(); \
        ENTER_FRAME(); \
        DISPATCH(); \
    } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
#define NAME(i) as_str(co_names[i])
#define JUMPTO(t) (ip = co->instrs + (t))
#define ERROR_IF(c) do { if (c) goto error; } while (0)
#define LASTI() ((int)(ip - co->instrs) - 1)

    LOAD_REGS();
    bool reraise = false;
    Value exc, retval;
    if (!is_null(ts->exc)) {
        /* resumed with an exception to raise (generator.throw) */
        goto error;
    }
    ENTER_FRAME();
    DISPATCH();

L_TRACE:
    if (!trace_instruction(ts, f, LASTI())) goto error;
    goto *targets[INSTR_OP(w)];
L_RESUME:
    if (gc_finalizers_pending) gc_run_finalizers();   /* a safe point for __del__ and generator close */
    DISPATCH();
L_NOP:
    DISPATCH();
L_POP_TOP:
    sp--;
    DISPATCH();
L_PUSH_NULL:
    PUSH(NULLV);
    DISPATCH();
L_COPY: {
    Value v = PEEK(oparg);
    PUSH(v);
    DISPATCH();
}
L_SWAP: {
    Value t = TOP();
    TOP() = PEEK(oparg);
    PEEK(oparg) = t;
    DISPATCH();
}
L_LOAD_CONST:
    PUSH(consts[oparg]);
    DISPATCH();
L_RETURN_CONST:
    retval = consts[oparg];
    goto do_return;
L_RETURN_VALUE:
    retval = POP();
do_return: {
    Value r = retval;
    f->sp = sp;
    if (ts->instrumented && !trace_return_event(ts, f, r)) goto error;
    bool entry = f->is_entry, was_init = f->is_init;
    Frame *prev = f->previous;
    f->state = FRAME_COMPLETED;
    leave_frame(ts, f);     /* f's memory may be reused from here on */
    if (entry) return r;
    f = prev;
    LOAD_REGS();
    RESUME_CALLER();
    if (was_init) {
        /* the instance is already in place as the call's result */
        if (!is_none(r)) {
            sp--;
            raise_fmt(&exc_TypeError, "__init__() should return None, not '%s'", type_name_of(r));
            goto error;
        }
        DISPATCH();
    }
    PUSH(r);
    DISPATCH();
}
L_LOAD_FAST: {
    Value v = locals[oparg];
    if (is_null(v)) { raise_unbound_local(co, (int)oparg); goto error; }
    if (v.tag == TAG_OBJ && (v.u.o->flags & STR_UNIQUE)) v.u.o->flags &= ~(uint32_t)STR_UNIQUE;
    PUSH(v);
    DISPATCH();
}
L_LOAD_FAST_FOR_UPDATE: {
    Value v = locals[oparg];
    if (is_null(v)) { raise_unbound_local(co, (int)oparg); goto error; }
    PUSH(v);
    DISPATCH();
}
L_INPLACE_ADD_STORE_FAST: {
    Value b = POP(), a = POP(), r;
    if (is_str(a) && is_str(b)) {
        /* the local is the string's only holder: append in place (amortized growth) */
        Str *s = (as_obj(a)->flags & STR_UNIQUE) && v_is(locals[oparg], a)
                     ? str_concat_owned(as_str(a), as_str(b))
                     : str_concat_fresh(as_str(a), as_str(b));
        ERROR_IF(!s);
        s->hdr.flags |= STR_UNIQUE;
        r = v_obj(s);
    } else {
        r = binary_op(a, b, NB_INPLACE(NB_ADD));
        ERROR_IF(is_null(r));
    }
    locals[oparg] = r;
    DISPATCH();
}
L_LOAD_FAST_AND_CLEAR:
    if (locals[oparg].tag == TAG_OBJ) locals[oparg].u.o->flags &= ~(uint32_t)STR_UNIQUE;
    PUSH(locals[oparg]);
    locals[oparg] = NULLV;
    DISPATCH();
L_STORE_FAST:
    locals[oparg] = POP();
    DISPATCH();
L_DELETE_FAST:
    if (is_null(locals[oparg])) { raise_unbound_local(co, (int)oparg); goto error; }
    locals[oparg] = NULLV;
    DISPATCH();
L_MAKE_CELL: {
    Cell *c = cell_new(locals[oparg]);
    ERROR_IF(!c);
    locals[oparg] = v_obj(c);
    DISPATCH();
}
L_COPY_FREE_VARS: {
    Tuple *closure = f->func ? f->func->closure : NULL;
    int base = co->nlocalsplus - (int)oparg;
    for (uint32_t i = 0; i < oparg && closure; i++) locals[base + (int)i] = closure->items[i];
    DISPATCH();
}
L_LOAD_CLOSURE:
    PUSH(locals[oparg]);
    DISPATCH();
L_LOAD_DEREF: {
    Value v = ((Cell *)as_obj(locals[oparg]))->value;
    if (is_null(v)) { raise_unbound_local(co, (int)oparg); goto error; }
    PUSH(v);
    DISPATCH();
}
L_STORE_DEREF:
    ((Cell *)as_obj(locals[oparg]))->value = POP();
    DISPATCH();
L_DELETE_DEREF: {
    Cell *c = (Cell *)as_obj(locals[oparg]);
    if (is_null(c->value)) { raise_unbound_local(co, (int)oparg); goto error; }
    c->value = NULLV;
    DISPATCH();
}
L_LOAD_FROM_DICT_OR_DEREF: {
    Value mapping = POP();
    Str *name = as_str(co->localsplusnames->items[oparg]);
    Value v = NULLV;
    if (is_obj(mapping) && type_is_subtype(type_of(mapping), &type_dict)) {
        v = ns_get(as_dict(mapping), name);
        ERROR_IF(is_null(v) && err_occurred());
    }
    if (is_null(v)) {
        v = ((Cell *)as_obj(locals[oparg]))->value;
        if (is_null(v)) { raise_unbound_local(co, (int)oparg); goto error; }
    }
    PUSH(v);
    DISPATCH();
}
L_LOAD_NAME: {
    /* module bodies read their globals: the same caches as LOAD_GLOBAL */
    Value v = f->locals ? load_name(f, NAME(oparg)) : cached_load_global(co, ip, f, NAME(oparg));
    ERROR_IF(is_null(v));
    PUSH(v);
    DISPATCH();
}
L_STORE_NAME: {
    Value v = POP();
    Dict *d = f->locals ? f->locals : f->globals;
    ERROR_IF(ns_set(d, NAME(oparg), v) < 0);
    DISPATCH();
}
L_DELETE_NAME: {
    Dict *d = f->locals ? f->locals : f->globals;
    if (ns_del(d, NAME(oparg)) < 0) {
        err_clear();
        raise_fmt(&exc_NameError, "name '%s' is not defined", NAME(oparg)->data);
        goto error;
    }
    DISPATCH();
}
L_LOAD_GLOBAL: {
    Value v = cached_load_global(co, ip, f, NAME(oparg >> 1));
    ERROR_IF(is_null(v));
    PUSH(v);
    if (oparg & 1) PUSH(NULLV);
    DISPATCH();
}
L_STORE_GLOBAL: {
    Value v = POP();
    ERROR_IF(dict_set_str(f->globals, NAME(oparg), v) < 0);
    DISPATCH();
}
L_DELETE_GLOBAL:
    if (dict_del_str(f->globals, NAME(oparg)) < 0) {
        err_clear();
        raise_fmt(&exc_NameError, "name '%s' is not defined", NAME(oparg)->data);
        goto error;
    }
    DISPATCH();
L_LOAD_LOCALS:
    if (!f->locals) { raise_msg(&exc_SystemError, "no locals found"); goto error; }
    PUSH(v_obj(f->locals));
    DISPATCH();
L_LOAD_ATTR: {
    Value owner = TOP();
    Str *name = NAME(oparg >> 1);
    if (oparg & 1) {
        Value meth, self;
        InlineCache *c = co->caches ? &co->caches[ip - co->instrs - 1] : NULL;
        Type *t = type_of(owner);
        if (c && attr_cache_hit(c, t)) {
            /* the method found on the type last time, unless the instance shadows it */
            Dict **slot = obj_dict_slot(owner);
            if (!slot || !*slot || is_null(dict_get_str(*slot, name))) {
                TOP() = c->value;
                PUSH(owner);
                DISPATCH();
            }
        }
        ERROR_IF(!load_method(owner, name, &meth, &self));
        TOP() = meth;
        PUSH(self);
        if (!is_null(self) && v_is(self, owner) && (t->getattr == generic_getattr || !t->getattr) &&
            (is_type(meth, &type_function) || is_type(meth, &type_method_descr)) && (c || (c = instr_cache(co, ip))))
            *c = (InlineCache){(uint64_t)(uintptr_t)t, type_epoch, meth};
    } else {
        InlineCache *c = co->caches ? &co->caches[ip - co->instrs - 1] : NULL;
        if (c && is_obj(owner) && attr_cache_hit(c, type_of(owner))) {
            DictEntry *e = cached_entry(c, instance_dict(owner, type_of(owner)), name);
            if (e) { TOP() = e->value; DISPATCH(); }
        }
        Value v = obj_getattr(owner, name);
        ERROR_IF(is_null(v));
        TOP() = v;
        attr_cache_fill(c ? c : instr_cache(co, ip), owner, name);
    }
    DISPATCH();
}
L_STORE_ATTR: {
    Value owner = POP(), v = POP();
    Str *name = NAME(oparg);
    InlineCache *c = co->caches ? &co->caches[ip - co->instrs - 1] : NULL;
    if (c && is_obj(owner) && attr_cache_hit(c, type_of(owner))) {
        Dict *d = instance_dict(owner, type_of(owner));
        DictEntry *e = cached_entry(c, d, name);
        if (e) {
            e->value = v;
            dict_mark_changed(d);
            DISPATCH();
        }
    }
    ERROR_IF(obj_setattr(owner, name, v) < 0);
    attr_cache_fill(c ? c : instr_cache(co, ip), owner, name);
    DISPATCH();
}
L_DELETE_ATTR: {
    Value owner = POP();
    ERROR_IF(obj_setattr(owner, NAME(oparg), NULLV) < 0);
    DISPATCH();
}
L_BINARY_OP: {
    Value b = POP(), a = TOP();
    Value r = binary_op(a, b, (int)oparg);
    ERROR_IF(is_null(r));
    TOP() = r;
    DISPATCH();
}
L_UNARY_NEGATIVE: {
    Value r = obj_neg(TOP());
    ERROR_IF(is_null(r));
    TOP() = r;
    DISPATCH();
}
L_UNARY_NOT: {
    int t = obj_truthy(TOP());
    ERROR_IF(t < 0);
    TOP() = v_bool(!t);
    DISPATCH();
}
L_UNARY_INVERT: {
    Value r = obj_invert(TOP());
    ERROR_IF(is_null(r));
    TOP() = r;
    DISPATCH();
}
L_COMPARE_OP: {
    Value b = POP(), a = TOP();
    Value r = compare_op(a, b, (int)oparg);
    ERROR_IF(is_null(r));
    TOP() = r;
    DISPATCH();
}
L_IS_OP: {
    Value b = POP(), a = TOP();
    TOP() = v_bool(v_is(a, b) ^ (oparg != 0));
    DISPATCH();
}
L_CONTAINS_OP: {
    Value b = POP(), a = TOP();
    int c = obj_contains(b, a);
    ERROR_IF(c < 0);
    TOP() = v_bool(c ^ (oparg != 0));
    DISPATCH();
}
L_BINARY_SUBSCR: {
    Value key = POP(), container = TOP();
    Value r;
    if (is_list(container) && is_int(key)) {
        List *l = as_list(container);
        int64_t i = as_int(key);
        if (i < 0) i += (int64_t)l->len;
        if (i >= 0 && (size_t)i < l->len) { TOP() = l->items[i]; DISPATCH(); }
    }
    r = obj_getitem(container, key);
    ERROR_IF(is_null(r));
    TOP() = r;
    DISPATCH();
}
L_STORE_SUBSCR: {
    Value key = POP(), container = POP(), v = POP();
    if (is_list(container) && is_int(key)) {
        List *l = as_list(container);
        int64_t i = as_int(key);
        if (i < 0) i += (int64_t)l->len;
        if (i >= 0 && (size_t)i < l->len) { l->items[i] = v; DISPATCH(); }
    }
    ERROR_IF(obj_setitem(container, key, v) < 0);
    DISPATCH();
}
L_DELETE_SUBSCR: {
    Value key = POP(), container = POP();
    ERROR_IF(obj_delitem(container, key) < 0);
    DISPATCH();
}
L_BINARY_SLICE: {
    Value stop = POP(), start = POP(), container = TOP();
    Value s = slice_new(start, stop, NONE);
    ERROR_IF(is_null(s));
    Value r = obj_getitem(container, s);
    ERROR_IF(is_null(r));
    TOP() = r;
    DISPATCH();
}
L_STORE_SLICE: {
    Value stop = POP(), start = POP(), container = POP(), v = POP();
    Value s = slice_new(start, stop, NONE);
    ERROR_IF(is_null(s));
    ERROR_IF(obj_setitem(container, s, v) < 0);
    DISPATCH();
}
L_BUILD_SLICE: {
    Value step = oparg == 3 ? POP() : NONE;
    Value stop = POP(), start = TOP();
    Value s = slice_new(start, stop, step);
    ERROR_IF(is_null(s));
    TOP() = s;
    DISPATCH();
}
L_BUILD_TUPLE: {
    Tuple *t = tuple_from(sp - oparg, oparg);
    ERROR_IF(!t);
    sp -= oparg;
    PUSH(v_obj(t));
    DISPATCH();
}
L_BUILD_LIST: {
    List *l = list_from(sp - oparg, oparg);
    ERROR_IF(!l);
    sp -= oparg;
    PUSH(v_obj(l));
    DISPATCH();
}
L_BUILD_SET: {
    Set *s = set_new(&type_set);
    ERROR_IF(!s);
    for (uint32_t i = 0; i < oparg; i++) ERROR_IF(set_add(s, sp[-(int)oparg + (int)i]) < 0);
    sp -= oparg;
    PUSH(v_obj(s));
    DISPATCH();
}
L_BUILD_MAP: {
    Dict *d = dict_new();
    ERROR_IF(!d);
    Value *base = sp - 2 * oparg;
    for (uint32_t i = 0; i < oparg; i++) ERROR_IF(dict_set(d, base[2 * i], base[2 * i + 1]) < 0);
    sp = base;
    PUSH(v_obj(d));
    DISPATCH();
}
L_BUILD_STRING: {
    Value s = build_string(sp - oparg, oparg);
    ERROR_IF(is_null(s));
    sp -= oparg;
    PUSH(s);
    DISPATCH();
}
L_LIST_APPEND: {
    Value v = POP();
    ERROR_IF(!list_append(as_list(PEEK(oparg)), v));
    DISPATCH();
}
L_SET_ADD: {
    Value v = POP();
    ERROR_IF(set_add(as_set(PEEK(oparg)), v) < 0);
    DISPATCH();
}
L_MAP_ADD: {
    Value v = POP(), k = POP();
    ERROR_IF(dict_set(as_dict(PEEK(oparg)), k, v) < 0);
    DISPATCH();
}
L_LIST_EXTEND: {
    Value it = POP();
    if (!list_extend(as_list(PEEK(oparg)), it)) {
        Type *t = type_of(it);
        if (err_matches(&exc_TypeError) && !t->iter && !t->getitem) {
            err_clear();
            raise_fmt(&exc_TypeError, "Value after * must be an iterable, not %s", t->name);
        }
        goto error;
    }
    DISPATCH();
}
L_SET_UPDATE: {
    Value it = POP();
    ERROR_IF(!set_update(as_set(PEEK(oparg)), it));
    DISPATCH();
}
L_DICT_UPDATE: {
    Value m = POP();
    if (!dict_update(as_dict(PEEK(oparg)), m)) {
        if (err_matches(&exc_AttributeError) || err_matches(&exc_TypeError)) {
            if (!type_of(m)->getitem || is_null(type_lookup(type_of(m), names.keys))) {
                err_clear();
                raise_fmt(&exc_TypeError, "'%s' object is not a mapping", type_name_of(m));
            }
        }
        goto error;
    }
    DISPATCH();
}
L_DICT_MERGE: {
    Value m = POP();
    Dict *d = as_dict(PEEK(oparg));
    Value callable = PEEK(oparg + 3);
    Dict *src;
    if (is_dict(m)) src = as_dict(m);
    else {
        src = dict_new();
        ERROR_IF(!src);
        if (!dict_update(src, m)) {
            err_clear();
            raise_fmt(&exc_TypeError, "%s argument after ** must be a mapping, not %s", callable_display(callable),
                      type_name_of(m));
            goto error;
        }
    }
    size_t pos = 0;
    Value k, v;
    while (dict_next(src, &pos, &k, &v)) {
        if (!is_str(k)) {
            raise_msg(&exc_TypeError, "keywords must be strings");
            goto error;
        }
        int has = dict_contains(d, k);
        ERROR_IF(has < 0);
        if (has) {
            raise_fmt(&exc_TypeError, "%s got multiple values for keyword argument '%s'", callable_display(callable),
                      as_str(k)->data);
            goto error;
        }
        ERROR_IF(dict_set(d, k, v) < 0);
    }
    DISPATCH();
}
L_UNPACK_SEQUENCE: {
    Value seq = POP();
    if (is_tuple(seq) && as_tuple(seq)->len == oparg) {
        Tuple *t = as_tuple(seq);
        for (uint32_t i = oparg; i-- > 0;) PUSH(t->items[i]);
        DISPATCH();
    }
    ERROR_IF(!unpack_iterable(seq, (int)oparg, -1, sp + oparg));
    sp += oparg;
    DISPATCH();
}
L_UNPACK_EX: {
    Value seq = POP();
    int before = oparg & 0xff, after = (int)(oparg >> 8);
    int total = before + after + 1;
    ERROR_IF(!unpack_iterable(seq, before, after, sp + total));
    sp += total;
    DISPATCH();
}
L_JUMP_FORWARD:
    JUMPTO(oparg);
    DISPATCH();
L_JUMP_BACKWARD:
    JUMPTO(oparg);
    if (gc_finalizers_pending) gc_run_finalizers();
    DISPATCH();
L_POP_JUMP_IF_FALSE: {
    Value v = POP();
    if (is_bool(v)) { if (!v.u.i) JUMPTO(oparg); DISPATCH(); }
    int t = obj_truthy(v);
    ERROR_IF(t < 0);
    if (!t) JUMPTO(oparg);
    DISPATCH();
}
L_POP_JUMP_IF_TRUE: {
    Value v = POP();
    if (is_bool(v)) { if (v.u.i) JUMPTO(oparg); DISPATCH(); }
    int t = obj_truthy(v);
    ERROR_IF(t < 0);
    if (t) JUMPTO(oparg);
    DISPATCH();
}
L_POP_JUMP_IF_NONE:
    if (is_none(POP())) JUMPTO(oparg);
    DISPATCH();
L_POP_JUMP_IF_NOT_NONE:
    if (!is_none(POP())) JUMPTO(oparg);
    DISPATCH();
L_GET_ITER: {
    Value it = obj_iter(TOP());
    ERROR_IF(is_null(it));
    TOP() = it;
    DISPATCH();
}
L_FOR_ITER: {
    Value it = TOP();
    Value nx = type_of(it)->next(it);
    if (is_null(nx)) {
        if (err_occurred()) {
            if (!err_matches(&exc_StopIteration)) goto error;
            err_clear();
        }
        sp--;
        JUMPTO(oparg);
        DISPATCH();
    }
    PUSH(nx);
    DISPATCH();
}
L_CALL:
L_CALL_KW: {
    Tuple *kwnames = NULL;
    if (INSTR_OP(w) == OP_CALL_KW) kwnames = as_tuple(POP());
    size_t nargs = oparg - (kwnames ? kwnames->len : 0);
    Value *args = sp - oparg;
    Value callable = args[-2], self = args[-1];
    if (!is_null(self)) { args--; nargs++; }
    else if (is_type(callable, &type_method)) {
        Method *m = (Method *)as_obj(callable);
        args[-1] = m->self;
        args[-2] = callable = m->func;
        args--;
        nargs++;
    }
    Value *new_sp = sp - oparg - 2;
    if (is_type(callable, &type_function) && !kwnames) {
        /* the common case inline: exact positional arguments, room in the chunk */
        Function *fn = (Function *)as_obj(callable);
        Code *cc = fn->code;
        size_t bytes = frame_size_bytes(cc);
        if (nargs == (size_t)cc->argcount && !cc->kwonlyargcount &&
            !(cc->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) &&
            ts->py_depth < ts->recursion_limit && ts->top + bytes <= ts->limit) {
            Frame *nf = (Frame *)ts->top;
            ts->top += bytes;
            *nf = (Frame){.code = cc, .func = fn, .globals = fn->globals, .builtins = fn->builtins,
                          .owner = OWNED_BY_THREAD};
            memcpy(nf->localsplus, args, nargs * sizeof(Value));
            if ((size_t)cc->nlocalsplus > nargs)
                memset(nf->localsplus + nargs, 0, ((size_t)cc->nlocalsplus - nargs) * sizeof(Value));
            f->sp = new_sp;
            CALL_INTO(nf);
        }
    }
    if (is_null(self) && is_obj(callable) && (as_obj(callable)->type->flags & TPF_TYPE_SUBCLASS) &&
        (((Type *)as_obj(callable))->flags & TPF_HEAPTYPE) && type_plain_python_init((Type *)as_obj(callable))) {
        /* Cls(args): allocate the instance, then run a Python __init__ as an inline frame
         * whose return leaves the instance as the call's result */
        Type *cls = (Type *)as_obj(callable);
        Value init = type_lookup(cls, names.__init__);
        if (is_type(init, &type_function) && !is_generator_code(((Function *)as_obj(init))->code)) {
            Value inst = object_new(cls, args, nargs, kwnames);
            ERROR_IF(is_null(inst));
            args[-1] = inst;
            Frame *nf = push_call_frame(ts, (Function *)as_obj(init), args - 1, nargs + 1, kwnames);
            ERROR_IF(!nf);
            new_sp[0] = inst;
            f->sp = new_sp + 1;
            nf->is_init = true;
            CALL_INTO(nf);
        }
    }
    if (is_type(callable, &type_function)) {
        Function *fn = (Function *)as_obj(callable);
        Frame *nf = push_call_frame(ts, fn, args, nargs, kwnames);
        ERROR_IF(!nf);
        if (is_generator_code(fn->code)) {
            Value g = gen_new(nf, fn);
            ERROR_IF(is_null(g));
            sp = new_sp;
            PUSH(g);
            DISPATCH();
        }
        f->sp = new_sp;
        CALL_INTO(nf);
    }
    Value r = ts->instrumented ? profiled_c_call(ts, f, callable, args, nargs, kwnames)
                               : obj_call(callable, args, nargs, kwnames);
    sp = new_sp;
    ERROR_IF(is_null(r));
    PUSH(r);
    RESUME_CALLER();
    DISPATCH();
}
L_CALL_FUNCTION_EX: {
    Value kwargs = (oparg & 1) ? POP() : NULLV;
    Value pargs = POP();
    sp--;   /* NULL */
    Value callable = POP();
    if (!is_tuple(pargs)) {
        Tuple *t = seq_to_tuple(pargs);
        if (!t) {
            Type *pt = type_of(pargs);
            if (err_matches(&exc_TypeError) && !pt->iter && !pt->getitem) {
                err_clear();
                raise_fmt(&exc_TypeError, "%s argument after * must be an iterable, not %s", callable_display(callable),
                          pt->name);
            }
            goto error;
        }
        pargs = v_obj(t);
    }
    Value r = obj_call_tuple_dict(callable, as_tuple(pargs), is_null(kwargs) ? NULL : as_dict(kwargs));
    ERROR_IF(is_null(r));
    PUSH(r);
    DISPATCH();
}
L_CALL_INTRINSIC_1: {
    Value r = call_intrinsic1(f, (int)oparg, TOP());
    ERROR_IF(is_null(r));
    TOP() = r;
    DISPATCH();
}
L_MAKE_FUNCTION: {
    Function *fn = function_new((Code *)as_obj(TOP()), f->globals);
    ERROR_IF(!fn);
    TOP() = v_obj(fn);
    DISPATCH();
}
L_SET_FUNCTION_ATTRIBUTE: {
    Value fv = POP(), attr = TOP();
    Function *fn = (Function *)as_obj(fv);
    switch (oparg) {
    case 1: fn->defaults = as_tuple(attr); break;
    case 2: fn->kwdefaults = as_dict(attr); break;
    case 4: fn->annotations = attr; break;
    case 8: fn->closure = as_tuple(attr); break;
    }
    TOP() = fv;
    DISPATCH();
}
L_LOAD_BUILD_CLASS: {
    Value bc = dict_get_cstr(f->builtins, "__build_class__");
    if (is_null(bc)) { raise_msg(&exc_NameError, "__build_class__ not found"); goto error; }
    PUSH(bc);
    DISPATCH();
}
L_YIELD_VALUE: {
    Value v = POP();
    f->sp = sp;
    if (ts->instrumented && !trace_return_event(ts, f, v)) goto error;
    f->state = FRAME_SUSPENDED;
    ts->frame = f->previous;
    ts->py_depth--;
    return v;       /* generator frames always run as entry frames (gen_send_ex) */
}
L_SEND: {
    Value v = TOP(), recv = PEEK(2);
    Value r;
    if (is_generator_like(recv)) {
        bool yielded;
        r = gen_send_ex(recv, v, NULLV, &yielded);
        ERROR_IF(is_null(r));
        if (yielded) { TOP() = r; DISPATCH(); }
        sp--;
        TOP() = r;
        JUMPTO(oparg);
        DISPATCH();
    }
    if (is_none(v)) r = obj_next(recv);
    else r = obj_call_method(recv, "send", &v, 1);
    if (is_null(r)) {
        if (err_occurred()) {
            if (!err_matches(&exc_StopIteration)) goto error;
            Value e = err_fetch();
            r = ((ExcObj *)as_obj(e))->extra[0];
        } else r = NONE;
        sp--;
        TOP() = r;
        JUMPTO(oparg);
        DISPATCH();
    }
    TOP() = r;
    DISPATCH();
}
L_GET_YIELD_FROM_ITER: {
    Value v = TOP();
    if (!is_generator_like(v)) {
        Value it = obj_iter(v);
        ERROR_IF(is_null(it));
        TOP() = it;
    }
    DISPATCH();
}
L_GET_AWAITABLE: {
    Value v = TOP();
    if (!is_generator_like(v)) {
        Value a = type_lookup(type_of(v), names.__await__);
        if (is_null(a)) {
            raise_fmt(&exc_TypeError, "'%s' object can't be awaited", type_name_of(v));
            goto error;
        }
        Value it = obj_call_method(v, "__await__", NULL, 0);
        ERROR_IF(is_null(it));
        TOP() = it;
    }
    DISPATCH();
}
L_GET_AITER:
L_GET_ANEXT:
L_END_ASYNC_FOR:
L_BEFORE_ASYNC_WITH:
    raise_fmt(&exc_NotImplementedError, "%s is not supported yet", opcode_names[INSTR_OP(w)]);
    goto error;
L_GET_LEN: {
    int64_t n = obj_len(TOP());
    ERROR_IF(n < 0);
    PUSH(v_int(n));
    DISPATCH();
}
L_MATCH_MAPPING: {
    bool m = match_is_mapping(TOP());
    PUSH(v_bool(m));
    DISPATCH();
}
L_MATCH_SEQUENCE: {
    bool m = match_is_sequence(TOP());
    PUSH(v_bool(m));
    DISPATCH();
}
L_MATCH_KEYS: {
    Value r = match_keys(PEEK(2), TOP());
    ERROR_IF(is_null(r));
    PUSH(r);
    DISPATCH();
}
L_MATCH_CLASS: {
    Value names_ = POP(), cls = POP(), subject = TOP();
    Value r = match_class(subject, cls, (size_t)oparg, as_tuple(names_));
    ERROR_IF(is_null(r));
    TOP() = r;
    DISPATCH();
}
L_PUSH_EXC_INFO: {
    Value e = TOP();
    TOP() = ts->handled;
    PUSH(e);
    ts->handled = e;
    DISPATCH();
}
L_POP_EXCEPT:
    ts->handled = POP();
    DISPATCH();
L_CHECK_EXC_MATCH: {
    Value t = TOP();
    ERROR_IF(!check_exc_type(t));
    TOP() = v_bool(exc_matches(PEEK(2), t));
    DISPATCH();
}
L_CHECK_EG_MATCH:
    raise_msg(&exc_NotImplementedError, "except* is not supported yet");
    goto error;
L_RERAISE: {
    exc = POP();
    if (oparg) {
        Value lasti = PEEK(oparg);
        if (is_int(lasti)) f->ip = co->instrs + as_int(lasti) + 1;
    }
    err_restore(exc);
    reraise = true;
    goto error;
}
L_RAISE_VARARGS: {
    Value cause = NULLV, e;
    if (oparg == 2) cause = POP();
    if (oparg >= 1) {
        e = POP();
        do_raise(e, cause);
        if (err_occurred()) set_context(err_peek(), ts->handled);
        goto error;
    }
    if (is_none(ts->handled) || is_null(ts->handled)) {
        raise_msg(&exc_RuntimeError, "No active exception to reraise");
        goto error;
    }
    err_restore(ts->handled);
    reraise = true;
    goto error;
}
L_BEFORE_WITH: {
    Value exit_fn = NULLV;
    Value r = before_with(TOP(), &exit_fn);
    ERROR_IF(is_null(r));
    TOP() = exit_fn;
    PUSH(r);
    DISPATCH();
}
L_WITH_EXCEPT_START: {
    Value e = TOP(), exit_fn = PEEK(4);
    Value r = call_exit(exit_fn, e);
    ERROR_IF(is_null(r));
    PUSH(r);
    DISPATCH();
}
L_LOAD_ASSERTION_ERROR:
    PUSH(v_obj(&exc_AssertionError));
    DISPATCH();
L_IMPORT_NAME: {
    Value fromlist = POP(), level = TOP();
    Value m = import_module(NAME(oparg), f->globals, fromlist, is_int(level) ? (int)as_int(level) : 0);
    ERROR_IF(is_null(m));
    TOP() = m;
    DISPATCH();
}
L_IMPORT_FROM: {
    Value v = import_from(TOP(), NAME(oparg));
    ERROR_IF(is_null(v));
    PUSH(v);
    DISPATCH();
}
L_CONVERT_VALUE: {
    Value v = TOP(), r;
    switch (oparg) {
    case 1: r = obj_str(v); break;
    case 2: r = obj_repr(v); break;
    default: r = obj_ascii(v); break;
    }
    ERROR_IF(is_null(r));
    TOP() = r;
    DISPATCH();
}
L_FORMAT_SIMPLE: {
    Value r = format_simple(TOP());
    ERROR_IF(is_null(r));
    TOP() = r;
    DISPATCH();
}
L_FORMAT_WITH_SPEC: {
    Value spec = POP(), v = TOP();
    Value r = format_value(v, as_str(spec));
    ERROR_IF(is_null(r));
    TOP() = r;
    DISPATCH();
}
L_SETUP_ANNOTATIONS: {
    Dict *d = f->locals ? f->locals : f->globals;
    Value a = ns_get(d, names.__annotations__);
    ERROR_IF(is_null(a) && err_occurred());
    if (is_null(a)) {
        Dict *ann = dict_new();
        ERROR_IF(!ann || ns_set(d, names.__annotations__, v_obj(ann)) < 0);
    }
    DISPATCH();
}

error: {
    /* An exception is set.  Record where it passed (unless re-raised), then look for a
     * handler in this frame; if none, pop the frame and continue in the caller. */
    if (!reraise) {
        Value e = err_peek();
        if (is_instance(e, &exc_BaseException) && is_none(((ExcObj *)as_obj(e))->traceback))
            set_context(e, ts->handled);
        traceback_add(e, f, (int)(f->ip - co->instrs) - 1);
        if (ts->instrumented) trace_exception_event(ts, f);
    }
    reraise = false;
    int lasti = LASTI();
    ExcEntry *h;
    if (exc_table_lookup(co, lasti, &h)) {
        sp = frame_stack_base(f) + h->depth;
        if (h->push_lasti) PUSH(v_int(lasti));
        PUSH(err_fetch());
        JUMPTO(h->target);
        DISPATCH();
    }
    f->sp = sp;
    if (ts->instrumented) trace_return_event(ts, f, NONE);
    bool entry = f->is_entry;
    Frame *prev = f->previous;
    f->state = FRAME_COMPLETED;
    leave_frame(ts, f);
    if (entry) return NULLV;
    f = prev;
    LOAD_REGS();
    RESUME_CALLER();
    goto error;
}
}

