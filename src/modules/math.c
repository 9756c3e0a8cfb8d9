/* math.c — the math module.
 *
 * Floating-point functions come from the C library (as in CPython, so results agree on
 * the same platform), wrapped with CPython's error rules: a NaN from non-NaN input is a
 * ValueError "math domain error", an infinity from finite input an OverflowError "math
 * range error" (or a domain error at a singularity).  Integer functions use GMP.
 */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>

#include "containers.h"
#include "error.h"
#include "gc.h"
#include "module.h"
#include "num.h"
#include "str.h"

#define MATH_FN(fn) \
    static Value fn(__attribute__((unused)) Value module, Value *args, size_t nargs, \
                    Tuple *kwnames)

/* Results bigger than this many bits raise MemoryError (GMP aborts when out of memory). */
#define MATH_MAX_BITS ((double)((uint64_t)1 << 32))

static Value domain_error(void) { return raise_msg(&exc_ValueError, "math domain error"); }
static Value range_error(void) { return raise_msg(&exc_OverflowError, "math range error"); }

/* ---------------------------------------------------------------- arguments */

/* A real number as a double, as CPython's PyFloat_AsDouble: floats, ints, __float__,
 * __index__; TypeError "must be real number, not X" otherwise. */
static bool arg_double(Value v, double *out) {
    int k = num_to_double(v, out);
    if (k) return k > 0;
    Value m = type_lookup(type_of(v), names.__float__);
    if (!is_null(m)) {
        Value r = obj_call1(m, v);
        if (is_null(r)) return false;
        if (!num_is_float_like(r)) {
            raise_fmt(&exc_TypeError, "%s.__float__ returned non-float (type %s)",
                      type_name_of(v), type_name_of(r));
            return false;
        }
        *out = float_value(r);
        return true;
    }
    if (type_of(v)->index) {
        Value i = obj_index(v);
        return !is_null(i) && int_to_double(i, out);
    }
    raise_fmt(&exc_TypeError, "must be real number, not %s", type_name_of(v));
    return false;
}

/* One positional argument, CPython's METH_O messages. */
static bool one_arg(const char *qualname, size_t nargs, Tuple *kwnames) {
    return check_no_kwargs(qualname, kwnames) && check_nargs(qualname, nargs, 1, 1);
}

/* n positional arguments, the "atan2 expected 2 arguments, got 1" messages. */
static bool n_args(const char *name, size_t nargs, Tuple *kwnames, size_t min, size_t max) {
    return check_no_kwargs(name, kwnames) && check_nargs(name, nargs, min, max);
}

/* Argument Clinic style binding: at most npos positional arguments plus keywords. */
static bool bind_exact(const ArgSpec *spec, int npos, Value *args, size_t nargs,
                       Tuple *kwnames, Value *out) {
    if ((int)nargs > npos) {
        raise_fmt(&exc_TypeError, "%s() takes exactly %d positional argument%s (%zu given)",
                  spec->fname, npos, npos == 1 ? "" : "s", nargs);
        return false;
    }
    if ((int)nargs < spec->npos_only) {     /* positional-only ones missing */
        raise_fmt(&exc_TypeError, "%s() takes exactly %d positional argument%s (%zu given)",
                  spec->fname, npos, npos == 1 ? "" : "s", nargs);
        return false;
    }
    return bind_args(spec, args, nargs, kwnames, out);
}

/* errno after a libm call, CPython's is_error: EDOM is a domain error, ERANGE an
 * overflow unless the result is small (an underflow). true if an error was raised. */
static bool libm_error(double r) {
    if (errno == EDOM) {
        domain_error();
        return true;
    }
    if (errno == ERANGE) {
        if (fabs(r) < 1.5) return false;
        range_error();
        return true;
    }
    if (errno) {
        raise_msg(&exc_ValueError, "math domain error");
        return true;
    }
    return false;
}

/* func(x) with CPython's math_1 rules. */
static Value math_1(Value arg, double (*func)(double), bool can_overflow) {
    double x;
    if (!arg_double(arg, &x)) return NULLV;
    errno = 0;
    double r = func(x);
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    if (isfinite(r) && errno && libm_error(r)) return NULLV;
    return v_float(r);
}

/* func(x, y) with CPython's math_2 rules. */
static Value math_2(Value a, Value b, double (*func)(double, double)) {
    double x, y;
    if (!arg_double(a, &x) || !arg_double(b, &y)) return NULLV;
    errno = 0;
    double r = func(x, y);
    if (isnan(r)) errno = (!isnan(x) && !isnan(y)) ? EDOM : 0;
    else if (isinf(r)) errno = (isfinite(x) && isfinite(y)) ? ERANGE : 0;
    if (errno && libm_error(r)) return NULLV;
    return v_float(r);
}

/* ---------------------------------------------------------------- one-argument functions */

static double m_log(double x) {
    if (isfinite(x)) {
        if (x > 0.0) return log(x);
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0) return x;
    return NAN;
}

static double m_log2(double x) {
    if (isfinite(x)) {
        if (x > 0.0) return log2(x);
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0) return x;
    return NAN;
}

static double m_log10(double x) {
    if (isfinite(x)) {
        if (x > 0.0) return log10(x);
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0) return x;
    return NAN;
}

