/* func.c — functions, cells, bound methods, native functions and the descriptor types
 * (method descriptors, getset descriptors, property, staticmethod, classmethod, super). */
#include "containers.h"
#include "error.h"
#include "eval.h"
#include "func.h"
#include "gc.h"
#include "str.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* ---- functions ---- */

Function *function_new(Code *co, Dict *globals) {
    Function *f = gc_alloc(&type_function, sizeof *f);
    if (!f) return NULL;
    f->code = co;
    f->globals = globals;
    f->builtins = builtins_of(globals);
    f->name = co->name;
    f->qualname = co->qualname;
    f->module = dict_get_str(globals, names.__name__);
    if (is_null(f->module)) f->module = NONE;
    f->doc = NONE;
    /* the compiler puts a function's docstring first among its constants (None if it has none) */
    if (co->consts && co->consts->len && is_str(co->consts->items[0]) && !str_eq_cstr(co->name, "<lambda>"))
        f->doc = co->consts->items[0];
    f->annotations = NULLV;
    return f;
}

static void function_trace(Obj *o) {
    Function *f = (Function *)o;
    gc_mark_obj(f->dict);
    gc_mark_obj(f->code);
    gc_mark_obj(f->globals);
    gc_mark_obj(f->builtins);
    gc_mark_obj(f->defaults);
    gc_mark_obj(f->kwdefaults);
    gc_mark_obj(f->closure);
    gc_mark_value(f->annotations);
    gc_mark_obj(f->name);
    gc_mark_obj(f->qualname);
    gc_mark_value(f->module);
    gc_mark_value(f->doc);
}

static Value function_descr_get(Value f, Value obj, Value type) {
    if (is_null(obj)) return f;
    return method_new(f, obj);
}

static Value function_repr(Value self) {
    Function *f = (Function *)as_obj(self);
    return v_str(str_fmt("<function %s at %p>", f->qualname->data, (void *)f));
}

#define FN(v) ((Function *)as_obj(v))
static Value fn_get_code(Value s) { return v_obj(FN(s)->code); }
static int fn_set_code(Value s, Value v) {
    if (!is_type(v, &type_code)) { raise_msg(&exc_TypeError, "__code__ must be set to a code object"); return -1; }
    FN(s)->code = (Code *)as_obj(v);
    return 0;
}
static Value fn_get_name(Value s) { return v_str(FN(s)->name); }
static int fn_set_name(Value s, Value v) {
    if (!is_str(v)) { raise_msg(&exc_TypeError, "__name__ must be set to a string object"); return -1; }
    FN(s)->name = as_str(v);
    return 0;
}
static Value fn_get_qualname(Value s) { return v_str(FN(s)->qualname); }
static int fn_set_qualname(Value s, Value v) {
    if (!is_str(v)) { raise_msg(&exc_TypeError, "__qualname__ must be set to a string object"); return -1; }
    FN(s)->qualname = as_str(v);
    return 0;
}
static Value fn_get_defaults(Value s) { return FN(s)->defaults ? v_obj(FN(s)->defaults) : NONE; }
static int fn_set_defaults(Value s, Value v) {
    if (is_null(v) || is_none(v)) { FN(s)->defaults = NULL; return 0; }
    if (!is_tuple(v)) { raise_msg(&exc_TypeError, "__defaults__ must be set to a tuple object"); return -1; }
    FN(s)->defaults = as_tuple(v);
    return 0;
}
static Value fn_get_kwdefaults(Value s) { return FN(s)->kwdefaults ? v_obj(FN(s)->kwdefaults) : NONE; }
static int fn_set_kwdefaults(Value s, Value v) {
    if (is_null(v) || is_none(v)) { FN(s)->kwdefaults = NULL; return 0; }
    if (!is_dict(v)) { raise_msg(&exc_TypeError, "__kwdefaults__ must be set to a dict object"); return -1; }
    FN(s)->kwdefaults = as_dict(v);
    return 0;
}
static Value fn_get_globals(Value s) { return v_obj(FN(s)->globals); }
static Value fn_get_builtins(Value s) { return v_obj(FN(s)->builtins); }
static Value fn_get_closure(Value s) { return FN(s)->closure ? v_obj(FN(s)->closure) : NONE; }
static Value fn_get_module(Value s) { return FN(s)->module; }
static int fn_set_module(Value s, Value v) { FN(s)->module = is_null(v) ? NONE : v; return 0; }
static Value fn_get_doc(Value s) { return FN(s)->doc; }
static int fn_set_doc(Value s, Value v) { FN(s)->doc = is_null(v) ? NONE : v; return 0; }
static Value fn_get_annotations(Value s) {
    Function *f = FN(s);
    if (is_null(f->annotations)) {
        Dict *d = dict_new();
        if (!d) return NULLV;
        f->annotations = v_obj(d);
    }
    return f->annotations;
}
static int fn_set_annotations(Value s, Value v) { FN(s)->annotations = v; return 0; }
static Value fn_get_dict(Value s) {
    if (!FN(s)->dict && !(FN(s)->dict = dict_new())) return NULLV;
    return v_obj(FN(s)->dict);
}
/* Functions have no slot for PEP 695 type parameters: a non-empty tuple assigned to
   __type_params__ (functools.update_wrapper copies it) is kept in the __dict__. */
