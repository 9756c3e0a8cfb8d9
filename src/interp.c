/* interp.c — bringing the interpreter up: ready the types, build builtins and sys, and
 * the builtins that need the interpreter itself (__build_class__, globals, locals, vars,
 * dir, exec, eval, compile, __import__). */
#include "builtins.h"
#include "compile.h"
#include "containers.h"
#include "error.h"
#include "eval.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "num.h"
#include "str.h"

#include <string.h>

extern Value sys_modules, sys_path;
extern Type type_slot_wrapper, type_frame_locals_proxy, type_coroutine;
Dict *frame_locals_snapshot(Frame *f);
Value type_new_class(Type *meta, Str *name, Tuple *bases, Dict *ns, Dict *kw);
bool type_add_dict_descriptor(Type *t);
void type_init(void);
void exceptions_init(void);
void error_init(void);
void func_init(void);
void import_init(void);

static Type *const core_types[] = {
    &type_object, &type_type, &type_none, &type_bool, &type_int, &type_float, &type_str,
    &type_bytes, &type_tuple, &type_list, &type_dict, &type_set, &type_frozenset, &type_range,
    &type_slice, &type_function, &type_method, &type_builtin, &type_module, &type_code,
    &type_frame, &type_traceback, &type_generator, &type_coroutine, &type_cell,
    &type_notimplemented, &type_ellipsis, &type_property, &type_staticmethod,
    &type_classmethod, &type_super, &type_method_descr, &type_getset_descr,
    &type_slot_wrapper, &type_frame_locals_proxy,
};

/* ---- builtins that need frames or the compiler ---- */

static Frame *caller_frame(void) { return tstate->frame; }

/* PEP 560: a base that is not a class (say typing.Generic[T]) names the classes to use
 * instead through its __mro_entries__(bases) method. */
static Tuple *resolve_bases(Tuple *bases) {
    List *out = NULL;
    for (size_t i = 0; i < bases->len; i++) {
        Value b = bases->items[i];
        Value me = NULLV;
        if (!is_obj(b) || !type_is_subtype(type_of(b), &type_type)) {
            me = obj_getattr_opt(b, str_intern_cstr("__mro_entries__"));
            if (is_null(me) && err_occurred()) return NULL;
        }
        if (is_null(me)) {
            if (out && !list_append(out, b)) return NULL;
            continue;
        }
        Value r = obj_call1(me, v_obj(bases));
        if (is_null(r)) return NULL;
        if (!is_tuple(r)) {
            raise_msg(&exc_TypeError, "__mro_entries__ must return a tuple");
            return NULL;
        }
        if (!out && !(out = list_from(bases->items, i))) return NULL;
        for (size_t k = 0; k < as_tuple(r)->len; k++)
            if (!list_append(out, as_tuple(r)->items[k])) return NULL;
    }
    return out ? tuple_from_list(out) : bases;
}

