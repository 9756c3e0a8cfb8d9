/* format.c — float repr and the format-spec mini-language for int, float and str.
 *
 * Floats become decimal digits in one of three modes — shortest round-trip ('r'), n
 * significant digits ('e'), n digits after the point ('f') — and then laid out the way
 * CPython's PyOS_double_to_string does.  printf and strtod from the C library are
 * correctly rounded (glibc), which is all the digit generation needs.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "error.h"
#include "num.h"
#include "str.h"

/* ---------------------------------------------------------------- float digits */

/* snprintf into a malloc'd buffer. */
static char *print_double(const char *fmt, int prec, double x) {
    int n = snprintf(NULL, 0, fmt, prec, x);
    char *buf = malloc((size_t)n + 1);
    if (buf) snprintf(buf, (size_t)n + 1, fmt, prec, x);
    return buf;
}

/* Parse printf's "%.*e" output ("d.ddde+XX") into digits and exponent. */
static void split_e_output(const char *s, char *digits, int *exp10) {
    int n = 0;
    digits[n++] = *s++;
    if (*s == '.')
        for (s++; *s != 'e'; s++) digits[n++] = *s;
    digits[n] = 0;
    *exp10 = atoi(s + 1);
}

static void strip_trailing_zeros(char *digits) {
    size_t n = strlen(digits);
    while (n > 1 && digits[n - 1] == '0') digits[--n] = 0;
}

static bool is_power_of_two(double x) {
    int e;
    return x >= DBL_MIN && frexp(x, &e) == 0.5;
}

/* Add one unit in the last of the p digits of d; true when it carried out of the first
 * digit (9.99 -> 10.0: d becomes "100..." and the exponent must grow). */
static bool increment_digits(char *d, int p) {
    int i = p - 1;
    while (i >= 0 && d[i] == '9') d[i--] = '0';
    if (i >= 0) {
        d[i]++;
        return false;
    }
    d[0] = '1';
    return true;
}

/* Does d[0].d[1..p) * 10**exp10 read back as x? */
static bool reads_back(const char *d, int p, int exp10, double x) {
    char buf[48], *q = buf;
    *q++ = d[0];
    *q++ = '.';
    memcpy(q, d + 1, (size_t)p - 1);
    q += p - 1;
    snprintf(q, 12, "e%d", exp10);
    return strtod(buf, NULL) == x;
}

/* The shortest digit string that reads back as x (x > 0, finite), nearest to x among
 * the shortest — what David Gay's mode 0 gives.
 * - Up to 15 significant digits at most one candidate lies within the rounding interval
 *   of a normal double, so the correctly rounded 15-digit string is it, if any is.
 * - With 16, the correctly rounded one is the nearest; but below a power of two the
 *   interval is narrower, and the next one up may read back when it does not.
 * - 17 digits always read back.
 * printf's 17 digits give the 15- and 16-digit roundings too, unless the digits cut off
 * are exactly 5 or 50 (a possible tie): then printf is asked again.  Integers below 1e16
 * are their own digits.  Subnormals have fewer digits: search up from one. */
static void shortest_digits(double x, char *digits, int *decpt) {
    char buf[40];
    int exp10 = 0;
    if (x < DBL_MIN) {
        for (int p = 1; p <= 17; p++) {
            snprintf(buf, sizeof buf, "%.*e", p - 1, x);
            split_e_output(buf, digits, &exp10);
            if (strtod(buf, NULL) == x) break;
        }
        strip_trailing_zeros(digits);
        *decpt = exp10 + 1;
        return;
    }
    if (x < 1e16 && x == floor(x)) {
        int n = snprintf(digits, 18, "%llu", (unsigned long long)x);
        strip_trailing_zeros(digits);
        *decpt = n;
        return;
    }
    char d17[20];
    int e17;
    snprintf(buf, sizeof buf, "%.16e", x);
    split_e_output(buf, d17, &e17);
    for (int p = 15; p <= 16; p++) {
        char d[20];
        int e = e17;
        const char *cut = d17 + p;
        if (cut[0] == '5' && (p == 16 || cut[1] == '0')) {
            snprintf(buf, sizeof buf, "%.*e", p - 1, x);
            split_e_output(buf, d, &e);
        } else {
            memcpy(d, d17, (size_t)p);
            d[p] = 0;
            if (cut[0] >= '5' && increment_digits(d, p)) e++;
        }
        if (reads_back(d, p, e, x)) {
            strcpy(digits, d);
            exp10 = e;
            goto done;
        }
        if (p == 16 && is_power_of_two(x)) {
            if (increment_digits(d, p)) e++;
            if (reads_back(d, p, e, x)) {
                strcpy(digits, d);
                exp10 = e;
                goto done;
            }
        }
    }
    strcpy(digits, d17);
    exp10 = e17;
done:
    strip_trailing_zeros(digits);
    *decpt = exp10 + 1;
}

