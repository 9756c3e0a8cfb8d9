/* float.c — the float type: arithmetic with Python's semantics, parsing, rounding,
 * hex conversion and the float methods.  repr and formatting live in format.c. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "error.h"
#include "gc.h"
#include "num.h"
#include "str.h"

/* ---------------------------------------------------------------- arithmetic */

/* x // y and x % y together, as CPython's float divmod (y != 0). */
static void float_divmod_parts(double x, double y, double *floordiv, double *mod) {
    double m = fmod(x, y);
    double div = (x - m) / y;
    if (m) {
        if ((y < 0) != (m < 0)) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = copysign(0.0, x / y);
    }
    *floordiv = fd;
    *mod = m;
}

static Value raise_range_error(void) {
    /* CPython raises it from errno: OverflowError(34, 'Numerical result out of range') */
    Value args[2] = {v_int(ERANGE), str_value_cstr("Numerical result out of range")};
    if (is_null(args[1])) return NULLV;
    Value e = exc_new(&exc_OverflowError, args, 2);
    if (is_null(e)) return NULLV;
    return raise_value(e);
}

static bool is_odd_integer(double y) {
    return isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
}

static Value float_pow(double x, double y) {
    if (y == 0.0) return v_float(1.0);
    if (isnan(x)) return v_float(x);
    if (isnan(y)) return v_float(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0) return v_float(1.0);
        if ((y > 0) == (ax > 1.0)) return v_float(fabs(y));
        return v_float(0.0);
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0) return v_float(odd ? x : fabs(x));
        return v_float(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0)
            return raise_msg(&exc_ZeroDivisionError,
                             "0.0 cannot be raised to a negative power");
        return v_float(is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0) {
        if (y != floor(y)) return complex_pow_doubles(x, y);    /* a complex result */
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0) return v_float(negate ? -1.0 : 1.0);
    double r = pow(x, y);
    if (isinf(r)) return raise_range_error();
    return v_float(negate ? -r : r);
}

Value float_binop(double x, double y, int op) {
    double q, m;
    switch (op) {
    case NB_ADD: return v_float(x + y);
    case NB_SUBTRACT: return v_float(x - y);
    case NB_MULTIPLY: return v_float(x * y);
    case NB_TRUE_DIVIDE:
        if (y == 0.0) return raise_msg(&exc_ZeroDivisionError, "float division by zero");
        return v_float(x / y);
    case NB_FLOOR_DIVIDE:
        if (y == 0.0) return raise_msg(&exc_ZeroDivisionError, "float floor division by zero");
        float_divmod_parts(x, y, &q, &m);
        return v_float(q);
    case NB_REMAINDER:
        if (y == 0.0) return raise_msg(&exc_ZeroDivisionError, "float modulo by zero");
        m = fmod(x, y);
        if (m) {
            if ((y < 0) != (m < 0)) m += y;
        } else {
            m = copysign(0.0, y);
        }
        return v_float(m);
    case NB_POWER: return float_pow(x, y);
    default: return NotImplemented;
    }
}

/* The float slots accept a float and an int (either side), like CPython's. */
static Value float_slot(Value a, Value b, int op) {
    if (!num_is_float_like(a) && !num_is_float_like(b)) return NotImplemented;
    double x, y;
    int k = num_to_double(a, &x);
    if (k <= 0) return k ? NULLV : NotImplemented;
    k = num_to_double(b, &y);
    if (k <= 0) return k ? NULLV : NotImplemented;
    return float_binop(x, y, op);
}

#define X(name, sym, d, r, i) \
    static __attribute__((unused)) Value float_nb_##name(Value a, Value b) { \
        return float_slot(a, b, NB_##name); \
    }
BINARY_OPS(X)
#undef X

static Value float_richcompare(Value a, Value b, int op) {
    bool af = num_is_float_like(a), bf = num_is_float_like(b);
    if (!(af && (bf || is_int_like(b))) && !(bf && is_int_like(a))) return NotImplemented;
    return num_compare(a, b, op);
}

static bool float_hash_slot(Value self, int64_t *out) {
    return num_hash(v_float(float_value(self)), out);
}

