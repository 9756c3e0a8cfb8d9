/* traceback.c — traceback objects, and printing an uncaught exception exactly as
 * CPython 3.13 does: chained exceptions, source lines, and the ~~~^^^ carets whose rules
 * come from traceback.py (anchors for binary operators, subscripts and calls; no carets
 * when they would only underline the whole line). */
#include "ast.h"
#include "containers.h"
#include "error.h"
#include "eval.h"
#include "gc.h"
#include "parser.h"
#include "module.h"
#include "str.h"
#include "builtins.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- traceback objects ---- */

static void tb_trace(Obj *o) {
    Traceback *tb = (Traceback *)o;
    gc_mark_value(tb->next);
    gc_mark_obj(tb->frame);
}

int code_addr_to_line(Code *co, int index);

bool traceback_add(Value exc, Frame *f, int lasti) {
    if (!is_instance(exc, &exc_BaseException)) return true;
    FrameObject *fo = frame_object_get(f);
    Traceback *tb = gc_alloc(&type_traceback, sizeof *tb);
    if (!fo || !tb) return false;
    ExcObj *e = (ExcObj *)as_obj(exc);
    tb->next = e->traceback;
    tb->frame = fo;
    tb->lasti = lasti;
    int line = -1;
    for (int i = lasti; i >= 0 && line < 0; i--) line = code_addr_to_line(f->code, i);
    tb->lineno = line < 0 ? f->code->firstlineno : line;
    e->traceback = v_obj(tb);
    return true;
}

#define TB(v) ((Traceback *)as_obj(v))
static Value tb_get_next(Value s) { return TB(s)->next; }
static int tb_set_next(Value s, Value v) {
    if (!is_none(v) && !is_type(v, &type_traceback)) {
        raise_fmt(&exc_TypeError, "expected traceback object or None, got '%s'", type_name_of(v));
        return -1;
    }
    for (Value c = v; is_type(c, &type_traceback); c = TB(c)->next)
        if (as_obj(c) == as_obj(s)) { raise_msg(&exc_ValueError, "traceback loop detected"); return -1; }
    TB(s)->next = v;
    return 0;
}
static Value tb_get_frame(Value s) { return v_obj(TB(s)->frame); }
static Value tb_get_lasti(Value s) { return v_int(TB(s)->lasti * 2); }
static Value tb_get_lineno(Value s) { return v_int(TB(s)->lineno); }

static const GetSetDef tb_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next},
    {"tb_frame", tb_get_frame, NULL},
    {"tb_lasti", tb_get_lasti, NULL},
    {"tb_lineno", tb_get_lineno, NULL},
    {NULL, NULL, NULL},
};

Type type_traceback = {
    .hdr = {.type = &type_type},
    .name = "traceback",
    .basicsize = sizeof(Traceback),
    .trace = tb_trace,
    .getsets = tb_getsets,
};

/* ---- source lines ---- */

typedef struct SourceFile {
    char *name;
    char *text;
    size_t len;
    struct SourceFile *next;
} SourceFile;
static SourceFile *source_cache;

static SourceFile *source_load(const char *filename) {
    for (SourceFile *s = source_cache; s; s = s->next)
        if (strcmp(s->name, filename) == 0) return s->text ? s : NULL;
    SourceFile *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->name = strdup(filename);
    if (filename[0] != '<') {
        FILE *fp = fopen(filename, "rb");
        if (fp) {
            fseek(fp, 0, SEEK_END);
            long n = ftell(fp);
            fseek(fp, 0, SEEK_SET);
            if (n >= 0 && (s->text = malloc((size_t)n + 1))) {
                s->len = fread(s->text, 1, (size_t)n, fp);
                s->text[s->len] = 0;
            }
            fclose(fp);
        }
    }
    s->next = source_cache;
    source_cache = s;
    return s->text ? s : NULL;
}