static Value fn_get_type_params(Value s) {
    Value v = FN(s)->dict ? dict_get_str(FN(s)->dict, str_intern_cstr("__type_params__")) : NULLV;
    return is_null(v) ? v_obj(tuple_empty()) : v;
}
static int fn_set_type_params(Value s, Value v) {
    if (is_null(v) || !is_type(v, &type_tuple)) {
        raise_msg(&exc_TypeError, "__type_params__ must be set to a tuple");
        return -1;
    }
    Str *key = str_intern_cstr("__type_params__");
    if (as_tuple(v)->len == 0) {
        if (FN(s)->dict && !is_null(dict_get_str(FN(s)->dict, key))) return dict_del_str(FN(s)->dict, key);
        return 0;
    }
    if (!FN(s)->dict && !(FN(s)->dict = dict_new())) return -1;
    return dict_set_str(FN(s)->dict, key, v);
}

static const GetSetDef function_getsets[] = {
    {"__code__", fn_get_code, fn_set_code},
    {"__name__", fn_get_name, fn_set_name},
    {"__qualname__", fn_get_qualname, fn_set_qualname},
    {"__defaults__", fn_get_defaults, fn_set_defaults},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults},
    {"__globals__", fn_get_globals, NULL},
    {"__builtins__", fn_get_builtins, NULL},
    {"__closure__", fn_get_closure, NULL},
    {"__module__", fn_get_module, fn_set_module},
    {"__doc__", fn_get_doc, fn_set_doc},
    {"__annotations__", fn_get_annotations, fn_set_annotations},
    {"__dict__", fn_get_dict, NULL},
    {"__type_params__", fn_get_type_params, fn_set_type_params},
    {NULL, NULL, NULL},
};

Type type_function = {
    .hdr = {.type = &type_type},
    .name = "function",
    .basicsize = sizeof(Function),
    .dictoffset = offsetof(Function, dict),
    .trace = function_trace,
    .call = function_call,
    .descr_get = function_descr_get,
    .repr = function_repr,
    .getsets = function_getsets,
};

/* ---- cells ---- */

Cell *cell_new(Value v) {
    Cell *c = gc_alloc(&type_cell, sizeof *c);
    if (c) c->value = v;
    return c;
}

static void cell_trace(Obj *o) { gc_mark_value(((Cell *)o)->value); }
static Value cell_get_contents(Value s) {
    Cell *c = (Cell *)as_obj(s);
    if (is_null(c->value)) return raise_msg(&exc_ValueError, "Cell is empty");
    return c->value;
}
static int cell_set_contents(Value s, Value v) { ((Cell *)as_obj(s))->value = v; return 0; }
static const GetSetDef cell_getsets[] = {{"cell_contents", cell_get_contents, cell_set_contents}, {NULL, NULL, NULL}};
static Value cell_repr(Value s) {
    Cell *c = (Cell *)as_obj(s);
    if (is_null(c->value)) return v_str(str_fmt("<cell at %p: empty>", (void *)c));
    return v_str(str_fmt("<cell at %p: %s object at %p>", (void *)c, type_name_of(c->value),
                         is_obj(c->value) ? (void *)as_obj(c->value) : NULL));
}

Type type_cell = {
    .hdr = {.type = &type_type},
    .name = "cell",
    .basicsize = sizeof(Cell),
    .trace = cell_trace,
    .repr = cell_repr,
    .getsets = cell_getsets,
};

/* ---- bound methods ---- */

Value method_new(Value func, Value self) {
    Method *m = gc_alloc(&type_method, sizeof *m);
    if (!m) return NULLV;
    m->func = func;
    m->self = self;
    return v_obj(m);
}

static void method_trace(Obj *o) {
    gc_mark_value(((Method *)o)->func);
    gc_mark_value(((Method *)o)->self);
}

/* Calls f(self, *args): a small stack buffer covers the common case. */
Value call_with_self(Value func, Value self, Value *args, size_t nargs, Tuple *kwnames) {
    size_t total = nargs + (kwnames ? kwnames->len : 0);
    Value small[8];
    Value *buf = total + 1 <= 8 ? small : malloc((total + 1) * sizeof(Value));
    if (!buf) return raise_no_memory();
    buf[0] = self;
    if (total) memcpy(buf + 1, args, total * sizeof(Value));
    Value r = obj_call(func, buf, nargs + 1, kwnames);
    if (buf != small) free(buf);
    return r;
}

