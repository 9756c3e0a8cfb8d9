/* int.c — int (int64 unboxed, GMP BigInt beyond), bool, and NoneType.
 *
 * Canonical form: every int that fits in int64 is a small (TAG_INT) value, so a BigInt
 * always lies outside int64 range.  Helpers below take "canonical" ints (small or BigInt)
 * unless they say otherwise; int_value() turns any int-like value (bool, int subclass
 * instance) into one.
 */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "error.h"
#include "gc.h"
#include "num.h"
#include "str.h"

_Static_assert(sizeof(long) == 8, "GMP's si/ui functions must cover int64");

int64_t int_max_str_digits = 4300;

/* Results above this many bits raise MemoryError rather than letting GMP abort the
 * process when it cannot allocate. */
#define INT_MAX_BITS ((uint64_t)1 << 32)

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

/* ---------------------------------------------------------------- representation */

static void int_trace(Obj *o) {
    if (o->type == &type_int) return;   /* BigInt: limbs are malloc'd, nothing to mark */
    gc_mark_value(((IntSub *)o)->value);
    size_t off = o->type->dictoffset;
    if (off) gc_mark_obj(*(Dict **)((char *)o + off));
}

static void int_finalize(Obj *o) {
    if (o->type != &type_int) return;   /* subclass instances own no limbs */
    BigInt *b = (BigInt *)o;
    gc_note_external(-(int64_t)((size_t)b->z->_mp_alloc * sizeof(mp_limb_t)));
    mpz_clear(b->z);
}

bool is_int_like(Value v) {
    return v.tag == TAG_INT || v.tag == TAG_BOOL ||
           (v.tag == TAG_OBJ && (v.u.o->type->flags & TPF_INT_SUBCLASS));
}

Value int_value(Value v) {
    if (v.tag == TAG_BOOL) return v_int(v.u.i);
    if (v.tag == TAG_OBJ && v.u.o->type != &type_int) {
        Value x = ((IntSub *)v.u.o)->value;
        return is_null(x) ? v_int(0) : x;   /* built by object.__new__: treat as 0 */
    }
    return v;
}

static BigInt *as_big(Value v) { return (BigInt *)v.u.o; }

/* A BigInt taking over the limbs of z (z is left cleared), or a small int. */
static Value int_take_mpz(mpz_t z) {
    if (mpz_fits_slong_p(z)) {
        Value r = v_int(mpz_get_si(z));
        mpz_clear(z);
        return r;
    }
    BigInt *b = gc_alloc(&type_int, sizeof(BigInt));
    if (!b) {
        mpz_clear(z);
        return NULLV;
    }
    b->z[0] = z[0];
    gc_note_external((int64_t)((size_t)b->z->_mp_alloc * sizeof(mp_limb_t)));
    return v_obj(b);
}

Value int_from_mpz(const mpz_t z) {
    if (mpz_fits_slong_p(z)) return v_int(mpz_get_si(z));
    mpz_t copy;
    mpz_init_set(copy, z);
    return int_take_mpz(copy);
}

void int_to_mpz(Value v, mpz_t out) {
    v = int_value(v);
    if (is_int(v)) mpz_set_si(out, v.u.i);
    else mpz_set(out, as_big(v)->z);
}

/* A read-only mpz for a canonical int: a BigInt lends its own, a small int is stored in
 * `tmp` (initialized by the caller). */
static mpz_srcptr int_view(Value v, mpz_ptr tmp) {
    if (is_int(v)) {
        mpz_set_si(tmp, v.u.i);
        return tmp;
    }
    return as_big(v)->z;
}

int int_sign(Value v) {
    v = int_value(v);
    if (is_int(v)) return (v.u.i > 0) - (v.u.i < 0);
    return mpz_sgn(as_big(v)->z);
}

int int_compare(Value a, Value b) {
    a = int_value(a);
    b = int_value(b);
    if (is_int(a) && is_int(b)) return (a.u.i > b.u.i) - (a.u.i < b.u.i);
    int c;
    if (is_int(a)) c = -mpz_cmp_si(as_big(b)->z, a.u.i);
    else if (is_int(b)) c = mpz_cmp_si(as_big(a)->z, b.u.i);
    else c = mpz_cmp(as_big(a)->z, as_big(b)->z);
    return (c > 0) - (c < 0);
}

/* Bits of |v|, as int.bit_length(). */
static uint64_t int_bit_length(Value v) {
    if (is_int(v)) {
        uint64_t m = v.u.i < 0 ? -(uint64_t)v.u.i : (uint64_t)v.u.i;
        return m ? 64 - (uint64_t)__builtin_clzll(m) : 0;
    }
    return mpz_sizeinbase(as_big(v)->z, 2);
}

/* ---------------------------------------------------------------- int <-> double */

double mpz_scaled_to_double(mpz_srcptr m, int64_t e, bool sticky, bool *overflow) {
    *overflow = false;
    if (mpz_sgn(m) == 0) return 0.0;
    int64_t n = (int64_t)mpz_sizeinbase(m, 2);
    if (n + e > 1024) {
        *overflow = true;
        return HUGE_VAL;
    }
    int64_t ue = n + e - 53;            /* exponent of the result's last place */
    if (ue < -1074) ue = -1074;         /* subnormals keep fewer bits */
    int64_t shift = ue - e;
    double d;
    if (shift <= 0) {
        d = ldexp(mpz_get_d(m), (int)e);   /* at most 53 bits: exact */
    } else {
        mpz_t q;
        mpz_init(q);
        mpz_tdiv_q_2exp(q, m, (mp_bitcnt_t)shift);
        bool half = mpz_tstbit(m, (mp_bitcnt_t)shift - 1);
        bool rest = sticky || (int64_t)mpz_scan1(m, 0) < shift - 1;
        if (half && (rest || mpz_odd_p(q))) mpz_add_ui(q, q, 1);
        d = ldexp(mpz_get_d(q), (int)ue);
        mpz_clear(q);
    }
    if (isinf(d)) *overflow = true;
    return d;
}

bool int_to_double(Value v, double *out) {
    v = int_value(v);
    if (is_int(v)) {
        *out = (double)v.u.i;       /* the FPU rounds half-even */
        return true;
    }
    mpz_srcptr z = as_big(v)->z;
    mpz_t m;
    mpz_init(m);
    mpz_abs(m, z);
    bool overflow;
    double d = mpz_scaled_to_double(m, 0, false, &overflow);
    mpz_clear(m);
    if (overflow) {
        raise_msg(&exc_OverflowError, "int too large to convert to float");
        return false;
    }
    *out = mpz_sgn(z) < 0 ? -d : d;
    return true;
}

