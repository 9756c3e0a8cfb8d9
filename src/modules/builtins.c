/* builtins.c — the builtins module: print, len, isinstance, min/max, sum and the other
 * functions every frame sees.  The startup code adds the type objects, the exception
 * classes and the frame-dependent functions (globals, locals, vars, dir, exec, eval)
 * to builtins_dict afterwards.  Everything here goes through the object protocol, so
 * user classes get CPython's dunder semantics and exact error messages. */
#include <math.h>
#include <string.h>
#include "builtins.h"
#include "containers.h"
#include "error.h"
#include "func.h"
#include "gc.h"
#include "module.h"
#include "num.h"
#include "str.h"

Dict *builtins_dict;

/* What print writes by default, and dunder names that are not in `names`. */
static Value str_space, str_newline;
static Str *s_divmod, *s_rdivmod, *s_pow;

/* The signature of every function here; `module` is the builtins module, unused. */
#define BUILTIN(fn) \
    static Value fn(__attribute__((unused)) Value module, Value *args, size_t nargs, Tuple *kwnames)

/* ---- argument checking, CPython's messages ---- */

static bool no_kwargs(const char *fname, Tuple *kwnames) {
    if (!kwnames || kwnames->len == 0) return true;
    raise_fmt(&exc_TypeError, "%s() takes no keyword arguments", fname);
    return false;
}

bool check_positional(const char *fname, size_t nargs, Tuple *kwnames, size_t min, size_t max) {
    if (!no_kwargs(fname, kwnames)) return false;
    if (nargs >= min && nargs <= max) return true;
    if (max == 0) {
        raise_fmt(&exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
        return false;
    }
    const char *how = min == max ? "" : nargs < min ? "at least " : "at most ";
    size_t n = nargs < min ? min : max;
    raise_fmt(&exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname, how, n,
              n == 1 ? "" : "s", nargs);
    return false;
}

/* Functions taking exactly one object (CPython's METH_O). */
static bool one_arg(const char *fname, size_t nargs, Tuple *kwnames) {
    if (!no_kwargs(fname, kwnames)) return false;
    if (nargs == 1) return true;
    raise_fmt(&exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    return false;
}

static bool is_str_value(Value v) { return is_str_like(v); }

/* The name argument of getattr/setattr/delattr/hasattr: a str (a subclass instance is
 * taken by value), interned like every attribute name. */
static Str *attr_name(Value name) {
    if (!is_str_value(name)) {
        raise_fmt(&exc_TypeError, "attribute name must be string, not '%s'", type_name_of(name));
        return NULL;
    }
    Str *s = as_str(name);
    if (!is_str(name)) s = str_new(s->data, s->nbytes);
    return s ? str_intern_str(s) : NULL;
}

/* Exact int (small, big or bool) or float: the types whose arithmetic num.c does. */
static bool is_plain_number(Value v) {
    return is_int(v) || is_bool(v) || is_float(v) || is_bigint(v);
}

/* ---- special method lookup ---- */

Value lookup_special(Value obj, Str *name) {
    Type *t = type_of(obj);
    Value m = type_lookup(t, name);
    if (is_null(m)) return NULLV;
    Type *mt = type_of(m);
    return mt->descr_get ? mt->descr_get(m, obj, v_obj(t)) : m;
}

/* ---- walking an iterable ----
 * Exact lists and tuples are read by index, re-checking the length at every step as
 * their own iterators do; anything else goes through iter() and next(). */

typedef struct Cursor {
    Value seq;              /* a list or tuple read directly, or NULLV */
    Value it;               /* otherwise its iterator */
    size_t i;
} Cursor;

static bool cursor_start(Cursor *c, Value iterable) {
    c->i = 0;
    if (is_list(iterable) || is_tuple(iterable)) {
        c->seq = iterable;
        c->it = NULLV;
        return true;
    }
    c->seq = NULLV;
    c->it = obj_iter(iterable);
    return !is_null(c->it);
}

/* 1 with *out set, 0 at the end, -1 on error. */
static int cursor_next(Cursor *c, Value *out) {
    if (is_null(c->seq)) return iter_step(c->it, out);
    size_t len = is_list(c->seq) ? as_list(c->seq)->len : as_tuple(c->seq)->len;
    if (c->i >= len) return 0;
    *out = is_list(c->seq) ? as_list(c->seq)->items[c->i] : as_tuple(c->seq)->items[c->i];
    c->i++;
    return 1;
}

/* a < b, a > b ... as a truth value, with the common cases done inline. */
static int compare(Value a, Value b, int op) {
    if (is_int(a) && is_int(b)) return compare_int64(as_int(a), as_int(b), op);
    if (is_float(a) && is_float(b)) {
        double x = as_float(a), y = as_float(b);
        return op == CMP_LT ? x < y : op == CMP_GT ? x > y : obj_compare_bool(a, b, op);
    }
    return obj_compare_bool(a, b, op);
}

/* ---- print and input ---- */

static bool write_value(Value write, Value v) {
    Value s = is_str(v) ? v : obj_str(v);
    return !is_null(s) && !is_null(obj_call1(write, s));
}

BUILTIN(bi_print) {
    static const char *const kw[] = {"sep", "end", "file", "flush"};
    static const ArgSpec spec = {"print", kw, 4, 0, 0, 0};
    Value opt[4] = {NULLV, NULLV, NULLV, NULLV};
    if (kwnames && kwnames->len && !bind_args(&spec, args + nargs, 0, kwnames, opt))
        return NULLV;
    Value sep = opt[0], end = opt[1], file = opt[2], flush = opt[3];
    if (is_null(file) || is_none(file)) {
        file = sys_get_stdout();
        if (is_null(file)) return NULLV;
        if (is_none(file)) return NONE;     /* no stdout: print is a no-op, as in CPython */
    }
    if (is_none(sep)) sep = NULLV;
    if (!is_null(sep) && !is_str_value(sep))
        return raise_fmt(&exc_TypeError, "sep must be None or a string, not %s", type_name_of(sep));
    if (is_none(end)) end = NULLV;
    if (!is_null(end) && !is_str_value(end))
        return raise_fmt(&exc_TypeError, "end must be None or a string, not %s", type_name_of(end));
    Value write = obj_getattr(file, names.write);
    if (is_null(write)) return NULLV;
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0 && !write_value(write, is_null(sep) ? str_space : sep)) return NULLV;
        if (!write_value(write, args[i])) return NULLV;
    }
    if (!write_value(write, is_null(end) ? str_newline : end)) return NULLV;
    if (!is_null(flush)) {
        int f = obj_truthy(flush);
        if (f < 0) return NULLV;
        if (f && is_null(obj_call_method(file, "flush", NULL, 0))) return NULLV;
    }
    return NONE;
}