static Value method_call(Value callable, Value *args, size_t nargs, Tuple *kwnames) {
    Method *m = (Method *)as_obj(callable);
    return call_with_self(m->func, m->self, args, nargs, kwnames);
}

static Value method_repr(Value s) {
    Method *m = (Method *)as_obj(s);
    Value qn = obj_getattr_opt(m->func, names.__qualname__);
    if (is_null(qn)) {
        if (err_occurred()) return NULLV;
        qn = obj_getattr_opt(m->func, names.__name__);
    }
    Value r = obj_repr(m->self);
    if (is_null(r)) return r;
    if (!is_str(qn)) qn = str_value_cstr("?");
    return v_str(str_fmt("<bound method %S of %S>", &qn, &r));
}

static Value method_getattr(Value s, Str *name) {
    Value r = generic_getattr(s, name);
    if (!is_null(r) || !err_matches(&exc_AttributeError)) return r;
    err_clear();
    return obj_getattr(((Method *)as_obj(s))->func, name);
}

static Value method_richcompare(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_type(b, &type_method)) return NotImplemented;
    Method *x = (Method *)as_obj(a), *y = (Method *)as_obj(b);
    bool eq = v_is(x->self, y->self);
    if (eq) {
        int e = obj_eq(x->func, y->func);
        if (e < 0) return NULLV;
        eq = e;
    }
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static bool method_hash(Value s, int64_t *out) {
    Method *m = (Method *)as_obj(s);
    int64_t a, b;
    if (!obj_hash(m->func, &a)) return false;
    b = is_obj(m->self) ? (int64_t)((uintptr_t)as_obj(m->self) >> 4) : 0;
    *out = a ^ b;
    if (*out == -1) *out = -2;
    return true;
}

static Value m_get_func(Value s) { return ((Method *)as_obj(s))->func; }
static Value m_get_self(Value s) { return ((Method *)as_obj(s))->self; }
static Value m_get_doc(Value s) { return obj_getattr(((Method *)as_obj(s))->func, names.__doc__); }
static const GetSetDef method_getsets[] = {
    {"__func__", m_get_func, NULL},
    {"__self__", m_get_self, NULL},
    {"__doc__", m_get_doc, NULL},
    {NULL, NULL, NULL},
};

/* types.MethodType(function, instance) */
static Value method_tp_new(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_no_kwargs("method", kwnames)) return NULLV;
    if (nargs != 2) return raise_fmt(&exc_TypeError, "method expected 2 arguments, got %zu", nargs);
    if (!type_of(args[0])->call) return raise_msg(&exc_TypeError, "first argument must be callable");
    if (is_none(args[1])) return raise_msg(&exc_TypeError, "instance must not be None");
    return method_new(args[0], args[1]);
}

Type type_method = {
    .hdr = {.type = &type_type},
    .name = "method",
    .basicsize = sizeof(Method),
    .new = method_tp_new,
    .trace = method_trace,
    .call = method_call,
    .repr = method_repr,
    .getattr = method_getattr,
    .richcompare = method_richcompare,
    .hash = method_hash,
    .getsets = method_getsets,
};

/* ---- native functions ---- */

Value builtin_new(const char *name, MethodFn fn, Value self) {
    Builtin *b = gc_alloc(&type_builtin, sizeof *b);
    if (!b) return NULLV;
    b->name = name;
    b->fn = fn;
    b->self = self;
    return v_obj(b);
}

static void builtin_trace(Obj *o) {
    gc_mark_value(((Builtin *)o)->self);
    gc_mark_obj(((Builtin *)o)->qualname);
}

static Value builtin_call(Value callable, Value *args, size_t nargs, Tuple *kwnames) {
    Builtin *b = (Builtin *)as_obj(callable);
    return b->fn(b->self, args, nargs, kwnames);
}

static Value builtin_repr(Value s) {
    Builtin *b = (Builtin *)as_obj(s);
    if (is_null(b->self) || is_type(b->self, &type_module))
        return v_str(str_fmt("<built-in function %s>", b->name));
    if (is_obj(b->self) && type_is_subtype(type_of(b->self), &type_type))
        return v_str(str_fmt("<built-in method %s of type object at %p>", b->name, (void *)as_obj(b->self)));
    return v_str(str_fmt("<built-in method %s of %s object at %p>", b->name, type_name_of(b->self),
                         is_obj(b->self) ? (void *)as_obj(b->self) : NULL));
}