Value int_from_double(double d) {
    if (isnan(d)) return raise_msg(&exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(d)) return raise_msg(&exc_OverflowError, "cannot convert float infinity to integer");
    d = trunc(d);
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0) return v_int((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return int_take_mpz(z);
}

/* ---------------------------------------------------------------- parsing */

/* Zero code points of the Unicode decimal digit runs (each run is 0..9). */
static const uint32_t unicode_digit_zeros[] = {
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6,
    0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0,
    0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0,
    0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0,
    0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50,
    0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
    0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950, 0x1fbf0,
};

int num_decimal_value(uint32_t cp) {
    size_t lo = 0, hi = sizeof unicode_digit_zeros / sizeof *unicode_digit_zeros;
    while (lo < hi) {       /* last zero <= cp */
        size_t mid = (lo + hi) / 2;
        if (unicode_digit_zeros[mid] <= cp) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return -1;
    uint32_t z = unicode_digit_zeros[lo - 1];
    return cp - z < 10 ? (int)(cp - z) : -1;
}

static bool unicode_space(uint32_t cp) {
    return (cp >= 0x9 && cp <= 0xd) || (cp >= 0x1c && cp <= 0x20) || cp == 0x85 ||
           cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 ||
           cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

char *num_ascii_copy(const char *s, size_t n, bool is_bytes_input, size_t *outlen) {
    char *buf = malloc(n + 1);
    if (!buf) {
        raise_no_memory();
        return NULL;
    }
    size_t j = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            buf[j++] = (!is_bytes_input && c >= 0x1c && c <= 0x1f) ? ' ' : (char)c;
            i++;
        } else if (is_bytes_input) {
            buf[j++] = '\x01';
            i++;
        } else {
            uint32_t cp;
            size_t k = utf8_decode(s + i, &cp);
            i += k ? k : 1;
            int d = num_decimal_value(cp);
            buf[j++] = d >= 0 ? (char)('0' + d) : unicode_space(cp) ? ' ' : '\x01';
        }
    }
    buf[j] = 0;
    *outlen = j;
    return buf;
}

static bool ascii_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static Value raise_str_digits_limit(int64_t ndigits) {
    return raise_fmt(&exc_ValueError,
                     "Exceeds the limit (%lld digits) for integer string conversion: value "
                     "has %lld digits; use sys.set_int_max_str_digits() to increase the limit",
                     (long long)int_max_str_digits, (long long)ndigits);
}

static Value raise_invalid_literal(const char *s, size_t n, int base, Value orig) {
    if (is_null(orig)) {
        Str *str = str_new(s, n);
        if (!str) return NULLV;
        orig = v_str(str);
    }
    Value r = obj_repr(orig);
    if (is_null(r)) return NULLV;
    Str *rs = as_str(r);
    if (rs->len > 200) rs = str_substring(rs, 0, 200);
    if (!rs) return NULLV;
    return raise_fmt(&exc_ValueError, "invalid literal for int() with base %d: %s", base,
                     rs->data);
}

/* Parse the digits of an ASCII int literal (no sign, no spaces, no prefix) that the
 * caller checked; underscores between digits are skipped. */
static Value int_parse_digits(const char *p, const char *end, int base, bool negative) {
    size_t n = (size_t)(end - p);
    /* the common short case in int64: n digits stay below base**n <= 2**63 */
    static const unsigned char small_digits[37] = {
        0, 0, 63, 39, 31, 27, 24, 22, 21, 19, 18, 18, 17, 17, 16, 16, 15, 15, 15, 14, 14,
        14, 14, 13, 13, 13, 13, 13, 13, 12, 12, 12, 12, 12, 12, 12, 12,
    };
    if (n <= small_digits[base]) {
        int64_t v = 0;
        for (; p < end; p++)
            if (*p != '_') v = v * base + digit_value(*p);
        return v_int(negative ? -v : v);
    }
    char *buf = malloc(n + 1);
    if (!buf) return raise_no_memory();
    size_t j = 0;
    for (; p < end; p++)
        if (*p != '_') buf[j++] = *p;
    buf[j] = 0;
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, buf, base);
    free(buf);
    if (negative) mpz_neg(z, z);
    return int_take_mpz(z);
}

/* int(s, base) on an ASCII buffer; `orig` (or s itself) names the value in errors. */
static Value int_parse_ascii(const char *s, size_t n, int base, const char *os, size_t on,
                             Value orig) {
    int shown_base = base;
    const char *p = s, *end = s + n;
    while (p < end && ascii_space(*p)) p++;
    while (end > p && ascii_space(end[-1])) end--;
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
    bool prefixed = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            prefixed = true;
        }
    }
    bool leading_zero_ok = true;
    if (base == 0) {
        base = 10;
        /* "0", "00", "0_0" are fine; "010" is not (no octal literals). */
        if (p < end && *p == '0') {
            const char *q = p;
            while (q < end && (*q == '0' || *q == '_')) q++;
            if (q < end && digit_value(*q) < 10) leading_zero_ok = false;
        }
    }
    /* digits with single underscores between them (one may follow the prefix) */
    const char *digits = p;
    int64_t ndigits = 0;
    bool ok = leading_zero_ok;
    if (prefixed && p < end && *p == '_') p++;
    while (p < end) {
        if (digit_value(*p) < base) {
            ndigits++;
            p++;
        } else if (*p == '_' && ndigits > 0 && p + 1 < end && digit_value(p[1]) < base) {
            p++;
        } else {
            break;
        }
    }
    if (p != end || ndigits == 0) ok = false;
    if (ok && int_max_str_digits > 0 && ndigits > int_max_str_digits &&
        (base & (base - 1)) != 0)
        return raise_str_digits_limit(ndigits);
    if (!ok) return raise_invalid_literal(os, on, shown_base, orig);
    if (prefixed && *digits == '_') digits++;
    return int_parse_digits(digits, end, base, negative);
}

static Value int_parse(const char *s, size_t n, int base, Value orig) {
    if (base != 0 && (base < 2 || base > 36))
        return raise_msg(&exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    size_t an;
    char *ascii = num_ascii_copy(s, n, is_bytes(orig) || is_type(orig, &type_bytearray), &an);
    if (!ascii) return NULLV;
    Value r = int_parse_ascii(ascii, an, base, s, n, orig);
    free(ascii);
    return r;
}

Value int_from_str(const char *s, size_t n, int base) {
    return int_parse(s, n, base, NULLV);
}

/* sys.set_int_max_str_digits(maxdigits) / sys.get_int_max_str_digits(), for sys's
 * method table. */
Value int_set_max_str_digits(__attribute__((unused)) Value module, Value *args, size_t nargs,
                             Tuple *kwnames) {
    static const char *const kw[] = {"maxdigits"};
    static const ArgSpec spec = {"set_int_max_str_digits", kw, 1, 0, 1, 1};
    Value a[1];
    if (!bind_args(&spec, args, nargs, kwnames, a)) return NULLV;
    Value v = obj_index(a[0]);
    if (is_null(v)) return NULLV;
    if (!is_int(v) || v.u.i > INT32_MAX || v.u.i < INT32_MIN)
        return raise_msg(&exc_OverflowError, "Python int too large to convert to C int");
    if (v.u.i != 0 && v.u.i < 640)
        return raise_msg(&exc_ValueError, "maxdigits must be 0 or larger than 640");
    int_max_str_digits = v.u.i;
    return NONE;
}

Value int_get_max_str_digits(__attribute__((unused)) Value module,
                             __attribute__((unused)) Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_no_kwargs("get_int_max_str_digits", kwnames) ||
        !check_nargs("get_int_max_str_digits", nargs, 0, 0))
        return NULLV;
    return v_int(int_max_str_digits);
}