/* Decimal digits of x >= 0 (finite) without trailing zeros, x ≈ 0.DIGITS * 10**decpt;
 * zero is "0" with decpt 1.  mode 'r': shortest round-trip; 'e': n significant digits;
 * 'f': n digits after the point.  Returns a malloc'd string (NULL: out of memory). */
static char *float_digits(double x, char mode, int n, int *decpt) {
    if (x == 0.0) {
        *decpt = 1;
        return strdup("0");
    }
    if (mode == 'r') {
        char *d = malloc(20);
        if (d) shortest_digits(x, d, decpt);
        return d;
    }
    if (mode == 'e') {
        char *s = print_double("%.*e", n - 1, x);
        if (!s) return NULL;
        char *d = malloc((size_t)n + 2);
        if (d) {
            int e;
            split_e_output(s, d, &e);
            strip_trailing_zeros(d);
            *decpt = e + 1;
        }
        free(s);
        return d;
    }
    char *s = print_double("%.*f", n, x);
    if (!s) return NULL;
    char *d = malloc(strlen(s) + 2);
    if (d) {
        int len = 0, point = -1;
        for (const char *p = s; *p; p++) {
            if (*p == '.') point = len;
            else d[len++] = *p;
        }
        if (point < 0) point = len;
        d[len] = 0;
        int lead = 0;
        while (lead < len - 1 && d[lead] == '0') lead++;
        if (d[lead] == '0') {        /* rounded to zero */
            strcpy(d, "0");
            *decpt = 1;
        } else {
            memmove(d, d + lead, (size_t)(len - lead + 1));
            *decpt = point - lead;
            strip_trailing_zeros(d);
        }
    }
    free(s);
    return d;
}

enum { FL_ADD_DOT_0 = 1, FL_ALT = 2, FL_UPPER = 4 };

/* Append the text of |x| in presentation type 'r', 'e', 'f' or 'g' (precision as the
 * format spec means it) to b; *zero tells whether it shows as zero.  Layout rules of
 * CPython's format_float_short. */