static Value b_get_name(Value s) { return str_value_cstr(((Builtin *)as_obj(s))->name); }
static Value b_get_qualname(Value s) {
    Builtin *b = (Builtin *)as_obj(s);
    if (b->qualname) return v_str(b->qualname);
    if (is_null(b->self) || is_type(b->self, &type_module)) return str_value_cstr(b->name);
    Type *t = is_obj(b->self) && type_is_subtype(type_of(b->self), &type_type) ? (Type *)as_obj(b->self)
                                                                               : type_of(b->self);
    return v_str(str_fmt("%s.%s", t->name, b->name));
}
static Value b_get_self(Value s) {
    Builtin *b = (Builtin *)as_obj(s);
    return is_null(b->self) ? NONE : b->self;
}
static Value b_get_module(Value s) {
    Builtin *b = (Builtin *)as_obj(s);
    if (is_type(b->self, &type_module)) return obj_getattr(b->self, names.__name__);
    if (is_null(b->self)) return str_value_cstr("builtins");
    return NONE;
}
static Value b_get_doc(Value s) {
    Builtin *b = (Builtin *)as_obj(s);
    return b->doc ? str_value_cstr(b->doc) : NONE;
}
static const GetSetDef builtin_getsets[] = {
    {"__name__", b_get_name, NULL},
    {"__qualname__", b_get_qualname, NULL},
    {"__self__", b_get_self, NULL},
    {"__module__", b_get_module, NULL},
    {"__doc__", b_get_doc, NULL},
    {NULL, NULL, NULL},
};

static Value builtin_richcompare(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_type(b, &type_builtin)) return NotImplemented;
    Builtin *x = (Builtin *)as_obj(a), *y = (Builtin *)as_obj(b);
    bool eq = x->fn == y->fn && v_is(x->self, y->self);
    return v_bool(op == CMP_EQ ? eq : !eq);
}

Type type_builtin = {
    .hdr = {.type = &type_type},
    .name = "builtin_function_or_method",
    .basicsize = sizeof(Builtin),
    .trace = builtin_trace,
    .call = builtin_call,
    .repr = builtin_repr,
    .richcompare = builtin_richcompare,
    .getsets = builtin_getsets,
};

/* ---- method descriptors (list.append in list's dict) ---- */

Value method_descr_new(Type *owner, const MethodDef *def) {
    if (def->flags & METH_STATIC) {
        Value f = builtin_new(def->name, def->fn, NULLV);
        if (is_null(f)) return f;
        ((Builtin *)as_obj(f))->doc = def->doc;
        return obj_call1(v_obj(&type_staticmethod), f);
    }
    MethodDescr *d = gc_alloc(&type_method_descr, sizeof *d);
    if (!d) return NULLV;
    d->def = def;
    d->owner = owner;
    return v_obj(d);
}

static void mdescr_trace(Obj *o) { gc_mark_obj(((MethodDescr *)o)->owner); }

static bool mdescr_check(MethodDescr *d, Value self) {
    if (is_instance(self, d->owner)) return true;
    raise_fmt(&exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
              d->owner->name, type_name_of(self));
    return false;
}

static Value mdescr_get(Value descr, Value obj, Value type) {
    MethodDescr *d = (MethodDescr *)as_obj(descr);
    if (d->def->flags & METH_CLASS) {
        /* a class method of a built-in type binds to the class (dict.fromkeys) */
        Value cls = !is_null(type) && !is_none(type) ? type : v_obj(type_of(obj));
        Value b = builtin_new(d->def->name, d->def->fn, cls);
        if (!is_null(b)) ((Builtin *)as_obj(b))->doc = d->def->doc;
        return b;
    }
    if (is_null(obj)) return descr;
    if (!mdescr_check(d, obj)) return NULLV;
    Value b = builtin_new(d->def->name, d->def->fn, obj);
    if (!is_null(b)) ((Builtin *)as_obj(b))->doc = d->def->doc;
    return b;
}

