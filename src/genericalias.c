/* genericalias.c — types.GenericAlias, what list[int] and dict[str, int] evaluate to
 * (annotations are evaluated eagerly, so they must at least exist and print right), and
 * types.UnionType, what int | None evaluates to. */
#include "builtins.h"
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

static Value ga_or(Value a, Value b);

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
    .nb = {[NB_OR] = ga_or},
    .getsets = ga_getsets,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
};

/* ---- types.UnionType: X | Y ---- */

typedef struct Union {
    Obj hdr;
    Tuple *args;            /* flattened, without duplicates, at least two */
} Union;

Type type_union;

static void union_trace(Obj *o) { gc_mark_obj(((Union *)o)->args); }

/* What may appear in X | Y: None, classes, generic aliases and unions. */
static bool unionable(Value v) {
    return is_none(v) || (is_obj(v) && (type_is_subtype(type_of(v), &type_type) ||
                                        is_type(v, &type_generic_alias) || is_type(v, &type_union)));
}

static bool union_add(List *out, Value v) {
    if (is_type(v, &type_union)) {
        Tuple *t = ((Union *)as_obj(v))->args;
        for (size_t i = 0; i < t->len; i++)
            if (!union_add(out, t->items[i])) return false;
        return true;
    }
    if (is_none(v)) v = v_obj(&type_none);
    for (size_t i = 0; i < out->len; i++) {
        Value have = out->items[i];
        if (v_is(have, v)) return true;
        if (type_of(have) == type_of(v) && !type_is_subtype(type_of(v), &type_type)) {
            int eq = obj_eq(have, v);
            if (eq < 0) return false;
            if (eq) return true;
        }
    }
    return list_append(out, v);
}

Value union_or(Value a, Value b) {
    if (!unionable(a) || !unionable(b)) return NotImplemented;
    List *args = list_with_capacity(4);
    if (!args || !union_add(args, a) || !union_add(args, b)) return NULLV;
    if (args->len == 1) return args->items[0];
    Union *u = gc_alloc(&type_union, sizeof(Union));
    if (!u || !(u->args = tuple_from_list(args))) return NULLV;
    return v_obj(u);
}

static Value ga_or(Value a, Value b) { return union_or(a, b); }

static Value union_repr(Value self) {
    Tuple *t = ((Union *)as_obj(self))->args;
    StrBuf b;
    strbuf_init(&b);
    bool ok = true;
    for (size_t i = 0; ok && i < t->len; i++) {
        if (i) strbuf_adds(&b, " | ");
        if (v_is(t->items[i], v_obj(&type_none))) strbuf_adds(&b, "None");
        else ok = ga_repr_item(&b, t->items[i]);
    }
    if (!ok) {
        strbuf_free(&b);
        return NULLV;
    }
    Str *s = strbuf_finish(&b);
    return s ? v_str(s) : NULLV;
}

static Value union_as_frozenset(Value self) {
    return obj_call1(v_obj(&type_frozenset), v_obj(((Union *)as_obj(self))->args));
}

static Value union_richcompare(Value a, Value b, int op) {
    if (!is_type(a, &type_union) || !is_type(b, &type_union) || (op != CMP_EQ && op != CMP_NE))
        return NotImplemented;
    Value x = union_as_frozenset(a), y = is_null(x) ? NULLV : union_as_frozenset(b);
    if (is_null(y)) return NULLV;
    int eq = obj_eq(x, y);
    if (eq < 0) return NULLV;
    return v_bool((eq == 1) == (op == CMP_EQ));
}

static bool union_hash(Value self, int64_t *out) {
    Value fs = union_as_frozenset(self);
    return !is_null(fs) && obj_hash(fs, out);
}

/* isinstance(x, int | str) and issubclass(C, int | str) */
static Value union_check(Value self, Value *args, size_t nargs, bool instance) {
    const char *what = instance ? "__instancecheck__" : "__subclasscheck__";
    if (!check_nargs(what, nargs, 1, 1)) return NULLV;
    Tuple *t = ((Union *)as_obj(self))->args;
    for (size_t i = 0; i < t->len; i++) {
        if (is_type(t->items[i], &type_generic_alias))
            return raise_fmt(&exc_TypeError, "%s() argument 2 cannot be a parameterized generic",
                             instance ? "isinstance" : "issubclass");
        int r = instance ? obj_isinstance(args[0], t->items[i]) : obj_issubclass(args[0], t->items[i]);
        if (r) return r < 0 ? NULLV : TRUEV;
    }
    return FALSEV;
}
static Value union_instancecheck(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return union_check(self, args, nargs, true);
}
static Value union_subclasscheck(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return union_check(self, args, nargs, false);
}

static Value union_get_args(Value self) { return v_obj(((Union *)as_obj(self))->args); }
static Value union_get_parameters(Value self) { return v_obj(tuple_new(0)); }

static const GetSetDef union_getsets[] = {
    {"__args__", union_get_args, NULL},
    {"__parameters__", union_get_parameters, NULL},
    {NULL, NULL, NULL},
};

static const MethodDef union_methods[] = {
    {"__instancecheck__", union_instancecheck, 0, NULL},
    {"__subclasscheck__", union_subclasscheck, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_union = {
    .hdr = {.type = &type_type},
    .name = "types.UnionType",
    .basicsize = sizeof(Union),
    .trace = union_trace,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .nb = {[NB_OR] = union_or},
    .getsets = union_getsets,
    .methods = union_methods,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
};