static bool float_body(StrBuf *b, double x, char type, int precision, int flags, bool *zero) {
    bool alt = flags & FL_ALT, upper = flags & FL_UPPER, add_dot_0 = flags & FL_ADD_DOT_0;
    *zero = false;
    x = fabs(x);
    if (isnan(x) || isinf(x)) {
        strbuf_adds(b, isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        return true;
    }
    if (type == 'g' && precision == 0) precision = 1;
    int decpt;
    char *digits = type == 'r' ? float_digits(x, 'r', 0, &decpt)
                 : type == 'e' ? float_digits(x, 'e', precision + 1, &decpt)
                 : type == 'f' ? float_digits(x, 'f', precision, &decpt)
                               : float_digits(x, 'e', precision, &decpt);
    if (!digits) {
        raise_no_memory();
        return false;
    }
    *zero = strcmp(digits, "0") == 0;
    int n = (int)strlen(digits);
    bool use_exp = false;
    int end = n;            /* digit positions [start, end) are shown */
    switch (type) {
    case 'e':
        use_exp = true;
        end = precision + 1;
        break;
    case 'f':
        end = decpt + precision;
        break;
    case 'g':
        use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
        if (alt) end = precision;
        break;
    default:    /* 'r' */
        use_exp = decpt <= -4 || decpt > 16;
        break;
    }
    int exp10 = 0;
    if (use_exp) {
        exp10 = decpt - 1;
        decpt = 1;
    }
    int start = decpt <= 0 ? decpt - 1 : 0;
    int min_end = (!use_exp && add_dot_0) ? decpt + 1 : decpt;
    if (end < min_end) end = min_end;
    for (int i = start; i < end; i++) {
        if (i == decpt) strbuf_addc(b, '.');
        strbuf_addc(b, i >= 0 && i < n ? digits[i] : '0');
    }
    if (end == decpt && alt) strbuf_addc(b, '.');
    if (use_exp) strbuf_addf(b, "%c%c%s%d", upper ? 'E' : 'e', exp10 < 0 ? '-' : '+',
                             (exp10 > -10 && exp10 < 10) ? "0" : "", exp10 < 0 ? -exp10 : exp10);
    free(digits);
    return true;
}

Str *float_repr(double d) {
    StrBuf b;
    strbuf_init(&b);
    if (signbit(d) && !isnan(d)) strbuf_addc(&b, '-');
    bool zero;
    if (!float_body(&b, d, 'r', 0, FL_ADD_DOT_0, &zero)) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}

/* A part of a complex's repr: shortest digits, no ".0"; the imaginary part signed. */
static bool add_complex_part(StrBuf *b, double x, bool with_plus) {
    bool negative = signbit(x) && !isnan(x), zero;
    if (negative) strbuf_addc(b, '-');
    else if (with_plus) strbuf_addc(b, '+');
    return float_body(b, x, 'r', 0, 0, &zero);
}

Str *complex_repr(double re, double im) {
    StrBuf b;
    strbuf_init(&b);
    bool ok;
    if (re == 0.0 && !signbit(re)) {    /* pure imaginary: 1j */
        ok = add_complex_part(&b, im, false);
        strbuf_addc(&b, 'j');
    } else {
        strbuf_addc(&b, '(');
        ok = add_complex_part(&b, re, false) && add_complex_part(&b, im, true);
        strbuf_adds(&b, "j)");
    }
    if (!ok) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}

/* ---------------------------------------------------------------- spec parsing */

typedef struct FormatSpec {
    uint32_t fill, align, sign, type;
    bool fill_given, align_given, no_neg_0, alt;
    int64_t width, precision;       /* -1: not given */
    uint32_t thousands;             /* 0, ',' or '_' */
    int group;                      /* digits per group: 3, or 4 for '_' with b/o/x/X */
} FormatSpec;

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

/* A code character for messages: 'x' when printable ASCII, else '\xNN'. */
static const char *code_text(uint32_t c, char *buf) {
    if (c > 32 && c < 128) snprintf(buf, 16, "'%c'", (char)c);
    else snprintf(buf, 16, "'\\x%x'", c);
    return buf;
}

/* Digits at *pos (Unicode decimals count); -1 on overflow (exception set), else how many. */
static int parse_count(const uint32_t *cp, size_t n, size_t *pos, int64_t *out) {
    int count = 0;
    int64_t v = 0;
    for (; *pos < n; (*pos)++) {
        int d = num_decimal_value(cp[*pos]);
        if (d < 0) break;
        if (v > (INT64_MAX - d) / 10) {
            raise_msg(&exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
        count++;
    }
    *out = v;
    return count;
}

static bool parse_spec(Str *spec, uint32_t default_type, uint32_t default_align,
                       const char *tname, FormatSpec *f) {
    *f = (FormatSpec){.fill = ' ', .align = default_align, .type = default_type,
                      .width = -1, .precision = -1, .group = 3};
    size_t n = 0;
    uint32_t small[64], *cp = small;
    if (spec->len > 64) {
        cp = malloc(spec->len * sizeof *cp);
        if (!cp) {
            raise_no_memory();
            return false;
        }
    }
    for (size_t i = 0; i < spec->nbytes;) {
        size_t k = utf8_decode(spec->data + i, &cp[n++]);
        i += k ? k : 1;
    }
    bool ok = false;
    size_t pos = 0;
    if (n - pos >= 2 && is_align(cp[pos + 1])) {
        f->fill = cp[pos];
        f->align = cp[pos + 1];
        f->fill_given = f->align_given = true;
        pos += 2;
    } else if (n - pos >= 1 && is_align(cp[pos])) {
        f->align = cp[pos++];
        f->align_given = true;
    }
    if (pos < n && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) f->sign = cp[pos++];
    if (pos < n && cp[pos] == 'z') {
        f->no_neg_0 = true;
        pos++;
    }
    if (pos < n && cp[pos] == '#') {
        f->alt = true;
        pos++;
    }
    if (!f->fill_given && pos < n && cp[pos] == '0') {
        f->fill = '0';
        if (!f->align_given && default_align == '>') f->align = '=';
        pos++;
    }
    int64_t v;
    int k = parse_count(cp, n, &pos, &v);
    if (k < 0) goto done;
    if (k > 0) f->width = v;
    if (pos < n && cp[pos] == ',') {
        f->thousands = ',';
        pos++;
    }
    if (pos < n && cp[pos] == '_') {
        if (f->thousands) goto comma_and_underscore;
        f->thousands = '_';
        pos++;
    }
    if (pos < n && cp[pos] == ',' && f->thousands == '_') goto comma_and_underscore;
    if (pos < n && cp[pos] == '.') {
        pos++;
        k = parse_count(cp, n, &pos, &v);
        if (k < 0) goto done;
        if (k == 0) {
            raise_msg(&exc_ValueError, "Format specifier missing precision");
            goto done;
        }
        f->precision = v;
    }
    if (n - pos > 1) {
        raise_fmt(&exc_ValueError, "Invalid format specifier '%s' for object of type '%s'",
                  spec->data, tname);
        goto done;
    }
    if (n - pos == 1) f->type = cp[pos];
    if (f->thousands) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == '_') {
                f->group = 4;
                break;
            }
            /* fall through */
        default: {
            char buf[16];
            raise_fmt(&exc_ValueError, "Cannot specify '%c' with %s.", (char)f->thousands,
                      code_text(f->type, buf));
            goto done;
        }
        }
    }
    ok = true;
    goto done;
comma_and_underscore:
    raise_msg(&exc_ValueError, "Cannot specify both ',' and '_'.");
done:
    if (cp != small) free(cp);
    return ok;
}