static double m_log1p(double x) { return x == 0.0 ? x : log1p(x); }

#define FUNC1(name, cfunc, can_overflow) \
    MATH_FN(math_##name) { \
        if (!one_arg("math." #name, nargs, kwnames)) return NULLV; \
        return math_1(args[0], cfunc, can_overflow); \
    }

FUNC1(sqrt, sqrt, false)
FUNC1(exp, exp, true)
FUNC1(exp2, exp2, true)
FUNC1(expm1, expm1, true)
FUNC1(log1p, m_log1p, false)
FUNC1(sin, sin, false)
FUNC1(cos, cos, false)
FUNC1(tan, tan, false)
FUNC1(asin, asin, false)
FUNC1(acos, acos, false)
FUNC1(atan, atan, false)
FUNC1(sinh, sinh, true)
FUNC1(cosh, cosh, true)
FUNC1(tanh, tanh, false)
FUNC1(asinh, asinh, false)
FUNC1(acosh, acosh, false)
FUNC1(atanh, atanh, false)
FUNC1(fabs, fabs, false)
FUNC1(erf, erf, false)
FUNC1(erfc, erfc, false)
FUNC1(cbrt, cbrt, false)

/* log of an int of any size: ints too big for a double go through their mantissa and
 * binary exponent (CPython's loghelper). */
static Value log_helper(Value arg, double (*func)(double)) {
    if (is_int_like(arg)) {
        if (int_sign(arg) <= 0) return domain_error();
        double x;
        if (int_to_double(arg, &x)) return v_float(func(x));
        if (!err_matches(&exc_OverflowError)) return NULLV;
        err_clear();
        mpz_t z;
        mpz_init(z);
        int_to_mpz(arg, z);
        int64_t e = (int64_t)mpz_sizeinbase(z, 2);
        bool overflow;
        double m = mpz_scaled_to_double(z, -e, false, &overflow);   /* in [0.5, 1] */
        mpz_clear(z);
        if (m == 1.0) {
            m = 0.5;
            e++;
        }
        return v_float(func(m) + func(2.0) * (double)e);
    }
    return math_1(arg, func, false);
}

MATH_FN(math_log) {
    if (!n_args("log", nargs, kwnames, 1, 2)) return NULLV;
    Value num = log_helper(args[0], m_log);
    if (is_null(num) || nargs == 1) return num;
    Value den = log_helper(args[1], m_log);
    if (is_null(den)) return NULLV;
    if (as_float(den) == 0.0) return raise_msg(&exc_ZeroDivisionError, "float division by zero");
    return v_float(as_float(num) / as_float(den));
}

MATH_FN(math_log2) {
    if (!one_arg("math.log2", nargs, kwnames)) return NULLV;
    return log_helper(args[0], m_log2);
}

MATH_FN(math_log10) {
    if (!one_arg("math.log10", nargs, kwnames)) return NULLV;
    return log_helper(args[0], m_log10);
}

static bool is_nonpositive_integer(double x) { return x <= 0 && floor(x) == x; }

/* gamma and lgamma: the Lanczos approximation CPython uses (g = 6.0246800407767296,
 * 13 terms, the coefficients of Boost's lanczos13m53), so results match it to the bit;
 * the C library's tgamma/lgamma differ in the last place. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* x (x+1) ... (x+11) expanded: the denominator's coefficients */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};
static const double pi_d = 3.141592653589793238462643383279502884197;
static const double log_pi = 1.144729885849400174143427351353058711647;

/* The rational part of the approximation, for x > 0; in powers of 1/x for large x so
 * that numerator and denominator stay finite. */
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi * x) without the rounding error of pi * x for large x (x finite). */
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(pi_d * y); break;
    case 1: r = cos(pi_d * (y - 0.5)); break;
    case 2: r = sin(pi_d * (1.0 - y)); break;   /* +0.0 at y == 1 */
    case 3: r = -cos(pi_d * (y - 1.5)); break;
    default: r = sin(pi_d * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* Gamma of a finite x that is not a non-positive integer; inf on overflow. */
static double gamma_value(double x) {
    static const double factorials[] = {
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0,
        39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
        20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
        2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
    };
    if (x == floor(x) && x <= 23) return factorials[(int)x - 1];    /* exact */
    double ax = fabs(x);
    if (ax < 1e-20) return 1.0 / x;
    if (ax > 200.0) return x < 0 ? 0.0 / sin_pi(x) : HUGE_VAL;
    double y = ax + lanczos_g_minus_half;
    /* z: the rounding error of y, scaled — a first-order correction */
    double z = ax > lanczos_g_minus_half ? (y - ax) - lanczos_g_minus_half
                                         : (y - lanczos_g_minus_half) - ax;
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -pi_d / sin_pi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    return r;
}

/* log|Gamma(x)| of a finite x that is not a non-positive integer. */
static double lgamma_value(double x) {
    if (x == floor(x) && x <= 2.0) return 0.0;     /* lgamma(1) == lgamma(2) == 0 */
    double ax = fabs(x);
    if (ax < 1e-20) return -log(ax);
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = log_pi - log(fabs(sin_pi(ax))) - log(ax) - r;    /* reflection */
    return r;
}

MATH_FN(math_gamma) {
    if (!one_arg("math.gamma", nargs, kwnames)) return NULLV;
    double x;
    if (!arg_double(args[0], &x)) return NULLV;
    if (isnan(x) || x == HUGE_VAL) return v_float(x);
    if (x == -HUGE_VAL || is_nonpositive_integer(x)) return domain_error();
    double r = gamma_value(x);
    if (isinf(r)) return range_error();
    return v_float(r);
}

MATH_FN(math_lgamma) {
    if (!one_arg("math.lgamma", nargs, kwnames)) return NULLV;
    double x;
    if (!arg_double(args[0], &x)) return NULLV;
    if (isnan(x)) return v_float(x);
    if (isinf(x)) return v_float(HUGE_VAL);
    if (is_nonpositive_integer(x)) return domain_error();
    double r = lgamma_value(x);
    if (isinf(r)) return range_error();
    return v_float(r);
}

/* math.floor / math.ceil: floats directly, exact ints as they are, else __floor__ /
 * __ceil__, else float(x). */
static Value floor_or_ceil(Value v, Str *dunder, double (*round_fn)(double)) {
    if (is_float(v)) return int_from_double(round_fn(v.u.f));
    if (is_int(v) || is_bigint(v)) return v;
    Value m = type_lookup(type_of(v), dunder);
    if (!is_null(m)) return obj_call1(m, v);
    double x;
    if (!arg_double(v, &x)) return NULLV;
    return int_from_double(round_fn(x));
}

MATH_FN(math_floor) {
    if (!one_arg("math.floor", nargs, kwnames)) return NULLV;
    return floor_or_ceil(args[0], names.__floor__, floor);
}

MATH_FN(math_ceil) {
    if (!one_arg("math.ceil", nargs, kwnames)) return NULLV;
    return floor_or_ceil(args[0], names.__ceil__, ceil);
}

MATH_FN(math_trunc) {
    if (!one_arg("math.trunc", nargs, kwnames)) return NULLV;
    Value v = args[0];
    if (is_float(v)) return int_from_double(v.u.f);
    Value m = type_lookup(type_of(v), names.__trunc__);
    if (is_null(m))
        return raise_fmt(&exc_TypeError, "type %s doesn't define __trunc__ method",
                         type_name_of(v));
    return obj_call1(m, v);
}

MATH_FN(math_isnan) {
    if (!one_arg("math.isnan", nargs, kwnames)) return NULLV;
    double x;
    return arg_double(args[0], &x) ? v_bool(isnan(x)) : NULLV;
}

MATH_FN(math_isinf) {
    if (!one_arg("math.isinf", nargs, kwnames)) return NULLV;
    double x;
    return arg_double(args[0], &x) ? v_bool(isinf(x)) : NULLV;
}

MATH_FN(math_isfinite) {
    if (!one_arg("math.isfinite", nargs, kwnames)) return NULLV;
    double x;
    return arg_double(args[0], &x) ? v_bool(isfinite(x)) : NULLV;
}

static const double deg_per_rad = 180.0 / 3.141592653589793238462643383279502884;
static const double rad_per_deg = 3.141592653589793238462643383279502884 / 180.0;

MATH_FN(math_degrees) {
    if (!one_arg("math.degrees", nargs, kwnames)) return NULLV;
    double x;
    return arg_double(args[0], &x) ? v_float(x * deg_per_rad) : NULLV;
}

MATH_FN(math_radians) {
    if (!one_arg("math.radians", nargs, kwnames)) return NULLV;
    double x;
    return arg_double(args[0], &x) ? v_float(x * rad_per_deg) : NULLV;
}

static Value pair(Value a, Value b) {
    Tuple *t = tuple_pack(2, a, b);
    return t ? v_obj(t) : NULLV;
}

MATH_FN(math_frexp) {
    if (!one_arg("math.frexp", nargs, kwnames)) return NULLV;
    double x;
    if (!arg_double(args[0], &x)) return NULLV;
    int e = 0;
    if (x != 0.0 && isfinite(x)) x = frexp(x, &e);
    return pair(v_float(x), v_int(e));
}

MATH_FN(math_modf) {
    if (!one_arg("math.modf", nargs, kwnames)) return NULLV;
    double x;
    if (!arg_double(args[0], &x)) return NULLV;
    if (isinf(x)) return pair(v_float(copysign(0.0, x)), v_float(x));
    if (isnan(x)) return pair(v_float(x), v_float(x));
    double ip;
    double fp = modf(x, &ip);
    return pair(v_float(fp), v_float(ip));
}

MATH_FN(math_ulp) {
    if (!one_arg("math.ulp", nargs, kwnames)) return NULLV;
    double x;
    if (!arg_double(args[0], &x)) return NULLV;
    if (isnan(x)) return v_float(x);
    x = fabs(x);
    if (isinf(x)) return v_float(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up)) return v_float(x - nextafter(x, -INFINITY));
    return v_float(up - x);
}

