/* codecs.c — str.encode / bytes.decode for the built-in codecs (utf-8, ascii, latin-1,
 * utf-16, utf-32) with the standard error handlers, and the messages of
 * UnicodeEncodeError / UnicodeDecodeError. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "strimpl.h"

enum Codec { C_UTF8, C_ASCII, C_LATIN1, C_UTF16, C_UTF16LE, C_UTF16BE, C_UTF32, C_UTF32LE, C_UTF32BE };
static const char *const codec_names[] = {"utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be",
                                          "utf-32", "utf-32-le", "utf-32-be"};

static const struct { const char *alias; enum Codec codec; } aliases[] = {
    {"utf_8", C_UTF8}, {"utf8", C_UTF8}, {"u8", C_UTF8}, {"utf", C_UTF8}, {"cp65001", C_UTF8},
    {"utf8_ucs2", C_UTF8}, {"utf8_ucs4", C_UTF8},
    {"ascii", C_ASCII}, {"us_ascii", C_ASCII}, {"646", C_ASCII}, {"us", C_ASCII}, {"cp367", C_ASCII},
    {"csascii", C_ASCII}, {"ibm367", C_ASCII}, {"iso646_us", C_ASCII}, {"iso_ir_6", C_ASCII},
    {"ansi_x3.4_1968", C_ASCII}, {"ansi_x3_4_1968", C_ASCII}, {"ansi_x3.4_1986", C_ASCII},
    {"iso_646.irv_1991", C_ASCII},
    {"latin_1", C_LATIN1}, {"latin1", C_LATIN1}, {"latin", C_LATIN1}, {"l1", C_LATIN1},
    {"iso8859_1", C_LATIN1}, {"iso_8859_1", C_LATIN1}, {"8859", C_LATIN1}, {"cp819", C_LATIN1},
    {"iso_ir_100", C_LATIN1}, {"ibm819", C_LATIN1}, {"csisolatin1", C_LATIN1}, {"iso_8859_1_1987", C_LATIN1},
    {"utf_16", C_UTF16}, {"utf16", C_UTF16}, {"u16", C_UTF16},
    {"utf_16_le", C_UTF16LE}, {"utf_16le", C_UTF16LE}, {"unicodelittleunmarked", C_UTF16LE},
    {"utf_16_be", C_UTF16BE}, {"utf_16be", C_UTF16BE}, {"unicodebigunmarked", C_UTF16BE},
    {"utf_32", C_UTF32}, {"utf32", C_UTF32}, {"u32", C_UTF32},
    {"utf_32_le", C_UTF32LE}, {"utf_32le", C_UTF32LE}, {"utf_32_be", C_UTF32BE}, {"utf_32be", C_UTF32BE},
};

/* Python's encoding-name normalization: lower case, '-' and ' ' become '_'. */
static int find_codec(const char *name) {
    char norm[64];
    size_t n = strlen(name);
    if (n >= sizeof norm) return -1;
    for (size_t i = 0; i <= n; i++) {
        char c = (char)tolower((unsigned char)name[i]);
        norm[i] = c == '-' || c == ' ' ? '_' : c;
    }
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(norm, aliases[i].alias) == 0) return aliases[i].codec;
    return -1;
}

enum Handler { H_STRICT, H_IGNORE, H_REPLACE, H_BACKSLASH, H_SURROGATEESCAPE, H_SURROGATEPASS, H_XMLCHARREF,
               H_UNKNOWN };

static enum Handler find_handler(const char *errors) {
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace", "surrogateescape",
                                        "surrogatepass", "xmlcharrefreplace"};
    for (int i = 0; i < H_UNKNOWN; i++)
        if (strcmp(errors, names[i]) == 0) return (enum Handler)i;
    return H_UNKNOWN;
}