static Value unknown_code(uint32_t type, const char *tname) {
    char buf[16];
    return raise_fmt(&exc_ValueError, "Unknown format code %s for object of type '%s'",
                     code_text(type, buf), tname);
}

/* ---------------------------------------------------------------- layout */

static void add_fill(StrBuf *b, uint32_t fill, int64_t count) {
    for (int64_t i = 0; i < count; i++) strbuf_add_codepoint(b, fill);
}

/* Digits grouped from the right with separators, zero-padded to min_width when the
 * '0' fill pads through the grouping; appended to b. */
static void add_grouped(StrBuf *b, const char *digits, int64_t ndigits, const FormatSpec *f,
                        int64_t min_width) {
    /* inf and nan have no digits: CPython pads them with plain zeros */
    int64_t group = f->thousands && ndigits > 0 ? f->group : INT64_MAX;
    /* build right to left */
    int64_t cap = ndigits + (min_width > 0 ? min_width : 0) + 2;
    cap += cap / (group < 3 ? 3 : group) + 2;
    char *out = malloc((size_t)cap), *p = out + cap;
    if (!out) {
        b->failed = true;
        return;
    }
    int64_t remaining = ndigits, width = min_width;
    /* group by group from the right: each takes up to `group` digits, topped up with
     * zeros while the minimum width is not reached */
    bool first = true;
    while (remaining > 0 || width > 0 || !first) {
        int64_t l = remaining > width ? remaining : width;
        if (l < 1) l = 1;
        if (l > group) l = group;
        if (!first) *--p = (char)f->thousands;
        int64_t chars = remaining < l ? remaining : l;
        for (int64_t i = 0; i < chars; i++) *--p = digits[--remaining];
        for (int64_t i = chars; i < l; i++) *--p = '0';
        width -= l;
        if (remaining <= 0 && width <= 0) break;
        width -= 1;     /* the separator's place */
        first = false;
    }
    strbuf_add(b, p, (size_t)(out + cap - p));
    free(out);
}

/* Put a number together: sign, prefix ("0x"), integer digits (grouped), the rest
 * (decimal point, fraction, exponent, '%'), padded to the width. */