/* One of sys.stdin/stdout/stderr for input(), which must not be missing or None. */
static Value input_stream(Value (*get)(void), const char *name) {
    Value f = get();
    if (is_null(f)) err_clear();
    if (is_null(f) || is_none(f))
        return raise_fmt(&exc_RuntimeError, "input(): lost sys.%s", name);
    return f;
}

BUILTIN(bi_input) {
    if (!check_positional("input", nargs, kwnames, 0, 1)) return NULLV;
    Value fin = input_stream(sys_get_stdin, "stdin");
    if (is_null(fin)) return NULLV;
    Value fout = input_stream(sys_get_stdout, "stdout");
    if (is_null(fout)) return NULLV;
    Value ferr = input_stream(sys_get_stderr, "stderr");
    if (is_null(ferr)) return NULLV;
    if (is_null(obj_call_method(ferr, "flush", NULL, 0))) err_clear();
    if (nargs == 1) {
        Value write = obj_getattr(fout, names.write);
        if (is_null(write) || !write_value(write, args[0])) return NULLV;
    }
    if (is_null(obj_call_method(fout, "flush", NULL, 0))) err_clear();
    Value line = obj_call_method(fin, "readline", NULL, 0);
    if (is_null(line)) return NULLV;
    size_t n;
    const char *data;
    if (is_str_value(line)) {
        n = as_str(line)->nbytes;
        data = as_str(line)->data;
    } else if (is_instance(line, &type_bytes)) {
        n = as_bytes(line)->len;
        data = as_bytes(line)->data;
    } else {
        return raise_msg(&exc_TypeError, "object.readline() returned non-string");
    }
    if (n == 0) return raise_msg(&exc_EOFError, "EOF when reading a line");
    if (data[n - 1] != '\n') return line;
    if (is_str_value(line)) {
        Str *s = str_new(data, n - 1);
        return s ? v_str(s) : NULLV;
    }
    return bytes_new(data, n - 1);
}

/* ---- small conversions ---- */

BUILTIN(bi_repr) {
    if (!one_arg("repr", nargs, kwnames)) return NULLV;
    return obj_repr(args[0]);
}

BUILTIN(bi_ascii) {
    if (!one_arg("ascii", nargs, kwnames)) return NULLV;
    return obj_ascii(args[0]);
}

static Value int_in_base(const char *fname, Value *args, size_t nargs, Tuple *kwnames, int base) {
    if (!one_arg(fname, nargs, kwnames)) return NULLV;
    Value i = obj_index(args[0]);
    if (is_null(i)) return NULLV;
    Str *s = int_to_str_base(i, base, true);
    return s ? v_str(s) : NULLV;
}

BUILTIN(bi_bin) {
    return int_in_base("bin", args, nargs, kwnames, 2);
}

BUILTIN(bi_oct) {
    return int_in_base("oct", args, nargs, kwnames, 8);
}

BUILTIN(bi_hex) {
    return int_in_base("hex", args, nargs, kwnames, 16);
}

BUILTIN(bi_chr) {
    if (!one_arg("chr", nargs, kwnames)) return NULLV;
    int64_t cp;
    if (!obj_as_int64(args[0], &cp)) {
        if (!err_matches(&exc_OverflowError)) return NULLV;
        err_clear();
        cp = -1;
    }
    if (cp < 0 || cp > 0x10ffff) return raise_msg(&exc_ValueError, "chr() arg not in range(0x110000)");
    Str *s = str_from_codepoint((uint32_t)cp);
    return s ? v_str(s) : NULLV;
}

static bool is_bytearray(Value v) {
    for (Type *t = type_of(v); t; t = t->base)
        if (!strcmp(t->name, "bytearray")) return true;
    return false;
}

BUILTIN(bi_ord) {
    if (!one_arg("ord", nargs, kwnames)) return NULLV;
    Value c = args[0];
    int64_t len;
    if (is_str_value(c)) {
        len = as_str(c)->len;
        if (len == 1) return v_int(str_char_at(as_str(c), 0));
    } else if (is_instance(c, &type_bytes)) {
        len = as_bytes(c)->len;
        if (len == 1) return v_int((unsigned char)as_bytes(c)->data[0]);
    } else if (is_bytearray(c)) {
        len = obj_len(c);
        if (len < 0) return NULLV;
        if (len == 1) return obj_getitem(c, v_int(0));
    } else {
        return raise_fmt(&exc_TypeError, "ord() expected string of length 1, but %s found",
                         type_name_of(c));
    }
    return raise_fmt(&exc_TypeError, "ord() expected a character, but string of length %lld found",
                     (long long)len);
}