const char *codec_arg(Value v, const char *fname, const char *argname) {
    if (!is_str_like(v)) {
        raise_fmt(&exc_TypeError, "%s() argument '%s' must be str, not %s", fname, argname, type_name_of(v));
        return NULL;
    }
    if (strlen(as_str(v)->data) != as_str(v)->nbytes) {
        raise_msg(&exc_ValueError, "embedded null character");
        return NULL;
    }
    return as_str(v)->data;
}

static Value unknown_handler(const char *errors) {
    return raise_fmt(&exc_LookupError, "unknown error handler name '%s'", errors);
}

static Value raise_unicode_error(Type *t, const char *enc, Value obj, size_t start, size_t end, const char *reason) {
    Value encv = str_value_cstr(enc), reasonv = str_value_cstr(reason);
    if (is_null(encv) || is_null(reasonv) || is_null(obj)) return NULLV;
    Value args[5] = {encv, obj, v_int((int64_t)start), v_int((int64_t)end), reasonv};
    Value e = exc_new(t, args, 5);
    if (is_null(e)) return NULLV;
    err_restore(e);
    return NULLV;
}

Value unicode_error_str(Value exc) {
    Type *t = type_of(exc);
    ExcObj *e = (ExcObj *)exc.u.o;
    Tuple *a = e->args;
    if (!a || a->len != 5 || !is_str_like(a->items[0]) || !is_int(a->items[2]) || !is_int(a->items[3]) ||
        !is_str_like(a->items[4])) {
        if (a && a->len == 1) return obj_str(a->items[0]);
        return a && a->len ? obj_str(v_obj(a)) : v_str(str_empty());
    }
    Str *enc = as_str(a->items[0]), *reason = as_str(a->items[4]);
    Value obj = a->items[1];
    int64_t start = a->items[2].u.i, end = a->items[3].u.i;
    Str *r;
    if (type_is_subtype(t, &exc_UnicodeDecodeError) && is_bytes(obj)) {
        if (start >= 0 && start < (int64_t)as_bytes(obj)->len && end == start + 1)
            r = str_fmt("'%U' codec can't decode byte 0x%02x in position %lld: %U", enc,
                        (unsigned char)as_bytes(obj)->data[start], (long long)start, reason);
        else
            r = str_fmt("'%U' codec can't decode bytes in position %lld-%lld: %U", enc, (long long)start,
                        (long long)end - 1, reason);
    } else if (is_str_like(obj)) {
        bool encode = type_is_subtype(t, &exc_UnicodeEncodeError);
        StrBuf b;
        strbuf_init(&b);
        if (encode) strbuf_addf(&b, "'%U' codec can't encode", enc);
        else strbuf_adds(&b, "can't translate");
        if (start >= 0 && start < (int64_t)as_str(obj)->len && end == start + 1) {
            uint32_t cp = str_char_at(as_str(obj), (size_t)start);
            const char *f = cp <= 0xff ? " character '\\x%02x'" : cp <= 0xffff ? " character '\\u%04x'"
                                                                               : " character '\\U%08x'";
            strbuf_addf(&b, f, cp);
            strbuf_addf(&b, " in position %lld: %U", (long long)start, reason);
        } else {
            strbuf_addf(&b, " characters in position %lld-%lld: %U", (long long)start, (long long)end - 1, reason);
        }
        r = strbuf_finish(&b);
    } else {
        return obj_str(v_obj(a));
    }
    return str_value(r);
}

/* ================================================================ decoding */