static Value layout_number(const FormatSpec *f, char sign, const char *prefix, const char *digits,
                           size_t ndigits, const char *rest, size_t nrest) {
    if (f->width > INT32_MAX) return raise_no_memory();   /* as CPython's allocation fails */
    size_t nsign = sign ? 1 : 0, nprefix = strlen(prefix);
    size_t rest_width = utf8_count(rest, nrest);    /* the 'c' presentation may be non-ASCII */
    int64_t min_width = 0;
    if (f->fill == '0' && f->align == '=')
        min_width = f->width - (int64_t)(nsign + nprefix + rest_width);
    StrBuf g;
    strbuf_init(&g);
    add_grouped(&g, digits, (int64_t)ndigits, f, min_width);
    if (g.failed) {
        strbuf_free(&g);
        return raise_no_memory();
    }
    int64_t total = (int64_t)(nsign + nprefix + g.len + rest_width);
    int64_t pad = f->width > total ? f->width - total : 0;
    StrBuf b;
    strbuf_init(&b);
    int64_t left = 0, right = 0;
    switch (f->align) {
    case '<': right = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    case '=': break;
    default: left = pad; break;
    }
    add_fill(&b, f->fill, left);
    if (sign) strbuf_addc(&b, sign);
    strbuf_adds(&b, prefix);
    if (f->align == '=') add_fill(&b, f->fill, pad);
    strbuf_add(&b, g.data ? g.data : "", g.len);
    strbuf_add(&b, rest, nrest);
    add_fill(&b, f->fill, right);
    strbuf_free(&g);
    Str *s = strbuf_finish(&b);
    return s ? v_str(s) : NULLV;
}

static char sign_char(const FormatSpec *f, bool negative) {
    if (negative) return '-';
    if (f->sign == '+') return '+';
    if (f->sign == ' ') return ' ';
    return 0;
}

/* ---------------------------------------------------------------- float */

static Value format_float_spec(double x, const FormatSpec *f, const char *tname) {
    uint32_t type = f->type;
    int flags = 0;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        return unknown_code(type, tname);
    }
    if (f->precision > INT32_MAX) return raise_msg(&exc_ValueError, "precision too big");
    int precision = (int)f->precision;
    if (f->alt) flags |= FL_ALT;
    int default_precision = 6;
    char mode;
    if (type == 0) {
        flags |= FL_ADD_DOT_0;
        mode = 'r';
        default_precision = 0;
    } else if (type == 'n') {
        mode = 'g';
    } else if (type == '%') {
        mode = 'f';
        x *= 100;
    } else {
        if (type == 'E' || type == 'F' || type == 'G') flags |= FL_UPPER;
        mode = (char)(type | 0x20);
    }
    if (precision < 0) precision = default_precision;
    else if (mode == 'r') mode = 'g';
    StrBuf body;
    strbuf_init(&body);
    bool zero;
    if (!float_body(&body, x, mode, precision, flags, &zero)) {
        strbuf_free(&body);
        return NULLV;
    }
    if (type == '%') strbuf_addc(&body, '%');
    if (body.failed) {
        strbuf_free(&body);
        return raise_no_memory();
    }
    bool negative = signbit(x) && !isnan(x) && !(f->no_neg_0 && zero);
    size_t ndigits = 0;
    while (ndigits < body.len && body.data[ndigits] >= '0' && body.data[ndigits] <= '9') ndigits++;
    Value r = layout_number(f, sign_char(f, negative), "", body.data, ndigits,
                            body.data + ndigits, body.len - ndigits);
    strbuf_free(&body);
    return r;
}

/* ---------------------------------------------------------------- complex */

/* One part of a formatted complex: the float text laid out with its sign and grouping
 * but no padding; appended to out. */
static bool add_complex_formatted(StrBuf *out, double x, char mode, int precision, int flags,
                                  const FormatSpec *f, uint32_t sign) {
    StrBuf body;
    strbuf_init(&body);
    bool zero;
    if (!float_body(&body, x, mode, precision, flags, &zero)) {
        strbuf_free(&body);
        return false;
    }
    FormatSpec part = *f;
    part.fill = ' ';
    part.align = '<';
    part.width = -1;
    part.sign = sign;
    bool negative = signbit(x) && !isnan(x) && !(f->no_neg_0 && zero);
    size_t ndigits = 0;
    while (ndigits < body.len && body.data[ndigits] >= '0' && body.data[ndigits] <= '9') ndigits++;
    Value r = layout_number(&part, sign_char(&part, negative), "", body.data ? body.data : "",
                            ndigits, body.data ? body.data + ndigits : "", body.len - ndigits);
    strbuf_free(&body);
    if (is_null(r)) return false;
    strbuf_add_str(out, as_str(r));
    return true;
}