/* Line `lineno` (1-based) without its newline, as a malloc'd string, or NULL. */
static char *source_line(const char *filename, int lineno) {
    SourceFile *s = source_load(filename);
    if (!s || lineno < 1) return NULL;
    const char *p = s->text, *end = s->text + s->len;
    for (int i = 1; i < lineno && p < end; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return NULL;
        p = nl + 1;
    }
    if (p >= end && lineno > 1) return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
    if (n && p[n - 1] == '\r') n--;
    char *out = malloc(n + 1);
    if (!out) return NULL;
    memcpy(out, p, n);
    out[n] = 0;
    return out;
}

/* ---- lines as code-point arrays ---- */

typedef struct Line {
    uint32_t *cp;
    int len;
} Line;

static Line line_from_utf8(const char *s) {
    size_t n = strlen(s);
    Line l = {malloc((n + 1) * sizeof(uint32_t)), 0};
    if (!l.cp) return l;
    for (const char *p = s; *p;) {
        uint32_t c;
        p += utf8_decode(p, &c);
        l.cp[l.len++] = c;
    }
    return l;
}

static int char_offset(const char *utf8, int byte_offset) {
    int chars = 0;
    for (int i = 0; utf8[i] && i < byte_offset; i++)
        if (((unsigned char)utf8[i] & 0xC0) != 0x80) chars++;
    return chars;
}