static void add_byte_escape(StrBuf *b, unsigned char c) {
    static const char hex[] = "0123456789abcdef";
    char esc[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
    strbuf_add(b, esc, 4);
}

/* Apply the decode error handler to d[start..end); false after raising. */
static bool decode_error(StrBuf *out, enum Handler h, const char *errors, const char *enc, const char *d,
                         size_t n, size_t start, size_t end, const char *reason) {
    switch (h) {
    case H_IGNORE: return true;
    case H_REPLACE: strbuf_add_codepoint(out, 0xFFFD); return true;
    case H_BACKSLASH:
        for (size_t i = start; i < end; i++) add_byte_escape(out, (unsigned char)d[i]);
        return true;
    case H_SURROGATEESCAPE: {
        for (size_t i = start; i < end; i++)
            if ((unsigned char)d[i] < 128) goto strict;
        for (size_t i = start; i < end; i++) strbuf_add_codepoint(out, 0xDC00 + (unsigned char)d[i]);
        return true;
    }
    case H_UNKNOWN: unknown_handler(errors); return false;
    default: break;
    }
strict:
    raise_unicode_error(&exc_UnicodeDecodeError, enc, bytes_new(d, n), start, end, reason);
    return false;
}

/* How far the malformed UTF-8 sequence at d[i..n) extends, and why it is malformed. */
static size_t utf8_error_end(const unsigned char *d, size_t i, size_t n, const char **reason) {
    unsigned char c = d[i];
    if (c < 0xC2 || c > 0xF4) { *reason = "invalid start byte"; return i + 1; }
    size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    for (size_t j = 1; j < need; j++) {
        if (i + j >= n) { *reason = "unexpected end of data"; return n; }
        unsigned char x = d[i + j];
        unsigned char lo = 0x80, hi = 0xBF;
        if (j == 1) {
            if (c == 0xE0) lo = 0xA0;
            else if (c == 0xED) hi = 0x9F;
            else if (c == 0xF0) lo = 0x90;
            else if (c == 0xF4) hi = 0x8F;
        }
        if (x < lo || x > hi) { *reason = "invalid continuation byte"; return i + j; }
    }
    *reason = "invalid continuation byte";
    return i + 1;
}

static Value decode_utf8(const char *d, size_t n, enum Handler h, const char *errors) {
    bool pass = h == H_SURROGATEPASS;
    size_t i = 0;
    /* fast path: all well-formed */
    while (i < n) {
        if ((unsigned char)d[i] < 0x80) { i++; continue; }
        size_t k = utf8_check_one(d + i, n - i, pass);
        if (!k) break;
        i += k;
    }
    if (i == n) return str_value(str_new(d, n));
    StrBuf out;
    strbuf_init(&out);
    strbuf_add(&out, d, i);
    while (i < n) {
        size_t k = (unsigned char)d[i] < 0x80 ? 1 : utf8_check_one(d + i, n - i, pass);
        if (k) {
            strbuf_add(&out, d + i, k);
            i += k;
            continue;
        }
        const char *reason;
        size_t end = utf8_error_end((const unsigned char *)d, i, n, &reason);
        if (!decode_error(&out, h, errors, "utf-8", d, n, i, end, reason)) { strbuf_free(&out); return NULLV; }
        i = end;
    }
    return str_value(strbuf_finish(&out));
}

static Value decode_ascii_latin1(const char *d, size_t n, bool latin1, enum Handler h, const char *errors) {
    StrBuf out;
    strbuf_init(&out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c < 0x80) strbuf_addc(&out, (char)c);
        else if (latin1) strbuf_add_codepoint(&out, c);
        else if (!decode_error(&out, h, errors, "ascii", d, n, i, i + 1, "ordinal not in range(128)")) {
            strbuf_free(&out);
            return NULLV;
        }
    }
    return str_value(strbuf_finish(&out));
}