Value complex_format(double re, double im, Str *spec) {
    FormatSpec f;
    if (!parse_spec(spec, 0, '>', "complex", &f)) return NULLV;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        return unknown_code(f.type, "complex");
    }
    if (f.fill == '0')
        return raise_msg(&exc_ValueError,
                         "Zero padding is not allowed in complex format specifier");
    if (f.align == '=')
        return raise_msg(&exc_ValueError,
                         "'=' alignment flag is not allowed in complex format specifier");
    if (f.precision > INT32_MAX) return raise_msg(&exc_ValueError, "precision too big");
    int precision = (int)f.precision, flags = f.alt ? FL_ALT : 0, default_precision = 6;
    bool skip_re = false, parens = false;
    char mode;
    if (f.type == 0) {          /* like str(): shortest digits, parentheses with a real part */
        mode = 'r';
        default_precision = 0;
        if (re == 0.0 && !signbit(re)) skip_re = true;
        else parens = true;
    } else if (f.type == 'n') {
        mode = 'g';
    } else {
        if (f.type == 'E' || f.type == 'F' || f.type == 'G') flags |= FL_UPPER;
        mode = (char)(f.type | 0x20);
    }
    if (precision < 0) precision = default_precision;
    else if (mode == 'r') mode = 'g';
    StrBuf text;
    strbuf_init(&text);
    if (parens) strbuf_addc(&text, '(');
    bool ok = (skip_re || add_complex_formatted(&text, re, mode, precision, flags, &f, f.sign)) &&
              add_complex_formatted(&text, im, mode, precision, flags, &f,
                                    skip_re ? f.sign : '+');
    strbuf_addc(&text, 'j');
    if (parens) strbuf_addc(&text, ')');
    if (!ok || text.failed) {
        strbuf_free(&text);
        return ok ? raise_no_memory() : NULLV;
    }
    if (f.width > INT32_MAX) {
        strbuf_free(&text);
        return raise_no_memory();
    }
    int64_t len = (int64_t)utf8_count(text.data, text.len);
    int64_t pad = f.width > len ? f.width - len : 0;
    int64_t left = f.align == '<' ? 0 : f.align == '^' ? pad / 2 : pad;
    StrBuf b;
    strbuf_init(&b);
    add_fill(&b, f.fill, left);
    strbuf_add(&b, text.data, text.len);
    add_fill(&b, f.fill, pad - left);
    strbuf_free(&text);
    Str *r = strbuf_finish(&b);
    return r ? v_str(r) : NULLV;
}

/* ---------------------------------------------------------------- int */

static Value format_int_spec(Value v, const FormatSpec *f, const char *tname) {
    int base;
    switch (f->type) {
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    case 'd': case 'n': case 'c': base = 10; break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (!int_to_double(v, &d)) return NULLV;
        return format_float_spec(d, f, tname);
    }
    default:
        return unknown_code(f->type, tname);
    }
    if (f->precision >= 0)
        return raise_msg(&exc_ValueError, "Precision not allowed in integer format specifier");
    if (f->no_neg_0)
        return raise_msg(&exc_ValueError,
                         "Negative zero coercion (z) not allowed in integer format specifier");
    v = int_value(v);
    if (f->type == 'c') {
        if (f->sign)
            return raise_msg(&exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f->alt)
            return raise_msg(&exc_ValueError,
                             "Alternate form (#) not allowed with integer format specifier 'c'");
        if (!is_int(v))
            return raise_msg(&exc_OverflowError, "Python int too large to convert to C long");
        if (v.u.i < 0 || v.u.i > 0x10ffff)
            return raise_msg(&exc_OverflowError, "%c arg not in range(0x110000)");
        char ch[4];
        size_t len = utf8_encode((uint32_t)v.u.i, ch);
        return layout_number(f, 0, "", "", 0, ch, len);
    }
    bool negative = int_sign(v) < 0;
    Str *s = int_to_str_base(v, base, false);
    if (!s) return NULLV;
    const char *digits = s->data + negative;
    size_t ndigits = s->nbytes - negative;
    char *upper = NULL;
    if (f->type == 'X') {
        upper = malloc(ndigits + 1);
        if (!upper) return raise_no_memory();
        for (size_t i = 0; i <= ndigits; i++)
            upper[i] = (char)(digits[i] >= 'a' && digits[i] <= 'f' ? digits[i] - 32 : digits[i]);
        digits = upper;
    }
    const char *prefix = "";
    if (f->alt) {
        switch (f->type) {
        case 'b': prefix = "0b"; break;
        case 'o': prefix = "0o"; break;
        case 'x': prefix = "0x"; break;
        case 'X': prefix = "0X"; break;
        }
    }
    Value r = layout_number(f, sign_char(f, negative), prefix, digits, ndigits, "", 0);
    free(upper);
    return r;
}