static Value mdescr_call(Value callable, Value *args, size_t nargs, Tuple *kwnames) {
    MethodDescr *d = (MethodDescr *)as_obj(callable);
    if (nargs < 1)
        return raise_fmt(&exc_TypeError, "unbound method %s.%s() needs an argument", d->owner->name, d->def->name);
    if (!mdescr_check(d, args[0])) return NULLV;
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Value mdescr_repr(Value s) {
    MethodDescr *d = (MethodDescr *)as_obj(s);
    return v_str(str_fmt("<method '%s' of '%s' objects>", d->def->name, d->owner->name));
}

static Value md_get_name(Value s) { return str_value_cstr(((MethodDescr *)as_obj(s))->def->name); }
static Value md_get_qualname(Value s) {
    MethodDescr *d = (MethodDescr *)as_obj(s);
    return v_str(str_fmt("%s.%s", d->owner->name, d->def->name));
}
static Value md_get_objclass(Value s) { return v_obj(((MethodDescr *)as_obj(s))->owner); }
static Value md_get_doc(Value s) {
    const char *doc = ((MethodDescr *)as_obj(s))->def->doc;
    return doc ? str_value_cstr(doc) : NONE;
}
static const GetSetDef mdescr_getsets[] = {
    {"__name__", md_get_name, NULL},
    {"__qualname__", md_get_qualname, NULL},
    {"__objclass__", md_get_objclass, NULL},
    {"__doc__", md_get_doc, NULL},
    {NULL, NULL, NULL},
};

Type type_method_descr = {
    .hdr = {.type = &type_type},
    .name = "method_descriptor",
    .basicsize = sizeof(MethodDescr),
    .trace = mdescr_trace,
    .call = mdescr_call,
    .descr_get = mdescr_get,
    .repr = mdescr_repr,
    .getsets = mdescr_getsets,
};

/* ---- getset descriptors ---- */

Value getset_descr_new(Type *owner, const GetSetDef *def) {
    GetSetDescr *d = gc_alloc(&type_getset_descr, sizeof *d);
    if (!d) return NULLV;
    d->def = def;
    d->owner = owner;
    return v_obj(d);
}

static void gsdescr_trace(Obj *o) { gc_mark_obj(((GetSetDescr *)o)->owner); }

static Value gsdescr_get(Value descr, Value obj, Value type) {
    if (is_null(obj)) return descr;
    GetSetDescr *d = (GetSetDescr *)as_obj(descr);
    if (!is_instance(obj, d->owner))
        return raise_fmt(&exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                         d->def->name, d->owner->name, type_name_of(obj));
    return d->def->get(obj);
}

static int gsdescr_set(Value descr, Value obj, Value v) {
    GetSetDescr *d = (GetSetDescr *)as_obj(descr);
    if (!d->def->set) {
        if (is_null(v))
            raise_fmt(&exc_AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name, d->owner->name);
        else
            raise_fmt(&exc_AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name, d->owner->name);
        return -1;
    }
    return d->def->set(obj, v);
}

static Value gsdescr_repr(Value s) {
    GetSetDescr *d = (GetSetDescr *)as_obj(s);
    return v_str(str_fmt("<attribute '%s' of '%s' objects>", d->def->name, d->owner->name));
}

Type type_getset_descr = {
    .hdr = {.type = &type_type},
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescr),
    .trace = gsdescr_trace,
    .descr_get = gsdescr_get,
    .descr_set = gsdescr_set,
    .repr = gsdescr_repr,
};

/* ---- property ---- */

typedef struct Property {
    Obj hdr;
    Value fget, fset, fdel, doc, name;
} Property;

static void property_trace(Obj *o) {
    Property *p = (Property *)o;
    gc_mark_value(p->fget);
    gc_mark_value(p->fset);
    gc_mark_value(p->fdel);
    gc_mark_value(p->doc);
    gc_mark_value(p->name);
}

static Value property_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    Property *p = gc_alloc(t, t->basicsize);
    if (!p) return NULLV;
    p->fget = p->fset = p->fdel = p->doc = p->name = NONE;
    return v_obj(p);
}

static Value property_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const kw[] = {"fget", "fset", "fdel", "doc"};
    static const ArgSpec spec = {"property", kw, 4, 0, 0, 4};
    Value a[4];
    if (!bind_args(&spec, args, nargs, kwnames, a)) return NULLV;
    Property *p = (Property *)as_obj(self);
    p->fget = is_null(a[0]) ? NONE : a[0];
    p->fset = is_null(a[1]) ? NONE : a[1];
    p->fdel = is_null(a[2]) ? NONE : a[2];
    p->doc = is_null(a[3]) ? NONE : a[3];
    if (is_none(p->doc) && !is_none(p->fget)) {
        Value d = obj_getattr_opt(p->fget, names.__doc__);
        if (is_null(d) && err_occurred()) return NULLV;
        if (!is_null(d)) p->doc = d;
    }
    return NONE;
}

static Value property_name(Property *p) {
    if (!is_none(p->name)) return p->name;
    if (!is_none(p->fget)) {
        Value n = obj_getattr_opt(p->fget, names.__name__);
        if (!is_null(n)) return n;
        err_clear();
    }
    return NONE;
}

static Value property_get(Value descr, Value obj, Value type) {
    if (is_null(obj)) return descr;
    Property *p = (Property *)as_obj(descr);
    if (is_none(p->fget)) {
        Value n = property_name(p);
        if (is_str(n))
            return raise_fmt(&exc_AttributeError, "property %R of '%s' object has no getter", &n, type_name_of(obj));
        return raise_fmt(&exc_AttributeError, "property of '%s' object has no getter", type_name_of(obj));
    }
    return obj_call1(p->fget, obj);
}

