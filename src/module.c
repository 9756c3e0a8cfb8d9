/* module.c — module objects. */
#include "module.h"
#include "containers.h"
#include "error.h"
#include "func.h"
#include "gc.h"
#include "str.h"

#include <stddef.h>

Value module_new(const char *name) {
    Module *m = gc_alloc(&type_module, sizeof *m);
    if (!m) return NULLV;
    m->dict = dict_new();
    m->name = str_from_cstr(name);
    if (!m->dict || !m->name) return NULLV;
    if (dict_set_str(m->dict, names.__name__, v_str(m->name)) < 0 ||
        dict_set_str(m->dict, names.__doc__, NONE) < 0 ||
        dict_set_str(m->dict, names.__package__, NONE) < 0 ||
        dict_set_str(m->dict, names.__loader__, NONE) < 0 ||
        dict_set_str(m->dict, names.__spec__, NONE) < 0)
        return NULLV;
    return v_obj(m);
}

Dict *module_dict(Value module) { return ((Module *)as_obj(module))->dict; }

bool module_add_functions(Value module, const MethodDef *defs) {
    for (const MethodDef *d = defs; d->name; d++) {
        Value f = builtin_new(d->name, d->fn, module);
        if (is_null(f)) return false;
        ((Builtin *)as_obj(f))->doc = d->doc;
        if (dict_set_cstr(module_dict(module), d->name, f) < 0) return false;
    }
    return true;
}

bool module_add_value(Value module, const char *name, Value v) {
    return dict_set_cstr(module_dict(module), name, v) >= 0;
}

bool module_add_int(Value module, const char *name, int64_t i) { return module_add_value(module, name, v_int(i)); }

/* Obj.flags of a module: made by calling the type (types.ModuleType), so not built in. */
enum { MODULE_FROM_CALL = 1 };

static void module_trace(Obj *o) {
    gc_mark_obj(((Module *)o)->dict);
    gc_mark_obj(((Module *)o)->name);
}

static Value module_repr(Value self) {
    Module *m = (Module *)as_obj(self);
    Value name = dict_get_str(m->dict, names.__name__);
    Value file = dict_get_str(m->dict, names.__file__);
    if (!is_str(name)) name = v_str(m->name);
    if (is_str(file)) return v_str(str_fmt("<module %R from %R>", &name, &file));
    if (m->hdr.flags & MODULE_FROM_CALL) return v_str(str_fmt("<module %R>", &name));
    return v_str(str_fmt("<module %R (built-in)>", &name));
}

static Value module_getattr(Value self, Str *name) {
    Module *m = (Module *)as_obj(self);
    Value v = dict_get_str(m->dict, name);
    if (!is_null(v)) return v;
    Value r = generic_getattr(self, name);
    if (!is_null(r) || !err_matches(&exc_AttributeError)) return r;
    Value ga = dict_get_cstr(m->dict, "__getattr__");
    if (!is_null(ga)) {
        err_clear();
        return obj_call1(ga, v_str(name));
    }
    return r;
}

static Value module_tp_new(Type *t, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("module", nargs, 1, 2)) return NULLV;
    if (!is_str(args[0]))
        return raise_fmt(&exc_TypeError, "module.__init__() argument 'name' must be str, not %s", type_name_of(args[0]));
    Value m = module_new(as_str(args[0])->data);
    if (is_null(m)) return m;
    as_obj(m)->flags |= MODULE_FROM_CALL;
    if (nargs > 1) dict_set_str(module_dict(m), names.__doc__, args[1]);
    return m;
}

static Value module_get_dict(Value self) { return v_obj(((Module *)as_obj(self))->dict); }
static const GetSetDef module_getsets[] = {{"__dict__", module_get_dict, NULL}, {NULL, NULL, NULL}};

Value dir_of(Value obj);
static Value module_dir(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    List *l = seq_to_list(v_obj(((Module *)as_obj(self))->dict));
    if (!l || !list_sort(l, NULLV, false)) return NULLV;
    return v_obj(l);
}
static const MethodDef module_methods[] = {{"__dir__", module_dir, 0, NULL}, {NULL, NULL, 0, NULL}};

Type type_module = {
    .hdr = {.type = &type_type},
    .name = "module",
    .basicsize = sizeof(Module),
    .dictoffset = offsetof(Module, dict),
    .flags = TPF_BASETYPE,
    .trace = module_trace,
    .repr = module_repr,
    .getattr = module_getattr,
    .new = module_tp_new,
    .getsets = module_getsets,
    .methods = module_methods,
};
