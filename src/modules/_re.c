/* _re.c — the regular-expression engine under lib/re.py: compiled PCRE2 patterns.
 *
 * re.py translates Python's pattern syntax to PCRE2's and builds Pattern and Match
 * objects; this module only compiles and runs.  Offsets cross this boundary as
 * code-point indexes for str subjects (minnow strings are UTF-8) and byte indexes for
 * bytes-like ones.
 *
 *   _re.compile(pattern, flags) -> Code, or (message, position) when PCRE2 refuses it
 *   Code.match(subject, pos, endpos, mode) -> tuple of 2*(groups+1) offsets (-1 unset)
 *                                             or None
 *   Code.findall(subject, pos, endpos) -> list, as Pattern.findall
 *   Code.scan(subject, limit) -> list of span tuples of successive matches (sub, split)
 *   Code.groups
 * Group names never reach PCRE2: re.py numbers the groups itself.
 * mode: MODE_SEARCH / MODE_MATCH / MODE_FULL, plus MODE_ADVANCE (an empty match at pos
 * is not a match: the next step of finditer/sub after an empty match).
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <string.h>
#include "containers.h"
#include "error.h"
#include "gc.h"
#include "module.h"
#include "str.h"

#define UNUSED __attribute__((unused))

enum { MODE_SEARCH = 0, MODE_MATCH = 1, MODE_FULL = 2, MODE_ADVANCE = 4 };
/* Python's flag values (re.I ...), as re.py passes them. */
enum { F_I = 2, F_M = 8, F_S = 16, F_X = 64, F_A = 256 };

/* Subjects are matched without PCRE2's UTF check, which costs a pass over the whole
 * subject per call.  A str holding lone surrogates is not valid UTF-8: it is matched
 * with a second compilation made with PCRE2_MATCH_INVALID_UTF (made when first needed). */
typedef struct Code {
    Obj hdr;
    pcre2_code *code;
    pcre2_code *lenient;    /* for str subjects with surrogates, or NULL */
    Value source;           /* the translated pattern, for compiling `lenient` */
    uint32_t options;
    bool text;              /* a str pattern: subjects are str */
} Code;

static void code_trace(Obj *o) { gc_mark_value(((Code *)o)->source); }

static void code_finalize(Obj *o) {
    Code *c = (Code *)o;
    if (c->code) pcre2_code_free(c->code);
    if (c->lenient) pcre2_code_free(c->lenient);
    c->code = c->lenient = NULL;
}

/* pcre2_compile with the newline convention Python uses (\n only). */
static pcre2_code *compile_pattern(const char *pat, size_t plen, uint32_t opts, int *err,
                                   PCRE2_SIZE *erroff) {
    pcre2_compile_context *ctx = pcre2_compile_context_create(NULL);
    if (!ctx) {
        *err = PCRE2_ERROR_NOMEMORY;
        *erroff = 0;
        return NULL;
    }
    pcre2_set_newline(ctx, PCRE2_NEWLINE_LF);
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pat, plen, opts, err, erroff, ctx);
    pcre2_compile_context_free(ctx);
    return code;
}

Type type_re_code;

/* Code-point <-> byte offsets in a str, walking from the last position asked about in
 * the same string (forwards or backwards), so scanning a long non-ASCII text left to
 * right stays linear. */
static Value cursor_str;
static size_t cursor_cp, cursor_byte;
static bool cursor_surrogates;      /* cursor_str is not valid UTF-8 */

static bool is_lead(Str *s, size_t b) { return ((unsigned char)s->data[b] & 0xC0) != 0x80; }

static void cursor_start(Str *s) {
    if (!is_obj(cursor_str) || cursor_str.u.o != (Obj *)s) {
        cursor_str = v_obj(s);
        cursor_cp = cursor_byte = 0;
        cursor_surrogates = str_has_surrogates(s);
    }
}

static size_t cp_to_byte(Str *s, size_t cp) {
    if (s->ascii) return cp;
    if (cp >= s->len) return s->nbytes;
    cursor_start(s);
    size_t i = cursor_cp, b = cursor_byte;
    if (cp < i && i - cp > cp) i = b = 0;
    while (i < cp) {
        b++;
        while (b < s->nbytes && !is_lead(s, b)) b++;
        i++;
    }
    while (i > cp) {
        b--;
        while (b > 0 && !is_lead(s, b)) b--;
        i--;
    }
    cursor_cp = i;
    cursor_byte = b;
    return b;
}

static size_t byte_to_cp(Str *s, size_t byte) {
    if (s->ascii) return byte;
    cursor_start(s);
    size_t i = cursor_cp, b = cursor_byte;
    if (byte < b && b - byte > byte) i = b = 0;
    for (; b < byte; b++)
        if (is_lead(s, b)) i++;
    for (; b > byte; b--)
        if (is_lead(s, b - 1)) i--;
    cursor_cp = i;
    cursor_byte = byte;
    return i;
}