BUILTIN(bi_callable) {
    if (!one_arg("callable", nargs, kwnames)) return NULLV;
    return v_bool(type_of(args[0])->call != NULL);
}

BUILTIN(bi_len) {
    if (!one_arg("len", nargs, kwnames)) return NULLV;
    if (!type_of(args[0])->len)
        return raise_fmt(&exc_TypeError, "object of type '%s' has no len()", type_name_of(args[0]));
    int64_t n = obj_len(args[0]);
    return n < 0 ? NULLV : v_int(n);
}

BUILTIN(bi_abs) {
    if (!one_arg("abs", nargs, kwnames)) return NULLV;
    return obj_abs(args[0]);
}

BUILTIN(bi_hash) {
    if (!one_arg("hash", nargs, kwnames)) return NULLV;
    int64_t h;
    return obj_hash(args[0], &h) ? v_int(h) : NULLV;
}

/* A heap object's id is its address.  An unboxed value gets its payload shifted past
 * its tag (1..4): stable, distinct per value, and never 8-aligned like an address. */
BUILTIN(bi_id) {
    if (!one_arg("id", nargs, kwnames)) return NULLV;
    Value v = args[0];
    if (is_obj(v)) return v_int((int64_t)(uintptr_t)as_obj(v));
    uint64_t payload = (is_int(v) || is_float(v) || is_bool(v)) ? (uint64_t)v.u.i : 0;
    mpz_t z;
    mpz_init_set_ui(z, payload);
    mpz_mul_2exp(z, z, 3);
    mpz_add_ui(z, z, v.tag);
    Value r = int_from_mpz(z);
    mpz_clear(z);
    return r;
}

/* ---- iteration ---- */

/* all() looks for a false item, any() for a true one. */
static Value find_truth(Value iterable, bool wanted) {
    Cursor c;
    if (!cursor_start(&c, iterable)) return NULLV;
    for (;;) {
        Value item;
        int r = cursor_next(&c, &item);
        if (r < 0) return NULLV;
        if (r == 0) return v_bool(!wanted);
        int t = obj_truthy(item);
        if (t < 0) return NULLV;
        if (t == wanted) return v_bool(wanted);
    }
}

BUILTIN(bi_all) {
    if (!one_arg("all", nargs, kwnames)) return NULLV;
    return find_truth(args[0], false);
}

BUILTIN(bi_any) {
    if (!one_arg("any", nargs, kwnames)) return NULLV;
    return find_truth(args[0], true);
}

BUILTIN(bi_iter) {
    if (!check_positional("iter", nargs, kwnames, 1, 2)) return NULLV;
    if (nargs == 1) return obj_iter(args[0]);
    if (!type_of(args[0])->call) return raise_msg(&exc_TypeError, "iter(v, w): v must be callable");
    return calliter_new(args[0], args[1]);
}

BUILTIN(bi_next) {
    if (!check_positional("next", nargs, kwnames, 1, 2)) return NULLV;
    Value it = args[0];
    if (!type_of(it)->next)
        return raise_fmt(&exc_TypeError, "'%s' object is not an iterator", type_name_of(it));
    Value r = type_of(it)->next(it);   /* keeps a StopIteration carrying a value */
    if (!is_null(r)) return r;
    if (err_occurred()) {
        if (nargs < 2 || !err_matches(&exc_StopIteration)) return NULLV;
        err_clear();
    }
    if (nargs == 2) return args[1];
    return raise_value(v_obj(&exc_StopIteration));
}

BUILTIN(bi_aiter) {
    if (!one_arg("aiter", nargs, kwnames)) return NULLV;
    Value m = lookup_special(args[0], names.__aiter__);
    if (is_null(m)) {
        if (err_occurred()) return NULLV;
        return raise_fmt(&exc_TypeError, "'%s' object is not an async iterable",
                         type_name_of(args[0]));
    }
    Value it = obj_call0(m);
    if (is_null(it)) return NULLV;
    if (is_null(type_lookup(type_of(it), names.__anext__)))
        return raise_fmt(&exc_TypeError, "aiter() returned not an async iterator of type '%s'",
                         type_name_of(it));
    return it;
}

BUILTIN(bi_anext) {
    if (!check_positional("anext", nargs, kwnames, 1, 2)) return NULLV;
    Value m = lookup_special(args[0], names.__anext__);
    if (is_null(m)) {
        if (err_occurred()) return NULLV;
        return raise_fmt(&exc_TypeError, "'%s' object is not an async iterator",
                         type_name_of(args[0]));
    }
    Value awaitable = obj_call0(m);
    if (is_null(awaitable) || nargs == 1) return awaitable;
    return anext_awaitable_new(awaitable, args[1]);
}

/* ---- min / max ---- */