static int float_bool_slot(Value self) { return float_value(self) != 0.0; }
static Value float_neg(Value self) { return v_float(-float_value(self)); }
static Value float_pos(Value self) { return v_float(float_value(self)); }
static Value float_abs(Value self) { return v_float(fabs(float_value(self))); }

static Value float_repr_slot(Value self) {
    Str *s = float_repr(float_value(self));
    return s ? v_str(s) : NULLV;
}

/* ---------------------------------------------------------------- parsing */

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Copy a run of digits with single underscores between them; false if malformed. */
static bool take_digits(const char **pp, const char *end, char **out, int *count) {
    const char *p = *pp;
    *count = 0;
    while (p < end) {
        if (is_digit(*p)) {
            *(*out)++ = *p++;
            (*count)++;
        } else if (*p == '_' && *count > 0 && p + 1 < end && is_digit(p[1])) {
            p++;
        } else {
            break;
        }
    }
    *pp = p;
    return true;
}

static bool equals_nocase(const char *p, size_t n, const char *word) {
    if (strlen(word) != n) return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i]) return false;
    return true;
}

/* Parse a float literal (ASCII, no surrounding spaces); false if malformed. */
static bool parse_float_ascii(const char *p, const char *end, double *out) {
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
    size_t n = (size_t)(end - p);
    if (equals_nocase(p, n, "inf") || equals_nocase(p, n, "infinity")) {
        *out = negative ? -INFINITY : INFINITY;
        return true;
    }
    if (equals_nocase(p, n, "nan")) {
        *out = negative ? -NAN : NAN;
        return true;
    }
    char *buf = malloc(n + 2), *q = buf;
    if (!buf) return false;
    int nint, nfrac = 0, nexp;
    take_digits(&p, end, &q, &nint);
    if (p < end && *p == '.') {
        *q++ = *p++;
        take_digits(&p, end, &q, &nfrac);
    }
    bool ok = nint + nfrac > 0;
    if (ok && p < end && (*p == 'e' || *p == 'E')) {
        *q++ = *p++;
        if (p < end && (*p == '+' || *p == '-')) *q++ = *p++;
        take_digits(&p, end, &q, &nexp);
        ok = nexp > 0;
    }
    ok = ok && p == end;
    *q = 0;
    if (ok) {
        double d = strtod(buf, NULL);   /* correctly rounded; overflow gives inf */
        *out = negative ? -d : d;
    }
    free(buf);
    return ok;
}

Value float_from_string(const char *s, size_t n, Value orig) {
    size_t an;
    char *ascii = num_ascii_copy(s, n, is_bytes(orig) || is_type(orig, &type_bytearray), &an);
    if (!ascii) return NULLV;
    const char *p = ascii, *end = ascii + an;
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) p++;
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) end--;
    double d;
    bool ok = parse_float_ascii(p, end, &d);
    free(ascii);
    if (ok) return v_float(d);
    if (is_null(orig)) {
        Str *str = str_new(s, n);
        if (!str) return NULLV;
        orig = v_str(str);
    }
    return raise_fmt(&exc_ValueError, "could not convert string to float: %R", &orig);
}

/* Look a special method up on type(v) and call it bound to v; *found false (and NULLV,
 * no exception) when the type has none. */
static Value call_special0(Value v, Str *name, bool *found) {
    Value m = type_lookup(type_of(v), name);
    *found = !is_null(m);
    if (!*found) return NULLV;
    Type *mt = type_of(m);
    if (mt->descr_get) {
        Value bound = mt->descr_get(m, v, v_obj(type_of(v)));
        if (is_null(bound)) return NULLV;
        return obj_call0(bound);
    }
    return obj_call1(m, v);
}