/* ---------------------------------------------------------------- two-argument functions */

static double m_copysign(double x, double y) { return copysign(x, y); }
static double m_atan2(double y, double x) { return atan2(y, x); }
static double m_remainder(double x, double y) { return remainder(x, y); }

MATH_FN(math_copysign) {
    if (!n_args("copysign", nargs, kwnames, 2, 2)) return NULLV;
    return math_2(args[0], args[1], m_copysign);
}

MATH_FN(math_atan2) {
    if (!n_args("atan2", nargs, kwnames, 2, 2)) return NULLV;
    return math_2(args[0], args[1], m_atan2);
}

MATH_FN(math_remainder) {
    if (!n_args("remainder", nargs, kwnames, 2, 2)) return NULLV;
    return math_2(args[0], args[1], m_remainder);
}

MATH_FN(math_fmod) {
    if (!n_args("fmod", nargs, kwnames, 2, 2)) return NULLV;
    double x, y;
    if (!arg_double(args[0], &x) || !arg_double(args[1], &y)) return NULLV;
    if (isinf(y) && isfinite(x)) return v_float(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
    return v_float(r);
}

MATH_FN(math_pow) {
    if (!n_args("pow", nargs, kwnames, 2, 2)) return NULLV;
    double x, y, r;
    if (!arg_double(args[0], &x) || !arg_double(args[1], &y)) return NULLV;
    if (!isfinite(x) || !isfinite(y)) {
        /* IEEE special values, as C99 Annex F has them */
        if (isnan(x)) r = y == 0.0 ? 1.0 : x;
        else if (isnan(y)) r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0) r = odd_y ? x : fabs(x);
            else if (y == 0) r = 1.0;
            else r = odd_y ? copysign(0.0, x) : 0.0;
        } else if (fabs(x) == 1.0) r = 1.0;
        else if (y > 0 && fabs(x) > 1.0) r = y;
        else if (y < 0 && fabs(x) < 1.0) r = -y;
        else r = 0.0;
        return v_float(r);
    }
    r = pow(x, y);
    if (isnan(r)) return domain_error();                /* negative ** non-integer */
    if (isinf(r)) return x == 0.0 ? domain_error() : range_error();
    return v_float(r);
}