static Value min_max(Value *args, size_t nargs, Tuple *kwnames, int op) {
    const char *name = op == CMP_LT ? "min" : "max";
    if (nargs == 0)
        return raise_fmt(&exc_TypeError, "%s expected at least 1 argument, got 0", name);
    Value key = NULLV, deflt = NULLV;
    size_t nkw = kwnames ? kwnames->len : 0;
    if (nkw > 2)
        return raise_fmt(&exc_TypeError, "%s() takes at most 2 keyword arguments (%zu given)",
                         name, nkw);
    for (size_t i = 0; i < nkw; i++) {
        Str *kw = as_str(kwnames->items[i]);
        if (str_eq(kw, names.key)) key = args[nargs + i];
        else if (str_eq(kw, names.default_)) deflt = args[nargs + i];
        else
            return raise_fmt(&exc_TypeError, "%s() got an unexpected keyword argument '%s'",
                             name, kw->data);
    }
    bool positional = nargs > 1;
    if (positional && !is_null(deflt))
        return raise_fmt(&exc_TypeError,
                         "Cannot specify a default for %s() with multiple positional arguments",
                         name);
    Cursor c;
    if (!positional && !cursor_start(&c, args[0])) return NULLV;
    if (is_none(key)) key = NULLV;
    Value best = NULLV, best_val = NULLV;
    for (size_t i = 0;; i++) {
        Value item;
        if (positional) {
            if (i == nargs) break;
            item = args[i];
        } else {
            int r = cursor_next(&c, &item);
            if (r < 0) return NULLV;
            if (r == 0) break;
        }
        Value val = is_null(key) ? item : obj_call1(key, item);
        if (is_null(val)) return NULLV;
        if (is_null(best_val)) {
            best = item;
            best_val = val;
            continue;
        }
        int better = compare(val, best_val, op);
        if (better < 0) return NULLV;
        if (better) {
            best = item;
            best_val = val;
        }
    }
    if (!is_null(best)) return best;
    if (!is_null(deflt)) return deflt;
    return raise_fmt(&exc_ValueError, "%s() iterable argument is empty", name);
}

BUILTIN(bi_min) {
    return min_max(args, nargs, kwnames, CMP_LT);
}

BUILTIN(bi_max) {
    return min_max(args, nargs, kwnames, CMP_GT);
}

/* ---- arithmetic ---- */

static bool is_float_like(Value v) { return is_float(v) || is_instance(v, &type_float); }
static bool is_number(Value v) { return is_int_like(v) || is_float_like(v); }

/* divmod of two numbers: (a // b, a % b), which num.c computes consistently. */
static Value number_divmod(Value a, Value b) {
    if (is_float_like(a) || is_float_like(b)) {
        bool zero;
        if (is_float(b)) {
            zero = as_float(b) == 0.0;
        } else if (is_float_like(b)) {
            Value f = float_from_value(b);
            if (is_null(f)) return NULLV;
            zero = as_float(f) == 0.0;
        } else {
            zero = int_sign(b) == 0;
        }
        if (zero) return raise_msg(&exc_ZeroDivisionError, "float divmod()");
    }
    Value q = num_binary_op(a, b, NB_FLOOR_DIVIDE);
    if (is_null(q)) return NULLV;
    Value r = num_binary_op(a, b, NB_REMAINDER);
    if (is_null(r)) return NULLV;
    Tuple *t = tuple_pack(2, q, r);
    return t ? v_obj(t) : NULLV;
}

/* a.__divmod__(b), else b.__rdivmod__(a); a subclass's reflected method goes first. */
static Value dunder_divmod(Value a, Value b) {
    Type *ta = type_of(a), *tb = type_of(b);
    bool a_has = !is_null(type_lookup(ta, s_divmod));
    Value rmeth = ta != tb ? type_lookup(tb, s_rdivmod) : NULLV;
    bool reflected_first = !is_null(rmeth) && type_is_subtype(tb, ta) &&
                           !v_is(rmeth, type_lookup(ta, s_rdivmod));
    for (int pass = 0; pass < 3; pass++) {
        Value self, other;
        Str *name;
        if (pass == 0 && reflected_first) self = b, other = a, name = s_rdivmod;
        else if (pass == 1 && a_has) self = a, other = b, name = s_divmod;
        else if (pass == 2 && !is_null(rmeth) && !reflected_first) self = b, other = a, name = s_rdivmod;
        else continue;
        Value m = lookup_special(self, name);
        if (is_null(m)) {
            if (err_occurred()) return NULLV;
            continue;
        }
        Value r = obj_call1(m, other);
        if (is_null(r) || !v_is(r, NotImplemented)) return r;
    }
    /* subclasses of int and float, when num.c's types have no __divmod__ of their own */
    if (is_number(a) && is_number(b) && is_null(type_lookup(&type_int, s_divmod)))
        return number_divmod(a, b);
    return raise_fmt(&exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                     type_name_of(a), type_name_of(b));
}

BUILTIN(bi_divmod) {
    if (!check_positional("divmod", nargs, kwnames, 2, 2)) return NULLV;
    if (is_plain_number(args[0]) && is_plain_number(args[1]))
        return number_divmod(args[0], args[1]);
    return dunder_divmod(args[0], args[1]);
}

/* __pow__ defined by a class statement somewhere in type(v)'s MRO (before any builtin
 * type's), which pow() with a modulus calls directly; NULLV if none. */
static Value user_pow(Value v) {
    Type *t = type_of(v);
    if (!(t->flags & TPF_HEAPTYPE) || !t->mro) return NULLV;
    for (size_t i = 0; i < t->mro->len; i++) {
        Type *base = (Type *)as_obj(t->mro->items[i]);
        if (!base->dict || is_null(dict_get_str(base->dict, s_pow))) continue;
        return (base->flags & TPF_HEAPTYPE) ? lookup_special(v, s_pow) : NULLV;
    }
    return NULLV;
}