Value float_from_value(Value v) {
    if (is_float(v)) return v;
    if (is_int(v) || is_bool(v)) return v_float((double)v.u.i);
    if (is_str(v)) return float_from_string(as_str(v)->data, as_str(v)->nbytes, v);
    bool found;
    Value r = call_special0(v, names.__float__, &found);
    if (found) {
        if (is_null(r)) return NULLV;
        if (!num_is_float_like(r))
            return raise_fmt(&exc_TypeError, "%s.__float__ returned non-float (type %s)",
                             type_name_of(v), type_name_of(r));
        return v_float(float_value(r));
    }
    if (type_of(v)->index) {
        Value i = obj_index(v);
        if (is_null(i)) return NULLV;
        double d;
        return int_to_double(i, &d) ? v_float(d) : NULLV;
    }
    if (is_bytes(v)) return float_from_string(as_bytes(v)->data, as_bytes(v)->len, v);
    if (is_type(v, &type_bytearray)) {
        ByteArray *ba = (ByteArray *)as_obj(v);
        return float_from_string(ba->data ? ba->data : "", ba->len, v);
    }
    if (is_str_like(v)) {
        Value s = obj_call1(v_obj(&type_str), v);
        if (is_null(s)) return NULLV;
        if (is_str(s)) return float_from_string(as_str(s)->data, as_str(s)->nbytes, v);
    }
    return raise_fmt(&exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                     type_name_of(v));
}

Value float_new_value(Type *type, double d) {
    if (type == &type_float) return v_float(d);
    FloatSub *f = gc_alloc(type, type->basicsize);
    if (!f) return NULLV;
    f->value = d;
    return v_obj(f);
}

static Value float_new(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len)
        return raise_msg(&exc_TypeError, "float() takes no keyword arguments");
    if (nargs > 1)
        return raise_fmt(&exc_TypeError, "float expected at most 1 argument, got %zu", nargs);
    Value r = nargs ? float_from_value(args[0]) : v_float(0.0);
    if (is_null(r)) return NULLV;
    return float_new_value(type, as_float(r));
}

/* ---------------------------------------------------------------- rounding */

/* Largest and smallest ndigits that can change a double (CPython's bounds). */
#define NDIGITS_MAX 323
#define NDIGITS_MIN (-308)

/* x rounded to a multiple of 10**k (k > 0), ties to even, exactly; inf on overflow. */
static double round_to_tens(double x, int k) {
    int e;
    double m = frexp(fabs(x), &e);
    int64_t mant = (int64_t)ldexp(m, 53);      /* |x| = mant * 2**(e-53) */
    e -= 53;
    mpz_t n, d, q, r;
    mpz_inits(n, d, q, r, NULL);
    mpz_set_si(n, mant);
    mpz_ui_pow_ui(d, 10, (unsigned long)k);
    if (e >= 0) mpz_mul_2exp(n, n, (mp_bitcnt_t)e);
    else mpz_mul_2exp(d, d, (mp_bitcnt_t)-e);
    mpz_fdiv_qr(q, r, n, d);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, d);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_ui_pow_ui(d, 10, (unsigned long)k);
    mpz_mul(q, q, d);
    bool overflow;
    double result = mpz_scaled_to_double(q, 0, false, &overflow);
    mpz_clears(n, d, q, r, NULL);
    if (overflow) result = HUGE_VAL;
    return copysign(result, x);
}

double float_round(double x, int ndigits) {
    if (!isfinite(x) || ndigits > NDIGITS_MAX) return x;
    if (ndigits < NDIGITS_MIN) return 0.0 * x;
    if (x == 0.0) return x;
    if (ndigits < 0) return round_to_tens(x, -ndigits);
    /* printf rounds the exact binary value half-even; strtod reads it back exactly */
    char small[400];
    size_t need = (size_t)snprintf(small, sizeof small, "%.*f", ndigits, x) + 1;
    char *buf = small;
    if (need > sizeof small) {
        buf = malloc(need);
        if (!buf) return x;
        snprintf(buf, need, "%.*f", ndigits, x);
    }
    double r = strtod(buf, NULL);
    if (buf != small) free(buf);
    return r;
}

Value float_round_value(double x, Value ndigits) {
    if (is_null(ndigits)) {
        double r = round(x);
        if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);   /* ties to even */
        return int_from_double(r);
    }
    int nd;
    if (is_int(ndigits) || is_bool(ndigits)) {
        int64_t n = ndigits.u.i;
        nd = n > 100000 ? 100000 : n < -100000 ? -100000 : (int)n;
    } else {
        nd = int_sign(ndigits) < 0 ? -100000 : 100000;
    }
    double r = float_round(x, nd);
    if (isinf(r) && isfinite(x))
        return raise_msg(&exc_OverflowError, "rounded value too large to represent");
    return v_float(r);
}

