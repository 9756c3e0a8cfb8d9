/* strformat.c — str.format / str.format_map (the replacement-field grammar) and
 * printf-style formatting (str % args, bytes % args). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strimpl.h"
#include "num.h"

/* ================================================================ str.format */

typedef struct FormatCtx {
    Value *args;            /* positional arguments */
    size_t nargs;
    Tuple *kwnames;         /* str.format keywords: values at kwvalues[i] */
    Value *kwvalues;
    Value mapping;          /* format_map: the mapping; NULLV for str.format */
    int numbering;          /* 0 undecided, 1 automatic, 2 manual */
    size_t auto_next;
} FormatCtx;

static Value fmt_error(const char *msg) { return raise_msg(&exc_ValueError, msg); }

/* Parse a run of decimal digits as an index; -1 if p[0..n) is not all digits. */
static int64_t parse_digits(const char *p, size_t n, bool *overflow) {
    *overflow = false;
    if (n == 0) return -1;
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9') return -1;
        if (v > (INT64_MAX - 9) / 10) { *overflow = true; return -1; }
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

static Value lookup_keyword(FormatCtx *c, const char *p, size_t n) {
    Str *key = str_new(p, n);
    if (!key) return NULLV;
    if (!is_null(c->mapping)) return obj_getitem(c->mapping, v_str(key));
    if (c->kwnames) {
        for (size_t i = 0; i < c->kwnames->len; i++)
            if (str_eq(as_str(c->kwnames->items[i]), key)) return c->kwvalues[i];
    }
    return raise_with_arg(&exc_KeyError, v_str(key));
}

/* The object a field name designates: arg_name ("." attr | "[" index "]")*. */
static Value field_object(FormatCtx *c, const char *p, size_t n) {
    size_t i = 0;
    while (i < n && p[i] != '.' && p[i] != '[') i++;
    Value obj;
    bool overflow;
    int64_t index = parse_digits(p, i, &overflow);
    if (overflow) return fmt_error("Too many decimal digits in format string");
    if (i == 0 || index >= 0) {
        if (i == 0) {
            if (c->numbering == 2)
                return fmt_error("cannot switch from manual field specification to automatic field numbering");
            c->numbering = 1;
            index = (int64_t)c->auto_next++;
        } else {
            if (c->numbering == 1)
                return fmt_error("cannot switch from automatic field numbering to manual field specification");
            c->numbering = 2;
        }
        if (!is_null(c->mapping)) return fmt_error("Format string contains positional fields");
        if ((size_t)index >= c->nargs)
            return raise_fmt(&exc_IndexError, "Replacement index %lld out of range for positional args tuple",
                             (long long)index);
        obj = c->args[index];
    } else {
        obj = lookup_keyword(c, p, i);
    }
    while (!is_null(obj) && i < n) {
        if (p[i] == '.') {
            size_t s = ++i;
            while (i < n && p[i] != '.' && p[i] != '[') i++;
            if (i == s) return fmt_error("Empty attribute in format string");
            Str *name = str_new(p + s, i - s);
            if (!name) return NULLV;
            obj = obj_getattr(obj, name);
        } else if (p[i] == '[') {
            size_t s = ++i;
            while (i < n && p[i] != ']') i++;
            if (i >= n) return fmt_error("Missing ']' in format string");
            if (i == s) return fmt_error("Empty attribute in format string");
            int64_t k = parse_digits(p + s, i - s, &overflow);
            if (overflow) return fmt_error("Too many decimal digits in format string");
            Value key = k >= 0 ? v_int(k) : str_value(str_new(p + s, i - s));
            if (is_null(key)) return NULLV;
            obj = obj_getitem(obj, key);
            i++;
            if (i < n && p[i] != '.' && p[i] != '[')
                return fmt_error("Only '.' or '[' may follow ']' in format field specifier");
        } else {
            return fmt_error("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

static bool render(FormatCtx *c, const char *p, size_t n, int depth, StrBuf *out);

/* Format one replacement field and append it. */
static bool render_field(FormatCtx *c, const char *name, size_t nn, uint32_t conv, const char *spec,
                         size_t sn, bool expand, int depth, StrBuf *out) {
    Value obj = field_object(c, name, nn);
    if (is_null(obj)) return false;
    switch (conv) {
    case 0: break;
    case 'r': obj = obj_repr(obj); break;
    case 's': obj = obj_str(obj); break;
    case 'a': obj = obj_ascii(obj); break;
    default:
        if (conv > 32 && conv < 127) raise_fmt(&exc_ValueError, "Unknown conversion specifier %c", (int)conv);
        else raise_fmt(&exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
        return false;
    }
    if (is_null(obj)) return false;
    Str *specstr;
    if (expand) {
        StrBuf sb;
        strbuf_init(&sb);
        if (!render(c, spec, sn, depth - 1, &sb)) { strbuf_free(&sb); return false; }
        specstr = strbuf_finish(&sb);
    } else {
        specstr = str_new(spec, sn);
    }
    if (!specstr) return false;
    if (specstr->nbytes == 0 && is_str(obj)) {
        strbuf_add_str(out, as_str(obj));
        return true;
    }
    Value r = format_value(obj, specstr);
    if (is_null(r)) return false;
    strbuf_add_str(out, as_str(r));
    return true;
}

/* Expand the format string p[0..n) into out. */
static bool render(FormatCtx *c, const char *p, size_t n, int depth, StrBuf *out) {
    if (depth <= 0) { fmt_error("Max string recursion exceeded"); return false; }
    size_t i = 0;
    while (i < n) {
        /* literal text up to a brace */
        size_t s = i;
        while (i < n && p[i] != '{' && p[i] != '}') i++;
        strbuf_add(out, p + s, i - s);
        if (i >= n) break;
        char brace = p[i++];
        if (i < n && p[i] == brace) {           /* {{ or }} */
            strbuf_addc(out, brace);
            i++;
            continue;
        }
        if (brace == '}') { fmt_error("Single '}' encountered in format string"); return false; }
        if (i >= n) { fmt_error("Single '{' encountered in format string"); return false; }
        /* field name: up to '}', ':' or '!', skipping over [...] */
        size_t name = i;
        char ch = 0;
        while (i < n) {
            ch = p[i++];
            if (ch == '{') { fmt_error("unexpected '{' in field name"); return false; }
            if (ch == '[') {
                while (i < n && p[i] != ']') i++;
                continue;
            }
            if (ch == '}' || ch == ':' || ch == '!') break;
        }
        if (ch != '}' && ch != ':' && ch != '!') { fmt_error("expected '}' before end of string"); return false; }
        size_t name_end = i - 1;
        uint32_t conv = 0;
        size_t spec = i, spec_end = i;
        bool expand = false;
        if (ch == '!' || ch == ':') {
            bool done = false;
            if (ch == '!') {
                if (i >= n) { fmt_error("end of string while looking for conversion specifier"); return false; }
                i += utf8_decode(p + i, &conv);
                if (i < n) {
                    char next = p[i++];
                    if (next == '}') { spec = spec_end = i - 1; done = true; }
                    else if (next != ':') { fmt_error("expected ':' after conversion specifier"); return false; }
                }
            }
            if (!done) {
                spec = i;
                int count = 1;
                while (i < n) {
                    char d = p[i++];
                    if (d == '{') { expand = true; count++; }
                    else if (d == '}' && --count == 0) break;
                }
                if (count != 0) { fmt_error("unmatched '{' in format spec"); return false; }
                spec_end = i - 1;
            }
        }
        if (!render_field(c, p + name, name_end - name, conv, p + spec, spec_end - spec, expand, depth, out))
            return false;
    }
    return true;
}

Value str_method_format(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    FormatCtx c = {args, nargs, kwnames, args + nargs, NULLV, 0, 0};
    Str *s = as_str(self);
    StrBuf out;
    strbuf_init(&out);
    if (!render(&c, s->data, s->nbytes, 2, &out)) { strbuf_free(&out); return NULLV; }
    return str_value(strbuf_finish(&out));
}

Value str_method_format_map(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!args_one("str", "format_map", nargs, kwnames)) return NULLV;
    FormatCtx c = {NULL, 0, NULL, NULL, args[0], 0, 0};
    Str *s = as_str(self);
    StrBuf out;
    strbuf_init(&out);
    if (!render(&c, s->data, s->nbytes, 2, &out)) { strbuf_free(&out); return NULLV; }
    return str_value(strbuf_finish(&out));
}

/* ================================================================ printf-style */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct PctCtx {
    bool bytes;             /* bytes % args */
    Value *items;           /* positional arguments */
    size_t nitems, next;
    Value dict;             /* the mapping for %(key)s, or NULLV */
} PctCtx;

static Value next_arg(PctCtx *c) {
    if (c->next < c->nitems) return c->items[c->next++];
    return raise_msg(&exc_TypeError, "not enough arguments for format string");
}

/* Pad `body` (sign/prefix already split off) to width and append. `zero_ok` for
 * numbers: the 0 flag inserts zeros after sign and prefix. */
static void emit_padded(StrBuf *out, const char *sign, const char *prefix, const char *body, size_t bodylen,
                        size_t bodycps, int64_t width, int flags, bool zero_ok) {
    size_t sl = strlen(sign), pl = strlen(prefix);
    int64_t used = (int64_t)(sl + pl + bodycps);
    size_t padn = width > used ? (size_t)(width - used) : 0;
    if (padn > (SIZE_MAX >> 3)) { out->failed = true; return; }
    /* one reservation for everything, so an absurd width fails at once */
    size_t need = out->len + sl + pl + bodylen + padn + 1;
    if (!out->failed && need > out->cap) {
        char *d = realloc(out->data, need);
        if (!d) { out->failed = true; return; }
        out->data = d;
        out->cap = need;
    }
    if (out->failed) return;
    char *o = out->data + out->len;
    if (flags & F_LJUST) {
        memcpy(o, sign, sl); o += sl;
        memcpy(o, prefix, pl); o += pl;
        memcpy(o, body, bodylen); o += bodylen;
        memset(o, ' ', padn); o += padn;
    } else if ((flags & F_ZERO) && zero_ok) {
        memcpy(o, sign, sl); o += sl;
        memcpy(o, prefix, pl); o += pl;
        memset(o, '0', padn); o += padn;
        memcpy(o, body, bodylen); o += bodylen;
    } else {
        memset(o, ' ', padn); o += padn;
        memcpy(o, sign, sl); o += sl;
        memcpy(o, prefix, pl); o += pl;
        memcpy(o, body, bodylen); o += bodylen;
    }
    out->len = (size_t)(o - out->data);
}

static const char *sign_of(bool negative, int flags) {
    return negative ? "-" : (flags & F_SIGN) ? "+" : (flags & F_BLANK) ? " " : "";
}

/* The integer value for %d/%i/%u (any real number, truncated) or %x/%X/%o (__index__). */
static Value int_for_format(Value v, char conv, bool bytes) {
    (void)bytes;
    if (is_int_like(v)) return v;
    bool index_only = conv == 'x' || conv == 'X' || conv == 'o';
    if (!index_only) {
        if (is_float(v)) return int_from_double(as_float(v));
        if (type_of(v)->index) return obj_index(v);
        static Str *dunder_int;
        if (!dunder_int) dunder_int = str_intern_cstr("__int__");
        if (!is_null(type_lookup(type_of(v), dunder_int))) return obj_call_method(v, "__int__", NULL, 0);
        return raise_fmt(&exc_TypeError, "%%%c format: a real number is required, not %s", conv, type_name_of(v));
    }
    if (type_of(v)->index) return obj_index(v);
    return raise_fmt(&exc_TypeError, "%%%c format: an integer is required, not %s", conv, type_name_of(v));
}

static bool format_int(StrBuf *out, Value v, char conv, int flags, int64_t width, int64_t prec, bool bytes) {
    Value iv = int_for_format(v, conv, bytes);
    if (is_null(iv)) return false;
    int base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
    Str *digits = int_to_str_base(iv, base, false);
    if (!digits) return false;
    const char *d = digits->data;
    size_t dn = digits->nbytes;
    bool neg = d[0] == '-';
    if (neg) { d++; dn--; }
    StrBuf body;
    strbuf_init(&body);
    for (int64_t i = (int64_t)dn; i < prec && !body.failed; i++) strbuf_addc(&body, '0');
    size_t start = body.len;
    strbuf_add(&body, d, dn);
    if (conv == 'X')
        for (size_t i = start; i < body.len; i++)
            if (body.data[i] >= 'a' && body.data[i] <= 'f') body.data[i] -= 32;
    if (body.failed) { strbuf_free(&body); raise_no_memory(); return false; }
    const char *prefix = !(flags & F_ALT) ? "" : conv == 'x' ? "0x" : conv == 'X' ? "0X" : conv == 'o' ? "0o" : "";
    emit_padded(out, sign_of(neg, flags), prefix, body.data ? body.data : "", body.len, body.len, width, flags, true);
    strbuf_free(&body);
    return true;
}

static bool double_for_format(Value v, double *out) {
    if (is_float(v)) { *out = as_float(v); return true; }
    if (is_int_like(v)) return int_to_double(v, out);
    static Str *dunder_float;
    if (!dunder_float) dunder_float = str_intern_cstr("__float__");
    if (!is_null(type_lookup(type_of(v), dunder_float)) || type_of(v)->index) {
        Value f = float_from_value(v);
        if (is_null(f)) return false;
        *out = as_float(f);
        return true;
    }
    raise_fmt(&exc_TypeError, "must be real number, not %s", type_name_of(v));
    return false;
}

static bool format_float(StrBuf *out, Value v, char conv, int flags, int64_t width, int64_t prec) {
    double x;
    if (!double_for_format(v, &x)) return false;
    if (prec < 0) prec = 6;
    bool upper = conv == 'E' || conv == 'F' || conv == 'G';
    bool neg = signbit(x) && !isnan(x);
    char small[64];
    char *buf = small;
    size_t blen;
    if (isinf(x) || isnan(x)) {
        strcpy(small, isinf(x) ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan"));
        blen = 3;
    } else {
        char cfmt[8];
        snprintf(cfmt, sizeof cfmt, "%%%s.*%c", flags & F_ALT ? "#" : "", conv);
        int n = snprintf(small, sizeof small, cfmt, (int)prec, fabs(x));
        if (n < 0) { raise_no_memory(); return false; }
        if ((size_t)n >= sizeof small) {
            buf = malloc((size_t)n + 1);
            if (!buf) { raise_no_memory(); return false; }
            snprintf(buf, (size_t)n + 1, cfmt, (int)prec, fabs(x));
        }
        blen = (size_t)n;
    }
    emit_padded(out, sign_of(neg, flags), "", buf, blen, blen, width, flags, true);
    if (buf != small) free(buf);
    return true;
}

/* Text for %s/%r/%a of str formatting, or %s/%b/%r/%a of bytes formatting. */
static Value text_for_format(PctCtx *c, Value v, char conv) {
    if (!c->bytes) {
        return conv == 's' ? obj_str(v) : conv == 'r' ? obj_repr(v) : obj_ascii(v);
    }
    if (conv == 'r' || conv == 'a') {
        Value r = obj_ascii(v);
        if (is_null(r)) return NULLV;
        return bytes_new(as_str(r)->data, as_str(r)->nbytes);
    }
    const char *d;
    size_t n;
    if (bytes_like(v, &d, &n)) return bytes_new(d, n);
    static Str *dunder_bytes;
    if (!dunder_bytes) dunder_bytes = str_intern_cstr("__bytes__");
    if (!is_str_like(v) && !is_null(type_lookup(type_of(v), dunder_bytes))) {
        Value r = obj_call_method(v, "__bytes__", NULL, 0);
        if (is_null(r)) return NULLV;
        if (!is_bytes(r))
            return raise_fmt(&exc_TypeError, "__bytes__ returned non-bytes (type %s)", type_name_of(r));
        return r;
    }
    return raise_fmt(&exc_TypeError,
                     "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                     type_name_of(v));
}

static bool format_text(PctCtx *c, StrBuf *out, Value v, char conv, int flags, int64_t width, int64_t prec) {
    Value t = text_for_format(c, v, conv);
    if (is_null(t)) return false;
    const char *d;
    size_t n, cps;
    if (c->bytes) {
        d = as_bytes(t)->data;
        n = cps = as_bytes(t)->len;
        if (prec >= 0 && (size_t)prec < n) n = cps = (size_t)prec;
    } else {
        Str *s = as_str(t);
        d = s->data;
        n = s->nbytes;
        cps = s->len;
        if (prec >= 0 && (size_t)prec < cps) {
            n = str_byte_offset(s, (size_t)prec);
            cps = (size_t)prec;
        }
    }
    emit_padded(out, "", "", d, n, cps, width, flags, false);
    return true;
}

static bool format_char(PctCtx *c, StrBuf *out, Value v, int flags, int64_t width) {
    uint32_t cp;
    char buf[4];
    size_t n;
    if (c->bytes) {
        const char *d;
        size_t len;
        if (bytes_like(v, &d, &len) && len == 1) {
            buf[0] = d[0];
        } else if (is_int_like(v) || (!bytes_like(v, &d, &len) && type_of(v)->index)) {
            int64_t i;
            if (!index_arg(v, &i)) {
                if (err_matches(&exc_OverflowError)) { err_clear(); i = -1; } else return false;
            }
            if (i < 0 || i > 255) { raise_msg(&exc_OverflowError, "%c arg not in range(256)"); return false; }
            buf[0] = (char)i;
        } else {
            raise_msg(&exc_TypeError, "%c requires an integer in range(256) or a single byte");
            return false;
        }
        emit_padded(out, "", "", buf, 1, 1, width, flags, false);
        return true;
    }
    if (is_str_like(v)) {
        if (as_str(v)->len != 1) { raise_msg(&exc_TypeError, "%c requires int or char"); return false; }
        cp = str_char_at(as_str(v), 0);
    } else if (is_int_like(v) || type_of(v)->index) {
        int64_t i;
        if (!index_arg(v, &i)) {
            if (err_matches(&exc_OverflowError)) { err_clear(); i = -1; } else return false;
        }
        if (i < 0 || i > 0x10FFFF) { raise_msg(&exc_OverflowError, "%c arg not in range(0x110000)"); return false; }
        cp = (uint32_t)i;
    } else {
        raise_msg(&exc_TypeError, "%c requires int or char");
        return false;
    }
    n = utf8_encode(cp, buf);
    emit_padded(out, "", "", buf, n, 1, width, flags, false);
    return true;
}

/* A '*' width (a Py_ssize_t) or precision (a C int). */
static bool star_arg(PctCtx *c, int64_t *out, bool precision) {
    Value v = next_arg(c);
    if (is_null(v)) return false;
    if (!is_int_like(v)) { raise_msg(&exc_TypeError, "* wants int"); return false; }
    if (!is_int(v) && !is_bool(v) && is_null(v = obj_index(v))) return false;
    bool too_big = !is_int(v) && !is_bool(v);
    if (!too_big && precision && (v.u.i > INT32_MAX || v.u.i < INT32_MIN)) too_big = true;
    if (too_big) {
        raise_fmt(&exc_OverflowError, "Python int too large to convert to C %s", precision ? "int" : "ssize_t");
        return false;
    }
    *out = v.u.i;
    return true;
}

/* fmt[0..n) % args for str (bytes=false) or bytes. */
static bool percent_format(const char *fmt, size_t n, Value args, bool bytes, StrBuf *out) {
    PctCtx c = {.bytes = bytes, .dict = NULLV};
    if (is_tuple(args) || is_instance(args, &type_tuple)) {
        c.items = as_tuple(args)->items;
        c.nitems = as_tuple(args)->len;
    } else {
        c.items = &args;
        c.nitems = 1;
        if (type_of(args)->getitem && !is_str_like(args)) c.dict = args;
    }
    size_t i = 0;
    while (i < n) {
        const char *pct = memchr(fmt + i, '%', n - i);
        if (!pct) { strbuf_add(out, fmt + i, n - i); break; }
        size_t at = (size_t)(pct - fmt);
        strbuf_add(out, fmt + i, at - i);
        i = at + 1;
        Value arg = NULLV;
        if (i < n && fmt[i] == '(') {
            if (is_null(c.dict)) { raise_msg(&exc_TypeError, "format requires a mapping"); return false; }
            size_t ks = ++i;
            int depth = 1;
            while (i < n && depth) {
                if (fmt[i] == '(') depth++;
                else if (fmt[i] == ')') depth--;
                i++;
            }
            if (depth) { raise_msg(&exc_ValueError, "incomplete format key"); return false; }
            Value key = bytes ? bytes_new(fmt + ks, i - 1 - ks) : str_value(str_new(fmt + ks, i - 1 - ks));
            if (is_null(key)) return false;
            arg = obj_getitem(c.dict, key);
            if (is_null(arg)) return false;
            c.nitems = c.next = 0;      /* positional arguments are over */
        }
        int flags = 0;
        for (; i < n; i++) {
            char f = fmt[i];
            if (f == '-') flags |= F_LJUST;
            else if (f == '+') flags |= F_SIGN;
            else if (f == ' ') flags |= F_BLANK;
            else if (f == '#') flags |= F_ALT;
            else if (f == '0') flags |= F_ZERO;
            else break;
        }
        int64_t width = -1, prec = -1;
        if (i < n && fmt[i] == '*') {
            if (!star_arg(&c, &width, false)) return false;
            if (width < 0) { flags |= F_LJUST; width = width == INT64_MIN ? INT64_MAX : -width; }
            i++;
        } else {
            while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                width = (width < 0 ? 0 : width) * 10 + (fmt[i++] - '0');
                if (width > INT32_MAX) { raise_msg(&exc_ValueError, "width too big"); return false; }
            }
        }
        if (i < n && fmt[i] == '.') {
            i++;
            prec = 0;
            if (i < n && fmt[i] == '*') {
                if (!star_arg(&c, &prec, true)) return false;
                if (prec < 0) prec = 0;
                i++;
            } else {
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                    prec = prec * 10 + (fmt[i++] - '0');
                    if (prec > INT32_MAX) { raise_msg(&exc_ValueError, "precision too big"); return false; }
                }
            }
        }
        while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) i++;
        if (i >= n) { raise_msg(&exc_ValueError, "incomplete format"); return false; }
        char conv = fmt[i];
        if (conv == '%') {
            strbuf_addc(out, '%');
            i++;
            continue;
        }
        size_t conv_at = i;
        uint32_t convcp = (unsigned char)conv;
        if (!bytes && (unsigned char)conv >= 0x80) i += utf8_decode(fmt + i, &convcp);
        else i++;
        if (is_null(arg)) {
            arg = next_arg(&c);
            if (is_null(arg)) return false;
        }
        if (!strchr(bytes ? "sbradiuxXoeEfFgGc" : "sradiuxXoeEfFgGc", conv) || conv == 0) {
            size_t index = bytes ? conv_at : utf8_count(fmt, conv_at);
            raise_fmt(&exc_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                      convcp >= 32 && convcp < 127 ? (int)convcp : '?', (unsigned)convcp, index);
            return false;
        }
        bool ok;
        switch (conv) {
        case 's': case 'r': case 'a': ok = format_text(&c, out, arg, conv, flags, width, prec); break;
        case 'b': ok = format_text(&c, out, arg, 's', flags, width, prec); break;
        case 'c': ok = format_char(&c, out, arg, flags, width); break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            ok = format_float(out, arg, conv, flags, width, prec);
            break;
        default:
            ok = format_int(out, arg, conv, flags, width, prec, bytes);
            break;
        }
        if (!ok) return false;
    }
    if (c.next < c.nitems && is_null(c.dict)) {
        raise_fmt(&exc_TypeError, "not all arguments converted during %s formatting", bytes ? "bytes" : "string");
        return false;
    }
    return true;
}

Value str_percent_format(Str *fmt, Value args) {
    StrBuf out;
    strbuf_init(&out);
    if (!percent_format(fmt->data, fmt->nbytes, args, false, &out)) { strbuf_free(&out); return NULLV; }
    return str_value(strbuf_finish(&out));
}

Value bytes_percent_format(const char *fmt, size_t n, Value args) {
    StrBuf out;
    strbuf_init(&out);
    if (!percent_format(fmt, n, args, true, &out)) { strbuf_free(&out); return NULLV; }
    if (out.failed) { strbuf_free(&out); return raise_no_memory(); }
    Value r = bytes_new(out.data ? out.data : "", out.len);
    strbuf_free(&out);
    return r;
}