static Value power3(Value base, Value exp, Value mod) {
    Value meth = user_pow(base);
    Value r;
    if (!is_null(meth)) {
        Value a[2] = {exp, mod};
        r = obj_call(meth, a, 2, NULL);
    } else {
        if (err_occurred()) return NULLV;
        r = num_pow3(base, exp, mod);
    }
    if (is_null(r) || !v_is(r, NotImplemented)) return r;
    return raise_fmt(&exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                     type_name_of(base), type_name_of(exp), type_name_of(mod));
}

BUILTIN(bi_pow) {
    static const char *const kw[] = {"base", "exp", "mod"};
    static const ArgSpec spec = {"pow", kw, 3, 0, 2, 3};
    Value a[3];
    if (!bind_args(&spec, args, nargs, kwnames, a)) return NULLV;
    if (is_null(a[2]) || is_none(a[2])) return obj_binary_op(a[0], a[1], NB_POWER);
    return power3(a[0], a[1], a[2]);
}

/* round() of an int to 10**-ndigits (ndigits < 0), ties to even. */
static Value round_int_digits(Value x, int64_t ndigits) {
    mpz_t z, p, q, r;
    mpz_inits(z, p, q, r, NULL);
    int_to_mpz(x, z);
    Value result;
    if ((uint64_t)-ndigits > mpz_sizeinbase(z, 10) + 1) {
        result = v_int(0);      /* |x| < 10**-ndigits / 2 */
    } else {
        mpz_ui_pow_ui(p, 10, (unsigned long)-ndigits);
        mpz_fdiv_qr(q, r, z, p);            /* 0 <= r < p */
        mpz_mul_2exp(r, r, 1);
        int c = mpz_cmp(r, p);
        if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
        mpz_mul(z, q, p);
        result = int_from_mpz(z);
    }
    mpz_clears(z, p, q, r, NULL);
    return result;
}

/* int.__round__ / float.__round__ semantics, for when num.c's types define none. */
static Value round_number(Value x, Value ndigits) {
    bool has_digits = !is_null(ndigits) && !is_none(ndigits);
    int64_t nd = 0;
    if (has_digits) {
        Value n = obj_index(ndigits);
        if (is_null(n)) return NULLV;
        if (!obj_as_int64(n, &nd)) {    /* astronomically many digits: clamp */
            if (!err_matches(&exc_OverflowError)) return NULLV;
            err_clear();
            nd = int_sign(n) < 0 ? INT32_MIN : INT32_MAX;
        }
    }
    if (is_float(x)) {
        double d = as_float(x);
        if (has_digits) {
            if (nd > INT32_MAX) nd = INT32_MAX;
            if (nd < INT32_MIN) nd = INT32_MIN;
            return v_float(float_round(d, (int)nd));
        }
        double r = round(d);
        if (fabs(d - r) == 0.5) r = 2.0 * round(d / 2.0);
        return int_from_double(r);
    }
    if (is_bool(x)) x = v_int(x.u.i);
    if (!has_digits || nd >= 0) return x;
    return round_int_digits(x, nd);
}

BUILTIN(bi_round) {
    static const char *const kw[] = {"number", "ndigits"};
    static const ArgSpec spec = {"round", kw, 2, 0, 1, 2};
    Value a[2];
    if (!bind_args(&spec, args, nargs, kwnames, a)) return NULLV;
    Value meth = lookup_special(a[0], names.__round__);
    if (is_null(meth)) {
        if (err_occurred()) return NULLV;
        if (is_plain_number(a[0])) return round_number(a[0], a[1]);
        return raise_fmt(&exc_TypeError, "type %s doesn't define __round__ method",
                         type_name_of(a[0]));
    }
    if (is_null(a[1]) || is_none(a[1])) return obj_call0(meth);
    return obj_call1(meth, a[1]);
}

/* sum() keeps int and float running totals in C while the items allow it; floats use
 * Neumaier's compensated summation, as CPython 3.12+ does. */