/* ---------------------------------------------------------------- hex */

static Str *float_hex_str(double x) {
    if (isnan(x)) return str_from_cstr("nan");
    if (isinf(x)) return str_from_cstr(x > 0 ? "inf" : "-inf");
    const char *sign = signbit(x) ? "-" : "";
    if (x == 0.0) return str_fmt("%s0x0.0p+0", sign);
    int e;
    double m = frexp(fabs(x), &e);      /* m in [0.5, 1) */
    /* leading digit 1 for normal numbers; subnormals keep the exponent at -1022 */
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char digits[20];
    int lead = (int)m;
    m -= lead;
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        int d = (int)m;
        digits[i] = "0123456789abcdef"[d];
        m -= d;
    }
    digits[13] = 0;
    return str_fmt("%s0x%d.%sp%s%d", sign, lead, digits, e >= 0 ? "+" : "", e);
}

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

static Value float_fromhex_parse(const char *s, size_t n) {
    const char *p = s, *end = s + n;
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) p++;
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) end--;
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
    size_t rest = (size_t)(end - p);
    if (equals_nocase(p, rest, "inf") || equals_nocase(p, rest, "infinity"))
        return v_float(negative ? -INFINITY : INFINITY);
    if (equals_nocase(p, rest, "nan")) return v_float(negative ? -NAN : NAN);
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') p += 2;
    mpz_t m;
    mpz_init(m);
    int64_t ndigits = 0, nfrac = 0;
    bool seen_point = false;
    for (; p < end; p++) {
        int d = hex_digit(*p);
        if (d >= 0) {
            mpz_mul_2exp(m, m, 4);
            mpz_add_ui(m, m, (unsigned long)d);
            ndigits++;
            if (seen_point) nfrac++;
        } else if (*p == '.' && !seen_point) {
            seen_point = true;
        } else {
            break;
        }
    }
    int64_t exp = 0;
    bool ok = ndigits > 0;
    if (ok && p < end && (*p | 0x20) == 'p') {
        p++;
        bool eneg = false;
        if (p < end && (*p == '+' || *p == '-')) eneg = *p++ == '-';
        int nexp = 0;
        for (; p < end && *p >= '0' && *p <= '9'; p++, nexp++)
            if (exp < (int64_t)1 << 40) exp = exp * 10 + (*p - '0');
        if (eneg) exp = -exp;
        ok = nexp > 0;
    }
    if (!ok || p != end) {
        mpz_clear(m);
        return raise_msg(&exc_ValueError, "invalid hexadecimal floating-point string");
    }
    bool overflow;
    double d = mpz_scaled_to_double(m, exp - 4 * nfrac, false, &overflow);
    mpz_clear(m);
    if (overflow)
        return raise_msg(&exc_OverflowError, "hexadecimal value too large to represent as a float");
    return v_float(negative ? -d : d);
}

/* ---------------------------------------------------------------- methods */

#define SELF_F(self) float_value(self)

static bool no_args(const char *name, size_t nargs, Tuple *kwnames) {
    return check_nargs(name, nargs, 0, 0) && check_no_kwargs(name, kwnames);
}

NUM_METHOD(float_is_integer_m, self) {
    if (!no_args("is_integer", nargs, kwnames)) return NULLV;
    double x = SELF_F(self);
    return v_bool(isfinite(x) && floor(x) == x);
}