static bool bytes_view(Value v, const char **data, size_t *len) {
    if (is_obj(v) && type_is_subtype(v.u.o->type, &type_bytes)) {
        *data = as_bytes(v)->data;
        *len = as_bytes(v)->len;
        return true;
    }
    if (is_obj(v) && type_is_subtype(v.u.o->type, &type_bytearray)) {
        ByteArray *ba = (ByteArray *)v.u.o;
        *data = ba->data ? ba->data : "";
        *len = ba->len;
        return true;
    }
    return false;
}

static Value re_compile(UNUSED Value module, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_no_kwargs("compile", kwnames) || !check_nargs("compile", nargs, 2, 2)) return NULLV;
    const char *pat;
    size_t plen;
    bool text = is_str_like(args[0]);
    if (text) {
        pat = as_str(args[0])->data;
        plen = as_str(args[0])->nbytes;
    } else if (!bytes_view(args[0], &pat, &plen)) {
        return raise_fmt(&exc_TypeError, "first argument must be string or compiled pattern");
    }
    int64_t flags;
    if (!obj_as_int64(args[1], &flags)) return NULLV;
    uint32_t opts = PCRE2_ALT_CIRCUMFLEX;
    if (flags & F_I) opts |= PCRE2_CASELESS;
    if (flags & F_M) opts |= PCRE2_MULTILINE;
    if (flags & F_S) opts |= PCRE2_DOTALL;
    if (flags & F_X) opts |= PCRE2_EXTENDED;
    if (text) {
        opts |= PCRE2_UTF;
        if (!(flags & F_A)) opts |= PCRE2_UCP;
    }
    int err;
    PCRE2_SIZE erroff;
    pcre2_code *code = compile_pattern(pat, plen, opts, &err, &erroff);
    KEEP_ALIVE(args[0]);
    if (!code) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(err, msg, sizeof msg);
        size_t pos = text ? utf8_count(pat, erroff > plen ? plen : erroff) : erroff;
        Str *m = str_from_cstr((const char *)msg);
        if (!m) return NULLV;
        Tuple *t = tuple_pack(3, v_str(m), v_int((int64_t)pos), v_int(err));
        return t ? v_obj(t) : NULLV;
    }
    Code *c = gc_alloc(&type_re_code, sizeof(Code));
    if (!c) {
        pcre2_code_free(code);
        return NULLV;
    }
    c->code = code;
    c->text = text;
    c->source = args[0];
    c->options = opts;
    return v_obj(c);
}

/* A subject being matched: its bytes, and its str when offsets are code points. */
typedef struct Subject {
    Str *s;                 /* NULL for bytes-like subjects */
    const char *data;
    size_t len;             /* code points (str) or bytes */
} Subject;

static bool subject_open(Code *c, Value v, Subject *sub) {
    sub->s = NULL;
    bool bytes_like = bytes_view(v, &sub->data, &sub->len);
    if (c->text) {
        if (!is_str_like(v)) {
            if (bytes_like)
                raise_fmt(&exc_TypeError, "cannot use a string pattern on a bytes-like object");
            else
                raise_fmt(&exc_TypeError, "expected string or bytes-like object, got '%s'",
                          type_name_of(v));
            return false;
        }
        sub->s = as_str(v);
        sub->data = sub->s->data;
        sub->len = sub->s->len;
    } else if (!bytes_like) {
        if (is_str_like(v))
            raise_fmt(&exc_TypeError, "cannot use a bytes pattern on a string-like object");
        else
            raise_fmt(&exc_TypeError, "expected string or bytes-like object, got '%s'",
                      type_name_of(v));
        return false;
    }
    return true;
}

/* pos/endpos clamped as CPython does, as byte offsets; false when pos > endpos. */
static bool subject_range(Subject *sub, int64_t pos, int64_t endpos, size_t *bstart, size_t *bend) {
    if (endpos > (int64_t)sub->len) endpos = (int64_t)sub->len;
    if (endpos < 0) endpos = 0;
    if (pos < 0) pos = 0;
    if (pos > endpos) return false;
    *bstart = sub->s ? cp_to_byte(sub->s, (size_t)pos) : (size_t)pos;
    *bend = sub->s ? cp_to_byte(sub->s, (size_t)endpos) : (size_t)endpos;
    return true;
}

static size_t to_offset(Subject *sub, size_t byte) { return sub->s ? byte_to_cp(sub->s, byte) : byte; }