MATH_FN(math_ldexp) {
    if (!n_args("ldexp", nargs, kwnames, 2, 2)) return NULLV;
    double x;
    if (!arg_double(args[0], &x)) return NULLV;
    if (!is_int_like(args[1]))
        return raise_msg(&exc_TypeError, "Expected an int as second argument to ldexp.");
    Value e = int_value(args[1]);
    if (x == 0.0 || !isfinite(x)) return v_float(x);
    int64_t exp = is_int(e) ? e.u.i : int_sign(e) < 0 ? INT64_MIN : INT64_MAX;
    if (exp > INT_MAX) return range_error();
    if (exp < INT_MIN) return v_float(copysign(0.0, x));
    double r = ldexp(x, (int)exp);
    if (isinf(r)) return range_error();
    return v_float(r);
}

MATH_FN(math_isclose) {
    static const char *const kw[] = {"a", "b", "rel_tol", "abs_tol"};
    static const ArgSpec spec = {"isclose", kw, 4, 0, 2, 2};
    Value a[4];
    if (!bind_exact(&spec, 2, args, nargs, kwnames, a)) return NULLV;
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return NULLV;
    if (!is_null(a[2]) && !arg_double(a[2], &rel_tol)) return NULLV;
    if (!is_null(a[3]) && !arg_double(a[3], &abs_tol)) return NULLV;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return raise_msg(&exc_ValueError, "tolerances must be non-negative");
    if (x == y) return TRUEV;
    if (isinf(x) || isinf(y)) return FALSEV;
    double diff = fabs(y - x);
    return v_bool(diff <= fabs(rel_tol * y) || diff <= fabs(rel_tol * x) || diff <= abs_tol);
}

MATH_FN(math_nextafter) {
    static const char *const kw[] = {"x", "y", "steps"};
    static const ArgSpec spec = {"nextafter", kw, 3, 2, 2, 2};
    Value a[3];
    if (!bind_exact(&spec, 2, args, nargs, kwnames, a)) return NULLV;
    double x, y;
    if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return NULLV;
    if (is_null(a[2]) || is_none(a[2])) return v_float(nextafter(x, y));
    Value s = obj_index(a[2]);
    if (is_null(s)) return NULLV;
    if (int_sign(s) < 0) return raise_msg(&exc_ValueError, "steps must be a non-negative integer");
    uint64_t steps = is_int(s) ? (uint64_t)s.u.i : UINT64_MAX;
    if (steps == 0) return v_float(x);
    if (isnan(x)) return v_float(x);
    if (isnan(y)) return v_float(y);
    /* walk the ordered bit patterns: |x| in units of the least subnormal */
    union { double d; uint64_t u; } ux = {x}, uy = {y};
    if (ux.u == uy.u || x == y) return v_float(y);
    const uint64_t sign = (uint64_t)1 << 63, mask = sign - 1;
    uint64_t ax = ux.u & mask, ay = uy.u & mask;
    if ((ux.u ^ uy.u) & sign) {             /* opposite signs: through zero */
        if (ax + ay <= steps) return v_float(y);
        if (ax < steps) {
            union { uint64_t u; double d; } r = {(uy.u & sign) | (steps - ax)};
            return v_float(r.d);
        }
        ux.u -= steps;
        return v_float(ux.d);
    }
    if (ax > ay) {
        if (ax - ay >= steps) {
            ux.u -= steps;
            return v_float(ux.d);
        }
        return v_float(y);
    }
    if (ay - ax >= steps) {
        ux.u += steps;
        return v_float(ux.d);
    }
    return v_float(y);
}