/* utf-16 / utf-32; bom: consume a byte-order mark (the plain "utf-16"/"utf-32" codecs). */
static Value decode_utf16_32(const char *d, size_t n, int width, int big, bool bom, enum Handler h,
                             const char *errors, const char *enc) {
    const unsigned char *u = (const unsigned char *)d;
    size_t i = 0;
    if (bom) {
        if (width == 2 && n >= 2 && u[0] == 0xFF && u[1] == 0xFE) { big = 0; i = 2; }
        else if (width == 2 && n >= 2 && u[0] == 0xFE && u[1] == 0xFF) { big = 1; i = 2; }
        else if (width == 4 && n >= 4 && !memcmp(u, "\xff\xfe\0\0", 4)) { big = 0; i = 4; }
        else if (width == 4 && n >= 4 && !memcmp(u, "\0\0\xfe\xff", 4)) { big = 1; i = 4; }
    }
    /* errors name the byte order actually used: utf-16 without a BOM is utf-16-le */
    static const char *const names[2][2] = {{"utf-16-le", "utf-16-be"}, {"utf-32-le", "utf-32-be"}};
    if (bom) enc = names[width == 4][big];
    StrBuf out;
    strbuf_init(&out);
    while (i < n) {
        if (n - i < (size_t)width) {
            if (!decode_error(&out, h, errors, enc, d, n, i, n, "truncated data")) goto fail;
            break;
        }
        uint32_t v = 0;
        for (int k = 0; k < width; k++) v |= (uint32_t)u[i + (big ? width - 1 - k : k)] << (8 * k);
        if (width == 4) {
            if (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000 && h != H_SURROGATEPASS)) {
                const char *why = v > 0x10FFFF ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)";
                if (!decode_error(&out, h, errors, enc, d, n, i, i + 4, why)) goto fail;
            } else {
                strbuf_add_codepoint(&out, v);
            }
            i += 4;
            continue;
        }
        if (v < 0xD800 || v > 0xDFFF) { strbuf_add_codepoint(&out, v); i += 2; continue; }
        if (v >= 0xDC00) {
            if (!decode_error(&out, h, errors, enc, d, n, i, i + 2, "illegal encoding")) goto fail;
            i += 2;
            continue;
        }
        if (n - i < 4) {
            if (!decode_error(&out, h, errors, enc, d, n, i, n, "unexpected end of data")) goto fail;
            break;
        }
        uint32_t lo = big ? ((uint32_t)u[i + 2] << 8 | u[i + 3]) : ((uint32_t)u[i + 3] << 8 | u[i + 2]);
        if (lo < 0xDC00 || lo > 0xDFFF) {
            if (!decode_error(&out, h, errors, enc, d, n, i, i + 2, "illegal UTF-16 surrogate")) goto fail;
            i += 2;
            continue;
        }
        strbuf_add_codepoint(&out, 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00));
        i += 4;
    }
    return str_value(strbuf_finish(&out));
fail:
    strbuf_free(&out);
    return NULLV;
}

Value codec_decode(const char *data, size_t n, const char *encoding, const char *errors) {
    int codec = find_codec(encoding);
    if (codec < 0) return raise_fmt(&exc_LookupError, "unknown encoding: %s", encoding);
    enum Handler h = find_handler(errors);
    switch (codec) {
    case C_UTF8: return decode_utf8(data, n, h, errors);
    case C_ASCII: return decode_ascii_latin1(data, n, false, h, errors);
    case C_LATIN1: return decode_ascii_latin1(data, n, true, h, errors);
    case C_UTF16: return decode_utf16_32(data, n, 2, 0, true, h, errors, "utf-16");
    case C_UTF16LE: return decode_utf16_32(data, n, 2, 0, false, h, errors, "utf-16-le");
    case C_UTF16BE: return decode_utf16_32(data, n, 2, 1, false, h, errors, "utf-16-be");
    case C_UTF32: return decode_utf16_32(data, n, 4, 0, true, h, errors, "utf-32");
    case C_UTF32LE: return decode_utf16_32(data, n, 4, 0, false, h, errors, "utf-32-le");
    default: return decode_utf16_32(data, n, 4, 1, false, h, errors, "utf-32-be");
    }
}

/* ================================================================ encoding */

typedef struct Encoder {
    enum Codec codec;
    int big;                /* utf-16/32 byte order */
    StrBuf out;
} Encoder;