/* The compilation to run on this subject, adding its match options to *opts. */
static pcre2_code *code_for(Code *c, Subject *sub, uint32_t *opts) {
    if (!sub->s) return c->code;
    if (!sub->s->ascii) {
        cursor_start(sub->s);
        if (cursor_surrogates) {
            if (!c->lenient) {
                Str *src = as_str(c->source);
                int err;
                PCRE2_SIZE erroff;
                c->lenient = compile_pattern(src->data, src->nbytes,
                                             c->options | PCRE2_MATCH_INVALID_UTF, &err, &erroff);
                if (!c->lenient) {
                    raise_no_memory();
                    return NULL;
                }
            }
            return c->lenient;
        }
    }
    *opts |= PCRE2_NO_UTF_CHECK;
    return c->code;
}

/* One pcre2_match: 1 matched, 0 no match, -1 error raised. */
static int run_match(pcre2_code *code, Subject *sub, size_t bstart, size_t bend, uint32_t opts,
                     pcre2_match_data *md) {
    int rc = pcre2_match(code, (PCRE2_SPTR)sub->data, bend, bstart, opts, md, NULL);
    if (rc >= 0) return 1;
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
        rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_NOMEMORY) {
        raise_fmt(&exc_RecursionError, "maximum recursion limit exceeded");
        return -1;
    }
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message(rc, msg, sizeof msg);
    raise_fmt(&exc_RuntimeError, "regular expression engine: %s", (const char *)msg);
    return -1;
}

/* Group g's byte span, false when it did not take part in the match. */
static bool group_span(pcre2_match_data *md, uint32_t g, size_t *a, size_t *b) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    if (g >= pcre2_get_ovector_count(md) || ov[2 * g] == PCRE2_UNSET) return false;
    *a = ov[2 * g];
    *b = ov[2 * g + 1];
    return true;
}

static uint32_t capture_count(Code *c) {
    uint32_t n;
    pcre2_pattern_info(c->code, PCRE2_INFO_CAPTURECOUNT, &n);
    return n;
}

/* (start0, end0, start1, end1, ...) in the subject's offsets, -1 for unset groups. */
static Tuple *span_tuple(pcre2_match_data *md, Subject *sub, uint32_t ncap) {
    Tuple *t = tuple_new(2 * ((size_t)ncap + 1));
    if (!t) return NULL;
    for (uint32_t g = 0; g <= ncap; g++) {
        size_t a, b;
        bool set = group_span(md, g, &a, &b);
        t->items[2 * g] = v_int(set ? (int64_t)to_offset(sub, a) : -1);
        t->items[2 * g + 1] = v_int(set ? (int64_t)to_offset(sub, b) : -1);
    }
    return t;
}

static Value code_match(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_no_kwargs("match", kwnames) || !check_nargs("match", nargs, 4, 4)) return NULLV;
    Code *c = (Code *)self.u.o;
    int64_t pos, endpos, mode;
    Subject sub;
    size_t bstart, bend;
    if (!obj_as_int64(args[1], &pos) || !obj_as_int64(args[2], &endpos) ||
        !obj_as_int64(args[3], &mode) || !subject_open(c, args[0], &sub))
        return NULLV;
    if (!subject_range(&sub, pos, endpos, &bstart, &bend)) return NONE;
    uint32_t opts = 0;
    if ((mode & 3) == MODE_MATCH) opts |= PCRE2_ANCHORED;
    if ((mode & 3) == MODE_FULL) opts |= PCRE2_ANCHORED | PCRE2_ENDANCHORED;
    if (mode & MODE_ADVANCE) opts |= PCRE2_NOTEMPTY_ATSTART;
    pcre2_code *code = code_for(c, &sub, &opts);
    if (!code) return NULLV;
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(code, NULL);
    if (!md) return raise_no_memory();
    int r = run_match(code, &sub, bstart, bend, opts, md);
    if (r <= 0) {
        pcre2_match_data_free(md);
        return r == 0 ? NONE : NULLV;
    }
    Tuple *t = span_tuple(md, &sub, capture_count(c));
    pcre2_match_data_free(md);
    KEEP_ALIVE(args[0]);
    return t ? v_obj(t) : NULLV;
}

/* Pattern._scan: the span tuples of successive matches (at most limit, 0 = all) for
 * sub and split; after an empty match the next may not be empty at the same place. */