static int property_set(Value descr, Value obj, Value v) {
    Property *p = (Property *)as_obj(descr);
    Value f = is_null(v) ? p->fdel : p->fset;
    if (is_none(f)) {
        Value n = property_name(p);
        const char *what = is_null(v) ? "deleter" : "setter";
        if (is_str(n))
            raise_fmt(&exc_AttributeError, "property %R of '%s' object has no %s", &n, type_name_of(obj), what);
        else
            raise_fmt(&exc_AttributeError, "property of '%s' object has no %s", type_name_of(obj), what);
        return -1;
    }
    Value r = is_null(v) ? obj_call1(f, obj) : obj_call2(f, obj, v);
    return is_null(r) ? -1 : 0;
}

static Value property_copy(Value self, Value fget, Value fset, Value fdel) {
    Property *p = (Property *)as_obj(self);
    Type *t = type_of(self);
    Value args[4] = {is_null(fget) ? p->fget : fget, is_null(fset) ? p->fset : fset,
                     is_null(fdel) ? p->fdel : fdel, p->doc};
    Value np = obj_call(v_obj(t), args, 4, NULL);
    if (!is_null(np) && is_instance(np, &type_property)) ((Property *)as_obj(np))->name = p->name;
    return np;
}

static Value property_getter(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (!check_nargs("getter", nargs, 1, 1)) return NULLV;
    return property_copy(self, args[0], NULLV, NULLV);
}
static Value property_setter(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (!check_nargs("setter", nargs, 1, 1)) return NULLV;
    return property_copy(self, NULLV, args[0], NULLV);
}
static Value property_deleter(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (!check_nargs("deleter", nargs, 1, 1)) return NULLV;
    return property_copy(self, NULLV, NULLV, args[0]);
}
static Value property_set_name(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (!check_nargs("__set_name__", nargs, 2, 2)) return NULLV;
    ((Property *)as_obj(self))->name = args[1];
    return NONE;
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, 0, NULL},
    {"setter", property_setter, 0, NULL},
    {"deleter", property_deleter, 0, NULL},
    {"__set_name__", property_set_name, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define PROP(v) ((Property *)as_obj(v))
static Value prop_fget(Value s) { return PROP(s)->fget; }
static Value prop_fset(Value s) { return PROP(s)->fset; }
static Value prop_fdel(Value s) { return PROP(s)->fdel; }
static Value prop_doc(Value s) { return PROP(s)->doc; }
static int prop_set_doc(Value s, Value v) { PROP(s)->doc = is_null(v) ? NONE : v; return 0; }
static Value prop_name(Value s) {
    Value n = property_name(PROP(s));
    if (is_none(n)) return raise_msg(&exc_AttributeError, "'property' object has no attribute '__name__'");
    return n;
}
static int prop_set_name(Value s, Value v) { PROP(s)->name = v; return 0; }
/* abstract when any accessor is (abc.abstractmethod under @property) */
static Value prop_isabstract(Value s) {
    Value fns[3] = {PROP(s)->fget, PROP(s)->fset, PROP(s)->fdel};
    for (int i = 0; i < 3; i++) {
        if (is_none(fns[i])) continue;
        Value v = obj_getattr_opt(fns[i], str_intern_cstr("__isabstractmethod__"));
        if (is_null(v)) { if (err_occurred()) return NULLV; continue; }
        int t = obj_truthy(v);
        if (t < 0) return NULLV;
        if (t) return TRUEV;
    }
    return FALSEV;
}
static const GetSetDef property_getsets[] = {
    {"__isabstractmethod__", prop_isabstract, NULL},
    {"fget", prop_fget, NULL},
    {"fset", prop_fset, NULL},
    {"fdel", prop_fdel, NULL},
    {"__doc__", prop_doc, prop_set_doc},
    {"__name__", prop_name, prop_set_name},
    {NULL, NULL, NULL},
};

Type type_property = {
    .hdr = {.type = &type_type},
    .name = "property",
    .basicsize = sizeof(Property),
    .flags = TPF_BASETYPE,
    .trace = property_trace,
    .new = property_new,
    .init = property_init,
    .descr_get = property_get,
    .descr_set = property_set,
    .methods = property_methods,
    .getsets = property_getsets,
};

/* ---- staticmethod and classmethod ---- */

typedef struct Wrapped {
    Obj hdr;
    Dict *dict;
    Value func;
} Wrapped;

static void wrapped_trace(Obj *o) {
    gc_mark_obj(((Wrapped *)o)->dict);
    gc_mark_value(((Wrapped *)o)->func);
}

static Value wrapped_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    Wrapped *w = gc_alloc(t, t->basicsize);
    if (!w) return NULLV;
    w->func = NONE;
    return v_obj(w);
}

