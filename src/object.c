/* object.c — the generic object protocol: what the interpreter and native code call to
 * repr, compare, hash, get attributes, call, iterate and do arithmetic on any Value.
 * Each operation dispatches through the Type slots (object.h). */
#include "containers.h"
#include "error.h"
#include "frame.h"
#include "func.h"
#include "num.h"
#include "str.h"

#include <stdlib.h>
#include <string.h>

bool c_recursion_enter(const char *where) {
    if (++tstate->c_depth > tstate->c_limit) {
        tstate->c_depth--;
        raise_fmt(&exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return false;
    }
    return true;
}

void c_recursion_leave(void) { tstate->c_depth--; }

bool type_is_subtype(Type *a, Type *b) {
    if (a == b || b == &type_object) return true;
    if (a->mro) {
        for (size_t i = 0; i < a->mro->len; i++)
            if ((Type *)as_obj(a->mro->items[i]) == b) return true;
        return false;
    }
    for (Type *t = a->base; t; t = t->base)
        if (t == b) return true;
    return false;
}

bool is_instance(Value v, Type *t) { return type_is_subtype(type_of(v), t); }

const char *type_name_of(Value v) { return type_of(v)->name; }

Dict **obj_dict_slot(Value v) {
    if (!is_obj(v)) return NULL;
    Type *t = as_obj(v)->type;
    size_t off = t->dictoffset;
    if (!off) return NULL;
    return (Dict **)((char *)as_obj(v) + off);
}

/* ---- repr / str ---- */

static Value check_str_result(Value r, const char *what) {
    if (is_null(r) || is_instance(r, &type_str)) return r;
    return raise_fmt(&exc_TypeError, "%s returned non-string (type %s)", what, type_name_of(r));
}

Value obj_repr(Value v) {
    Type *t = type_of(v);
    if (!c_recursion_enter(" while getting the repr of an object")) return NULLV;
    Value r = t->repr ? t->repr(v) : v_str(str_fmt("<%s object at %p>", t->name, (void *)as_obj(v)));
    c_recursion_leave();
    return check_str_result(r, "__repr__");
}

Value obj_str(Value v) {
    Type *t = type_of(v);
    if (t == &type_str) return v;
    if (!t->str) return obj_repr(v);
    if (!c_recursion_enter(" while getting the str of an object")) return NULLV;
    Value r = t->str(v);
    c_recursion_leave();
    return check_str_result(r, "__str__");
}

Value obj_ascii(Value v) {
    Value r = obj_repr(v);
    if (is_null(r)) return r;
    Str *s = as_str(r);
    if (s->ascii) return r;
    StrBuf b;
    strbuf_init(&b);
    for (const char *p = s->data, *end = s->data + s->nbytes; p < end;) {
        uint32_t cp;
        p += utf8_decode(p, &cp);
        if (cp < 0x80) strbuf_addc(&b, (char)cp);
        else if (cp < 0x100) strbuf_addf(&b, "\\x%02x", cp);
        else if (cp < 0x10000) strbuf_addf(&b, "\\u%04x", cp);
        else strbuf_addf(&b, "\\U%08x", cp);
    }
    Str *out = strbuf_finish(&b);
    return out ? v_str(out) : NULLV;
}

/* ---- hashing and truth ---- */

bool obj_hash(Value v, int64_t *out) {
    switch (v.tag) {
    case TAG_NONE: *out = 0xFCA86420; return true;
    case TAG_BOOL: case TAG_INT: case TAG_FLOAT: return num_hash(v, out);
    default: break;
    }
    Type *t = type_of(v);
    if (!t->hash) {
        raise_fmt(&exc_TypeError, "unhashable type: '%s'", t->name);
        return false;
    }
    return t->hash(v, out);
}

int obj_truthy(Value v) {
    switch (v.tag) {
    case TAG_NONE: return 0;
    case TAG_BOOL: case TAG_INT: return v.u.i != 0;
    case TAG_FLOAT: return v.u.f != 0.0;
    case TAG_NULL: return 0;
    default: break;
    }
    Type *t = v.u.o->type;
    if (t->bool_) return t->bool_(v);
    if (t->len) {
        int64_t n = t->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- comparison ---- */

static const int swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

static bool is_notimpl(Value v) { return is_obj(v) && as_obj(v) == as_obj(NotImplemented); }

Value obj_richcompare(Value a, Value b, int op) {
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
    Type *ta = type_of(a), *tb = type_of(b);
    if (!c_recursion_enter(" in comparison")) return NULLV;
    Value r = NotImplemented;
    bool tried_reflected = false;
    if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
        tried_reflected = true;
        r = tb->richcompare(b, a, swapped_op[op]);
        if (is_null(r) || !is_notimpl(r)) goto done;
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (is_null(r) || !is_notimpl(r)) goto done;
    }
    if (!tried_reflected && tb->richcompare) {
        r = tb->richcompare(b, a, swapped_op[op]);
        if (is_null(r) || !is_notimpl(r)) goto done;
    }
    if (op == CMP_EQ) r = v_bool(v_is(a, b));
    else if (op == CMP_NE) r = v_bool(!v_is(a, b));
    else r = raise_fmt(&exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                       cmp_symbols[op], ta->name, tb->name);
done:
    c_recursion_leave();
    return r;
}

int obj_compare_bool(Value a, Value b, int op) {
    Value r = obj_richcompare(a, b, op);
    if (is_null(r)) return -1;
    if (is_bool(r)) return (int)r.u.i;
    return obj_truthy(r);
}

int obj_eq(Value a, Value b) {
    if (v_is(a, b)) return 1;
    return obj_compare_bool(a, b, CMP_EQ);
}

/* ---- attributes ---- */

/* A cache of MRO lookups, misses included, keyed by (type, name).  Entries are valid for
 * one type_epoch: it moves whenever any type's dict changes or a class is created, so a
 * hit never outlives what it cached (and never confuses a freed type with a new one). */
uint64_t type_epoch = 1;
#define LOOKUP_CACHE_SIZE 4096
static struct {
    Type *type;
    Str *name;
    uint64_t epoch;
    Value value;
} lookup_cache[LOOKUP_CACHE_SIZE];

static Value type_lookup_uncached(Type *t, Str *name);

Value type_lookup(Type *t, Str *name) {
    if (!(name->hdr.flags & STR_INTERNED)) return type_lookup_uncached(t, name);
    size_t h = (((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 3) * 31) & (LOOKUP_CACHE_SIZE - 1);
    if (lookup_cache[h].type == t && lookup_cache[h].name == name && lookup_cache[h].epoch == type_epoch)
        return lookup_cache[h].value;
    Value v = type_lookup_uncached(t, name);
    /* plain class data is not cached, so replacing it need not move the epoch (see
     * type_setattr): only misses and descriptors (functions, properties, ...) are */
    if ((t->flags & TPF_READY) && !err_occurred() && (is_null(v) || type_of(v)->descr_get)) {
        lookup_cache[h].type = t;
        lookup_cache[h].name = name;
        lookup_cache[h].epoch = type_epoch;
        lookup_cache[h].value = v;
    }
    return v;
}

static Value type_lookup_uncached(Type *t, Str *name) {
    if (!(t->flags & (TPF_READY | TPF_READYING)) && !type_ready(t)) {
        err_clear();
        return NULLV;
    }
    Tuple *mro = t->mro;
    if (!mro) return t->dict ? dict_get_str(t->dict, name) : NULLV;
    for (size_t i = 0; i < mro->len; i++) {
        Type *k = (Type *)as_obj(mro->items[i]);
        if (!k->dict) continue;
        Value v = dict_get_str(k->dict, name);
        if (!is_null(v)) return v;
    }
    return NULLV;
}

Value raise_attribute_error(Value obj, Str *name) {
    Value e;
    if (is_obj(obj) && type_is_subtype(as_obj(obj)->type, &type_type))
        e = raise_fmt(&exc_AttributeError, "type object '%s' has no attribute '%s'",
                      ((Type *)as_obj(obj))->name, name->data);
    else if (is_type(obj, &type_module)) {
        Value mname = obj_getattr_opt(obj, names.__name__);
        if (is_str(mname))
            e = raise_fmt(&exc_AttributeError, "module '%s' has no attribute '%s'", as_str(mname)->data, name->data);
        else
            e = raise_fmt(&exc_AttributeError, "module has no attribute '%s'", name->data);
    } else
        e = raise_fmt(&exc_AttributeError, "'%s' object has no attribute '%s'", type_name_of(obj), name->data);
    Value exc = err_peek();
    if (is_instance(exc, &exc_AttributeError)) {
        ExcObj *x = (ExcObj *)as_obj(exc);
        x->extra[1] = v_str(name);
        x->extra[2] = obj;
    }
    return e;
}

Value generic_getattr(Value self, Str *name) {
    Type *t = type_of(self);
    Value descr = type_lookup(t, name);
    Type *dt = NULL;
    if (!is_null(descr)) {
        dt = type_of(descr);
        if (dt->descr_get && dt->descr_set) return dt->descr_get(descr, self, v_obj(t));
    }
    Dict **slot = obj_dict_slot(self);
    if (slot && *slot) {
        Value v = dict_get_str(*slot, name);
        if (!is_null(v)) return v;
    }
    if (dt) return dt->descr_get ? dt->descr_get(descr, self, v_obj(t)) : descr;
    return raise_attribute_error(self, name);
}

int generic_setattr(Value self, Str *name, Value v) {
    Type *t = type_of(self);
    Value descr = type_lookup(t, name);
    if (!is_null(descr)) {
        Type *dt = type_of(descr);
        if (dt->descr_set) return dt->descr_set(descr, self, v);
    }
    Dict **slot = obj_dict_slot(self);
    if (!slot) {
        if (!is_null(descr))
            raise_fmt(&exc_AttributeError, "'%s' object attribute '%s' is read-only", t->name, name->data);
        else
            raise_fmt(&exc_AttributeError, "'%s' object has no attribute '%s'%s", t->name, name->data,
                      is_null(v) ? "" : " and no __dict__ for setting new attributes");
        return -1;
    }
    if (!*slot && !(*slot = dict_new())) return -1;
    if (is_null(v)) {
        if (dict_del_str(*slot, name) < 0) {
            err_clear();
            raise_attribute_error(self, name);
            return -1;
        }
        return 0;
    }
    return dict_set_str(*slot, name, v);
}

Value obj_getattr(Value v, Str *name) {
    Type *t = type_of(v);
    if (t->getattr) return t->getattr(v, name);
    return generic_getattr(v, name);
}

Value obj_getattr_cstr(Value v, const char *name) {
    Str *s = str_intern_cstr(name);
    return s ? obj_getattr(v, s) : NULLV;
}

Value obj_getattr_opt(Value v, Str *name) {
    Value r = obj_getattr(v, name);
    if (is_null(r) && err_matches(&exc_AttributeError)) err_clear();
    return r;
}

int obj_setattr(Value v, Str *name, Value x) {
    Type *t = type_of(v);
    if (t->setattr) return t->setattr(v, name, x);
    if (!is_obj(v)) {
        raise_fmt(&exc_AttributeError, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes",
                  t->name, name->data);
        return -1;
    }
    return generic_setattr(v, name, x);
}

int obj_delattr(Value v, Str *name) { return obj_setattr(v, name, NULLV); }

/* ---- calls ---- */

Value obj_call(Value f, Value *args, size_t nargs, Tuple *kwnames) {
    Type *t = type_of(f);
    if (!t->call) return raise_fmt(&exc_TypeError, "'%s' object is not callable", t->name);
    return t->call(f, args, nargs, kwnames);
}

Value obj_call0(Value f) { return obj_call(f, NULL, 0, NULL); }
Value obj_call1(Value f, Value a) { return obj_call(f, &a, 1, NULL); }
Value obj_call2(Value f, Value a, Value b) {
    Value args[2] = {a, b};
    return obj_call(f, args, 2, NULL);
}

Value obj_call_method(Value self, const char *name, Value *args, size_t nargs) {
    Value m = obj_getattr_cstr(self, name);
    if (is_null(m)) return NULLV;
    return obj_call(m, args, nargs, NULL);
}

Value obj_call_tuple_dict(Value f, Tuple *args, Dict *kwargs) {
    size_t np = args ? args->len : 0, nk = kwargs ? kwargs->len : 0;
    if (!nk) return obj_call(f, args ? args->items : NULL, np, NULL);
    Value *buf = malloc((np + nk) * sizeof(Value));
    Tuple *kwnames = tuple_new(nk);
    if (!buf || !kwnames) { free(buf); return raise_no_memory(); }
    if (np) memcpy(buf, args->items, np * sizeof(Value));
    size_t pos = 0, i = 0;
    Value k, v;
    while (dict_next(kwargs, &pos, &k, &v)) {
        if (!is_str(k)) { free(buf); return raise_msg(&exc_TypeError, "keywords must be strings"); }
        kwnames->items[i] = k;
        buf[np + i] = v;
        i++;
    }
    Value r = obj_call(f, buf, np, kwnames);
    free(buf);
    return r;
}

/* ---- iteration, containers ---- */

Value seqiter_new(Value seq);   /* iterobjects.c */

Value obj_iter(Value v) {
    Type *t = type_of(v);
    if (t->iter) {
        Value it = t->iter(v);
        if (!is_null(it) && !type_of(it)->next)
            return raise_fmt(&exc_TypeError, "iter() returned non-iterator of type '%s'", type_name_of(it));
        return it;
    }
    if (t->getitem && t != &type_dict) return seqiter_new(v);
    return raise_fmt(&exc_TypeError, "'%s' object is not iterable", t->name);
}

Value obj_next(Value it) {
    Type *t = type_of(it);
    if (!t->next) return raise_fmt(&exc_TypeError, "'%s' object is not an iterator", t->name);
    Value r = t->next(it);
    if (is_null(r) && err_matches(&exc_StopIteration)) err_clear();
    return r;
}

int64_t obj_len(Value v) {
    Type *t = type_of(v);
    if (!t->len) {
        raise_fmt(&exc_TypeError, "object of type '%s' has no len()", t->name);
        return -1;
    }
    return t->len(v);
}

Value obj_getitem(Value v, Value key) {
    Type *t = type_of(v);
    if (t->getitem) return t->getitem(v, key);
    if (is_obj(v) && type_is_subtype(t, &type_type)) {
        if (as_obj(v) == (Obj *)&type_type)
            return v;   /* type[int]: generic alias, kept simple */
        Value m = obj_getattr_opt(v, names.__class_getitem__);
        if (!is_null(m)) return obj_call1(m, key);
        if (err_occurred()) return NULLV;
        return raise_fmt(&exc_TypeError, "type '%s' is not subscriptable", ((Type *)as_obj(v))->name);
    }
    return raise_fmt(&exc_TypeError, "'%s' object is not subscriptable", t->name);
}

int obj_setitem(Value v, Value key, Value x) {
    Type *t = type_of(v);
    if (t->setitem) return t->setitem(v, key, x);
    raise_fmt(&exc_TypeError, "'%s' object does not support item assignment", t->name);
    return -1;
}

int obj_delitem(Value v, Value key) {
    Type *t = type_of(v);
    if (t->setitem) return t->setitem(v, key, NULLV);
    raise_fmt(&exc_TypeError, "'%s' object doesn't support item deletion", t->name);
    return -1;
}

int obj_contains(Value container, Value item) {
    Type *t = type_of(container);
    if (t->contains) return t->contains(container, item);
    if (!t->iter && !t->getitem) {
        raise_fmt(&exc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    Value it = obj_iter(container);
    if (is_null(it)) return -1;
    for (;;) {
        Value x = obj_next(it);
        if (is_null(x)) return err_occurred() ? -1 : 0;
        int eq = obj_eq(x, item);
        if (eq != 0) return eq;
    }
}

/* ---- arithmetic ---- */

static const char *const binop_symbols[] = {
#define X(name, sym, d, r, i) sym,
    BINARY_OPS(X)
#undef X
};

Value obj_binary_op(Value a, Value b, int op) {
    bool inplace = op >= NB_COUNT;
    int base = inplace ? op - NB_COUNT : op;
    Type *ta = type_of(a), *tb = type_of(b);
    Value r;
    if (inplace && ta->nb_inplace[base]) {
        r = ta->nb_inplace[base](a, b);
        if (is_null(r) || !is_notimpl(r)) return r;
    }
    BinaryFn sa = ta->nb[base], sb = tb != ta ? tb->nb[base] : NULL;
    if (!c_recursion_enter(" in arithmetic")) return NULLV;
    if (sa && sb && type_is_subtype(tb, ta)) {
        r = sb(a, b);
        if (is_null(r) || !is_notimpl(r)) goto done;
        sb = NULL;
    }
    if (sa) {
        r = sa(a, b);
        if (is_null(r) || !is_notimpl(r)) goto done;
    }
    if (sb) {
        r = sb(a, b);
        if (is_null(r) || !is_notimpl(r)) goto done;
    }
    if (base == NB_POWER && !inplace)
        r = raise_fmt(&exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", ta->name, tb->name);
    else if (base == NB_ADD && !inplace && ta == &type_str)
        r = raise_fmt(&exc_TypeError, "can only concatenate str (not \"%s\") to str", tb->name);
    else if (inplace)
        r = raise_fmt(&exc_TypeError, "unsupported operand type(s) for %s=: '%s' and '%s'", binop_symbols[base], ta->name, tb->name);
    else
        r = raise_unsupported_binop(a, b, binop_symbols[base]);
done:
    c_recursion_leave();
    return r;
}

static Value unary(Value v, UnaryFn fn, const char *sym) {
    if (fn) return fn(v);
    return raise_fmt(&exc_TypeError, "bad operand type for %s: '%s'", sym, type_name_of(v));
}

Value obj_neg(Value v) {
    if (is_int(v) && v.u.i != INT64_MIN) return v_int(-v.u.i);
    if (is_float(v)) return v_float(-v.u.f);
    return unary(v, type_of(v)->neg, "unary -");
}
Value obj_pos(Value v) { return unary(v, type_of(v)->pos, "unary +"); }
Value obj_invert(Value v) { return unary(v, type_of(v)->invert, "unary ~"); }
Value obj_abs(Value v) { return unary(v, type_of(v)->abs, "abs()"); }

Value obj_index(Value v) {
    if (is_int(v)) return v;
    if (is_bool(v)) return v_int(v.u.i);
    Type *t = type_of(v);
    if (t == &type_int) return v;
    if (!t->index)
        return raise_fmt(&exc_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
    Value r = t->index(v);
    if (!is_null(r) && !is_int_like(r))
        return raise_fmt(&exc_TypeError, "__index__ returned non-int (type %s)", type_name_of(r));
    return r;
}

bool obj_as_int64(Value v, int64_t *out) {
    Value i = obj_index(v);
    if (is_null(i)) return false;
    if (is_int(i) || is_bool(i)) { *out = i.u.i; return true; }
    raise_fmt(&exc_OverflowError, "Python int too large to convert to C long");
    return false;
}

bool obj_as_ssize(Value v, int64_t *out, const char *what) {
    if (is_int(v)) { *out = v.u.i; return true; }
    Type *t = type_of(v);
    if (!is_int_like(v) && !t->index) {
        raise_fmt(&exc_TypeError, "%s indices must be integers or slices, not %s", what, t->name);
        return false;
    }
    Value i = obj_index(v);
    if (is_null(i)) return false;
    if (is_int(i) || is_bool(i)) { *out = i.u.i; return true; }
    raise_fmt(&exc_IndexError, "cannot fit 'int' into an index-sized integer");
    return false;
}

/* ---- native argument checking ---- */

bool check_nargs(const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return true;
    if (min == max) {
        if (min == 0) raise_fmt(&exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
        else if (min == 1) raise_fmt(&exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
        else raise_fmt(&exc_TypeError, "%s expected %zu arguments, got %zu", fname, min, nargs);
    } else if (nargs < min)
        raise_fmt(&exc_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min, min == 1 ? "" : "s", nargs);
    else
        raise_fmt(&exc_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max, max == 1 ? "" : "s", nargs);
    return false;
}

bool check_no_kwargs(const char *fname, Tuple *kwnames) {
    if (!kwnames || kwnames->len == 0) return true;
    raise_fmt(&exc_TypeError, "%s() takes no keyword arguments", fname);
    return false;
}

/* The index of keyword `name` in kwnames, or -1. */
static int find_keyword(Tuple *kwnames, const char *name) {
    for (size_t k = 0; kwnames && k < kwnames->len; k++)
        if (str_eq_cstr(as_str(kwnames->items[k]), name)) return (int)k;
    return -1;
}

/* CPython's argument clinic, errors in its order: too many arguments in all, too many
 * positional, too few positional-only, a missing required one, then stray keywords. */
bool bind_args(const ArgSpec *spec, Value *args, size_t nargs, Tuple *kwnames, Value *out) {
    int n = spec->nnames, maxpos = spec->maxpos;
    size_t nkw = kwnames ? kwnames->len : 0;
    if (nargs + nkw > (size_t)n) {
        raise_fmt(&exc_TypeError, "%s() takes at most %d %sargument%s (%zu given)", spec->fname, n,
                  nargs == 0 ? "keyword " : "", n == 1 ? "" : "s", nargs + nkw);
        return false;
    }
    int minpos = spec->nrequired < maxpos ? spec->nrequired : maxpos;
    if ((int)nargs > maxpos) {
        if (maxpos == 0)
            raise_fmt(&exc_TypeError, "%s() takes no positional arguments", spec->fname);
        else
            raise_fmt(&exc_TypeError, "%s() takes %s %d positional argument%s (%zu given)", spec->fname,
                      minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
        return false;
    }
    int minposonly = spec->npos_only < spec->nrequired ? spec->npos_only : spec->nrequired;
    if ((int)nargs < minposonly) {
        raise_fmt(&exc_TypeError, "%s() takes %s %d positional argument%s (%zu given)", spec->fname,
                  minposonly < maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s",
                  nargs);
        return false;
    }
    for (int i = 0; i < n; i++) out[i] = i < (int)nargs ? args[i] : NULLV;
    size_t used = 0;
    for (int i = (int)nargs > spec->npos_only ? (int)nargs : spec->npos_only; i < n; i++) {
        int k = nkw ? find_keyword(kwnames, spec->names[i]) : -1;
        if (k >= 0) {
            out[i] = args[nargs + k];
            used++;
        } else if (i < spec->nrequired) {
            raise_fmt(&exc_TypeError, "%s() missing required argument '%s' (pos %d)", spec->fname,
                      spec->names[i], i + 1);
            return false;
        }
    }
    if (used == nkw) return true;
    for (int i = spec->npos_only; i < (int)nargs; i++)
        if (find_keyword(kwnames, spec->names[i]) >= 0) {
            raise_fmt(&exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                      spec->fname, spec->names[i], i + 1);
            return false;
        }
    for (size_t k = 0; k < nkw; k++) {
        Str *kw = as_str(kwnames->items[k]);
        int found = -1;
        for (int i = 0; i < n && found < 0; i++)
            if (str_eq_cstr(kw, spec->names[i])) found = i;
        if (found >= spec->npos_only) continue;
        if (found >= 0)
            raise_fmt(&exc_TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                      spec->fname, kw->data);
        else
            raise_fmt(&exc_TypeError, "%s() got an unexpected keyword argument '%s'", spec->fname, kw->data);
        return false;
    }
    return true;
}