MATH_FN(math_fma) {
    if (!n_args("fma", nargs, kwnames, 3, 3)) return NULLV;
    double x, y, z;
    if (!arg_double(args[0], &x) || !arg_double(args[1], &y) || !arg_double(args[2], &z))
        return NULLV;
    double r = fma(x, y, z);
    if (isfinite(r)) return v_float(r);
    if (isnan(r)) {
        if (!isnan(x) && !isnan(y) && !isnan(z))
            return raise_msg(&exc_ValueError, "invalid operation in fma");
    } else if (isfinite(x) && isfinite(y) && isfinite(z)) {
        return raise_msg(&exc_OverflowError, "overflow in fma");
    }
    return v_float(r);
}

/* ---------------------------------------------------------------- exact float sums */

/* Error-free transformations (Ogita, Rump, Oishi: "Accurate Sum and Dot Product"). */
typedef struct { double hi, lo; } DoubleLength;

static DoubleLength two_sum(double a, double b) {
    double x = a + b, z = x - a;
    return (DoubleLength){x, (a - (x - z)) + (b - z)};
}

static DoubleLength fast_two_sum(double a, double b) {  /* |a| >= |b| */
    double x = a + b;
    return (DoubleLength){x, (a - x) + b};
}

static DoubleLength two_product(double x, double y) {
    double z = x * y;
    return (DoubleLength){z, fma(x, y, -z)};
}

/* The Euclidean norm of vec[0..n) (all finite, |v| <= max), CPython's vector_norm:
 * scale to [0.5, 1), sum the squares exactly in a double-double, take the root and
 * correct it once with the exact residual. */