/* ---------------------------------------------------------------- to string */

static Value raise_str_limit(void) {
    return raise_fmt(&exc_ValueError,
                     "Exceeds the limit (%lld digits) for integer string conversion; use "
                     "sys.set_int_max_str_digits() to increase the limit",
                     (long long)int_max_str_digits);
}

Str *int_to_str_base(Value v, int base, bool prefix) {
    v = int_value(v);
    char small[80];
    char *buf = small, *digits;
    bool negative;
    if (is_int(v)) {
        uint64_t m = v.u.i < 0 ? -(uint64_t)v.u.i : (uint64_t)v.u.i;
        negative = v.u.i < 0;
        char *p = small + sizeof small;
        *--p = 0;
        do {
            *--p = "0123456789abcdef"[m % (unsigned)base];
            m /= (unsigned)base;
        } while (m);
        digits = p;
    } else {
        mpz_srcptr z = as_big(v)->z;
        negative = mpz_sgn(z) < 0;
        size_t est = mpz_sizeinbase(z, base);
        if (base == 10 && int_max_str_digits > 0 && est > (size_t)int_max_str_digits + 1) {
            raise_str_limit();
            return NULL;
        }
        buf = malloc(est + 2);
        if (!buf) {
            raise_no_memory();
            return NULL;
        }
        mpz_get_str(buf, base, z);
        digits = buf + negative;    /* skip GMP's '-' */
        if (base == 10 && int_max_str_digits > 0 &&
            strlen(digits) > (size_t)int_max_str_digits) {
            free(buf);
            raise_str_limit();
            return NULL;
        }
    }
    StrBuf sb;
    strbuf_init(&sb);
    if (negative) strbuf_addc(&sb, '-');
    if (prefix && base != 10) strbuf_adds(&sb, base == 16 ? "0x" : base == 8 ? "0o" : "0b");
    strbuf_adds(&sb, digits);
    if (buf != small) free(buf);
    return strbuf_finish(&sb);
}

static Value int_repr(Value self) {
    Str *s = int_to_str_base(self, 10, false);
    return s ? v_str(s) : NULLV;
}

/* ---------------------------------------------------------------- arithmetic */

static Value raise_negative_shift(void) {
    return raise_msg(&exc_ValueError, "negative shift count");
}

static bool pow_small(int64_t base, int64_t exp, int64_t *out) {
    int64_t result = 1;
    for (;;) {
        if ((exp & 1) && __builtin_mul_overflow(result, base, &result)) return false;
        exp >>= 1;
        if (!exp) break;
        /* a squared base that overflows would overflow the result too (|base| >= 2) */
        if (__builtin_mul_overflow(base, base, &base)) return false;
    }
    *out = result;
    return true;
}

/* a / b for ints, correctly rounded (CPython's long_true_divide gives the same). */
static Value int_true_divide(mpz_srcptr a, mpz_srcptr b) {
    if (mpz_sgn(b) == 0) return raise_msg(&exc_ZeroDivisionError, "division by zero");
    bool negative = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0) return v_float(negative ? -0.0 : 0.0);
    int64_t e = (int64_t)mpz_sizeinbase(a, 2) - (int64_t)mpz_sizeinbase(b, 2);
    if (e > 1025)
        return raise_msg(&exc_OverflowError, "integer division result too large for a float");
    if (e < -1076) return v_float(negative ? -0.0 : 0.0);   /* below half the least subnormal */
    /* q = |a| / |b| * 2**-k with 55 or 56 bits: two bits below the 53 kept, plus sticky */
    int64_t k = e - 55;
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, NULL);
    mpz_abs(num, a);
    mpz_abs(den, b);
    if (k < 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)-k);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)k);
    mpz_tdiv_qr(q, r, num, den);
    bool overflow;
    double d = mpz_scaled_to_double(q, k, mpz_sgn(r) != 0, &overflow);
    mpz_clears(num, den, q, r, NULL);
    if (overflow)
        return raise_msg(&exc_OverflowError, "integer division result too large for a float");
    return v_float(negative ? -d : d);
}

/* a ** b with b < 0: CPython hands it to float pow. */
static Value int_pow_negative(Value a, Value b) {
    double x, y;
    if (!int_to_double(a, &x) || !int_to_double(b, &y)) return NULLV;
    return float_binop(x, y, NB_POWER);
}

/* The slow path of int_binop, on GMP integers. */
static Value int_binop_big(Value a, Value b, int op) {
    mpz_t ta, tb, r;
    mpz_inits(ta, tb, r, NULL);
    mpz_srcptr x = int_view(a, ta), y = int_view(b, tb);
    Value result = NULLV;
    switch (op) {
    case NB_ADD: mpz_add(r, x, y); break;
    case NB_SUBTRACT: mpz_sub(r, x, y); break;
    case NB_MULTIPLY:
        if (mpz_sizeinbase(x, 2) + mpz_sizeinbase(y, 2) > INT_MAX_BITS) goto nomem;
        mpz_mul(r, x, y);
        break;
    case NB_FLOOR_DIVIDE:
        if (mpz_sgn(y) == 0) goto zerodiv;
        mpz_fdiv_q(r, x, y);
        break;
    case NB_REMAINDER:
        if (mpz_sgn(y) == 0) {
            raise_msg(&exc_ZeroDivisionError, "integer modulo by zero");
            goto done;
        }
        mpz_fdiv_r(r, x, y);
        break;
    case NB_AND: mpz_and(r, x, y); break;
    case NB_OR: mpz_ior(r, x, y); break;
    case NB_XOR: mpz_xor(r, x, y); break;
    case NB_LSHIFT:
        if (mpz_sgn(y) < 0) {
            raise_negative_shift();
            goto done;
        }
        if (mpz_sgn(x) == 0) break;
        if (!mpz_fits_ulong_p(y) || mpz_sizeinbase(x, 2) + mpz_get_ui(y) > INT_MAX_BITS)
            goto nomem;
        mpz_mul_2exp(r, x, mpz_get_ui(y));
        break;
    case NB_RSHIFT:
        if (mpz_sgn(y) < 0) {
            raise_negative_shift();
            goto done;
        }
        if (!mpz_fits_ulong_p(y) || mpz_get_ui(y) >= mpz_sizeinbase(x, 2) + 1)
            mpz_set_si(r, mpz_sgn(x) < 0 ? -1 : 0);
        else
            mpz_fdiv_q_2exp(r, x, mpz_get_ui(y));
        break;
    case NB_POWER:
        if (mpz_sgn(y) < 0) {
            result = int_pow_negative(a, b);
            goto done;
        }
        if (mpz_cmpabs_ui(x, 1) <= 0) {     /* 0, 1, -1: any exponent */
            if (mpz_sgn(x) == 0) mpz_set_ui(r, mpz_sgn(y) == 0);
            else if (mpz_sgn(x) > 0 || mpz_even_p(y)) mpz_set_ui(r, 1);
            else mpz_set_si(r, -1);
            break;
        }
        if (!mpz_fits_ulong_p(y) ||
            (mpz_sizeinbase(x, 2) - 1) * (double)mpz_get_ui(y) > (double)INT_MAX_BITS)
            goto nomem;
        mpz_pow_ui(r, x, mpz_get_ui(y));
        break;
    case NB_TRUE_DIVIDE:
        result = int_true_divide(x, y);
        goto done;
    default:
        result = NotImplemented;
        goto done;
    }
    mpz_clears(ta, tb, NULL);
    return int_take_mpz(r);
zerodiv:
    raise_msg(&exc_ZeroDivisionError, "integer division or modulo by zero");
    goto done;
nomem:
    raise_msg(&exc_MemoryError, "");
done:
    mpz_clears(ta, tb, r, NULL);
    return result;
}