static Value wrapped_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_no_kwargs(type_name_of(self), kwnames) || !check_nargs(type_name_of(self), nargs, 1, 1)) return NULLV;
    Wrapped *w = (Wrapped *)as_obj(self);
    w->func = args[0];
    /* copy __doc__, __name__, ... like functools.wraps */
    static Str **const copied[] = {&names.__doc__, &names.__name__, &names.__qualname__, &names.__module__};
    for (int i = 0; i < 4; i++) {
        Value v = obj_getattr_opt(args[0], *copied[i]);
        if (is_null(v)) { if (err_occurred()) return NULLV; continue; }
        if (!w->dict && !(w->dict = dict_new())) return NULLV;
        if (dict_set_str(w->dict, *copied[i], v) < 0) return NULLV;
    }
    return NONE;
}

static Value staticmethod_get(Value descr, Value obj, Value type) { return ((Wrapped *)as_obj(descr))->func; }
static Value staticmethod_call(Value callable, Value *args, size_t nargs, Tuple *kwnames) {
    return obj_call(((Wrapped *)as_obj(callable))->func, args, nargs, kwnames);
}

static Value classmethod_get(Value descr, Value obj, Value type) {
    Value f = ((Wrapped *)as_obj(descr))->func;
    if (is_null(type) || is_none(type)) type = v_obj(type_of(obj));
    return method_new(f, type);
}

static Value wrapped_func(Value s) { return ((Wrapped *)as_obj(s))->func; }
static Value wrapped_isabstract(Value s) {
    Value v = obj_getattr_opt(((Wrapped *)as_obj(s))->func, str_intern_cstr("__isabstractmethod__"));
    if (is_null(v)) return err_occurred() ? NULLV : FALSEV;
    return v;
}
static const GetSetDef wrapped_getsets[] = {
    {"__func__", wrapped_func, NULL},
    {"__wrapped__", wrapped_func, NULL},
    {"__isabstractmethod__", wrapped_isabstract, NULL},
    {NULL, NULL, NULL},
};

static Value staticmethod_repr(Value s) {
    Value r = obj_repr(((Wrapped *)as_obj(s))->func);
    return is_null(r) ? r : v_str(str_fmt("<staticmethod(%S)>", &r));
}
static Value classmethod_repr(Value s) {
    Value r = obj_repr(((Wrapped *)as_obj(s))->func);
    return is_null(r) ? r : v_str(str_fmt("<classmethod(%S)>", &r));
}

Type type_staticmethod = {
    .hdr = {.type = &type_type},
    .name = "staticmethod",
    .basicsize = sizeof(Wrapped),
    .dictoffset = offsetof(Wrapped, dict),
    .flags = TPF_BASETYPE,
    .trace = wrapped_trace,
    .new = wrapped_new,
    .init = wrapped_init,
    .descr_get = staticmethod_get,
    .call = staticmethod_call,
    .repr = staticmethod_repr,
    .getsets = wrapped_getsets,
};

Type type_classmethod = {
    .hdr = {.type = &type_type},
    .name = "classmethod",
    .basicsize = sizeof(Wrapped),
    .dictoffset = offsetof(Wrapped, dict),
    .flags = TPF_BASETYPE,
    .trace = wrapped_trace,
    .new = wrapped_new,
    .init = wrapped_init,
    .descr_get = classmethod_get,
    .repr = classmethod_repr,
    .getsets = wrapped_getsets,
};

/* ---- super ---- */

typedef struct Super {
    Obj hdr;
    Type *type;             /* start the search after this class */
    Value obj;              /* instance or class */
    Type *obj_type;
} Super;

static void super_trace(Obj *o) {
    Super *s = (Super *)o;
    gc_mark_obj(s->type);
    gc_mark_value(s->obj);
    gc_mark_obj(s->obj_type);
}

static Value super_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    Super *s = gc_alloc(t, sizeof(Super));
    return s ? v_obj(s) : NULLV;
}

static Type *super_check(Type *type, Value obj) {
    bool is_class = is_obj(obj) && type_is_subtype(type_of(obj), &type_type);
    if (is_class && type_is_subtype((Type *)as_obj(obj), type)) return (Type *)as_obj(obj);
    if (type_is_subtype(type_of(obj), type)) return type_of(obj);
    if (is_class)
        raise_fmt(&exc_TypeError, "super(type, obj): obj (type %s) is not an instance or subtype of type (%s).",
                  ((Type *)as_obj(obj))->name, type->name);
    else
        raise_fmt(&exc_TypeError, "super(type, obj): obj (instance of %s) is not an instance or subtype of type (%s).",
                  type_name_of(obj), type->name);
    return NULL;
}

static Value super_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_no_kwargs("super", kwnames) || !check_nargs("super", nargs, 0, 2)) return NULLV;
    Value type, obj = NULLV;
    if (nargs == 0) {
        if (!super_from_frame(&type, &obj)) return NULLV;
    } else {
        type = args[0];
        if (nargs == 2) obj = args[1];
    }
    if (!is_obj(type) || !type_is_subtype(type_of(type), &type_type))
        return raise_fmt(&exc_TypeError, "super() argument 1 must be a type, not %s", type_name_of(type));
    Super *s = (Super *)as_obj(self);
    s->type = (Type *)as_obj(type);
    s->obj = obj;
    if (!is_null(obj) && !is_none(obj)) {
        s->obj_type = super_check(s->type, obj);
        if (!s->obj_type) return NULLV;
    }
    return NONE;
}

