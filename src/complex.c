/* complex.c — the complex type: arithmetic with CPython's formulas (so results agree to
 * the bit), construction from numbers and strings, hashing.  Its text (repr, format)
 * lives in format.c with the float text it is made of. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "error.h"
#include "gc.h"
#include "num.h"
#include "str.h"

typedef struct { double re, im; } Cplx;

static Cplx cplx_of(Value v) {
    Complex *c = (Complex *)as_obj(v);
    return (Cplx){c->re, c->im};
}

bool is_complex_like(Value v) {
    return is_obj(v) &&
           (v.u.o->type == &type_complex || type_is_subtype(v.u.o->type, &type_complex));
}

static Value complex_instance(Type *type, double re, double im) {
    Complex *c = gc_alloc(type, type->basicsize);
    if (!c) return NULLV;
    c->re = re;
    c->im = im;
    return v_obj(c);
}

Value complex_new(double re, double im) { return complex_instance(&type_complex, re, im); }

/* An operand as a complex: complex, float or int; 0 when it is none of them, -1 when
 * an int is too large for a float. */
static int as_cplx(Value v, Cplx *out) {
    if (is_complex_like(v)) {
        *out = cplx_of(v);
        return 1;
    }
    double d;
    int k = num_to_double(v, &d);
    if (k > 0) *out = (Cplx){d, 0.0};
    return k;
}

/* ---------------------------------------------------------------- arithmetic */