Value num_format(Value v, Str *spec) {
    if (spec->nbytes == 0) return obj_str(v);
    const char *tname = type_name_of(v);
    FormatSpec f;
    if (is_int_like(v)) {
        if (!parse_spec(spec, 'd', '>', tname, &f)) return NULLV;
        return format_int_spec(v, &f, tname);
    }
    if (!parse_spec(spec, 0, '>', tname, &f)) return NULLV;
    return format_float_spec(float_value(v), &f, tname);
}

/* ---------------------------------------------------------------- str */

Value str_format_spec(Str *s, Str *spec) {
    if (spec->nbytes == 0) return v_str(s);
    FormatSpec f;
    if (!parse_spec(spec, 's', '<', "str", &f)) return NULLV;
    if (f.type != 's') return unknown_code(f.type, "str");
    if (f.sign == ' ')
        return raise_msg(&exc_ValueError, "Space not allowed in string format specifier");
    if (f.sign) return raise_msg(&exc_ValueError, "Sign not allowed in string format specifier");
    if (f.no_neg_0)
        return raise_msg(&exc_ValueError,
                         "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alt)
        return raise_msg(&exc_ValueError,
                         "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=')
        return raise_msg(&exc_ValueError, "'=' alignment not allowed in string format specifier");
    if (f.width > INT32_MAX) return raise_no_memory();    /* as CPython's allocation fails */
    size_t len = s->len;
    if (f.precision >= 0 && (size_t)f.precision < len) len = (size_t)f.precision;
    if ((f.width < 0 || (size_t)f.width <= len) && len == s->len) return v_str(s);
    int64_t pad = f.width > (int64_t)len ? f.width - (int64_t)len : 0;
    int64_t left = f.align == '>' ? pad : f.align == '^' ? pad / 2 : 0;
    StrBuf b;
    strbuf_init(&b);
    add_fill(&b, f.fill, left);
    strbuf_add(&b, s->data, len == s->len ? s->nbytes : str_byte_offset(s, len));
    add_fill(&b, f.fill, pad - left);
    Str *r = strbuf_finish(&b);
    return r ? v_str(r) : NULLV;
}

/* ---------------------------------------------------------------- dispatch */

Value format_value(Value v, Str *spec) {
    if (is_int(v) || is_bool(v) || is_float(v) || is_bigint(v)) return num_format(v, spec);
    if (is_str(v)) return str_format_spec(as_str(v), spec);
    Value m = type_lookup(type_of(v), names.__format__);
    if (is_null(m))
        return raise_fmt(&exc_TypeError, "Type %s doesn't define __format__", type_name_of(v));
    Value r;
    Type *mt = type_of(m);
    if (mt->descr_get) {
        Value bound = mt->descr_get(m, v, v_obj(type_of(v)));
        if (is_null(bound)) return NULLV;
        r = obj_call1(bound, v_str(spec));
    } else {
        r = obj_call2(m, v, v_str(spec));
    }
    if (is_null(r)) return NULLV;
    if (!is_str_like(r))
        return raise_fmt(&exc_TypeError, "__format__ must return a str, not %s", type_name_of(r));
    return r;
}