static Value bi_build_class(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (nargs < 2) return raise_msg(&exc_TypeError, "__build_class__: not enough arguments");
    if (!is_type(args[0], &type_function)) return raise_msg(&exc_TypeError, "__build_class__: func must be a function");
    if (!is_str(args[1])) return raise_msg(&exc_TypeError, "__build_class__: name is not a string");
    Function *body = (Function *)as_obj(args[0]);
    Str *name = as_str(args[1]);
    Tuple *bases = tuple_from(args + 2, nargs - 2);
    Dict *kw = dict_new();
    if (!bases || !kw) return NULLV;
    Value meta = NULLV;
    for (size_t i = 0; kwnames && i < kwnames->len; i++) {
        if (str_eq(as_str(kwnames->items[i]), names.metaclass)) meta = args[nargs + i];
        else if (dict_set(kw, kwnames->items[i], args[nargs + i]) < 0) return NULLV;
    }
    Tuple *orig_bases = bases;
    if (!(bases = resolve_bases(bases))) return NULLV;
    bool is_class_meta = is_null(meta) || (is_obj(meta) && type_is_subtype(type_of(meta), &type_type));
    if (is_null(meta)) meta = bases->len ? v_obj(type_of(bases->items[0])) : v_obj(&type_type);
    if (is_class_meta) {
        Type *winner = (Type *)as_obj(meta);
        for (size_t i = 0; i < bases->len; i++) {
            Type *mt = type_of(bases->items[i]);
            if (type_is_subtype(winner, mt)) continue;
            if (type_is_subtype(mt, winner)) { winner = mt; continue; }
            return raise_msg(&exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                                             "(non-strict) subclass of the metaclasses of all its bases");
        }
        meta = v_obj(winner);
    }
    Value ns;
    Value prepare = obj_getattr_opt(meta, names.__prepare__);
    if (is_null(prepare)) {
        if (err_occurred()) return NULLV;
        ns = v_obj(dict_new());
    } else {
        Value pargs[2] = {v_str(name), v_obj(bases)};
        ns = obj_call_tuple_dict(prepare, tuple_from(pargs, 2), kw);
    }
    if (is_null(ns)) return NULLV;
    if (!is_obj(ns) || !type_is_subtype(type_of(ns), &type_dict))
        return raise_msg(&exc_NotImplementedError, "__prepare__ returning a non-dict is not supported yet");
    Value cell = eval_class_body(body, as_dict(ns));
    if (is_null(cell)) return NULLV;
    if (bases != orig_bases && obj_setitem(ns, v_str(names.__orig_bases__), v_obj(orig_bases)) < 0)
        return NULLV;
    Value cargs[3] = {v_str(name), v_obj(bases), ns};
    Value cls = obj_call_tuple_dict(meta, tuple_from(cargs, 3), kw);
    if (is_null(cls)) return NULLV;
    if (is_type(cell, &type_cell)) {
        Cell *c = (Cell *)as_obj(cell);
        if (is_null(c->value)) c->value = cls;
    }
    if (is_obj(cls) && type_is_subtype(type_of(cls), &type_type)) {
        Type *t = (Type *)as_obj(cls);
        if ((t->flags & TPF_HEAPTYPE) && !type_add_dict_descriptor(t)) return NULLV;
    }
    return cls;
}

static Value bi_globals(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("globals", nargs, 0, 0)) return NULLV;
    Frame *f = caller_frame();
    return f ? v_obj(f->globals) : v_obj(dict_new());
}

static Value frame_locals_value(Frame *f) {
    if (!f) return v_obj(dict_new());
    if (f->code->flags & CO_OPTIMIZED) {
        Dict *d = frame_locals_snapshot(f);
        return d ? v_obj(d) : NULLV;
    }
    return v_obj(f->locals ? f->locals : f->globals);
}

static Value bi_locals(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("locals", nargs, 0, 0)) return NULLV;
    return frame_locals_value(caller_frame());
}