static Cplx c_prod(Cplx a, Cplx b) {
    return (Cplx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

/* a / b, dividing through by the larger of |b.re| and |b.im| (Smith's method, as
 * CPython 3.13's _Py_c_quot).  *zero when b is zero. */
static Cplx c_quot(Cplx a, Cplx b, bool *zero) {
    double abs_re = fabs(b.re), abs_im = fabs(b.im);
    *zero = false;
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            *zero = true;
            return (Cplx){0.0, 0.0};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (Cplx){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_im >= abs_re) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (Cplx){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (Cplx){NAN, NAN};     /* a NaN among b's parts */
}

/* a ** b by polar form.  Errors come through errno as in CPython: EDOM for 0 raised to
 * a negative or complex power — and from the C library, e.g. cos(inf) — ERANGE for
 * overflow. */
static Cplx c_pow(Cplx a, Cplx b) {
    if (b.re == 0.0 && b.im == 0.0) return (Cplx){1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) errno = EDOM;
        return (Cplx){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    return (Cplx){len * cos(phase), len * sin(phase)};
}

/* a ** n for a small integer n: repeated squaring, more accurate than c_pow. */
static Cplx c_powi(Cplx a, long n) {
    long m = n < 0 ? -n : n;
    Cplx r = {1.0, 0.0}, p = a;
    for (long mask = 1; mask > 0 && m >= mask; mask <<= 1) {
        if (m & mask) r = c_prod(r, p);
        p = c_prod(p, p);
    }
    if (n >= 0) return r;
    bool zero;
    Cplx q = c_quot((Cplx){1.0, 0.0}, r, &zero);
    if (zero) errno = EDOM;
    return q;
}

static Value complex_power(Cplx a, Cplx b) {
    errno = 0;
    Cplx p = (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) ? c_powi(a, (long)b.re)
                                                                         : c_pow(a, b);
    if (isinf(p.re) || isinf(p.im)) {
        if (errno == 0) errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;      /* underflow is fine */
    }
    if (errno == EDOM)
        return raise_msg(&exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (errno == ERANGE) return raise_msg(&exc_OverflowError, "complex exponentiation");
    return complex_new(p.re, p.im);
}

Value complex_pow_doubles(double x, double y) {
    return complex_power((Cplx){x, 0.0}, (Cplx){y, 0.0});
}

static Value complex_binop(Cplx a, Cplx b, int op) {
    bool zero;
    Cplx r;
    switch (op) {
    case NB_ADD: return complex_new(a.re + b.re, a.im + b.im);
    case NB_SUBTRACT: return complex_new(a.re - b.re, a.im - b.im);
    case NB_MULTIPLY:
        r = c_prod(a, b);
        return complex_new(r.re, r.im);
    case NB_TRUE_DIVIDE:
        r = c_quot(a, b, &zero);
        if (zero) return raise_msg(&exc_ZeroDivisionError, "complex division by zero");
        return complex_new(r.re, r.im);
    case NB_POWER: return complex_power(a, b);
    default: return NotImplemented;
    }
}

static Value complex_slot(Value a, Value b, int op) {
    Cplx x, y;
    int k = as_cplx(a, &x);
    if (k <= 0) return k ? NULLV : NotImplemented;
    k = as_cplx(b, &y);
    if (k <= 0) return k ? NULLV : NotImplemented;
    return complex_binop(x, y, op);
}

#define X(name) \
    static Value complex_nb_##name(Value a, Value b) { return complex_slot(a, b, NB_##name); }
X(ADD)
X(SUBTRACT)
X(MULTIPLY)
X(TRUE_DIVIDE)
X(POWER)
#undef X

static Value complex_neg(Value self) {
    Cplx c = cplx_of(self);
    return complex_new(-c.re, -c.im);
}

static Value complex_pos(Value self) {
    Cplx c = cplx_of(self);
    return complex_new(c.re, c.im);
}

static Value complex_abs(Value self) {
    Cplx c = cplx_of(self);
    if (isinf(c.re)) return v_float(fabs(c.re));    /* an infinity wins over a NaN */
    if (isinf(c.im)) return v_float(fabs(c.im));
    if (isnan(c.re) || isnan(c.im)) return v_float(NAN);
    double r = hypot(c.re, c.im);
    if (isinf(r)) return raise_msg(&exc_OverflowError, "absolute value too large");
    return v_float(r);
}

static int complex_bool(Value self) {
    Cplx c = cplx_of(self);
    return c.re != 0.0 || c.im != 0.0;
}

static bool complex_hash(Value self, int64_t *out) {
    Cplx c = cplx_of(self);
    int64_t hr, hi;
    num_hash(v_float(c.re), &hr);
    num_hash(v_float(c.im), &hi);
    int64_t h = (int64_t)((uint64_t)hr + 1000003u * (uint64_t)hi);
    *out = h == -1 ? -2 : h;
    return true;
}

/* Only == and != are defined; a complex equals a real number when its imaginary part is
 * zero and the real parts compare equal exactly. */
static Value complex_richcompare(Value a, Value b, int op) {
    if (op != CMP_EQ && op != CMP_NE) return NotImplemented;
    if (!is_complex_like(a)) {
        Value t = a;
        a = b;
        b = t;
    }
    Cplx x = cplx_of(a);
    bool eq;
    if (is_complex_like(b)) {
        Cplx y = cplx_of(b);
        eq = x.re == y.re && x.im == y.im;
    } else if (is_int_like(b) || num_is_float_like(b)) {
        if (x.im != 0.0) {
            eq = false;
        } else {
            Value r = num_compare(v_float(x.re), b, CMP_EQ);
            if (is_null(r)) return NULLV;
            eq = is_bool(r) && r.u.i;
        }
    } else {
        return NotImplemented;
    }
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static Value complex_repr_slot(Value self) {
    Cplx c = cplx_of(self);
    Str *s = complex_repr(c.re, c.im);
    return s ? v_str(s) : NULLV;
}

/* ---------------------------------------------------------------- construction */

/* The end of the float literal starting at p (sign included), or NULL if none: digits
 * with underscores, '.', an exponent, or inf/infinity/nan. */
static const char *scan_float(const char *p, const char *end) {
    const char *q = p;
    if (q < end && (*q == '+' || *q == '-')) q++;
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (int w = 0; w < 3; w++) {
        size_t n = strlen(words[w]);
        if ((size_t)(end - q) >= n && strncasecmp(q, words[w], n) == 0) return q + n;
    }
    bool digits = false;
    while (q < end && ((*q >= '0' && *q <= '9') || *q == '_')) digits |= *q++ != '_';
    if (q < end && *q == '.') {
        q++;
        while (q < end && ((*q >= '0' && *q <= '9') || *q == '_')) digits |= *q++ != '_';
    }
    if (!digits) return NULL;
    if (q < end && (*q == 'e' || *q == 'E')) {
        const char *e = q + 1;
        if (e < end && (*e == '+' || *e == '-')) e++;
        if (e < end && *e >= '0' && *e <= '9') {
            while (e < end && ((*e >= '0' && *e <= '9') || *e == '_')) e++;
            q = e;
        }
    }
    return q;
}

/* float() of the literal [p, q); false if malformed (underscores in the wrong place). */
static bool float_of(const char *p, const char *q, double *out) {
    Value v = float_from_string(p, (size_t)(q - p), NULLV);
    if (is_null(v)) {
        err_clear();
        return false;
    }
    *out = as_float(v);
    return true;
}

/* Drop the underscores of a number string, each of which must sit between digits
 * (CPython's _Py_string_to_number_with_underscores); false if one does not. */
static bool strip_underscores(char *s, size_t *n) {
    char prev = 0;
    size_t j = 0;
    for (size_t i = 0; i < *n; i++) {
        char c = s[i];
        if (c == '_') {
            if (!(prev >= '0' && prev <= '9')) return false;
        } else {
            if (prev == '_' && !(c >= '0' && c <= '9')) return false;
            s[j++] = c;
        }
        prev = c;
    }
    if (prev == '_') return false;
    s[j] = 0;
    *n = j;
    return true;
}

static Value complex_from_string(Type *type, Value orig, const char *s, size_t n) {
    size_t an;
    char *ascii = num_ascii_copy(s, n, false, &an);
    if (!ascii) return NULLV;
    if (memchr(ascii, '_', an) && !strip_underscores(ascii, &an)) {
        free(ascii);
        return raise_fmt(&exc_ValueError, "could not convert string to complex: %R", &orig);
    }
    const char *p = ascii, *end = ascii + an;
    double re = 0.0, im = 0.0;
    bool ok = false;
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) p++;
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) end--;
    if (p < end && *p == '(') {
        if (end[-1] != ')') goto done;
        p++;
        end--;
        while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) p++;
        while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) end--;
    }
    const char *q = scan_float(p, end);
    if (!q) {
        /* j, +j, -j */
        const char *r = p;
        if (r < end && (*r == '+' || *r == '-')) r++;
        if (r + 1 == end && (*r | 0x20) == 'j') {
            im = *p == '-' ? -1.0 : 1.0;
            ok = true;
        }
        goto done;
    }
    double x;
    if (!float_of(p, q, &x)) goto done;
    if (q == end) {                         /* <float> */
        re = x;
        ok = true;
    } else if ((*q | 0x20) == 'j' && q + 1 == end) {     /* <float>j */
        im = x;
        ok = true;
    } else if (*q == '+' || *q == '-') {    /* <float><signed-float>j or <float><sign>j */
        re = x;
        const char *r = scan_float(q, end);
        if (!r) {
            if (q + 2 == end && (q[1] | 0x20) == 'j') {
                im = *q == '-' ? -1.0 : 1.0;
                ok = true;
            }
        } else if (r + 1 == end && (*r | 0x20) == 'j') {
            ok = float_of(q, r, &im);
        }
    }
done:
    free(ascii);
    if (!ok) return raise_msg(&exc_ValueError, "complex() arg is a malformed string");
    return complex_instance(type, re, im);
}

/* __complex__ of v, if its type has one: *found false (NULLV, no exception) otherwise. */
static Value call_complex_method(Value v, bool *found) {
    Value m = type_lookup(type_of(v), names.dunder_complex);
    *found = !is_null(m);
    if (!*found) return NULLV;
    Value r = obj_call1(m, v);
    if (!is_null(r) && !is_complex_like(r))
        return raise_fmt(&exc_TypeError, "__complex__ returned non-complex (type %s)",
                         type_name_of(r));
    return r;
}

/* A real number for complex(): has __float__ or __index__ (or is an int/float). */
static bool is_real_number(Value v) {
    return is_int_like(v) || num_is_float_like(v) || type_of(v)->index ||
           !is_null(type_lookup(type_of(v), names.__float__));
}

static bool real_part(Value v, double *out) {
    Value f = float_from_value(v);
    if (is_null(f)) return false;
    *out = as_float(f);
    return true;
}

static Value complex_tp_new(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const kw[] = {"real", "imag"};
    static const ArgSpec spec = {"complex", kw, 2, 0, 0, 2};
    Value a[2];
    if (nargs > 2)
        return raise_fmt(&exc_TypeError, "complex() takes at most 2 arguments (%zu given)", nargs);
    if (!bind_args(&spec, args, nargs, kwnames, a)) return NULLV;
    Value r = a[0], i = a[1];
    if (is_null(r)) r = v_int(0);
    if (type == &type_complex && is_null(i) && is_obj(r) && r.u.o->type == &type_complex) return r;
    if (is_str_like(r)) {
        if (!is_null(i))
            return raise_msg(&exc_TypeError,
                             "complex() can't take second arg if first is a string");
        Value s = is_str(r) ? r : obj_call1(v_obj(&type_str), r);
        if (is_null(s)) return NULLV;
        return complex_from_string(type, r, as_str(s)->data, as_str(s)->nbytes);
    }
    if (!is_null(i) && is_str_like(i))
        return raise_msg(&exc_TypeError, "complex() second arg can't be a string");
    bool found;
    Value t = call_complex_method(r, &found);
    if (found) {
        if (is_null(t)) return NULLV;
        r = t;
    }
    if (!is_complex_like(r) && !is_real_number(r))
        return raise_fmt(&exc_TypeError,
                         "complex() first argument must be a string or a number, not '%s'",
                         type_name_of(r));
    if (!is_null(i) && !is_complex_like(i) && !is_real_number(i))
        return raise_fmt(&exc_TypeError, "complex() second argument must be a number, not '%s'",
                         type_name_of(i));
    Cplx cr = {0, 0}, ci = {0, 0};
    bool cr_complex = is_complex_like(r), ci_complex = false;
    if (cr_complex) cr = cplx_of(r);
    else if (!real_part(r, &cr.re)) return NULLV;
    if (is_null(i)) {
        ci.re = cr.im;
    } else if (is_complex_like(i)) {
        ci = cplx_of(i);
        ci_complex = true;
    } else if (!real_part(i, &ci.re)) {
        return NULLV;
    }
    /* real + imag*1j when either part is itself complex */
    if (ci_complex) cr.re -= ci.im;
    if (cr_complex && !is_null(i)) ci.re += cr.im;
    return complex_instance(type, cr.re, ci.re);
}

/* ---------------------------------------------------------------- methods */

NUM_METHOD(complex_conjugate_m, self) {
    if (!check_nargs("conjugate", nargs, 0, 0) || !check_no_kwargs("conjugate", kwnames))
        return NULLV;
    Cplx c = cplx_of(self);
    return complex_new(c.re, -c.im);
}

NUM_METHOD(complex_complex_m, self) {
    if (!check_nargs("__complex__", nargs, 0, 0)) return NULLV;
    Cplx c = cplx_of(self);
    return complex_new(c.re, c.im);
}

NUM_METHOD(complex_getnewargs_m, self) {
    if (!check_nargs("__getnewargs__", nargs, 0, 0)) return NULLV;
    Cplx c = cplx_of(self);
    Tuple *t = tuple_pack(2, v_float(c.re), v_float(c.im));
    return t ? v_obj(t) : NULLV;
}

NUM_METHOD(complex_format_m, self) {
    if (!check_nargs("__format__", nargs, 1, 1) || !check_no_kwargs("__format__", kwnames))
        return NULLV;
    if (!is_str_like(args[0]))
        return raise_fmt(&exc_TypeError, "__format__() argument must be str, not %s",
                         type_name_of(args[0]));
    Str *spec = as_str(args[0]);
    if (spec->nbytes == 0) return obj_str(self);
    Cplx c = cplx_of(self);
    return complex_format(c.re, c.im, spec);
}

static Value complex_pow_impl(Value a, Value b, size_t nargs, Value *args) {
    if (nargs > 1 && !is_none(args[1])) return raise_msg(&exc_ValueError, "complex modulo");
    return complex_slot(a, b, NB_POWER);
}

NUM_METHOD(complex_pow_m, self) {
    if (!check_nargs("__pow__", nargs, 1, 2) || !check_no_kwargs("__pow__", kwnames))
        return NULLV;
    return complex_pow_impl(self, args[0], nargs, args);
}

NUM_METHOD(complex_rpow_m, self) {
    if (!check_nargs("__rpow__", nargs, 1, 2) || !check_no_kwargs("__rpow__", kwnames))
        return NULLV;
    return complex_pow_impl(args[0], self, nargs, args);
}

static const MethodDef complex_methods[] = {
    {"conjugate", complex_conjugate_m, 0, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", complex_complex_m, 0, "Convert this value to exact type complex."},
    {"__getnewargs__", complex_getnewargs_m, 0, NULL},
    {"__format__", complex_format_m, 0, "Convert to a string according to format_spec."},
    {"__pow__", complex_pow_m, 0, "Return pow(self, value, mod)."},
    {"__rpow__", complex_rpow_m, 0, "Return pow(value, self, mod)."},
    {NULL, NULL, 0, NULL},
};

static Value complex_get_real(Value self) { return v_float(cplx_of(self).re); }
static Value complex_get_imag(Value self) { return v_float(cplx_of(self).im); }

static const GetSetDef complex_getsets[] = {
    {"real", complex_get_real, NULL},
    {"imag", complex_get_imag, NULL},
    {NULL, NULL, NULL},
};

static void complex_trace(Obj *o) {
    size_t off = o->type->dictoffset;
    if (off) gc_mark_obj(*(Dict **)((char *)o + off));
}

Type type_complex = {
    .hdr = {.type = &type_type},
    .name = "complex",
    .base = &type_object,
    .basicsize = sizeof(Complex),
    .flags = TPF_BASETYPE,
    .trace = complex_trace,
    .new = complex_tp_new,
    .repr = complex_repr_slot,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .bool_ = complex_bool,
    .nb = {
        [NB_ADD] = complex_nb_ADD, [NB_SUBTRACT] = complex_nb_SUBTRACT,
        [NB_MULTIPLY] = complex_nb_MULTIPLY, [NB_TRUE_DIVIDE] = complex_nb_TRUE_DIVIDE,
        [NB_POWER] = complex_nb_POWER,
    },
    .neg = complex_neg,
    .pos = complex_pos,
    .abs = complex_abs,
    .methods = complex_methods,
    .getsets = complex_getsets,
    .doc = "Create a complex number from a string or numbers.",
};