/* a OP b for canonical ints. */
static Value int_binop(Value a, Value b, int op) {
    if (is_int(a) && is_int(b)) {
        int64_t x = a.u.i, y = b.u.i, r;
        switch (op) {
        case NB_ADD:
            if (!__builtin_add_overflow(x, y, &r)) return v_int(r);
            break;
        case NB_SUBTRACT:
            if (!__builtin_sub_overflow(x, y, &r)) return v_int(r);
            break;
        case NB_MULTIPLY:
            if (!__builtin_mul_overflow(x, y, &r)) return v_int(r);
            break;
        case NB_FLOOR_DIVIDE:
            if (y == 0)
                return raise_msg(&exc_ZeroDivisionError, "integer division or modulo by zero");
            if (x == INT64_MIN && y == -1) break;
            r = x / y;
            if (x % y != 0 && ((x < 0) != (y < 0))) r--;
            return v_int(r);
        case NB_REMAINDER:
            if (y == 0) return raise_msg(&exc_ZeroDivisionError, "integer modulo by zero");
            if (y == -1) return v_int(0);
            r = x % y;
            if (r != 0 && ((r < 0) != (y < 0))) r += y;
            return v_int(r);
        case NB_AND: return v_int(x & y);
        case NB_OR: return v_int(x | y);
        case NB_XOR: return v_int(x ^ y);
        case NB_LSHIFT:
            if (y < 0) return raise_negative_shift();
            if (x == 0) return v_int(0);
            if (y < 63 && !__builtin_mul_overflow(x, (int64_t)1 << y, &r)) return v_int(r);
            break;
        case NB_RSHIFT:
            if (y < 0) return raise_negative_shift();
            return v_int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
        case NB_POWER:
            if (y < 0) return int_pow_negative(a, b);
            if (pow_small(x, y, &r)) return v_int(r);
            break;
        case NB_TRUE_DIVIDE:
            if (y == 0) return raise_msg(&exc_ZeroDivisionError, "division by zero");
            if (x >= -(1LL << 53) && x <= (1LL << 53) && y >= -(1LL << 53) && y <= (1LL << 53))
                return v_float((double)x / (double)y);  /* exact operands: one rounding */
            break;
        case NB_MATRIX_MULTIPLY:
            return NotImplemented;
        }
    }
    return int_binop_big(a, b, op);
}

static Value int_neg_value(Value v) {
    v = int_value(v);
    if (is_int(v) && v.u.i != INT64_MIN) return v_int(-v.u.i);
    mpz_t r;
    mpz_init(r);
    int_to_mpz(v, r);
    mpz_neg(r, r);
    return int_take_mpz(r);
}

static Value int_abs_value(Value v) {
    return int_sign(v) < 0 ? int_neg_value(v) : int_value(v);
}

static Value int_invert_value(Value v) {
    v = int_value(v);
    if (is_int(v)) return v_int(~v.u.i);
    mpz_t r;
    mpz_init(r);
    mpz_com(r, as_big(v)->z);
    return int_take_mpz(r);
}

/* pow(a, b, m) for canonical ints. */
static Value int_pow_mod(Value a, Value b, Value m) {
    if (int_sign(m) == 0) return raise_msg(&exc_ValueError, "pow() 3rd argument cannot be 0");
    mpz_t x, y, z, r;
    mpz_inits(x, y, z, r, NULL);
    int_to_mpz(a, x);
    int_to_mpz(b, y);
    int_to_mpz(m, z);
    bool negative_mod = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    if (mpz_sgn(y) < 0) {
        if (!mpz_invert(x, x, z) && mpz_cmp_ui(z, 1) != 0) {
            mpz_clears(x, y, z, r, NULL);
            return raise_msg(&exc_ValueError, "base is not invertible for the given modulus");
        }
        mpz_neg(y, y);
    }
    mpz_powm(r, x, y, z);
    if (negative_mod && mpz_sgn(r) != 0) mpz_sub(r, r, z);
    mpz_clears(x, y, z, NULL);
    return int_take_mpz(r);
}

/* ---------------------------------------------------------------- mixed numbers */

bool num_is_float_like(Value v) {
    return v.tag == TAG_FLOAT || (v.tag == TAG_OBJ && type_is_subtype(v.u.o->type, &type_float));
}

double float_value(Value v) {
    return is_float(v) ? v.u.f : ((FloatSub *)v.u.o)->value;
}

int num_to_double(Value v, double *out) {
    if (is_float(v)) {
        *out = v.u.f;
        return 1;
    }
    if (is_int_like(v)) return int_to_double(v, out) ? 1 : -1;
    if (num_is_float_like(v)) {
        *out = float_value(v);
        return 1;
    }
    return 0;
}

static bool is_bitwise(int op) {
    return op == NB_AND || op == NB_OR || op == NB_XOR || op == NB_LSHIFT || op == NB_RSHIFT;
}

/* Both operands numbers, at least one a float: float arithmetic. */
static Value mixed_binop(Value a, Value b, int op) {
    if (is_bitwise(op) || op == NB_MATRIX_MULTIPLY) return NotImplemented;
    double x, y;
    int ka = num_to_double(a, &x);
    if (ka <= 0) return ka ? NULLV : NotImplemented;
    int kb = num_to_double(b, &y);
    if (kb <= 0) return kb ? NULLV : NotImplemented;
    return float_binop(x, y, op);
}

static bool is_number(Value v) { return is_int_like(v) || num_is_float_like(v); }

Value num_binary_op(Value a, Value b, int op) {
    if (op >= NB_COUNT) op -= NB_COUNT;     /* numbers are immutable: a OP= b is a OP b */
    if (is_int(a) && is_int(b)) return int_binop(a, b, op);
    if (is_float(a) && is_float(b)) return float_binop(a.u.f, b.u.f, op);
    if (is_int_like(a) && is_int_like(b)) {
        if (is_bool(a) && is_bool(b)) {
            if (op == NB_AND) return v_bool(a.u.i & b.u.i);
            if (op == NB_OR) return v_bool(a.u.i | b.u.i);
            if (op == NB_XOR) return v_bool(a.u.i ^ b.u.i);
        }
        return int_binop(int_value(a), int_value(b), op);
    }
    if (is_number(a) && is_number(b)) return mixed_binop(a, b, op);
    return NotImplemented;
}

/* Ordering of an int against a double: -1, 0, 1, or 2 when unordered (NaN).  Exact
 * for every int and double. */