BUILTIN(bi_sum) {
    static const char *const kw[] = {"iterable", "start"};
    static const ArgSpec spec = {"sum", kw, 2, 1, 1, 2};
    Value a[2];
    if (!bind_args(&spec, args, nargs, kwnames, a)) return NULLV;
    Value result = is_null(a[1]) ? v_int(0) : a[1];
    Cursor items;
    if (!cursor_start(&items, a[0])) return NULLV;
    if (!is_null(a[1])) {
        if (is_str_value(result))
            return raise_msg(&exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        if (is_instance(result, &type_bytes))
            return raise_msg(&exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        if (is_bytearray(result))
            return raise_msg(&exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    Value item;
    int r;
    if (is_int(result)) {
        int64_t total = as_int(result);
        for (;;) {
            r = cursor_next(&items, &item);
            if (r < 0) return NULLV;
            if (r == 0) return v_int(total);
            int64_t sum;
            if ((is_int(item) || is_bool(item)) && !__builtin_add_overflow(total, item.u.i, &sum)) {
                total = sum;
                continue;
            }
            result = obj_binary_op(v_int(total), item, NB_ADD);
            if (is_null(result)) return NULLV;
            break;
        }
    }
    if (is_float(result)) {
        double total = as_float(result), c = 0.0;
        for (;;) {
            r = cursor_next(&items, &item);
            if (r < 0) return NULLV;
            if (r == 0) {
                /* adding the compensation must not turn -0.0 into 0.0, nor inf into nan */
                if (c != 0.0 && isfinite(c)) total += c;
                return v_float(total);
            }
            if (is_float(item)) {
                double x = as_float(item), t = total + x;
                if (fabs(total) >= fabs(x)) c += (total - t) + x;
                else c += (x - t) + total;
                total = t;
                continue;
            }
            if (is_int(item) || is_bool(item)) {
                total += (double)item.u.i;
                continue;
            }
            if (c != 0.0 && isfinite(c)) total += c;
            result = obj_binary_op(v_float(total), item, NB_ADD);
            if (is_null(result)) return NULLV;
            break;
        }
    }
    for (;;) {
        r = cursor_next(&items, &item);
        if (r < 0) return NULLV;
        if (r == 0) return result;
        /* not +=: sum(lists, start) must not mutate start */
        result = obj_binary_op(result, item, NB_ADD);
        if (is_null(result)) return NULLV;
    }
}

/* ---- sorting ---- */

BUILTIN(bi_sorted) {
    static const char *const kw[] = {"key", "reverse"};
    static const ArgSpec spec = {"sort", kw, 2, 0, 0, 0};
    if (nargs != 1)
        return raise_fmt(&exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    List *l = list_with_capacity(0);
    if (!l || !list_extend(l, args[0])) return NULLV;
    Value opt[2] = {NULLV, NULLV};
    if (kwnames && kwnames->len && !bind_args(&spec, args + 1, 0, kwnames, opt)) return NULLV;
    Value key = is_none(opt[0]) ? NULLV : opt[0];
    int reverse = is_null(opt[1]) ? 0 : obj_truthy(opt[1]);
    if (reverse < 0) return NULLV;
    if (!list_sort(l, key, reverse)) return NULLV;
    return v_obj(l);
}

/* ---- format ---- */

Value builtin_format(Value v, Value spec) {
    if (is_null(spec)) spec = v_str(str_empty());
    if (!is_str_value(spec))
        return raise_fmt(&exc_TypeError, "format() argument 2 must be str, not %s",
                         type_name_of(spec));
    if (is_plain_number(v) || is_str(v)) return format_value(v, as_str(spec));
    Value meth = lookup_special(v, names.__format__);
    if (is_null(meth)) {
        if (err_occurred()) return NULLV;
        if (as_str(spec)->len == 0) return obj_str(v);
        return raise_fmt(&exc_TypeError, "unsupported format string passed to %s.__format__",
                         type_name_of(v));
    }
    Value r = obj_call1(meth, spec);
    if (!is_null(r) && !is_str_value(r))
        return raise_fmt(&exc_TypeError, "__format__ must return a str, not %s", type_name_of(r));
    return r;
}

BUILTIN(bi_format) {
    if (!check_positional("format", nargs, kwnames, 1, 2)) return NULLV;
    return builtin_format(args[0], nargs == 2 ? args[1] : NULLV);
}

/* ---- attributes ---- */

BUILTIN(bi_getattr) {
    if (!check_positional("getattr", nargs, kwnames, 2, 3)) return NULLV;
    Str *name = attr_name(args[1]);
    if (!name) return NULLV;
    if (nargs == 2) return obj_getattr(args[0], name);
    Value r = obj_getattr_opt(args[0], name);
    if (is_null(r) && !err_occurred()) return args[2];
    return r;
}

BUILTIN(bi_hasattr) {
    if (!check_positional("hasattr", nargs, kwnames, 2, 2)) return NULLV;
    Str *name = attr_name(args[1]);
    if (!name) return NULLV;
    Value r = obj_getattr_opt(args[0], name);
    if (is_null(r)) return err_occurred() ? NULLV : FALSEV;
    return TRUEV;
}

BUILTIN(bi_setattr) {
    if (!check_positional("setattr", nargs, kwnames, 3, 3)) return NULLV;
    Str *name = attr_name(args[1]);
    if (!name) return NULLV;
    return obj_setattr(args[0], name, args[2]) < 0 ? NULLV : NONE;
}

BUILTIN(bi_delattr) {
    if (!check_positional("delattr", nargs, kwnames, 2, 2)) return NULLV;
    Str *name = attr_name(args[1]);
    if (!name) return NULLV;
    return obj_delattr(args[0], name) < 0 ? NULLV : NONE;
}

/* ---- isinstance / issubclass (CPython's abstract.c algorithm) ---- */

/* Nesting guard for tuples of tuples and hook calls. */
static int check_depth;
enum { MAX_CHECK_DEPTH = 4000 };

static bool enter_check(const char *where) {
    if (++check_depth <= MAX_CHECK_DEPTH) return true;
    check_depth--;
    raise_fmt(&exc_RecursionError, "maximum recursion depth exceeded in %s", where);
    return false;
}

static bool is_type_value(Value v) { return is_obj(v) && is_instance(v, &type_type); }
static Type *as_type(Value v) { return (Type *)as_obj(v); }

/* cls.__bases__ if it is a tuple; NULL otherwise (*failed tells an error apart). */
static Tuple *bases_of(Value cls, bool *failed) {
    Value b = obj_getattr_opt(cls, names.__bases__);
    *failed = is_null(b) && err_occurred();
    return !is_null(b) && is_instance(b, &type_tuple) ? as_tuple(b) : NULL;
}

static bool check_class(Value cls, const char *message) {
    bool failed;
    if (bases_of(cls, &failed)) return true;
    if (!failed) raise_msg(&exc_TypeError, message);
    return false;
}

/* Walk __bases__ looking for cls by identity. */
static int abstract_issubclass(Value derived, Value cls) {
    Tuple *bases;
    for (;;) {
        if (v_is(derived, cls)) return 1;
        bool failed;
        bases = bases_of(derived, &failed);
        if (!bases) return failed ? -1 : 0;
        if (bases->len == 0) return 0;
        if (bases->len > 1) break;
        derived = bases->items[0];      /* single inheritance: no recursion */
    }
    if (!enter_check("__subclasscheck__")) return -1;
    int r = 0;
    for (size_t i = 0; i < bases->len && r == 0; i++) r = abstract_issubclass(bases->items[i], cls);
    check_depth--;
    return r;
}

int obj_real_isinstance(Value inst, Value cls) {
    if (is_type_value(cls)) {
        if (type_is_subtype(type_of(inst), as_type(cls))) return 1;
        /* an object may claim another class through __class__ */
        Value icls = obj_getattr_opt(inst, names.__class__);
        if (is_null(icls)) return err_occurred() ? -1 : 0;
        if (is_type_value(icls) && as_type(icls) != type_of(inst))
            return type_is_subtype(as_type(icls), as_type(cls));
        return 0;
    }
    if (!check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union"))
        return -1;
    Value icls = obj_getattr_opt(inst, names.__class__);
    if (is_null(icls)) return err_occurred() ? -1 : 0;
    return abstract_issubclass(icls, cls);
}

int obj_real_issubclass(Value derived, Value cls) {
    if (is_type_value(cls) && is_type_value(derived))
        return type_is_subtype(as_type(derived), as_type(cls));
    if (!check_class(derived, "issubclass() arg 1 must be a class")) return -1;
    if (!check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        return -1;
    return abstract_issubclass(derived, cls);
}

/* Ask cls.__instancecheck__ / __subclasscheck__ (found on its metaclass): 1, 0, -1, or
 * 2 when cls has no such hook. */
static int call_check_hook(Value cls, Str *hook, Value arg, const char *where) {
    Value checker = lookup_special(cls, hook);
    if (is_null(checker)) return err_occurred() ? -1 : 2;
    if (!enter_check(where)) return -1;
    Value res = obj_call1(checker, arg);
    check_depth--;
    return is_null(res) ? -1 : obj_truthy(res);
}

int obj_isinstance(Value inst, Value cls) {
    if (is_obj(cls) && (Obj *)type_of(inst) == as_obj(cls)) return 1;
    if (is_type(cls, &type_type)) return obj_real_isinstance(inst, cls);
    if (is_instance(cls, &type_tuple)) {
        Tuple *t = as_tuple(cls);
        if (!enter_check("__instancecheck__")) return -1;
        int r = 0;
        for (size_t i = 0; i < t->len && r == 0; i++) r = obj_isinstance(inst, t->items[i]);
        check_depth--;
        return r;
    }
    int r = call_check_hook(cls, names.__instancecheck__, inst, "__instancecheck__");
    return r == 2 ? obj_real_isinstance(inst, cls) : r;
}

int obj_issubclass(Value derived, Value cls) {
    if (is_type(cls, &type_type)) {
        if (v_is(derived, cls)) return 1;
        return obj_real_issubclass(derived, cls);
    }
    if (is_instance(cls, &type_tuple)) {
        Tuple *t = as_tuple(cls);
        if (!enter_check("__subclasscheck__")) return -1;
        int r = 0;
        for (size_t i = 0; i < t->len && r == 0; i++) r = obj_issubclass(derived, t->items[i]);
        check_depth--;
        return r;
    }
    int r = call_check_hook(cls, names.__subclasscheck__, derived, "__subclasscheck__");
    return r == 2 ? obj_real_issubclass(derived, cls) : r;
}

BUILTIN(bi_isinstance) {
    if (!check_positional("isinstance", nargs, kwnames, 2, 2)) return NULLV;
    int r = obj_isinstance(args[0], args[1]);
    return r < 0 ? NULLV : v_bool(r);
}

BUILTIN(bi_issubclass) {
    if (!check_positional("issubclass", nargs, kwnames, 2, 2)) return NULLV;
    int r = obj_issubclass(args[0], args[1]);
    return r < 0 ? NULLV : v_bool(r);
}

/* ---- dir(obj) ---- */

static bool add_keys(Dict *names_seen, Dict *d) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
        if (dict_set(names_seen, k, NONE) < 0) return false;
    return true;
}

static bool add_class_names(Dict *names_seen, Type *t) {
    if (!t->mro) return !t->dict || add_keys(names_seen, t->dict);
    for (size_t i = 0; i < t->mro->len; i++) {
        Type *base = as_type(t->mro->items[i]);
        if (base->dict && !add_keys(names_seen, base->dict)) return false;
    }
    return true;
}

Value dir_of(Value obj) {
    Dict *seen = dict_new();
    if (!seen) return NULLV;
    if (is_type_value(obj)) {
        if (!add_class_names(seen, as_type(obj))) return NULLV;
    } else if (is_instance(obj, &type_module)) {
        Dict *d = module_dict(obj);
        if (d && !add_keys(seen, d)) return NULLV;
    } else {
        Value d = obj_getattr_opt(obj, names.__dict__);
        if (is_null(d) && err_occurred()) return NULLV;
        if (!is_null(d) && is_instance(d, &type_dict) && !add_keys(seen, as_dict(d))) return NULLV;
        Value cls = obj_getattr_opt(obj, names.__class__);
        if (is_null(cls) && err_occurred()) return NULLV;
        if (!is_null(cls) && is_type_value(cls) && !add_class_names(seen, as_type(cls)))
            return NULLV;
    }
    List *l = list_with_capacity(seen->len);
    if (!l) return NULLV;
    size_t pos = 0;
    Value k, v;
    while (dict_next(seen, &pos, &k, &v))
        if (!list_append(l, k)) return NULLV;
    if (!list_sort(l, NULLV, false)) return NULLV;
    return v_obj(l);
}

/* ---- the module ---- */

static const MethodDef builtin_functions[] = {
    {"abs", bi_abs, 0, "Return the absolute value of the argument."},
    {"aiter", bi_aiter, 0, "Return an AsyncIterator for an AsyncIterable object."},
    {"all", bi_all, 0, "Return True if bool(x) is True for all values x in the iterable.\n\n"
                       "If the iterable is empty, return True."},
    {"any", bi_any, 0, "Return True if bool(x) is True for any x in the iterable.\n\n"
                       "If the iterable is empty, return False."},
    {"anext", bi_anext, 0, "anext(aiterator[, default])\n\n"
                           "Return the next item from the async iterator.  If default is given and\n"
                           "the async iterator is exhausted, it is returned instead of raising\n"
                           "StopAsyncIteration."},
    {"ascii", bi_ascii, 0, "Return an ASCII-only representation of an object."},
    {"bin", bi_bin, 0, "Return the binary representation of an integer."},
    {"callable", bi_callable, 0, "Return whether the object is callable (i.e., some kind of function)."},
    {"chr", bi_chr, 0, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
    {"delattr", bi_delattr, 0, "Deletes the named attribute from the given object."},
    {"divmod", bi_divmod, 0, "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
    {"format", bi_format, 0, "Return type(value).__format__(value, format_spec)"},
    {"getattr", bi_getattr, 0, "getattr(object, name[, default]) -> value\n\n"
                               "Get a named attribute from an object."},
    {"hasattr", bi_hasattr, 0, "Return whether the object has an attribute with the given name."},
    {"hash", bi_hash, 0, "Return the hash value for the given object."},
    {"hex", bi_hex, 0, "Return the hexadecimal representation of an integer."},
    {"id", bi_id, 0, "Return the identity of an object."},
    {"input", bi_input, 0, "Read a string from standard input.  The trailing newline is stripped."},
    {"isinstance", bi_isinstance, 0, "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", bi_issubclass, 0, "Return whether 'cls' is derived from another class or is the same class."},
    {"iter", bi_iter, 0, "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\n"
                         "Get an iterator from an object."},
    {"len", bi_len, 0, "Return the number of items in a container."},
    {"max", bi_max, 0, "max(iterable, *[, default=obj, key=func]) -> value\n"
                       "max(arg1, arg2, *args, *[, key=func]) -> value\n\n"
                       "With a single iterable argument, return its biggest item."},
    {"min", bi_min, 0, "min(iterable, *[, default=obj, key=func]) -> value\n"
                       "min(arg1, arg2, *args, *[, key=func]) -> value\n\n"
                       "With a single iterable argument, return its smallest item."},
    {"next", bi_next, 0, "next(iterator[, default])\n\n"
                         "Return the next item from the iterator."},
    {"oct", bi_oct, 0, "Return the octal representation of an integer."},
    {"ord", bi_ord, 0, "Return the Unicode code point for a one-character string."},
    {"pow", bi_pow, 0, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"print", bi_print, 0, "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", bi_repr, 0, "Return the canonical string representation of the object."},
    {"round", bi_round, 0, "Round a number to a given precision in decimal digits."},
    {"setattr", bi_setattr, 0, "Sets the named attribute on the given object to the specified value."},
    {"sorted", bi_sorted, 0, "Return a new list containing all items from the iterable in ascending order."},
    {"sum", bi_sum, 0, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {NULL, NULL, 0, NULL},
};

Value module_init_builtins(void) {
    str_space = v_str(str_intern_cstr(" "));
    str_newline = v_str(str_intern_cstr("\n"));
    s_divmod = str_intern_cstr("__divmod__");
    s_rdivmod = str_intern_cstr("__rdivmod__");
    s_pow = str_intern_cstr("__pow__");
    gc_add_root(&str_space);
    gc_add_root(&str_newline);
    gc_add_root_obj((Obj **)&s_divmod);
    gc_add_root_obj((Obj **)&s_rdivmod);
    gc_add_root_obj((Obj **)&s_pow);

    Value mod = module_new("builtins");
    if (is_null(mod)) return NULLV;
    builtins_dict = module_dict(mod);
    gc_add_root_obj((Obj **)&builtins_dict);
    if (!iterobjects_init() || !module_add_functions(mod, builtin_functions)) return NULLV;
    struct { const char *name; Value v; } values[] = {
        {"None", NONE}, {"Ellipsis", Ellipsis}, {"NotImplemented", NotImplemented},
        {"False", FALSEV}, {"True", TRUEV}, {"__debug__", TRUEV},
        {"enumerate", v_obj(&type_enumerate)}, {"filter", v_obj(&type_filter)},
        {"map", v_obj(&type_map)}, {"reversed", v_obj(&type_reversed)},
        {"zip", v_obj(&type_zip)},
    };
    for (size_t i = 0; i < sizeof values / sizeof *values; i++)
        if (!module_add_value(mod, values[i].name, values[i].v)) return NULLV;
    return mod;
}