static bool is_space(uint32_t c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n'; }

static void add_cps(StrBuf *b, const uint32_t *cp, int n) {
    for (int i = 0; i < n; i++) strbuf_add_codepoint(b, cp[i]);
}

/* ---- caret anchors (traceback._extract_caret_anchors_from_line_segment) ---- */

typedef struct Anchors {
    int left_line, left_col, right_line, right_col;
    uint32_t primary, secondary;
} Anchors;

typedef struct Seg {
    Line *lines;
    int n;
    char **utf8;        /* the same lines in UTF-8 (for byte -> char offsets) */
} Seg;

static bool next_valid(Seg *s, int *line, int *col) {
    while (*line < s->n && *col >= s->lines[*line].len) { *col = 0; (*line)++; }
    return *line < s->n;
}

static bool increment_until(Seg *s, int *line, int *col, int mode) {
    /* mode 0: first non-space, non-')' char; '[' or '(' : that char */
    for (;;) {
        if (!next_valid(s, line, col)) return false;
        uint32_t ch = s->lines[*line].cp[*col];
        if (ch == '\\' || ch == '#') { (*line)++; *col = 0; continue; }
        bool stop = mode == 0 ? (!is_space(ch) && ch != ')') : ch == (uint32_t)mode;
        if (stop) return true;
        (*col)++;
    }
}

static bool end_position(Seg *s, Expr *e, int *line, int *col, bool force_valid) {
    *line = e->end_lineno - 2;
    if (*line < 0 || *line >= s->n) return false;
    *col = char_offset(s->utf8[*line], e->end_col_offset);
    return force_valid ? next_valid(s, line, col) : true;
}

static bool find_anchors(Seg *s, Anchors *a) {
    StrBuf b;
    strbuf_init(&b);
    strbuf_adds(&b, "(\n");
    for (int i = 0; i < s->n; i++) {
        if (i) strbuf_addc(&b, '\n');
        strbuf_adds(&b, s->utf8[i]);
    }
    strbuf_adds(&b, "\n)");
    if (b.failed) { strbuf_free(&b); return false; }
    Arena *arena = arena_new();
    ParseError err = {0};
    Mod *mod = arena ? parse_source(b.data, b.len, "<segment>", PARSE_FILE, arena, &err) : NULL;
    parse_error_clear(&err);
    strbuf_free(&b);
    bool found = false;
    a->primary = '~';
    a->secondary = '^';
    if (mod && mod->v.Module.body.n == 1 && mod->v.Module.body.items[0]->kind == Stmt_Expr) {
        Expr *e = mod->v.Module.body.items[0]->v.Expr.value;
        int line, col;
        if (e->kind == Expr_BinOp) {
            if (end_position(s, e->v.BinOp.left, &line, &col, true) && increment_until(s, &line, &col, 0)) {
                int right = col + 1;
                Expr *r = e->v.BinOp.right;
                Line *l = &s->lines[line];
                if (right < l->len &&
                    (r->lineno - 2 > line || right < char_offset(s->utf8[r->lineno - 2], r->col_offset)) &&
                    !is_space(l->cp[right]) && l->cp[right] != '\\' && l->cp[right] != '#')
                    right++;
                *a = (Anchors){line, col, line, right, '~', '^'};
                found = true;
            }
        } else if (e->kind == Expr_Subscript || e->kind == Expr_Call) {
            Expr *inner = e->kind == Expr_Subscript ? e->v.Subscript.value : e->v.Call.func;
            int rl, rc;
            if (end_position(s, inner, &line, &col, true) &&
                increment_until(s, &line, &col, e->kind == Expr_Subscript ? '[' : '(') &&
                end_position(s, e, &rl, &rc, false)) {
                *a = (Anchors){line, col, rl, rc, '~', '^'};
                found = true;
            }
        }
    }
    arena_free(arena);
    return found;
}

/* traceback.StackSummary._should_show_carets */
static bool should_show_carets(Seg *s, int start, int end, bool anchors) {
    StrBuf b;
    strbuf_init(&b);
    for (int i = 0; i < s->n; i++) {
        if (i) strbuf_addc(&b, '\n');
        strbuf_adds(&b, s->utf8[i]);
    }
    Arena *arena = arena_new();
    ParseError err = {0};
    Mod *mod = (arena && !b.failed) ? parse_source(b.data, b.len, "<lines>", PARSE_FILE, arena, &err) : NULL;
    parse_error_clear(&err);
    strbuf_free(&b);
    if (mod) {
        if (mod->v.Module.body.n == 0) { arena_free(arena); return false; }
        Stmt *st = mod->v.Module.body.items[0];
        Expr *value = NULL;
        if (st->kind == Stmt_Return && st->v.Return.value && st->v.Return.value->kind == Expr_Call &&
            st->v.Return.value->v.Call.func->kind == Expr_Name)
            value = st->v.Return.value;
        if (st->kind == Stmt_Assign && st->v.Assign.value->kind == Expr_Call &&
            st->v.Assign.targets.n == 1 && st->v.Assign.targets.items[0]->kind == Expr_Name)
            value = st->v.Assign.value;
        if (value && value->lineno == 1 && value->end_lineno == s->n && value->col_offset == start &&
            value->end_col_offset == end) {
            arena_free(arena);
            return false;
        }
    }
    arena_free(arena);
    if (anchors) return true;
    Line *first = &s->lines[0], *last = &s->lines[s->n - 1];
    for (int i = 0; i < start && i < first->len; i++)
        if (!is_space(first->cp[i])) return true;
    for (int i = end; i < last->len; i++)
        if (!is_space(last->cp[i])) return true;
    return false;
}

/* textwrap.dedent on an array of lines: remove the common leading whitespace. */
static void dedent_lines(Line *lines, int n) {
    int common = -1;
    for (int i = 0; i < n; i++) {
        int k = 0;
        while (k < lines[i].len && (lines[i].cp[k] == ' ' || lines[i].cp[k] == '\t')) k++;
        if (k == lines[i].len) continue;   /* blank lines do not count */
        if (common < 0 || k < common) common = k;
    }
    if (common <= 0) return;
    for (int i = 0; i < n; i++) {
        int k = 0;
        while (k < common && k < lines[i].len && (lines[i].cp[k] == ' ' || lines[i].cp[k] == '\t')) k++;
        memmove(lines[i].cp, lines[i].cp + k, (size_t)(lines[i].len - k) * sizeof(uint32_t));
        lines[i].len -= k;
    }
}

static void free_lines(Line *l, char **u, int n) {
    for (int i = 0; i < n; i++) { free(l[i].cp); if (u) free(u[i]); }
    free(l);
    free(u);
}

static char *line_to_utf8(Line *l) {
    StrBuf b;
    strbuf_init(&b);
    add_cps(&b, l->cp, l->len);
    strbuf_addc(&b, 0);
    if (b.failed) { strbuf_free(&b); return NULL; }
    return b.data;
}

typedef struct OutLines {
    StrBuf buf;
} OutLines;

static void format_source(StrBuf *out, Code *co, int lasti, int lineno) {
    const char *filename = co->filename->data;
    Location loc = {-1, -1, -1, -1};
    if (lasti >= 0 && lasti < co->ninstrs) loc = co->locations[lasti];
    bool have_cols = loc.lineno == lineno && loc.col >= 0 && loc.end_col >= 0 && loc.end_lineno >= lineno;
    int nlines = have_cols ? loc.end_lineno - lineno + 1 : 1;
    char **orig = calloc((size_t)nlines, sizeof(char *));
    if (!orig) return;
    for (int i = 0; i < nlines; i++) {
        orig[i] = source_line(filename, lineno + i);
        if (!orig[i]) {
            if (i == 0) { free(orig); return; }
            nlines = i;
            have_cols = false;
            break;
        }
    }
    Line *lines = calloc((size_t)nlines, sizeof(Line));
    char **utf8 = calloc((size_t)nlines, sizeof(char *));
    if (!lines || !utf8) { free(lines); free(utf8); for (int i = 0; i < nlines; i++) free(orig[i]); free(orig); return; }
    for (int i = 0; i < nlines; i++) lines[i] = line_from_utf8(orig[i]);
    bool blank = true;
    for (int i = 0; i < nlines && blank; i++)
        for (int k = 0; k < lines[i].len; k++)
            if (!is_space(lines[i].cp[k])) { blank = false; break; }
    if (blank) goto done;
    if (!have_cols) {
        Line *l = &lines[0];
        int a = 0, z = l->len;
        while (a < z && is_space(l->cp[a])) a++;
        while (z > a && is_space(l->cp[z - 1])) z--;
        strbuf_adds(out, "    ");
        add_cps(out, l->cp + a, z - a);
        strbuf_addc(out, '\n');
        goto done;
    }
    {
        int first_len = lines[0].len;
        int start = char_offset(orig[0], loc.col);
        int end = char_offset(orig[nlines - 1], loc.end_col);
        dedent_lines(lines, nlines);
        int dedent = first_len - lines[0].len;
        start = start - dedent < 0 ? 0 : start - dedent;
        end = end - dedent < 0 ? 0 : end - dedent;
        for (int i = 0; i < nlines; i++) utf8[i] = line_to_utf8(&lines[i]);
        /* the exact segment of the instruction, for anchor parsing */
        Seg whole = {lines, nlines, utf8};
        Line *seglines = calloc((size_t)nlines, sizeof(Line));
        char **segutf8 = calloc((size_t)nlines, sizeof(char *));
        Anchors anc = {0, 0, 0, 0, 0, 0};
        bool have_anchors = false;
        if (seglines && segutf8) {
            for (int i = 0; i < nlines; i++) {
                int a = i == 0 ? start : 0;
                int z = i == nlines - 1 ? end : lines[i].len;
                if (z > lines[i].len) z = lines[i].len;
                if (a > z) a = z;
                seglines[i].cp = malloc(((size_t)(z - a) + 1) * sizeof(uint32_t));
                if (!seglines[i].cp) continue;
                memcpy(seglines[i].cp, lines[i].cp + a, (size_t)(z - a) * sizeof(uint32_t));
                seglines[i].len = z - a;
                segutf8[i] = line_to_utf8(&seglines[i]);
                if (!segutf8[i]) segutf8[i] = strdup("");
            }
            /* splitlines() drops a trailing empty piece */
            int segn = nlines;
            Seg seg = {seglines, segn, segutf8};
            have_anchors = find_anchors(&seg, &anc);
            free_lines(seglines, segutf8, nlines);
        }
        if (have_anchors) {
            if (anc.left_line == 0) anc.left_col += start;
            if (anc.right_line == 0) anc.right_col += start;
        }
        bool show = should_show_carets(&whole, start, end, have_anchors);
        /* significant lines: first, last, and around the anchors */
        bool *sig = calloc((size_t)nlines, sizeof(bool));
        if (!sig) goto done;
        sig[0] = sig[nlines - 1] = true;
        if (have_anchors)
            for (int d = -1; d <= 1; d++) {
                int x = anc.left_line + d, y = anc.right_line + d;
                if (x >= 0 && x < nlines) sig[x] = true;
                if (y >= 0 && y < nlines) sig[y] = true;
            }
        StrBuf res;
        strbuf_init(&res);
        int prev = -1;
        for (int ln = 0; ln < nlines; ln++) {
            if (!sig[ln]) continue;
            if (prev >= 0) {
                int diff = ln - prev;
                if (diff == 2) sig[ln - 1] = true;
                else if (diff > 2) strbuf_addf(&res, "...<%d lines>...\n", diff - 1);
            }
            for (int k = (prev >= 0 && ln - prev == 2) ? ln - 1 : ln; k <= ln; k++) {
                Line *l = &lines[k];
                add_cps(&res, l->cp, l->len);
                strbuf_addc(&res, '\n');
                if (!show) continue;
                int spaces = 0;
                while (spaces < l->len && is_space(l->cp[spaces])) spaces++;
                int ncarets = k == nlines - 1 ? end : l->len;
                for (int col = 0; col < ncarets; col++) {
                    char c;
                    if (col < spaces || (k == 0 && col < start)) c = ' ';
                    else if (have_anchors &&
                             (k > anc.left_line || (k == anc.left_line && col >= anc.left_col)) &&
                             (k < anc.right_line || (k == anc.right_line && col < anc.right_col)))
                        c = (char)anc.secondary;
                    else c = have_anchors ? (char)anc.primary : '^';
                    strbuf_addc(&res, c);
                }
                strbuf_addc(&res, '\n');
            }
            prev = ln;
        }
        free(sig);
        /* textwrap.dedent the block, then indent every line by four spaces */
        strbuf_addc(&res, 0);
        if (!res.failed) {
            int count = 0;
            for (char *p = res.data; *p; p++) count += *p == '\n';
            Line *rl = calloc((size_t)count + 1, sizeof(Line));
            int n = 0;
            if (rl) {
                char *p = res.data;
                while (*p) {
                    char *nl = strchr(p, '\n');
                    if (nl) *nl = 0;
                    rl[n++] = line_from_utf8(p);
                    if (!nl) break;
                    p = nl + 1;
                }
                dedent_lines(rl, n);
                for (int i = 0; i < n; i++) {
                    strbuf_adds(out, "    ");
                    add_cps(out, rl[i].cp, rl[i].len);
                    strbuf_addc(out, '\n');
                }
                free_lines(rl, NULL, n);
            }
        }
        strbuf_free(&res);
    }
done:
    for (int i = 0; i < nlines; i++) free(orig[i]);
    free(orig);
    free_lines(lines, utf8, nlines);
}

/* ---- the whole report ---- */

static void format_tb(StrBuf *out, Value tb) {
    const char *last_file = NULL;
    int last_line = -1, count = 0;
    const char *last_name = NULL;
    for (; is_type(tb, &type_traceback); tb = TB(tb)->next) {
        Traceback *t = TB(tb);
        Frame *f = t->frame->frame;
        if (!f) continue;
        Code *co = f->code;
        const char *file = co->filename->data, *name = co->name->data;
        if (last_file && strcmp(file, last_file) == 0 && t->lineno == last_line && strcmp(name, last_name) == 0) {
            count++;
            if (count >= 3) continue;
        } else {
            if (count >= 3)
                strbuf_addf(out, "  [Previous line repeated %d more time%s]\n", count - 2, count - 2 == 1 ? "" : "s");
            count = 0;
        }
        last_file = file;
        last_line = t->lineno;
        last_name = name;
        strbuf_addf(out, "  File \"%s\", line %d, in %s\n", file, t->lineno, name);
        format_source(out, co, t->lasti, t->lineno);
    }
    if (count >= 3)
        strbuf_addf(out, "  [Previous line repeated %d more time%s]\n", count - 2, count - 2 == 1 ? "" : "s");
}

static void format_syntax_error(StrBuf *out, ExcObj *e) {
    Dict *d = e->dict;
    Value filename = d ? dict_get_cstr(d, "filename") : NULLV;
    Value lineno = d ? dict_get_cstr(d, "lineno") : NULLV;
    Value text = d ? dict_get_cstr(d, "text") : NULLV;
    Value offset = d ? dict_get_cstr(d, "offset") : NULLV;
    Value end_offset = d ? dict_get_cstr(d, "end_offset") : NULLV;
    if (is_int(lineno))
        strbuf_addf(out, "  File \"%s\", line %lld\n", is_str(filename) ? as_str(filename)->data : "<string>",
                    (long long)as_int(lineno));
    if (!is_str(text)) return;
    Line l = line_from_utf8(as_str(text)->data);
    if (!l.cp) return;
    int rlen = l.len;
    while (rlen > 0 && l.cp[rlen - 1] == '\n') rlen--;
    int spaces = 0;
    while (spaces < rlen && (l.cp[spaces] == ' ' || l.cp[spaces] == '\n' || l.cp[spaces] == '\f')) spaces++;
    strbuf_adds(out, "    ");
    add_cps(out, l.cp + spaces, rlen - spaces);
    strbuf_addc(out, '\n');
    if (is_int(offset)) {
        int64_t off = as_int(offset);
        int64_t eoff = is_int(end_offset) && as_int(end_offset) != 0 ? as_int(end_offset) : off;
        if (off > l.len) off = l.len + 1;
        if (eoff > l.len) eoff = l.len + 1;
        if (off >= eoff || eoff < 0) eoff = off + 1;
        int64_t colno = off - 1 - spaces, end_colno = eoff - 1 - spaces;
        if (colno >= 0) {
            strbuf_adds(out, "    ");
            for (int64_t i = 0; i < colno; i++) {
                uint32_t c = spaces + i < rlen ? l.cp[spaces + i] : ' ';
                strbuf_addc(out, is_space(c) ? (char)c : ' ');
            }
            for (int64_t i = colno; i < end_colno; i++) strbuf_addc(out, '^');
            strbuf_addc(out, '\n');
        }
    }
    free(l.cp);
}

/* ---- "Did you mean" (the algorithm of CPython's Python/suggestions.c) ---- */

enum { MAX_CANDIDATES = 750, MAX_NAME = 40, MOVE_COST = 2, CASE_COST = 1 };

static size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

/* Levenshtein distance with case changes cheap; max_cost + 1 when over the budget. */
static size_t edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost) {
    size_t row[MAX_NAME];
    while (na && nb && a[0] == b[0]) { a++; b++; na--; nb--; }
    while (na && nb && a[na - 1] == b[nb - 1]) { na--; nb--; }
    if (na == 0 || nb == 0) return (na + nb) * MOVE_COST;
    if (na > MAX_NAME || nb > MAX_NAME) return max_cost + 1;
    if (nb < na) { const char *t = a; a = b; b = t; size_t n = na; na = nb; nb = n; }
    if ((nb - na) * MOVE_COST > max_cost) return max_cost + 1;
    for (size_t i = 0; i < na; i++) row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < nb; bi++) {
        size_t distance = result = bi * MOVE_COST, minimum = (size_t)-1;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = distance + substitution_cost(b[bi], a[i]);
            distance = row[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            row[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

static Str *closest_name(List *candidates, Str *name) {
    if (candidates->len >= MAX_CANDIDATES) return NULL;
    size_t best = (size_t)-1;
    Str *suggestion = NULL;
    for (size_t i = 0; i < candidates->len; i++) {
        Value v = candidates->items[i];
        if (!is_str(v) || str_eq(as_str(v), name)) continue;
        Str *c = as_str(v);
        size_t max = (name->nbytes + c->nbytes + 3) * MOVE_COST / 6;
        if (best - 1 < max) max = best - 1;
        size_t d = edit_distance(name->data, name->nbytes, c->data, c->nbytes, max);
        if (d > max) continue;
        if (!suggestion || d < best) { suggestion = c; best = d; }
    }
    return suggestion;
}

static bool append_keys(List *out, Value mapping) {
    if (is_dict(mapping)) {
        size_t pos = 0;
        Value k, v;
        while (dict_next(as_dict(mapping), &pos, &k, &v))
            if (!list_append(out, k)) return false;
        return true;
    }
    List *l = seq_to_list(mapping);
    return l && list_extend(out, v_obj(l));
}

static Frame *innermost_frame(Value tb) {
    if (!is_type(tb, &type_traceback)) return NULL;
    while (is_type(TB(tb)->next, &type_traceback)) tb = TB(tb)->next;
    return TB(tb)->frame->frame;
}

static bool is_stdlib_module(Str *name) {
    for (const char *const *n = stdlib_module_names; *n; n++)
        if (str_eq_cstr(name, *n)) return true;
    return false;
}

Dict *frame_locals_snapshot(Frame *f);

/* The hint CPython's traceback adds after a NameError / AttributeError message. */
static void add_suggestion(StrBuf *out, Value exc) {
    bool name_error = is_instance(exc, &exc_NameError), attr_error = is_instance(exc, &exc_AttributeError);
    if (!name_error && !attr_error) return;
    ExcObj *e = (ExcObj *)as_obj(exc);
    Value name = e->extra[1];
    if (!is_str(name)) return;
    Str *wrong = as_str(name);
    List *cands = list_with_capacity(16);
    if (!cands) return;
    Str *suggestion = NULL;
    if (attr_error) {
        Value obj = e->extra[2];
        if (is_null(obj)) return;
        Value d = dir_of(obj);
        if (is_null(d) || !is_list(d)) return;
        bool hide = wrong->data[0] != '_';
        Frame *f = innermost_frame(e->traceback);
        if (hide && f) {
            Dict *loc = (f->code->flags & CO_OPTIMIZED) ? frame_locals_snapshot(f) : f->locals;
            Value self = loc ? dict_get_cstr(loc, "self") : NULLV;
            if (!is_null(self) && v_is(self, obj)) hide = false;
        }
        for (size_t i = 0; i < as_list(d)->len; i++) {
            Value c = as_list(d)->items[i];
            if (is_str(c) && !(hide && as_str(c)->data[0] == '_')) list_append(cands, c);
        }
        suggestion = closest_name(cands, wrong);
    } else {
        Frame *f = innermost_frame(e->traceback);
        if (!f) return;
        Dict *loc = (f->code->flags & CO_OPTIMIZED) ? frame_locals_snapshot(f) : f->locals;
        if (loc) append_keys(cands, v_obj(loc));
        append_keys(cands, v_obj(f->globals));
        append_keys(cands, v_obj(f->builtins));
        Value self = loc ? dict_get_cstr(loc, "self") : NULLV;
        if (!is_null(self)) {
            Value has = obj_getattr_opt(self, wrong);
            if (is_null(has)) err_clear();
            else {
                strbuf_addf(out, ". Did you mean: 'self.%s'?", wrong->data);
                return;
            }
        }
        suggestion = closest_name(cands, wrong);
    }
    err_clear();
    if (suggestion) strbuf_addf(out, ". Did you mean: '%s'?", suggestion->data);
    if (name_error && is_stdlib_module(wrong))
        strbuf_addf(out, suggestion ? " Or did you forget to import '%s'?" : ". Did you forget to import '%s'?",
                    wrong->data);
}

static void format_exception_only(StrBuf *out, Value exc) {
    Type *t = type_of(exc);
    Value mod = t->dict ? dict_get_str(t->dict, names.__module__) : NULLV;
    const char *qn = t->qualname ? t->qualname->data : t->name;
    if (is_str(mod) && !str_eq_cstr(as_str(mod), "__main__") && !str_eq_cstr(as_str(mod), "builtins"))
        strbuf_addf(out, "%s.%s", as_str(mod)->data, qn);
    else
        strbuf_adds(out, qn);
    bool syntax = is_instance(exc, &exc_SyntaxError);
    if (syntax) {
        ExcObj *e = (ExcObj *)as_obj(exc);
        StrBuf head;
        strbuf_init(&head);
        format_syntax_error(&head, e);
        Str *h = strbuf_finish(&head);
        Value msg = e->dict ? dict_get_cstr(e->dict, "msg") : NULLV;
        Value mstr = is_null(msg) || is_none(msg) ? str_value_cstr("<no detail available>") : obj_str(msg);
        if (is_null(mstr)) { err_clear(); mstr = str_value_cstr("<exception str() failed>"); }
        Str *typename = strbuf_finish(out);
        strbuf_init(out);
        if (h) strbuf_add_str(out, h);
        if (typename) strbuf_add_str(out, typename);
        strbuf_addf(out, ": %S\n", &mstr);
        return;
    }
    Value s = obj_str(exc);
    if (is_null(s)) {
        err_clear();
        strbuf_adds(out, ": <exception str() failed>\n");
    } else {
        StrBuf text;
        strbuf_init(&text);
        strbuf_add_str(&text, as_str(s));
        add_suggestion(&text, exc);
        if (text.len) {
            strbuf_adds(out, ": ");
            strbuf_add(out, text.data, text.len);
        }
        strbuf_free(&text);
        strbuf_addc(out, '\n');
    }
    ExcObj *e = (ExcObj *)as_obj(exc);
    Value notes = e->dict ? dict_get_str(e->dict, names.__notes__) : NULLV;
    if (is_list(notes))
        for (size_t i = 0; i < as_list(notes)->len; i++) {
            Value n = as_list(notes)->items[i];
            Value ns = is_str(n) ? n : obj_str(n);
            if (is_null(ns)) { err_clear(); strbuf_adds(out, "<note str() failed>\n"); continue; }
            strbuf_add_str(out, as_str(ns));
            strbuf_addc(out, '\n');
        }
}

static void format_chain(StrBuf *out, Value exc, int depth) {
    if (!is_instance(exc, &exc_BaseException) || depth > 100) return;
    ExcObj *e = (ExcObj *)as_obj(exc);
    if (!is_none(e->cause) && is_instance(e->cause, &exc_BaseException)) {
        format_chain(out, e->cause, depth + 1);
        strbuf_adds(out, "\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (!is_none(e->context) && !e->suppress_context && is_instance(e->context, &exc_BaseException)) {
        format_chain(out, e->context, depth + 1);
        strbuf_adds(out, "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    if (is_type(e->traceback, &type_traceback)) {
        strbuf_adds(out, "Traceback (most recent call last):\n");
        format_tb(out, e->traceback);
    }
    StrBuf line;
    strbuf_init(&line);
    format_exception_only(&line, exc);
    Str *s = strbuf_finish(&line);
    if (s) strbuf_add_str(out, s);
}

Str *format_exception(Value exc) {
    StrBuf b;
    strbuf_init(&b);
    Value saved = err_fetch();
    format_chain(&b, exc, 0);
    err_restore(saved);
    return strbuf_finish(&b);
}

/* Pieces of the report for lib/traceback.py (through the _traceback module). */
Str *format_exception_only_str(Value exc) {
    StrBuf b;
    strbuf_init(&b);
    Value saved = err_fetch();
    format_exception_only(&b, exc);
    err_restore(saved);
    return strbuf_finish(&b);
}

Str *format_frame_source(Code *co, int lasti, int lineno) {
    StrBuf b;
    strbuf_init(&b);
    format_source(&b, co, lasti, lineno);
    return strbuf_finish(&b);
}

Str *source_line_str(const char *filename, int lineno) {
    char *line = source_line(filename, lineno);
    if (!line) return NULL;
    Str *s = utf8_valid(line, strlen(line)) ? str_from_cstr(line) : NULL;
    free(line);
    return s;
}

void print_exception(Value exc) {
    fflush(stdout);
    Str *s = format_exception(exc);
    if (!s) { fputs("minnow: out of memory while printing an exception\n", stderr); return; }
    fwrite(s->data, 1, s->nbytes, stderr);
    fflush(stderr);
}