static int compare_int_double(Value i, double d) {
    if (isnan(d)) return 2;
    if (isinf(d)) return d > 0 ? -1 : 1;
    if (is_int(i) && i.u.i >= -(1LL << 53) && i.u.i <= (1LL << 53)) {
        double x = (double)i.u.i;
        return (x > d) - (x < d);
    }
    double fl = floor(d);
    mpz_t t, f;
    mpz_init(t);
    mpz_init_set_d(f, fl);
    int c = mpz_cmp(int_view(i, t), f);
    mpz_clears(t, f, NULL);
    if (c == 0 && d > fl) return -1;
    return (c > 0) - (c < 0);
}

static bool cmp_outcome(int c, int op) {
    if (c == 2) return op == CMP_NE;
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

static int compare_doubles(double x, double y) {
    if (x < y) return -1;
    if (x > y) return 1;
    if (x == y) return 0;
    return 2;
}

Value num_compare(Value a, Value b, int op) {
    int c;
    if (is_int(a) && is_int(b)) c = (a.u.i > b.u.i) - (a.u.i < b.u.i);
    else if (is_float(a) && is_float(b)) c = compare_doubles(a.u.f, b.u.f);
    else if (is_int_like(a) && is_int_like(b)) c = int_compare(a, b);
    else if (is_int_like(a) && num_is_float_like(b))
        c = compare_int_double(int_value(a), float_value(b));
    else if (num_is_float_like(a) && is_int_like(b)) {
        c = compare_int_double(int_value(b), float_value(a));
        if (c != 2) c = -c;
    } else if (num_is_float_like(a) && num_is_float_like(b)) {
        c = compare_doubles(float_value(a), float_value(b));
    }
    else return NotImplemented;
    return v_bool(cmp_outcome(c, op));
}

static int64_t hash_double(double d) {
    if (isinf(d)) return d > 0 ? 314159 : -314159;
    if (isnan(d)) {
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        return (int64_t)((bits ^ (bits >> 29)) & HASH_MODULUS);
    }
    /* d = m * 2**e; fold m into the modulus 28 bits at a time (2**61 ≡ 1) */
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & HASH_MODULUS) | x >> (61 - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static int64_t hash_int(Value v) {
    int64_t h;
    if (is_int(v)) {
        uint64_t m = v.u.i < 0 ? -(uint64_t)v.u.i : (uint64_t)v.u.i;
        h = (int64_t)(m % HASH_MODULUS);
        if (v.u.i < 0) h = -h;
    } else {
        mpz_srcptr z = as_big(v)->z;
        h = (int64_t)mpz_tdiv_ui(z, HASH_MODULUS);
        if (mpz_sgn(z) < 0) h = -h;
    }
    return h == -1 ? -2 : h;
}

bool num_hash(Value v, int64_t *out) {
    if (is_int_like(v)) *out = hash_int(int_value(v));
    else *out = hash_double(float_value(v));
    return true;
}

Value num_divmod(Value a, Value b) {
    if (is_int_like(a) && is_int_like(b)) {
        a = int_value(a);
        b = int_value(b);
        if (int_sign(b) == 0)
            return raise_msg(&exc_ZeroDivisionError, "integer division or modulo by zero");
        Value q = int_binop(a, b, NB_FLOOR_DIVIDE);
        if (is_null(q)) return NULLV;
        Value r = int_binop(a, b, NB_REMAINDER);
        if (is_null(r)) return NULLV;
        Tuple *t = tuple_pack(2, q, r);
        return t ? v_obj(t) : NULLV;
    }
    if (!is_number(a) || !is_number(b)) return NotImplemented;
    double x, y;
    if (num_to_double(a, &x) < 0 || num_to_double(b, &y) < 0) return NULLV;
    if (y == 0.0) return raise_msg(&exc_ZeroDivisionError, "float divmod()");
    Value q = float_binop(x, y, NB_FLOOR_DIVIDE), r = float_binop(x, y, NB_REMAINDER);
    Tuple *t = tuple_pack(2, q, r);
    return t ? v_obj(t) : NULLV;
}

Value num_pow3(Value a, Value b, Value m) {
    if (is_null(m) || is_none(m)) return num_binary_op(a, b, NB_POWER);
    if (is_int_like(a) && is_int_like(b) && is_int_like(m))
        return int_pow_mod(int_value(a), int_value(b), int_value(m));
    /* the operands' types in turn, as CPython's ternary_op: int declines, float and
     * complex refuse a modulus outright */
    Value ops[3] = {a, b, m};
    for (int i = 0; i < 3; i++) {
        if (num_is_float_like(ops[i]))
            return raise_msg(&exc_TypeError,
                             "pow() 3rd argument not allowed unless all arguments are integers");
        if (is_complex_like(ops[i])) return raise_msg(&exc_ValueError, "complex modulo");
    }
    return NotImplemented;
}

/* round(int, ndigits): ndigits >= 0 is the int itself; otherwise to a multiple of
 * 10**-ndigits, ties to even. */
static Value int_round(Value v, Value ndigits) {
    v = int_value(v);
    if (int_sign(ndigits) >= 0) return v;
    Value nd = int_value(ndigits);
    /* 10**k > 2*|v| once k > digits(v): the answer is 0 */
    uint64_t vdigits = int_bit_length(v) * 30103 / 100000 + 2;
    if (!is_int(nd) || (uint64_t)-(nd.u.i + 1) >= vdigits) return v_int(0);
    unsigned long k = (unsigned long)-nd.u.i;
    mpz_t x, p, q, r;
    mpz_inits(x, p, q, r, NULL);
    int_to_mpz(v, x);
    mpz_ui_pow_ui(p, 10, k);
    mpz_fdiv_qr(q, r, x, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    mpz_clears(x, p, r, NULL);
    return int_take_mpz(q);
}

Value num_round(Value v, Value ndigits) {
    if (!is_null(ndigits) && !is_none(ndigits)) {
        Value nd = obj_index(ndigits);
        if (is_null(nd)) return NULLV;
        ndigits = nd;
    } else {
        ndigits = NULLV;
    }
    if (is_int_like(v)) return is_null(ndigits) ? int_value(v) : int_round(v, ndigits);
    if (num_is_float_like(v)) return float_round_value(float_value(v), ndigits);
    return raise_fmt(&exc_TypeError, "type %s doesn't define __round__ method",
                     type_name_of(v));
}

/* ---------------------------------------------------------------- int(x) */

/* Look a special method up on type(v) and call it bound to v; NULLV without an
 * exception when the type has none. */
static Value call_special(Value v, Str *name, bool *found) {
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

/* int(s, base) for str and bytes; NULLV without an exception for other types. */
static Value int_from_buffer_value(Value v, int base) {
    if (is_str(v)) return int_parse(as_str(v)->data, as_str(v)->nbytes, base, v);
    if (is_bytes(v)) return int_parse(as_bytes(v)->data, as_bytes(v)->len, base, v);
    if (is_type(v, &type_bytearray)) {
        ByteArray *ba = (ByteArray *)as_obj(v);
        return int_parse(ba->data ? ba->data : "", ba->len, base, v);
    }
    if (is_obj(v) && (v.u.o->type->flags & TPF_STR_SUBCLASS)) {
        Value s = obj_call1(v_obj(&type_str), v);   /* the str value of a str subclass */
        if (is_null(s)) return NULLV;
        if (is_str(s)) return int_parse(as_str(s)->data, as_str(s)->nbytes, base, v);
    }
    return NULLV;
}

Value int_from_value(Value v) {
    if (is_int(v)) return v;
    if (is_bool(v)) return v_int(v.u.i);
    if (is_int_like(v) && type_of(v) == &type_int) return v;
    if (is_float(v)) return int_from_double(v.u.f);
    bool found;
    Value r = call_special(v, names.__int__, &found);
    if (found) {
        if (is_null(r)) return NULLV;
        if (!is_int_like(r))
            return raise_fmt(&exc_TypeError, "__int__ returned non-int (type %s)",
                             type_name_of(r));
        return int_value(r);
    }
    r = call_special(v, names.__index__, &found);
    if (found) {
        if (is_null(r)) return NULLV;
        if (!is_int_like(r))
            return raise_fmt(&exc_TypeError, "__index__ returned non-int (type %s)",
                             type_name_of(r));
        return int_value(r);
    }
    r = call_special(v, names.__trunc__, &found);
    if (found) {
        if (is_null(r)) return NULLV;
        if (is_int_like(r)) return int_value(r);
        Value i = call_special(r, names.__index__, &found);
        if (!found)
            return raise_fmt(&exc_TypeError, "__trunc__ returned non-Integral (type %s)",
                             type_name_of(r));
        if (is_null(i)) return NULLV;
        if (!is_int_like(i))
            return raise_fmt(&exc_TypeError, "__index__ returned non-int (type %s)",
                             type_name_of(i));
        return int_value(i);
    }
    r = int_from_buffer_value(v, 10);
    if (!is_null(r) || err_occurred()) return r;
    return raise_fmt(&exc_TypeError,
                     "int() argument must be a string, a bytes-like object or a real number, "
                     "not '%s'", type_name_of(v));
}

/* An instance of `type` (int or a subclass) holding the int value v. */
static Value int_instance(Type *type, Value v) {
    if (is_null(v) || type == &type_int) return v;
    IntSub *s = gc_alloc(type, type->basicsize);
    if (!s) return NULLV;
    s->value = int_value(v);
    return v_obj(s);
}

static Value int_new(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    static const char *const kw[] = {"", "base"};
    static const ArgSpec spec = {"int", kw, 2, 1, 0, 2};
    Value a[2];
    if (nargs > 2)
        return raise_fmt(&exc_TypeError, "int expected at most 2 arguments, got %zu", nargs);
    if (!bind_args(&spec, args, nargs, kwnames, a)) return NULLV;
    if (is_null(a[0])) {
        if (!is_null(a[1])) return raise_msg(&exc_TypeError, "int() missing string argument");
        return int_instance(type, v_int(0));
    }
    if (is_null(a[1])) return int_instance(type, int_from_value(a[0]));
    int64_t base;
    if (!obj_as_int64(a[1], &base)) {
        if (err_matches(&exc_OverflowError)) {
            err_clear();
            base = -1;
        } else {
            return NULLV;
        }
    }
    if (base != 0 && (base < 2 || base > 36))
        return raise_msg(&exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    Value r = int_from_buffer_value(a[0], (int)base);
    if (is_null(r) && !err_occurred())
        return raise_msg(&exc_TypeError, "int() can't convert non-string with explicit base");
    return int_instance(type, r);
}

/* ---------------------------------------------------------------- slots */

static Value int_slot(Value a, Value b, int op) {
    if (is_int(a) && is_int(b)) return int_binop(a, b, op);
    if (!is_int_like(a) || !is_int_like(b)) return NotImplemented;
    return int_binop(int_value(a), int_value(b), op);
}

#define X(name, sym, d, r, i) \
    static __attribute__((unused)) Value int_nb_##name(Value a, Value b) { \
        return int_slot(a, b, NB_##name); \
    }
BINARY_OPS(X)
#undef X
#define int_nb_MATRIX_MULTIPLY NULL     /* ints have no @ */

static Value int_richcompare(Value a, Value b, int op) {
    if (is_int(a) && is_int(b)) return v_bool(cmp_outcome((a.u.i > b.u.i) - (a.u.i < b.u.i), op));
    if (!is_int_like(a) || !is_int_like(b)) return NotImplemented;
    return v_bool(cmp_outcome(int_compare(a, b), op));
}

static bool int_hash_slot(Value self, int64_t *out) {
    *out = hash_int(int_value(self));
    return true;
}

static int int_bool_slot(Value self) { return int_sign(self) != 0; }
static Value int_pos(Value self) { return int_value(self); }
static Value int_index(Value self) { return int_value(self); }

/* ---------------------------------------------------------------- methods */

#define SELF_INT(self) int_value(self)

NUM_METHOD(int_bit_length_m, self) {
    if (!check_nargs("bit_length", nargs, 0, 0) || !check_no_kwargs("bit_length", kwnames))
        return NULLV;
    return v_int((int64_t)int_bit_length(SELF_INT(self)));
}

NUM_METHOD(int_bit_count_m, self) {
    if (!check_nargs("bit_count", nargs, 0, 0) || !check_no_kwargs("bit_count", kwnames))
        return NULLV;
    Value v = SELF_INT(self);
    if (is_int(v)) {
        uint64_t m = v.u.i < 0 ? -(uint64_t)v.u.i : (uint64_t)v.u.i;
        return v_int(__builtin_popcountll(m));
    }
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, as_big(v)->z);
    int64_t n = (int64_t)mpz_popcount(a);
    mpz_clear(a);
    return v_int(n);
}

NUM_METHOD(int_self_m, self) {
    if (!check_nargs("method", nargs, 0, 0) || !check_no_kwargs("method", kwnames)) return NULLV;
    return SELF_INT(self);
}

NUM_METHOD(int_true_m, self) {
    if (!check_nargs("is_integer", nargs, 0, 0) || !check_no_kwargs("is_integer", kwnames))
        return NULLV;
    return TRUEV;
}

NUM_METHOD(int_as_integer_ratio_m, self) {
    if (!check_nargs("as_integer_ratio", nargs, 0, 0) ||
        !check_no_kwargs("as_integer_ratio", kwnames))
        return NULLV;
    Tuple *t = tuple_pack(2, SELF_INT(self), v_int(1));
    return t ? v_obj(t) : NULLV;
}

NUM_METHOD(int_float_m, self) {
    if (!check_nargs("__float__", nargs, 0, 0) || !check_no_kwargs("__float__", kwnames))
        return NULLV;
    double d;
    return int_to_double(self, &d) ? v_float(d) : NULLV;
}

NUM_METHOD(int_getnewargs_m, self) {
    if (!check_nargs("__getnewargs__", nargs, 0, 0)) return NULLV;
    Tuple *t = tuple_pack(1, SELF_INT(self));
    return t ? v_obj(t) : NULLV;
}

NUM_METHOD(int_round_m, self) {
    if (!check_nargs("__round__", nargs, 0, 1) || !check_no_kwargs("__round__", kwnames))
        return NULLV;
    return num_round(SELF_INT(self), nargs ? args[0] : NULLV);
}

NUM_METHOD(int_format_m, self) {
    if (!check_nargs("__format__", nargs, 1, 1) || !check_no_kwargs("__format__", kwnames))
        return NULLV;
    if (!is_str(args[0]) && !(is_obj(args[0]) && (type_of(args[0])->flags & TPF_STR_SUBCLASS)))
        return raise_fmt(&exc_TypeError, "__format__() argument must be str, not %s",
                         type_name_of(args[0]));
    Str *spec = as_str(args[0]);
    if (spec->nbytes == 0) return obj_str(self);
    return num_format(self, spec);
}

NUM_METHOD(int_divmod_m, self) {
    if (!check_nargs("__divmod__", nargs, 1, 1) || !check_no_kwargs("__divmod__", kwnames))
        return NULLV;
    if (!is_int_like(args[0])) return NotImplemented;
    return num_divmod(self, args[0]);
}

NUM_METHOD(int_rdivmod_m, self) {
    if (!check_nargs("__rdivmod__", nargs, 1, 1) || !check_no_kwargs("__rdivmod__", kwnames))
        return NULLV;
    if (!is_int_like(args[0])) return NotImplemented;
    return num_divmod(args[0], self);
}

static Value int_pow_impl(Value base, Value exp, Value mod) {
    if (!is_int_like(base) || !is_int_like(exp)) return NotImplemented;
    if (is_null(mod) || is_none(mod)) return int_binop(int_value(base), int_value(exp), NB_POWER);
    if (!is_int_like(mod)) return NotImplemented;
    return int_pow_mod(int_value(base), int_value(exp), int_value(mod));
}

NUM_METHOD(int_pow_m, self) {
    if (!check_nargs("__pow__", nargs, 1, 2) || !check_no_kwargs("__pow__", kwnames))
        return NULLV;
    return int_pow_impl(self, args[0], nargs > 1 ? args[1] : NULLV);
}

NUM_METHOD(int_rpow_m, self) {
    if (!check_nargs("__rpow__", nargs, 1, 2) || !check_no_kwargs("__rpow__", kwnames))
        return NULLV;
    return int_pow_impl(args[0], self, nargs > 1 ? args[1] : NULLV);
}

/* byteorder argument of to_bytes/from_bytes: 1 little, 0 big, -1 error */
static int parse_byteorder(Value v, const char *fname) {
    if (is_null(v)) return 0;
    if (!is_str(v)) {
        raise_fmt(&exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname,
                  type_name_of(v));
        return -1;
    }
    if (str_eq_cstr(as_str(v), "little")) return 1;
    if (str_eq_cstr(as_str(v), "big")) return 0;
    raise_msg(&exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

NUM_METHOD(int_to_bytes_m, self) {
    static const char *const kw[] = {"length", "byteorder", "signed"};
    static const ArgSpec spec = {"to_bytes", kw, 3, 0, 0, 2};
    Value a[3];
    if (!bind_args(&spec, args, nargs, kwnames, a)) return NULLV;
    int64_t length = 1;
    if (!is_null(a[0]) && !obj_as_int64(a[0], &length)) return NULLV;
    if (length < 0) return raise_msg(&exc_ValueError, "length argument must be non-negative");
    int little = parse_byteorder(a[1], "to_bytes");
    if (little < 0) return NULLV;
    int is_signed = 0;
    if (!is_null(a[2]) && (is_signed = obj_truthy(a[2])) < 0) return NULLV;

    if (length > (int64_t)(INT_MAX_BITS / 8)) return raise_msg(&exc_MemoryError, "");
    mpz_t z, t;
    mpz_inits(z, t, NULL);
    int_to_mpz(self, z);
    Value result = NULLV;
    if (mpz_sgn(z) < 0 && !is_signed) {
        raise_msg(&exc_OverflowError, "can't convert negative int to unsigned");
        goto done;
    }
    /* fits: |z| needs at most 8n bits unsigned; z or ~z at most 8n-1 bits signed */
    uint64_t nbits = (uint64_t)length * 8;
    if (mpz_sgn(z) < 0) mpz_com(t, z);
    else mpz_set(t, z);
    uint64_t need = mpz_sgn(t) ? mpz_sizeinbase(t, 2) + (is_signed ? 1 : 0) : 0;
    if (need > nbits) {
        raise_msg(&exc_OverflowError, "int too big to convert");
        goto done;
    }
    if (mpz_sgn(z) < 0) {           /* two's complement: z + 2**(8n) */
        mpz_set_ui(t, 0);
        mpz_setbit(t, nbits);
        mpz_add(z, z, t);
    }
    unsigned char *buf = calloc((size_t)length + 1, 1);
    if (!buf) {
        raise_no_memory();
        goto done;
    }
    size_t count = 0;
    size_t used = mpz_sgn(z) ? (mpz_sizeinbase(z, 2) + 7) / 8 : 0;
    if (used) {
        /* little-endian from the start, or big-endian into the tail */
        if (little) mpz_export(buf, &count, -1, 1, 0, 0, z);
        else mpz_export(buf + length - used, &count, 1, 1, 0, 0, z);
    }
    result = bytes_new((const char *)buf, (size_t)length);
    free(buf);
done:
    mpz_clears(z, t, NULL);
    return result;
}

NUM_METHOD(int_from_bytes_m, cls) {
    static const char *const kw[] = {"bytes", "byteorder", "signed"};
    static const ArgSpec spec = {"from_bytes", kw, 3, 0, 1, 2};
    Value a[3];
    if (!bind_args(&spec, args, nargs, kwnames, a)) return NULLV;
    int little = parse_byteorder(a[1], "from_bytes");
    if (little < 0) return NULLV;
    int is_signed = 0;
    if (!is_null(a[2]) && (is_signed = obj_truthy(a[2])) < 0) return NULLV;
    /* PyObject_Bytes: bytes-like objects and iterables of ints, but not str or int */
    Value data = a[0];
    const char *p;
    size_t len;
    if (is_bytes(data)) {
        p = as_bytes(data)->data;
        len = as_bytes(data)->len;
    } else if (is_type(data, &type_bytearray)) {
        p = ((ByteArray *)as_obj(data))->data;
        len = ((ByteArray *)as_obj(data))->len;
    } else {
        if (is_str_like(data) || is_int_like(data) || num_is_float_like(data))
            return raise_fmt(&exc_TypeError, "cannot convert '%s' object to bytes",
                             type_name_of(data));
        data = obj_call1(v_obj(&type_bytes), data);
        if (is_null(data)) return NULLV;
        if (!is_bytes(data))
            return raise_fmt(&exc_TypeError, "cannot convert '%s' object to bytes",
                             type_name_of(a[0]));
        p = as_bytes(data)->data;
        len = as_bytes(data)->len;
    }
    mpz_t z;
    mpz_init(z);
    if (len) mpz_import(z, len, little ? -1 : 1, 1, 0, 0, p);
    if (is_signed && len) {
        unsigned char top = (unsigned char)p[little ? len - 1 : 0];
        if (top & 0x80) {
            mpz_t lim;
            mpz_init(lim);
            mpz_setbit(lim, (mp_bitcnt_t)len * 8);
            mpz_sub(z, z, lim);
            mpz_clear(lim);
        }
    }
    Value r = int_take_mpz(z);
    if (is_null(r)) return NULLV;
    if (!(is_obj(cls) && as_obj(cls) == (Obj *)&type_int)) return obj_call1(cls, r);
    return r;
}

NUM_METHOD(int_sizeof_m, self) {
    if (!check_nargs("__sizeof__", nargs, 0, 0)) return NULLV;
    Value v = SELF_INT(self);
    uint64_t bits = int_bit_length(v);
    int64_t digits = bits ? (int64_t)((bits + 29) / 30) : 0;
    return v_int(24 + 4 * (digits ? digits : 1));
}

static const MethodDef int_methods[] = {
    {"bit_length", int_bit_length_m, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count_m, 0, "Number of ones in the binary representation of abs(self)."},
    {"to_bytes", int_to_bytes_m, 0, "Return an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes_m, METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", int_as_integer_ratio_m, 0, "Return a pair of integers, whose ratio is equal to the original int."},
    {"conjugate", int_self_m, 0, "Returns self, the complex conjugate of any int."},
    {"is_integer", int_true_m, 0, "Returns True. Exists for duck type compatibility with float.is_integer."},
    {"__trunc__", int_self_m, 0, "Truncating an Integral returns itself."},
    {"__floor__", int_self_m, 0, "Flooring an Integral returns itself."},
    {"__ceil__", int_self_m, 0, "Ceiling of an Integral returns itself."},
    {"__int__", int_self_m, 0, "int(self)"},
    {"__float__", int_float_m, 0, "float(self)"},
    {"__round__", int_round_m, 0, "Rounding an Integral returns itself."},
    {"__getnewargs__", int_getnewargs_m, 0, NULL},
    {"__format__", int_format_m, 0, "Convert to a string according to format_spec."},
    {"__sizeof__", int_sizeof_m, 0, "Returns size in memory, in bytes."},
    {"__divmod__", int_divmod_m, 0, "Return divmod(self, value)."},
    {"__rdivmod__", int_rdivmod_m, 0, "Return divmod(value, self)."},
    {"__pow__", int_pow_m, 0, "Return pow(self, value, mod)."},
    {"__rpow__", int_rpow_m, 0, "Return pow(value, self, mod)."},
    {NULL, NULL, 0, NULL},
};

static Value int_get_self(Value self) { return int_value(self); }
static Value int_get_zero(__attribute__((unused)) Value self) { return v_int(0); }
static Value int_get_one(__attribute__((unused)) Value self) { return v_int(1); }

static const GetSetDef int_getsets[] = {
    {"real", int_get_self, NULL},
    {"imag", int_get_zero, NULL},
    {"numerator", int_get_self, NULL},
    {"denominator", int_get_one, NULL},
    {NULL, NULL, NULL},
};

Type type_int = {
    .hdr = {.type = &type_type},
    .name = "int",
    .base = &type_object,
    .basicsize = sizeof(IntSub),
    .flags = TPF_BASETYPE | TPF_INT_SUBCLASS,
    .trace = int_trace,
    .finalize = int_finalize,
    .new = int_new,
    .repr = int_repr,
    .hash = int_hash_slot,
    .richcompare = int_richcompare,
    .bool_ = int_bool_slot,
    .nb = {
#define X(name, sym, d, r, i) [NB_##name] = int_nb_##name,
        BINARY_OPS(X)
#undef X
    },
    .neg = int_neg_value,
    .pos = int_pos,
    .invert = int_invert_value,
    .abs = int_abs_value,
    .index = int_index,
    .methods = int_methods,
    .getsets = int_getsets,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
};

/* ---------------------------------------------------------------- bool */

static Value bool_repr(Value self) {
    return str_value_cstr(int_sign(self) ? "True" : "False");
}

static Value bool_new(__attribute__((unused)) Type *type, Value *args, size_t nargs,
                      Tuple *kwnames) {
    if (kwnames && kwnames->len)
        return raise_msg(&exc_TypeError, "bool() takes no keyword arguments");
    if (nargs > 1)
        return raise_fmt(&exc_TypeError, "bool expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) return FALSEV;
    int t = obj_truthy(args[0]);
    return t < 0 ? NULLV : v_bool(t);
}

static Value bool_bitop(Value a, Value b, int op) {
    if (is_bool(a) && is_bool(b)) return num_binary_op(a, b, op);
    return int_slot(a, b, op);
}
/* ~True == -2: CPython 3.12+ warns that this is the int's inversion. */
static Value bool_invert(Value self) { return v_int(int_sign(self) ? -2 : -1); }
static Value bool_and(Value a, Value b) { return bool_bitop(a, b, NB_AND); }
static Value bool_or(Value a, Value b) { return bool_bitop(a, b, NB_OR); }
static Value bool_xor(Value a, Value b) { return bool_bitop(a, b, NB_XOR); }

Type type_bool = {
    .hdr = {.type = &type_type},
    .name = "bool",
    .base = &type_int,
    .basicsize = sizeof(IntSub),
    .flags = TPF_INT_SUBCLASS,
    .new = bool_new,
    .repr = bool_repr,
    .nb = {[NB_AND] = bool_and, [NB_OR] = bool_or, [NB_XOR] = bool_xor},
    .invert = bool_invert,
    .doc = "Returns True when the argument is true, False otherwise.",
};

/* ---------------------------------------------------------------- None */

static Value singleton_new(const char *name, size_t nargs, Tuple *kwnames, Value v) {
    if (nargs || (kwnames && kwnames->len))
        return raise_fmt(&exc_TypeError, "%s takes no arguments", name);
    return v;
}

static Value none_new(__attribute__((unused)) Type *type, __attribute__((unused)) Value *args,
                      size_t nargs, Tuple *kwnames) {
    return singleton_new("NoneType", nargs, kwnames, NONE);
}
static Value none_repr(__attribute__((unused)) Value self) { return str_value_cstr("None"); }
static int none_bool(__attribute__((unused)) Value self) { return 0; }
static Value none_richcompare(Value a, Value b, int op) {
    if (!is_none(a) || !is_none(b) || (op != CMP_EQ && op != CMP_NE)) return NotImplemented;
    return v_bool(op == CMP_EQ);
}
static bool none_hash(__attribute__((unused)) Value self, int64_t *out) {
    *out = 0xFCA86420;      /* CPython 3.12+: a constant */
    return true;
}

Type type_none = {
    .hdr = {.type = &type_type},
    .name = "NoneType",
    .base = &type_object,
    .new = none_new,
    .repr = none_repr,
    .hash = none_hash,
    .richcompare = none_richcompare,
    .bool_ = none_bool,
    .doc = "The type of the None singleton.",
};

/* The number types are static and hold no heap roots; complex may not be in the core
 * type list, so ready it here (type_ready is idempotent). */
void num_init(void) {
    type_ready(&type_complex);
}