static Value bi_vars(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_no_kwargs("vars", kwnames) || !check_nargs("vars", nargs, 0, 1)) return NULLV;
    if (nargs == 0) return frame_locals_value(caller_frame());
    Value d = obj_getattr_opt(args[0], names.__dict__);
    if (is_null(d)) {
        if (err_occurred()) return NULLV;
        return raise_msg(&exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

static Value bi_dir(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_no_kwargs("dir", kwnames) || !check_nargs("dir", nargs, 0, 1)) return NULLV;
    if (nargs == 1) {
        Value m = lookup_special(args[0], names.__dir__);
        if (is_null(m)) return err_occurred() ? NULLV : dir_of(args[0]);
        Value r = obj_call0(m);
        if (is_null(r)) return r;
        List *l = seq_to_list(r);
        if (!l || !list_sort(l, NULLV, false)) return NULLV;
        return v_obj(l);
    }
    Value loc = frame_locals_value(caller_frame());
    if (is_null(loc)) return loc;
    List *l = seq_to_list(loc);
    if (!l || !list_sort(l, NULLV, false)) return NULLV;
    return v_obj(l);
}

static Code *source_to_code(Value src, const char *filename, ParseMode mode, const char *fname) {
    if (is_type(src, &type_code)) return (Code *)as_obj(src);
    const char *data;
    size_t len;
    if (is_str(src)) { data = as_str(src)->data; len = as_str(src)->nbytes; }
    else if (is_bytes(src)) { data = as_bytes(src)->data; len = as_bytes(src)->len; }
    else {
        raise_fmt(&exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
        return NULL;
    }
    if (memchr(data, 0, len)) {
        raise_msg(&exc_SyntaxError, "source code string cannot contain null bytes");
        return NULL;
    }
    return compile_source(data, len, filename, mode);
}

static bool exec_namespaces(Value g, Value l, Dict **globals, Dict **locals, const char *fname) {
    Frame *f = caller_frame();
    if (is_null(g) || is_none(g)) {
        *globals = f ? f->globals : builtins_dict;
        if (is_null(l) || is_none(l)) {
            Value lv = frame_locals_value(f);
            if (is_null(lv)) return false;
            *locals = as_dict(lv);
        } else *locals = NULL;
    } else {
        if (!is_dict(g)) {
            raise_fmt(&exc_TypeError, "%s() globals must be a dict, not %s", fname, type_name_of(g));
            return false;
        }
        *globals = as_dict(g);
        *locals = as_dict(g);
    }
    if (!is_null(l) && !is_none(l)) {
        if (!is_dict(l)) {
            raise_msg(&exc_NotImplementedError, "locals that are not a dict are not supported yet");
            return false;
        }
        *locals = as_dict(l);
    }
    if (is_null(dict_get_str(*globals, names.__builtins__)) &&
        dict_set_str(*globals, names.__builtins__, v_obj(builtins_dict)) < 0)
        return false;
    if (*locals == *globals) *locals = NULL;
    return true;
}

static Value bi_exec(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const kw[] = {"source", "globals", "locals"};
    static const ArgSpec spec = {"exec", kw, 3, 1, 1, 3};
    Value a[3];
    if (!bind_args(&spec, args, nargs, kwnames, a)) return NULLV;
    Dict *g, *l;
    if (!exec_namespaces(a[1], a[2], &g, &l, "exec")) return NULLV;
    Code *co = source_to_code(a[0], "<string>", PARSE_FILE, "exec");
    if (!co) return NULLV;
    Value r = eval_code(co, g, l ? l : (caller_frame() && g == caller_frame()->globals ? NULL : NULL));
    return is_null(r) ? r : NONE;
}

static Value bi_eval(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const kw[] = {"source", "globals", "locals"};
    static const ArgSpec spec = {"eval", kw, 3, 1, 1, 3};
    Value a[3];
    if (!bind_args(&spec, args, nargs, kwnames, a)) return NULLV;
    Dict *g, *l;
    if (!exec_namespaces(a[1], a[2], &g, &l, "eval")) return NULLV;
    Value src = a[0];
    if (is_str(src)) {
        /* eval strips leading spaces and tabs */
        const char *p = as_str(src)->data;
        while (*p == ' ' || *p == '\t') p++;
        src = str_value_cstr(p);
        if (is_null(src)) return NULLV;
    }
    Code *co = source_to_code(src, "<string>", PARSE_EVAL, "eval");
    if (!co) return NULLV;
    return eval_code(co, g, l);
}

static Value bi_compile(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const kw[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize"};
    static const ArgSpec spec = {"compile", kw, 6, 0, 3, 6};
    Value a[6];
    if (!bind_args(&spec, args, nargs, kwnames, a)) return NULLV;
    if (!is_str(a[2])) return raise_msg(&exc_TypeError, "compile() mode must be str");
    const char *mode = as_str(a[2])->data;
    ParseMode pm;
    if (strcmp(mode, "exec") == 0) pm = PARSE_FILE;
    else if (strcmp(mode, "eval") == 0) pm = PARSE_EVAL;
    else if (strcmp(mode, "single") == 0) pm = PARSE_SINGLE;
    else return raise_msg(&exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    Value fn = obj_str(a[1]);
    if (is_null(fn)) return fn;
    Code *co = source_to_code(a[0], as_str(fn)->data, pm, "compile");
    return co ? v_obj(co) : NULLV;
}

static Value bi_import(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const kw[] = {"name", "globals", "locals", "fromlist", "level"};
    static const ArgSpec spec = {"__import__", kw, 5, 0, 1, 5};
    Value a[5];
    if (!bind_args(&spec, args, nargs, kwnames, a)) return NULLV;
    if (!is_str(a[0]))
        return raise_fmt(&exc_TypeError, "__import__() argument 1 must be str, not %s", type_name_of(a[0]));
    Dict *g = is_dict(a[1]) ? as_dict(a[1]) : NULL;
    int64_t level = 0;
    if (!is_null(a[4]) && !obj_as_int64(a[4], &level)) return NULLV;
    return import_module(as_str(a[0]), g, is_null(a[3]) ? NONE : a[3], (int)level);
}

static const MethodDef interp_builtins[] = {
    {"__build_class__", bi_build_class, 0, NULL},
    {"globals", bi_globals, 0, NULL},
    {"locals", bi_locals, 0, NULL},
    {"vars", bi_vars, 0, NULL},
    {"dir", bi_dir, 0, NULL},
    {"exec", bi_exec, 0, NULL},
    {"eval", bi_eval, 0, NULL},
    {"compile", bi_compile, 0, NULL},
    {"__import__", bi_import, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static bool add_builtin_types(Value bm) {
    static const struct { const char *name; Type *type; } types[] = {
        {"object", &type_object}, {"type", &type_type}, {"int", &type_int}, {"float", &type_float},
        {"bool", &type_bool}, {"str", &type_str}, {"bytes", &type_bytes}, {"tuple", &type_tuple},
        {"list", &type_list}, {"dict", &type_dict}, {"set", &type_set}, {"frozenset", &type_frozenset},
        {"range", &type_range}, {"slice", &type_slice}, {"property", &type_property},
        {"staticmethod", &type_staticmethod}, {"classmethod", &type_classmethod}, {"super", &type_super},
        {"enumerate", &type_enumerate}, {"zip", &type_zip}, {"map", &type_map}, {"filter", &type_filter},
        {"reversed", &type_reversed}, {"bytearray", &type_bytearray}, {"complex", &type_complex},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (!type_ready(types[i].type) || !module_add_value(bm, types[i].name, v_obj(types[i].type))) return false;
#define X(name, base) if (!module_add_value(bm, #name, v_obj(&exc_##name))) return false;
    EXCEPTION_TYPES(X)
#undef X
    if (!module_add_value(bm, "EnvironmentError", v_obj(&exc_OSError)) ||
        !module_add_value(bm, "IOError", v_obj(&exc_OSError)) ||
        !module_add_value(bm, "None", NONE) || !module_add_value(bm, "True", TRUEV) ||
        !module_add_value(bm, "False", FALSEV) || !module_add_value(bm, "Ellipsis", Ellipsis) ||
        !module_add_value(bm, "NotImplemented", NotImplemented) ||
        !module_add_value(bm, "__debug__", TRUEV))
        return false;
    return module_add_functions(bm, interp_builtins) && io_add_builtins(bm);
}

bool interp_init(void *stack_base) {
    static ThreadState main_thread;
    gc_init(stack_base);
    thread_init(&main_thread);
    tstate = &main_thread;
    str_init();
    type_init();
    for (size_t i = 0; i < sizeof core_types / sizeof core_types[0]; i++)
        if (!type_ready(core_types[i])) return false;
    exceptions_init();
    error_init();
    func_init();
    num_init();
    containers_init();
    if (!iterobjects_init()) return false;
    import_init();
    Value bm = module_init_builtins();
    if (is_null(bm)) return false;
    builtins_dict = module_dict(bm);
    gc_add_root_obj((Obj **)&builtins_dict);
    if (!add_builtin_types(bm)) return false;
    Value sysm = module_init_sys();
    if (is_null(sysm)) return false;
    if (dict_set_cstr(as_dict(sys_modules), "sys", sysm) < 0 ||
        dict_set_cstr(as_dict(sys_modules), "builtins", bm) < 0)
        return false;
    return true;
}

/* Run source as the __main__ module.  Returns false with the exception set. */
bool run_main_source(const char *src, size_t len, const char *filename) {
    return run_main_module(src, len, filename, NULL);
}

/* `package`: the package a -m module belongs to (for its relative imports), or NULL. */
bool run_main_module(const char *src, size_t len, const char *filename, const char *package) {
    Value m = module_new("__main__");
    if (is_null(m)) return false;
    Dict *d = module_dict(m);
    if (package && dict_set_str(d, names.__package__, str_value_cstr(package)) < 0) return false;
    if (dict_set_str(d, names.__builtins__, v_obj(builtins_dict)) < 0) return false;
    if (filename[0] != '<' && dict_set_str(d, names.__file__, str_value_cstr(filename)) < 0) return false;
    if (dict_set(as_dict(sys_modules), str_value_cstr("__main__"), m) < 0) return false;
    Code *co = compile_source(src, len, filename, PARSE_FILE);
    if (!co) return false;
    return !is_null(eval_code(co, d, NULL));
}
