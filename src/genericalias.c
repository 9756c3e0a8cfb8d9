/* genericalias.c — types.GenericAlias, what list[int] and dict[str, int] evaluate to
 * (annotations are evaluated eagerly, so they must at least exist and print right). */
#include "containers.h"
#include "error.h"
#include "gc.h"
#include "str.h"

typedef struct GenericAlias {
    Obj hdr;
    Value origin;
    Tuple *args;
} GenericAlias;

Type type_generic_alias;

static void ga_trace(Obj *o) {
    GenericAlias *ga = (GenericAlias *)o;
    gc_mark_value(ga->origin);
    gc_mark_obj(ga->args);
}

Value generic_alias_new(Value origin, Value args) {
    Tuple *t = tuple_check(args) ? as_tuple(args) : tuple_pack(1, args);
    if (!t) return NULLV;
    GenericAlias *ga = gc_alloc(&type_generic_alias, sizeof(GenericAlias));
    if (!ga) return NULLV;
    ga->origin = origin;
    ga->args = t;
    return v_obj(ga);
}

/* cls[item]: the __class_getitem__ classmethod of the container types */
Value class_getitem(Value cls, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_one_arg("__class_getitem__", nargs, kwnames)) return NULLV;
    if (!is_instance(cls, &type_type)) cls = v_obj(type_of(cls));     /* called on an instance */
    return generic_alias_new(cls, args[0]);
}

/* One parameter as CPython prints it: classes by (module-qualified) name. */
static bool ga_repr_item(StrBuf *b, Value p) {
    if (v_is(p, Ellipsis)) {
        strbuf_adds(b, "...");
        return true;
    }
    if (is_obj(p) && type_is_subtype(type_of(p), &type_type)) {
        Type *t = (Type *)p.u.o;
        Value mod = obj_getattr_opt(p, names.__module__);
        if (is_null(mod) && err_occurred()) return false;
        if (!is_null(mod) && is_str(mod) && !str_eq_cstr(as_str(mod), "builtins")) {
            strbuf_add_str(b, as_str(mod));
            strbuf_addc(b, '.');
        }
        if (t->qualname) strbuf_add_str(b, t->qualname);
        else strbuf_adds(b, t->name);
        return true;
    }
    Value r = obj_repr(p);
    if (is_null(r)) return false;
    strbuf_add_str(b, as_str(r));
    return true;
}

static Value ga_repr(Value self) {
    GenericAlias *ga = (GenericAlias *)self.u.o;
    StrBuf b;
    strbuf_init(&b);
    bool ok = ga_repr_item(&b, ga->origin);
    strbuf_addc(&b, '[');
    if (ga->args->len == 0) strbuf_adds(&b, "()");
    for (size_t i = 0; ok && i < ga->args->len; i++) {
        if (i) strbuf_add(&b, ", ", 2);
        ok = ga_repr_item(&b, ga->args->items[i]);
    }
    strbuf_addc(&b, ']');
    if (!ok) {
        strbuf_free(&b);
        return NULLV;
    }
    Str *s = strbuf_finish(&b);
    return s ? v_str(s) : NULLV;
}

static Value ga_call(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return obj_call(((GenericAlias *)self.u.o)->origin, args, nargs, kwnames);
}

static Value ga_richcompare(Value a, Value b, int op) {
    if (!is_type(a, &type_generic_alias) || !is_type(b, &type_generic_alias) || (op != CMP_EQ && op != CMP_NE))
        return NotImplemented;
    GenericAlias *x = (GenericAlias *)a.u.o, *y = (GenericAlias *)b.u.o;
    int eq = obj_eq(x->origin, y->origin);
    if (eq > 0) eq = obj_eq(v_obj(x->args), v_obj(y->args));
    if (eq < 0) return NULLV;
    return v_bool((eq == 1) == (op == CMP_EQ));
}

static bool ga_hash(Value self, int64_t *out) {
    GenericAlias *ga = (GenericAlias *)self.u.o;
    int64_t h1, h2;
    if (!obj_hash(ga->origin, &h1) || !obj_hash(v_obj(ga->args), &h2)) return false;
    *out = h1 ^ h2;
    if (*out == -1) *out = -2;
    return true;
}

static Value ga_get_origin(Value self) { return ((GenericAlias *)self.u.o)->origin; }
static Value ga_get_args(Value self) { return v_obj(((GenericAlias *)self.u.o)->args); }

static Value ga_new_slot(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_method_args("GenericAlias", nargs, kwnames, 2, 2)) return NULLV;
    return generic_alias_new(args[0], args[1]);
}

static const GetSetDef ga_getsets[] = {
    {"__origin__", ga_get_origin, NULL},
    {"__args__", ga_get_args, NULL},
    {NULL, NULL, NULL},
};

Type type_generic_alias = {
    .name = "types.GenericAlias",
    .basicsize = sizeof(GenericAlias),
    .trace = ga_trace,
    .new = ga_new_slot,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .call = ga_call,
    .getsets = ga_getsets,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
};