static void emit_unit(Encoder *e, uint32_t v, int width) {
    for (int k = 0; k < width; k++) strbuf_addc(&e->out, (char)(v >> (8 * (e->big ? width - 1 - k : k))));
}

/* Write one encodable code point. */
static void emit_cp(Encoder *e, uint32_t cp) {
    switch (e->codec) {
    case C_UTF8: strbuf_add_codepoint(&e->out, cp); break;
    case C_ASCII: case C_LATIN1: strbuf_addc(&e->out, (char)cp); break;
    case C_UTF16: case C_UTF16LE: case C_UTF16BE:
        if (cp >= 0x10000) {
            emit_unit(e, 0xD800 + ((cp - 0x10000) >> 10), 2);
            emit_unit(e, 0xDC00 + ((cp - 0x10000) & 0x3FF), 2);
        } else {
            emit_unit(e, cp, 2);
        }
        break;
    default: emit_unit(e, cp, 4); break;
    }
}

static bool encodable(enum Codec c, uint32_t cp) {
    if (c == C_ASCII) return cp < 0x80;
    if (c == C_LATIN1) return cp < 0x100;
    return cp < 0xD800 || cp > 0xDFFF;
}

/* Replacement output for the unencodable code points cps[0..k) (handler h). */
static bool encode_error(Encoder *e, enum Handler h, const char *errors, Str *s, const uint32_t *cps,
                         size_t k, size_t start, const char *reason) {
    char buf[16];
    switch (h) {
    case H_IGNORE: return true;
    case H_REPLACE:
        for (size_t j = 0; j < k; j++) emit_cp(e, '?');
        return true;
    case H_BACKSLASH:
        for (size_t j = 0; j < k; j++) {
            uint32_t cp = cps[j];
            int n = cp <= 0xff ? snprintf(buf, sizeof buf, "\\x%02x", cp)
                  : cp <= 0xffff ? snprintf(buf, sizeof buf, "\\u%04x", cp) : snprintf(buf, sizeof buf, "\\U%08x", cp);
            for (int i = 0; i < n; i++) emit_cp(e, (unsigned char)buf[i]);
        }
        return true;
    case H_XMLCHARREF:
        for (size_t j = 0; j < k; j++) {
            int n = snprintf(buf, sizeof buf, "&#%u;", cps[j]);
            for (int i = 0; i < n; i++) emit_cp(e, (unsigned char)buf[i]);
        }
        return true;
    case H_SURROGATEESCAPE:
        /* one byte per character: not for the utf-16/32 codecs (CPython raises) */
        if (e->codec >= C_UTF16) goto strict;
        for (size_t j = 0; j < k; j++)
            if (cps[j] < 0xDC80 || cps[j] > 0xDCFF) goto strict;
        for (size_t j = 0; j < k; j++) strbuf_addc(&e->out, (char)(cps[j] - 0xDC00));
        return true;
    case H_SURROGATEPASS:
        if (e->codec == C_ASCII || e->codec == C_LATIN1) goto strict;
        for (size_t j = 0; j < k; j++) {
            if (cps[j] < 0xD800 || cps[j] > 0xDFFF) goto strict;
            if (e->codec == C_UTF8) strbuf_add_codepoint(&e->out, cps[j]);
            else emit_unit(e, cps[j], e->codec >= C_UTF32 ? 4 : 2);
        }
        return true;
    case H_UNKNOWN: unknown_handler(errors); return false;
    default: break;
    }
strict:
    raise_unicode_error(&exc_UnicodeEncodeError, codec_names[e->codec], v_str(s), start, start + k, reason);
    return false;
}

bool str_has_surrogates(Str *s) {
    if (s->ascii) return false;
    const unsigned char *p = (const unsigned char *)s->data;
    for (size_t i = 0; i + 1 < s->nbytes; i++)
        if (p[i] == 0xED && p[i + 1] >= 0xA0) return true;
    return false;
}