static double vector_norm(size_t n, double *vec, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {        /* subnormal: scale up first so ldexp stays finite */
        for (size_t i = 0; i < n; i++) vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = vec[i] * scale;
        DoubleLength pr = two_product(x, x);
        DoubleLength sm = fast_two_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    DoubleLength pr = two_product(-h, h);
    DoubleLength sm = fast_two_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

MATH_FN(math_hypot) {
    if (!check_no_kwargs("hypot", kwnames)) return NULLV;
    double small[16], *coords = nargs > 16 ? malloc(nargs * sizeof(double)) : small;
    if (!coords) return raise_no_memory();
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (!arg_double(args[i], &x)) {
            if (coords != small) free(coords);
            return NULLV;
        }
        x = fabs(x);
        coords[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    double r = vector_norm(nargs, coords, max, found_nan);
    if (coords != small) free(coords);
    return v_float(r);
}

MATH_FN(math_dist) {
    if (!n_args("dist", nargs, kwnames, 2, 2)) return NULLV;
    Tuple *p = seq_to_tuple(args[0]);
    if (!p) return NULLV;
    Tuple *q = seq_to_tuple(args[1]);
    if (!q) return NULLV;
    if (p->len != q->len)
        return raise_msg(&exc_ValueError, "both points must have the same number of dimensions");
    size_t n = p->len;
    double small[16], *diffs = n > 16 ? malloc(n * sizeof(double)) : small;
    if (!diffs) return raise_no_memory();
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double a, b;
        if (!arg_double(p->items[i], &a) || !arg_double(q->items[i], &b)) {
            if (diffs != small) free(diffs);
            return NULLV;
        }
        double x = fabs(a - b);
        diffs[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    double r = vector_norm(n, diffs, max, found_nan);
    if (diffs != small) free(diffs);
    return v_float(r);
}

/* math.fsum: Shewchuk's exact partial sums, then the correctly rounded total. */
MATH_FN(math_fsum) {
    if (!one_arg("math.fsum", nargs, kwnames)) return NULLV;
    Value it = obj_iter(args[0]);
    if (is_null(it)) return NULLV;
    size_t n = 0, cap = 32;
    double *partials = malloc(cap * sizeof(double));
    if (!partials) return raise_no_memory();
    double special_sum = 0.0, inf_sum = 0.0;
    Value result = NULLV;
    for (;;) {
        Value item = obj_next(it);
        if (is_null(item)) {
            if (err_occurred()) goto done;
            break;
        }
        double x;
        if (!arg_double(item, &x)) goto done;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = partials[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) partials[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* overflow of the sum, or an inf/nan among the items */
                if (isfinite(xsave)) {
                    raise_msg(&exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n == cap) {
                    double *grown = realloc(partials, 2 * cap * sizeof(double));
                    if (!grown) {
                        raise_no_memory();
                        goto done;
                    }
                    partials = grown;
                    cap *= 2;
                }
                partials[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) raise_msg(&exc_ValueError, "-inf + inf in fsum");
        else result = v_float(special_sum);
        goto done;
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = partials[--n];
        /* add from the top down until the sum is inexact */
        while (n > 0) {
            double x = hi, y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        /* round half-even across partials: an exact tie in hi + lo is broken by the
         * sign of the next partial down */
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    result = v_float(hi);
done:
    free(partials);
    return result;
}

/* Sum of products accumulated in triple-length precision. */
typedef struct { double hi, lo, tiny; } TripleLength;

static TripleLength tl_fma(double x, double y, TripleLength total) {
    DoubleLength pr = two_product(x, y);
    DoubleLength sm = two_sum(total.hi, pr.hi);
    DoubleLength r1 = two_sum(total.lo, pr.lo);
    DoubleLength r2 = two_sum(r1.hi, sm.lo);
    return (TripleLength){sm.hi, r2.hi, total.tiny + r1.lo + r2.lo};
}

static double tl_to_double(TripleLength t) {
    DoubleLength last = two_sum(t.lo, t.hi);
    return t.tiny + last.lo + last.hi;
}

/* math.sumprod: CPython's three lanes — exact int64 products, triple-length float
 * products, and generic + and * — with the same switching rules. */
MATH_FN(math_sumprod) {
    if (!n_args("sumprod", nargs, kwnames, 2, 2)) return NULLV;
    Value pit = obj_iter(args[0]);
    if (is_null(pit)) return NULLV;
    Value qit = obj_iter(args[1]);
    if (is_null(qit)) return NULLV;
    Value total = v_int(0);
    bool int_lane = true, flt_lane = true, int_used = false, flt_used = false;
    int64_t int_total = 0;
    TripleLength flt_total = {0.0, 0.0, 0.0};
    for (;;) {
        Value p = obj_next(pit);
        if (is_null(p) && err_occurred()) return NULLV;
        Value q = obj_next(qit);
        if (is_null(q) && err_occurred()) return NULLV;
        if (is_null(p) != is_null(q))
            return raise_msg(&exc_ValueError, "Inputs are not the same length");
        bool finished = is_null(p);
        if (int_lane) {
            if (!finished && is_int(p) && is_int(q)) {
                int64_t prod, sum;
                if (!__builtin_mul_overflow(p.u.i, q.u.i, &prod) &&
                    !__builtin_add_overflow(int_total, prod, &sum)) {
                    int_total = sum;
                    int_used = true;
                    continue;
                }
            }
            int_lane = false;
            if (int_used) {
                total = obj_binary_op(total, v_int(int_total), NB_ADD);
                if (is_null(total)) return NULLV;
                int_used = false;
            }
        }
        if (flt_lane) {
            if (!finished) {
                double x = 0, y = 0;
                bool ok = true;
                bool pf = is_float(p), qf = is_float(q);
                bool pi = is_int(p) || is_bigint(p) || is_bool(p);
                bool qi = is_int(q) || is_bigint(q) || is_bool(q);
                if (pf && qf) {
                    x = p.u.f;
                    y = q.u.f;
                } else if (pf && qi) {
                    x = p.u.f;
                    ok = int_to_double(q, &y);
                } else if (qf && pi) {
                    y = q.u.f;
                    ok = int_to_double(p, &x);
                } else {
                    ok = false;
                }
                if (!ok) err_clear();
                if (ok) {
                    TripleLength t = tl_fma(x, y, flt_total);
                    if (isfinite(t.hi)) {
                        flt_total = t;
                        flt_used = true;
                        continue;
                    }
                }
            }
            flt_lane = false;
            if (flt_used) {
                total = obj_binary_op(total, v_float(tl_to_double(flt_total)), NB_ADD);
                if (is_null(total)) return NULLV;
                flt_used = false;
            }
        }
        if (finished) return total;
        Value term = obj_binary_op(p, q, NB_MULTIPLY);
        if (is_null(term)) return NULLV;
        total = obj_binary_op(total, term, NB_ADD);
        if (is_null(total)) return NULLV;
    }
}

MATH_FN(math_prod) {
    static const char *const kw[] = {"iterable", "start"};
    static const ArgSpec spec = {"prod", kw, 2, 1, 1, 1};
    Value a[2];
    if (!bind_exact(&spec, 1, args, nargs, kwnames, a)) return NULLV;
    Value result = is_null(a[1]) ? v_int(1) : a[1];
    Value it = obj_iter(a[0]);
    if (is_null(it)) return NULLV;
    for (;;) {
        Value item = obj_next(it);
        if (is_null(item)) return err_occurred() ? NULLV : result;
        result = obj_binary_op(result, item, NB_MULTIPLY);
        if (is_null(result)) return NULLV;
    }
}

/* ---------------------------------------------------------------- integer functions */

/* Convert args to ints through __index__ into z (initialized by the caller). */
static bool arg_mpz(Value v, mpz_t z) {
    Value i = obj_index(v);
    if (is_null(i)) return false;
    int_to_mpz(i, z);
    return true;
}

static Value gcd_or_lcm(Value *args, size_t nargs, Tuple *kwnames, const char *name, bool lcm) {
    if (!check_no_kwargs(name, kwnames)) return NULLV;
    mpz_t acc, x;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    mpz_init(x);
    Value result = NULLV;
    for (size_t i = 0; i < nargs; i++) {
        if (!arg_mpz(args[i], x)) goto done;
        if (lcm) {
            if (mpz_sizeinbase(acc, 2) + mpz_sizeinbase(x, 2) > MATH_MAX_BITS) {
                raise_msg(&exc_MemoryError, "");
                goto done;
            }
            mpz_lcm(acc, acc, x);
        } else {
            mpz_gcd(acc, acc, x);
        }
    }
    result = int_from_mpz(acc);
done:
    mpz_clears(acc, x, NULL);
    return result;
}

MATH_FN(math_gcd) { return gcd_or_lcm(args, nargs, kwnames, "gcd", false); }
MATH_FN(math_lcm) { return gcd_or_lcm(args, nargs, kwnames, "lcm", true); }

/* log2(n!) estimate, to refuse results GMP could not hold. */
static double log2_factorial(double n) {
    if (n < 2) return 0;
    return n * log2(n) - n * 1.4426950408889634 + 0.5 * log2(2 * 3.141592653589793 * n);
}

MATH_FN(math_factorial) {
    if (!one_arg("math.factorial", nargs, kwnames)) return NULLV;
    Value n = obj_index(args[0]);
    if (is_null(n)) return NULLV;
    if (int_sign(n) < 0)
        return raise_msg(&exc_ValueError, "factorial() not defined for negative values");
    if (!is_int(n))
        return raise_fmt(&exc_OverflowError, "factorial() argument should not exceed %lld",
                         (long long)LONG_MAX);
    if (log2_factorial((double)n.u.i) > MATH_MAX_BITS) return raise_msg(&exc_MemoryError, "");
    mpz_t r;
    mpz_init(r);
    mpz_fac_ui(r, (unsigned long)n.u.i);
    Value v = int_from_mpz(r);
    mpz_clear(r);
    return v;
}

/* n and k for comb/perm, validated; *k_small gets min(k, n - k) for comb. */
static bool comb_args(Value nv, Value kv, mpz_t n, mpz_t k) {
    if (!arg_mpz(nv, n) || !arg_mpz(kv, k)) return false;
    if (mpz_sgn(n) < 0) {
        raise_msg(&exc_ValueError, "n must be a non-negative integer");
        return false;
    }
    if (mpz_sgn(k) < 0) {
        raise_msg(&exc_ValueError, "k must be a non-negative integer");
        return false;
    }
    return true;
}

MATH_FN(math_comb) {
    if (!n_args("comb", nargs, kwnames, 2, 2)) return NULLV;
    mpz_t n, k, r;
    mpz_inits(n, k, r, NULL);
    Value result = NULLV;
    if (!comb_args(args[0], args[1], n, k)) goto done;
    if (mpz_cmp(k, n) > 0) {
        result = v_int(0);
        goto done;
    }
    mpz_sub(r, n, k);
    if (mpz_cmp(r, k) < 0) mpz_set(k, r);       /* k = min(k, n - k) */
    if (!mpz_fits_slong_p(k)) {
        raise_fmt(&exc_OverflowError, "min(n - k, k) must not exceed %lld", (long long)LONG_MAX);
        goto done;
    }
    if ((double)mpz_get_ui(k) * (double)mpz_sizeinbase(n, 2) > MATH_MAX_BITS) {
        raise_msg(&exc_MemoryError, "");
        goto done;
    }
    mpz_bin_ui(r, n, mpz_get_ui(k));
    result = int_from_mpz(r);
done:
    mpz_clears(n, k, r, NULL);
    return result;
}

MATH_FN(math_perm) {
    if (!n_args("perm", nargs, kwnames, 1, 2)) return NULLV;
    if (nargs == 1 || is_none(args[1])) return math_factorial(module, args, 1, NULL);
    mpz_t n, k, r, f;
    mpz_inits(n, k, r, f, NULL);
    Value result = NULLV;
    if (!comb_args(args[0], args[1], n, k)) goto done;
    if (mpz_cmp(k, n) > 0) {
        result = v_int(0);
        goto done;
    }
    if (!mpz_fits_slong_p(k)) {
        raise_fmt(&exc_OverflowError, "k must not exceed %lld", (long long)LONG_MAX);
        goto done;
    }
    if ((double)mpz_get_ui(k) * (double)mpz_sizeinbase(n, 2) > MATH_MAX_BITS) {
        raise_msg(&exc_MemoryError, "");
        goto done;
    }
    mpz_bin_ui(r, n, mpz_get_ui(k));        /* n! / (n-k)! = C(n, k) * k! */
    mpz_fac_ui(f, mpz_get_ui(k));
    mpz_mul(r, r, f);
    result = int_from_mpz(r);
done:
    mpz_clears(n, k, r, f, NULL);
    return result;
}

MATH_FN(math_isqrt) {
    if (!one_arg("math.isqrt", nargs, kwnames)) return NULLV;
    mpz_t n;
    mpz_init(n);
    if (!arg_mpz(args[0], n)) {
        mpz_clear(n);
        return NULLV;
    }
    if (mpz_sgn(n) < 0) {
        mpz_clear(n);
        return raise_msg(&exc_ValueError, "isqrt() argument must be nonnegative");
    }
    mpz_sqrt(n, n);
    Value r = int_from_mpz(n);
    mpz_clear(n);
    return r;
}

/* ---------------------------------------------------------------- the module */

static const MethodDef math_functions[] = {
    {"acos", math_acos, 0, "Return the arc cosine (measured in radians) of x."},
    {"acosh", math_acosh, 0, "Return the inverse hyperbolic cosine of x."},
    {"asin", math_asin, 0, "Return the arc sine (measured in radians) of x."},
    {"asinh", math_asinh, 0, "Return the inverse hyperbolic sine of x."},
    {"atan", math_atan, 0, "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2, 0, "Return the arc tangent (measured in radians) of y/x."},
    {"atanh", math_atanh, 0, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", math_cbrt, 0, "Return the cube root of x."},
    {"ceil", math_ceil, 0, "Return the ceiling of x as an Integral."},
    {"comb", math_comb, 0, "Number of ways to choose k items from n items without repetition and without order."},
    {"copysign", math_copysign, 0, "Return a float with the magnitude (absolute value) of x but the sign of y."},
    {"cos", math_cos, 0, "Return the cosine of x (measured in radians)."},
    {"cosh", math_cosh, 0, "Return the hyperbolic cosine of x."},
    {"degrees", math_degrees, 0, "Convert angle x from radians to degrees."},
    {"dist", math_dist, 0, "Return the Euclidean distance between two points p and q."},
    {"erf", math_erf, 0, "Error function at x."},
    {"erfc", math_erfc, 0, "Complementary error function at x."},
    {"exp", math_exp, 0, "Return e raised to the power of x."},
    {"exp2", math_exp2, 0, "Return 2 raised to the power of x."},
    {"expm1", math_expm1, 0, "Return exp(x)-1."},
    {"fabs", math_fabs, 0, "Return the absolute value of the float x."},
    {"factorial", math_factorial, 0, "Find n!."},
    {"floor", math_floor, 0, "Return the floor of x as an Integral."},
    {"fma", math_fma, 0, "Fused multiply-add operation."},
    {"fmod", math_fmod, 0, "Return fmod(x, y), according to platform C."},
    {"frexp", math_frexp, 0, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"fsum", math_fsum, 0, "Return an accurate floating-point sum of values in the iterable seq."},
    {"gamma", math_gamma, 0, "Gamma function at x."},
    {"gcd", math_gcd, 0, "Greatest Common Divisor."},
    {"hypot", math_hypot, 0, "Multidimensional Euclidean distance from the origin to a point."},
    {"isclose", math_isclose, 0, "Determine whether two floating-point numbers are close in value."},
    {"isfinite", math_isfinite, 0, "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", math_isinf, 0, "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", math_isnan, 0, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isqrt", math_isqrt, 0, "Return the integer part of the square root of the input."},
    {"lcm", math_lcm, 0, "Least Common Multiple."},
    {"ldexp", math_ldexp, 0, "Return x * (2**i)."},
    {"lgamma", math_lgamma, 0, "Natural logarithm of absolute value of Gamma function at x."},
    {"log", math_log, 0, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
    {"log10", math_log10, 0, "Return the base 10 logarithm of x."},
    {"log1p", math_log1p, 0, "Return the natural logarithm of 1+x (base e)."},
    {"log2", math_log2, 0, "Return the base 2 logarithm of x."},
    {"modf", math_modf, 0, "Return the fractional and integer parts of x."},
    {"nextafter", math_nextafter, 0, "Return the floating-point value the given number of steps after x towards y."},
    {"perm", math_perm, 0, "Number of ways to choose k items from n items without repetition and with order."},
    {"pow", math_pow, 0, "Return x**y (x to the power of y)."},
    {"prod", math_prod, 0, "Calculate the product of all the elements in the input iterable."},
    {"radians", math_radians, 0, "Convert angle x from degrees to radians."},
    {"remainder", math_remainder, 0, "Difference between x and the closest integer multiple of y."},
    {"sin", math_sin, 0, "Return the sine of x (measured in radians)."},
    {"sinh", math_sinh, 0, "Return the hyperbolic sine of x."},
    {"sqrt", math_sqrt, 0, "Return the square root of x."},
    {"sumprod", math_sumprod, 0, "Return the sum of products of values from two iterables p and q."},
    {"tan", math_tan, 0, "Return the tangent of x (measured in radians)."},
    {"tanh", math_tanh, 0, "Return the hyperbolic tangent of x."},
    {"trunc", math_trunc, 0, "Truncates the Real x to the nearest Integral toward 0."},
    {"ulp", math_ulp, 0, "Return the value of the least significant bit of the float x."},
    {NULL, NULL, 0, NULL},
};

Value module_init_math(void) {
    Value m = module_new("math");
    if (is_null(m)) return NULLV;
    if (!module_add_functions(m, math_functions) ||
        !module_add_value(m, "pi", v_float(3.141592653589793238462643383279502884)) ||
        !module_add_value(m, "e", v_float(2.718281828459045235360287471352662498)) ||
        !module_add_value(m, "tau", v_float(6.283185307179586476925286766559005768)) ||
        !module_add_value(m, "inf", v_float(INFINITY)) ||
        !module_add_value(m, "nan", v_float(NAN)))
        return NULLV;
    return m;
}