NUM_METHOD(float_as_integer_ratio_m, self) {
    if (!no_args("as_integer_ratio", nargs, kwnames)) return NULLV;
    double x = SELF_F(self);
    if (isinf(x)) return raise_msg(&exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x)) return raise_msg(&exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    int64_t mant = (int64_t)ldexp(m, 53);
    e -= 53;
    if (mant == 0) e = 0;
    while (e < 0 && mant % 2 == 0) {
        mant /= 2;
        e++;
    }
    mpz_t num, den;
    mpz_init_set_si(num, mant);
    mpz_init_set_ui(den, 1);
    if (e > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    Value n = int_from_mpz(num), d = int_from_mpz(den);
    mpz_clears(num, den, NULL);
    if (is_null(n) || is_null(d)) return NULLV;
    Tuple *t = tuple_pack(2, n, d);
    return t ? v_obj(t) : NULLV;
}

NUM_METHOD(float_hex_m, self) {
    if (!no_args("hex", nargs, kwnames)) return NULLV;
    Str *s = float_hex_str(SELF_F(self));
    return s ? v_str(s) : NULLV;
}

NUM_METHOD(float_fromhex_m, cls) {
    if (!check_nargs("fromhex", nargs, 1, 1) || !check_no_kwargs("fromhex", kwnames))
        return NULLV;
    if (!is_str(args[0]))
        return raise_fmt(&exc_TypeError, "fromhex() argument must be str, not %s",
                         type_name_of(args[0]));
    Value r = float_fromhex_parse(as_str(args[0])->data, as_str(args[0])->nbytes);
    if (is_null(r)) return NULLV;
    if (is_obj(cls) && as_obj(cls) == (Obj *)&type_float) return r;
    return obj_call1(cls, r);
}

NUM_METHOD(float_self_m, self) {
    if (!no_args("conjugate", nargs, kwnames)) return NULLV;
    return v_float(SELF_F(self));
}

NUM_METHOD(float_trunc_m, self) {
    if (!no_args("__trunc__", nargs, kwnames)) return NULLV;
    return int_from_double(SELF_F(self));
}

NUM_METHOD(float_floor_m, self) {
    if (!no_args("__floor__", nargs, kwnames)) return NULLV;
    return int_from_double(floor(SELF_F(self)));
}

NUM_METHOD(float_ceil_m, self) {
    if (!no_args("__ceil__", nargs, kwnames)) return NULLV;
    return int_from_double(ceil(SELF_F(self)));
}

NUM_METHOD(float_round_m, self) {
    if (!check_nargs("__round__", nargs, 0, 1) || !check_no_kwargs("__round__", kwnames))
        return NULLV;
    Value nd = NULLV;
    if (nargs && !is_none(args[0])) {
        nd = obj_index(args[0]);
        if (is_null(nd)) return NULLV;
    }
    return float_round_value(SELF_F(self), nd);
}

NUM_METHOD(float_getnewargs_m, self) {
    if (!no_args("__getnewargs__", nargs, kwnames)) return NULLV;
    Tuple *t = tuple_pack(1, v_float(SELF_F(self)));
    return t ? v_obj(t) : NULLV;
}

NUM_METHOD(float_format_m, self) {
    if (!check_nargs("__format__", nargs, 1, 1) || !check_no_kwargs("__format__", kwnames))
        return NULLV;
    if (!is_str_like(args[0]))
        return raise_fmt(&exc_TypeError, "__format__() argument must be str, not %s",
                         type_name_of(args[0]));
    Str *spec = as_str(args[0]);
    if (spec->nbytes == 0) return obj_str(self);
    return num_format(v_float(SELF_F(self)), spec);
}

NUM_METHOD(float_divmod_m, self) {
    if (!check_nargs("__divmod__", nargs, 1, 1) || !check_no_kwargs("__divmod__", kwnames))
        return NULLV;
    if (!num_is_float_like(args[0]) && !is_int_like(args[0])) return NotImplemented;
    return num_divmod(self, args[0]);
}

NUM_METHOD(float_rdivmod_m, self) {
    if (!check_nargs("__rdivmod__", nargs, 1, 1) || !check_no_kwargs("__rdivmod__", kwnames))
        return NULLV;
    if (!num_is_float_like(args[0]) && !is_int_like(args[0])) return NotImplemented;
    return num_divmod(args[0], self);
}

static Value float_pow_impl(Value a, Value b, size_t nargs, Value *args) {
    if (nargs > 1 && !is_none(args[1]))
        return raise_msg(&exc_TypeError,
                         "pow() 3rd argument not allowed unless all arguments are integers");
    return float_slot(a, b, NB_POWER);
}

NUM_METHOD(float_pow_m, self) {
    if (!check_nargs("__pow__", nargs, 1, 2) || !check_no_kwargs("__pow__", kwnames))
        return NULLV;
    return float_pow_impl(self, args[0], nargs, args);
}

NUM_METHOD(float_rpow_m, self) {
    if (!check_nargs("__rpow__", nargs, 1, 2) || !check_no_kwargs("__rpow__", kwnames))
        return NULLV;
    return float_pow_impl(args[0], self, nargs, args);
}

NUM_METHOD(float_int_m, self) {
    if (!no_args("__int__", nargs, kwnames)) return NULLV;
    return int_from_double(SELF_F(self));
}

NUM_METHOD(float_float_m, self) {
    if (!no_args("__float__", nargs, kwnames)) return NULLV;
    return v_float(SELF_F(self));
}

NUM_METHOD(float_getformat_m, cls) {
    if (!check_nargs("__getformat__", nargs, 1, 1)) return NULLV;
    if (!is_str(args[0]))
        return raise_fmt(&exc_TypeError, "__getformat__() argument must be str, not %s",
                         type_name_of(args[0]));
    if (!str_eq_cstr(as_str(args[0]), "double") && !str_eq_cstr(as_str(args[0]), "float"))
        return raise_msg(&exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return str_value_cstr("IEEE, little-endian");
}

static const MethodDef float_methods[] = {
    {"is_integer", float_is_integer_m, 0, "Return True if the float is an integer."},
    {"as_integer_ratio", float_as_integer_ratio_m, 0, "Return a pair of integers, whose ratio is exactly equal to the original float."},
    {"hex", float_hex_m, 0, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", float_fromhex_m, METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"conjugate", float_self_m, 0, "Return self, the complex conjugate of any float."},
    {"__trunc__", float_trunc_m, 0, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor_m, 0, "Return the floor as an Integral."},
    {"__ceil__", float_ceil_m, 0, "Return the ceiling as an Integral."},
    {"__round__", float_round_m, 0, "Return the Integral closest to x, rounding half toward even."},
    {"__int__", float_int_m, 0, "int(self)"},
    {"__float__", float_float_m, 0, "float(self)"},
    {"__getnewargs__", float_getnewargs_m, 0, NULL},
    {"__format__", float_format_m, 0, "Formats the float according to format_spec."},
    {"__divmod__", float_divmod_m, 0, "Return divmod(self, value)."},
    {"__rdivmod__", float_rdivmod_m, 0, "Return divmod(value, self)."},
    {"__pow__", float_pow_m, 0, "Return pow(self, value, mod)."},
    {"__rpow__", float_rpow_m, 0, "Return pow(value, self, mod)."},
    {"__getformat__", float_getformat_m, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static Value float_get_real(Value self) { return v_float(float_value(self)); }
static Value float_get_imag(__attribute__((unused)) Value self) { return v_float(0.0); }

static const GetSetDef float_getsets[] = {
    {"real", float_get_real, NULL},
    {"imag", float_get_imag, NULL},
    {NULL, NULL, NULL},
};

static void float_trace(Obj *o) {
    size_t off = o->type->dictoffset;
    if (off) gc_mark_obj(*(Dict **)((char *)o + off));
}

Type type_float = {
    .hdr = {.type = &type_type},
    .name = "float",
    .base = &type_object,
    .basicsize = sizeof(FloatSub),
    .flags = TPF_BASETYPE,
    .trace = float_trace,
    .new = float_new,
    .repr = float_repr_slot,
    .hash = float_hash_slot,
    .richcompare = float_richcompare,
    .bool_ = float_bool_slot,
    .nb = {
        [NB_ADD] = float_nb_ADD, [NB_SUBTRACT] = float_nb_SUBTRACT,
        [NB_MULTIPLY] = float_nb_MULTIPLY, [NB_TRUE_DIVIDE] = float_nb_TRUE_DIVIDE,
        [NB_FLOOR_DIVIDE] = float_nb_FLOOR_DIVIDE, [NB_REMAINDER] = float_nb_REMAINDER,
        [NB_POWER] = float_nb_POWER,
    },
    .neg = float_neg,
    .pos = float_pos,
    .abs = float_abs,
    .methods = float_methods,
    .getsets = float_getsets,
    .doc = "Convert a string or number to a floating-point number, if possible.",
};