Value codec_encode(Str *s, const char *encoding, const char *errors) {
    int codec = find_codec(encoding);
    if (codec < 0) return raise_fmt(&exc_LookupError, "unknown encoding: %s", encoding);
    /* a str without surrogates is its own UTF-8 */
    if ((codec == C_UTF8 && !str_has_surrogates(s)) || (s->ascii && (codec == C_ASCII || codec == C_LATIN1)))
        return bytes_new(s->data, s->nbytes);
    enum Handler h = find_handler(errors);
    Encoder e = {.codec = (enum Codec)codec, .big = codec == C_UTF16BE || codec == C_UTF32BE};
    strbuf_init(&e.out);
    if (codec == C_UTF16) emit_unit(&e, 0xFEFF, 2);
    if (codec == C_UTF32) emit_unit(&e, 0xFEFF, 4);
    const char *reason = codec == C_ASCII ? "ordinal not in range(128)"
                       : codec == C_LATIN1 ? "ordinal not in range(256)" : "surrogates not allowed";
    uint32_t run[64];
    size_t pos = 0;
    for (size_t i = 0; i < s->nbytes;) {
        uint32_t cp;
        size_t k = utf8_decode(s->data + i, &cp);
        if (encodable(e.codec, cp)) {
            emit_cp(&e, cp);
            i += k;
            pos++;
            continue;
        }
        /* a run of unencodable code points is reported (and replaced) as one error */
        size_t start = pos, nrun = 0;
        while (i < s->nbytes && nrun < sizeof run / sizeof run[0]) {
            k = utf8_decode(s->data + i, &cp);
            if (encodable(e.codec, cp)) break;
            run[nrun++] = cp;
            i += k;
            pos++;
        }
        if (!encode_error(&e, h, errors, s, run, nrun, start, reason)) { strbuf_free(&e.out); return NULLV; }
    }
    if (e.out.failed) { strbuf_free(&e.out); return raise_no_memory(); }
    Value r = bytes_new(e.out.data ? e.out.data : "", e.out.len);
    strbuf_free(&e.out);
    return r;
}

/* ================================================================ exception attributes */

/* UnicodeError attributes read from (and written into) the 5 constructor arguments. */
static Value unicode_error_field(Value self, int i) {
    Tuple *a = ((ExcObj *)self.u.o)->args;
    if (!a || a->len != 5) return NONE;
    return a->items[i];
}

static int unicode_error_set_field(Value self, int i, Value v) {
    ExcObj *e = (ExcObj *)self.u.o;
    if (!e->args || e->args->len != 5) {
        raise_msg(&exc_AttributeError, "attribute is not available");
        return -1;
    }
    if (is_null(v)) {
        raise_msg(&exc_TypeError, "can't delete attribute");
        return -1;
    }
    Tuple *t = tuple_from(e->args->items, 5);
    if (!t) return -1;
    t->items[i] = v;
    e->args = t;
    return 0;
}

#define UFIELD(name, i) \
    static Value get_##name(Value self) { return unicode_error_field(self, i); } \
    static int set_##name(Value self, Value v) { return unicode_error_set_field(self, i, v); }
UFIELD(encoding, 0)
UFIELD(object, 1)
UFIELD(start, 2)
UFIELD(end, 3)
UFIELD(reason, 4)

const GetSetDef unicode_error_getsets[] = {
    {"encoding", get_encoding, set_encoding}, {"object", get_object, set_object},
    {"start", get_start, set_start}, {"end", get_end, set_end}, {"reason", get_reason, set_reason},
    {NULL, NULL, NULL},
};

/* The Unicode*Error types format their message and expose their fields from the 5
 * constructor arguments (installed before exceptions_init readies the types). */
void unicode_errors_init(void) {
    Type *types[] = {&exc_UnicodeEncodeError, &exc_UnicodeDecodeError, &exc_UnicodeTranslateError};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        types[i]->str = unicode_error_str;
        types[i]->getsets = unicode_error_getsets;
    }
}