static Value super_getattr(Value self, Str *name) {
    Super *s = (Super *)as_obj(self);
    if (s->obj_type && !str_eq(name, names.__class__)) {
        Tuple *mro = s->obj_type->mro;
        size_t i = 0;
        while (i < mro->len && as_obj(mro->items[i]) != (Obj *)s->type) i++;
        for (i++; i < mro->len; i++) {
            Type *k = (Type *)as_obj(mro->items[i]);
            Value v = dict_get_str(k->dict, name);
            if (is_null(v)) continue;
            Type *vt = type_of(v);
            if (!vt->descr_get) return v;
            Value inst = v_is(s->obj, v_obj(s->obj_type)) ? NULLV : s->obj;
            return vt->descr_get(v, inst, v_obj(s->obj_type));
        }
    }
    return generic_getattr(self, name);
}

/* super().name(...) without a bound method: the plain function found after the class
 * in the MRO, and the instance to pass as self.  False when another path is needed. */
bool super_method(Value sup, Str *name, Value *meth, Value *self) {
    Super *s = (Super *)as_obj(sup);
    if (!s->obj_type || v_is(s->obj, v_obj(s->obj_type))) return false;
    Tuple *mro = s->obj_type->mro;
    size_t i = 0;
    while (i < mro->len && as_obj(mro->items[i]) != (Obj *)s->type) i++;
    for (i++; i < mro->len; i++) {
        Type *k = (Type *)as_obj(mro->items[i]);
        Value v = dict_get_str(k->dict, name);
        if (is_null(v)) continue;
        if (!is_type(v, &type_function)) return false;
        *meth = v;
        *self = s->obj;
        return true;
    }
    return false;
}

static Value super_repr(Value self) {
    Super *s = (Super *)as_obj(self);
    if (s->obj_type)
        return v_str(str_fmt("<super: <class '%s'>, <%s object>>", s->type ? s->type->name : "NULL", s->obj_type->name));
    return v_str(str_fmt("<super: <class '%s'>, NULL>", s->type ? s->type->name : "NULL"));
}

static Value super_get_thisclass(Value s) { return v_obj(((Super *)as_obj(s))->type); }
static Value super_get_self(Value s) { Value o = ((Super *)as_obj(s))->obj; return is_null(o) ? NONE : o; }
static Value super_get_self_class(Value s) { Type *t = ((Super *)as_obj(s))->obj_type; return t ? v_obj(t) : NONE; }
static const GetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass, NULL},
    {"__self__", super_get_self, NULL},
    {"__self_class__", super_get_self_class, NULL},
    {NULL, NULL, NULL},
};

Type type_super = {
    .hdr = {.type = &type_type},
    .name = "super",
    .basicsize = sizeof(Super),
    .flags = TPF_BASETYPE,
    .trace = super_trace,
    .new = super_new,
    .init = super_init,
    .getattr = super_getattr,
    .repr = super_repr,
    .getsets = super_getsets,
};

/* ---- NotImplemented and Ellipsis ---- */

static Obj notimpl_obj = {.type = &type_notimplemented};
static Obj ellipsis_obj = {.type = &type_ellipsis};
Value NotImplemented = {.tag = TAG_OBJ, .u.o = &notimpl_obj};
Value Ellipsis = {.tag = TAG_OBJ, .u.o = &ellipsis_obj};

static Value notimpl_repr(Value s) { return str_value_cstr("NotImplemented"); }
static Value ellipsis_repr(Value s) { return str_value_cstr("Ellipsis"); }
static Value notimpl_new(Type *t, Value *a, size_t n, Tuple *k) {
    if (!check_nargs("NotImplementedType", n, 0, 0)) return NULLV;
    return NotImplemented;
}
static Value ellipsis_new(Type *t, Value *a, size_t n, Tuple *k) {
    if (!check_nargs("ellipsis", n, 0, 0)) return NULLV;
    return Ellipsis;
}

Type type_notimplemented = {
    .hdr = {.type = &type_type},
    .name = "NotImplementedType",
    .repr = notimpl_repr,
    .new = notimpl_new,
};
Type type_ellipsis = {
    .hdr = {.type = &type_type},
    .name = "ellipsis",
    .repr = ellipsis_repr,
    .new = ellipsis_new,
};

void func_init(void) {
    notimpl_obj.gcbits |= 2;    /* static objects: never swept */
    ellipsis_obj.gcbits |= 2;
}