static Value code_scan(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_no_kwargs("scan", kwnames) || !check_nargs("scan", nargs, 2, 2)) return NULLV;
    Code *c = (Code *)self.u.o;
    int64_t limit;
    Subject sub;
    size_t bpos, bend;
    if (!obj_as_int64(args[1], &limit) || !subject_open(c, args[0], &sub)) return NULLV;
    List *out = list_with_capacity(0);
    if (!out) return NULLV;
    subject_range(&sub, 0, (int64_t)sub.len, &bpos, &bend);
    uint32_t opts = 0;
    pcre2_code *code = code_for(c, &sub, &opts);
    if (!code) return NULLV;
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(code, NULL);
    if (!md) return raise_no_memory();
    uint32_t ncap = capture_count(c);
    bool advance = false;
    for (int64_t n = 0; limit <= 0 || n < limit; n++) {
        int r = run_match(code, &sub, bpos, bend, opts | (advance ? PCRE2_NOTEMPTY_ATSTART : 0), md);
        if (r == 0) break;
        Tuple *t = r > 0 ? span_tuple(md, &sub, ncap) : NULL;
        if (!t || !list_append(out, v_obj(t))) {
            pcre2_match_data_free(md);
            return NULLV;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        advance = ov[0] == ov[1];
        bpos = ov[1];
    }
    pcre2_match_data_free(md);
    KEEP_ALIVE(args[0]);
    return v_obj(out);
}

static Value subject_slice(Subject *sub, size_t a, size_t b) {
    if (sub->s) {
        Str *r = str_new(sub->data + a, b - a);
        return r ? v_str(r) : NULLV;
    }
    return bytes_new(sub->data + a, b - a);
}

/* Pattern.findall(string, pos, endpos), with CPython's rule that the match after an
 * empty one may not be empty at the same place. */
static Value code_findall(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_no_kwargs("findall", kwnames) || !check_nargs("findall", nargs, 3, 3)) return NULLV;
    Code *c = (Code *)self.u.o;
    int64_t pos, endpos;
    Subject sub;
    size_t bpos, bend;
    if (!obj_as_int64(args[1], &pos) || !obj_as_int64(args[2], &endpos) ||
        !subject_open(c, args[0], &sub))
        return NULLV;
    List *out = list_with_capacity(0);
    if (!out) return NULLV;
    if (!subject_range(&sub, pos, endpos, &bpos, &bend)) return v_obj(out);
    uint32_t opts = 0;
    pcre2_code *code = code_for(c, &sub, &opts);
    if (!code) return NULLV;
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(code, NULL);
    if (!md) return raise_no_memory();
    uint32_t ncap = capture_count(c);
    bool advance = false;
    for (;;) {
        int r = run_match(code, &sub, bpos, bend, opts | (advance ? PCRE2_NOTEMPTY_ATSTART : 0), md);
        if (r == 0) break;
        Value item = NULLV;
        if (r > 0) {
            size_t a, b;
            if (ncap <= 1) {
                item = group_span(md, ncap, &a, &b) ? subject_slice(&sub, a, b)
                                                    : subject_slice(&sub, 0, 0);
            } else {
                Tuple *t = tuple_new(ncap);
                if (t) {
                    item = v_obj(t);
                    for (uint32_t g = 1; g <= ncap; g++) {
                        if (!group_span(md, g, &a, &b)) a = b = 0;
                        t->items[g - 1] = subject_slice(&sub, a, b);
                        if (is_null(t->items[g - 1])) {
                            item = NULLV;
                            break;
                        }
                    }
                }
            }
        }
        if (is_null(item) || !list_append(out, item)) {
            pcre2_match_data_free(md);
            return NULLV;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        advance = ov[0] == ov[1];
        bpos = ov[1];
    }
    pcre2_match_data_free(md);
    KEEP_ALIVE(args[0]);
    return v_obj(out);
}

static Value code_groups(Value self) { return v_int(capture_count((Code *)self.u.o)); }

static Value code_new(UNUSED Type *type, UNUSED Value *args, UNUSED size_t nargs,
                      UNUSED Tuple *kwnames) {
    return raise_fmt(&exc_TypeError, "cannot create '_re.Code' instances");
}

static const MethodDef code_methods[] = {
    {"match", code_match, 0, NULL},
    {"findall", code_findall, 0, NULL},
    {"scan", code_scan, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef code_getsets[] = {
    {"groups", code_groups, NULL},
    {NULL, NULL, NULL},
};

Type type_re_code = {
    .hdr = {.type = &type_type},
    .name = "_re.Code",
    .basicsize = sizeof(Code),
    .new = code_new,
    .trace = code_trace,
    .finalize = code_finalize,
    .methods = code_methods,
    .getsets = code_getsets,
};

static const MethodDef re_functions[] = {
    {"compile", re_compile, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value module_init__re(void) {
    if (!(type_re_code.flags & TPF_READY)) {
        if (!type_ready(&type_re_code)) return NULLV;
        gc_add_root(&cursor_str);
    }
    Value mod = module_new("_re");
    if (is_null(mod)) return NULLV;
    if (!module_add_functions(mod, re_functions) ||
        !module_add_value(mod, "Code", v_obj(&type_re_code)))
        return NULLV;
    return mod;
}
