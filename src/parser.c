/*
** parser.c -- recursive-descent parser for Python 3.13 source.
**
** One function per grammar level, following the rule names of CPython's
** Grammar/python.gram.  Errors unwind with longjmp to parse_source (the
** arena owns every allocation, so nothing leaks).  Where CPython's PEG
** parser needs backtracking, this parser either looks ahead over the
** token list or makes a trial parse (`attempt`).
**
** Error messages follow CPython's "invalid_*" rules for the common cases;
** generic errors are reported at the furthest token examined, as CPython
** reports the last token its first pass fetched.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"
#include "tokenizer.h"
#include "parser_names.h"
#include "parser_nfkc.h"

/* Nesting of recursive grammar rules (and of left-recursive chains such
** as a.b.c or 1+2+3, which make deep trees).  Each level costs a few C
** stack frames at most: brackets, the costly ones, stop at 200. */
#define MAX_DEPTH 6000

typedef struct { void **items; int n, cap; } Vec;
typedef struct { int lineno, col; } Loc;

typedef struct Parser {
  Tokenizer *tz;
  Token **chunks;               /* tokens read so far, in stable chunks */
  int ntoks, nchunks;
  int pos;                      /* current token */
  int fill;                     /* 1 + furthest token examined */
  Arena *arena;
  ParseError *err;              /* raw: offsets in bytes until finish */
  jmp_buf *jb;
  int depth;
  int hard;                     /* error a trial parse must not swallow */
  ParseMode mode;
  /* last disjunction parsed, for "Perhaps you forgot a comma?" */
  Expr *last_disj;
  int last_disj_start, last_disj_end;
  Expr *debug_text;             /* text of an f-string `{x=}` field */
  int targets_start;            /* first token of the last for-targets */
  size_t src_len;
  Vec probe_lines;              /* statements CPython's error pass re-checks:
                                   token index * 2 + PROBE_MATCH or PROBE_LEGACY */
  Expr *trailer_base;           /* primary being extended by ( or [ */
  Loc trailer_start;
  int operand_level;            /* binary level of a right operand */
  int fill2;                    /* furthest token read by error-pass probes */
  int generic;                  /* the error being raised is "invalid syntax" */
  int next_generic;
} Parser;

/* ================================================================ errors */

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

static _Noreturn void raise_pos(Parser *p, ParseErrorKind kind, int lineno, int off,
                                int end_lineno, int end_off, const char *fmt, ...) PRINTF_LIKE(7, 8);
static _Noreturn void raise_at_tok(Parser *p, ParseErrorKind kind, const Token *t,
                                   const char *fmt, ...) PRINTF_LIKE(4, 5);
static _Noreturn void raise_last(Parser *p, ParseErrorKind kind, const char *fmt, ...) PRINTF_LIKE(3, 4);
static _Noreturn void raise_node(Parser *p, const void *node, const char *fmt, ...) PRINTF_LIKE(3, 4);
static _Noreturn void raise_range(Parser *p, const void *a, const void *b,
                                  const char *fmt, ...) PRINTF_LIKE(4, 5);
static _Noreturn void raise_tok_range(Parser *p, const Token *a, const Token *b,
                                      const char *fmt, ...) PRINTF_LIKE(4, 5);
static _Noreturn void raise_from_tok(Parser *p, const Token *a, const char *fmt, ...) PRINTF_LIKE(3, 4);
static _Noreturn void raise_from_node(Parser *p, const Expr *a, const char *fmt, ...) PRINTF_LIKE(3, 4);


static _Noreturn void unwind(Parser *p) { longjmp(*p->jb, 1); }

static void set_error(Parser *p, ParseErrorKind kind, int lineno, int off,
                      int end_lineno, int end_off, const char *fmt, va_list ap) {
  p->generic = p->next_generic;
  p->next_generic = 0;
  p->err->kind = kind;
  vsnprintf(p->err->msg, sizeof p->err->msg, fmt, ap);
  p->err->lineno = lineno;
  p->err->offset = off;
  p->err->end_lineno = end_lineno;
  p->err->end_offset = end_off;
}

/* Raises an error at explicit positions: offsets are 1-based byte
** offsets (0 and -1 kept as CPython passes them). */
static _Noreturn void raise_pos(Parser *p, ParseErrorKind kind, int lineno, int off,
                      int end_lineno, int end_off, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  set_error(p, kind, lineno, off, end_lineno, end_off, fmt, ap);
  va_end(ap);
  unwind(p);
}

static _Noreturn void raise_hard(Parser *p, ParseErrorKind kind, const char *msg) {
  p->hard = 1;
  raise_pos(p, kind, 0, 0, 0, 0, "%s", msg);
}

static _Noreturn void nomem(Parser *p) { raise_hard(p, PERR_MEMORY, "out of memory"); }

static _Noreturn void too_deep(Parser *p) {
  raise_hard(p, PERR_RECURSION, "maximum recursion depth exceeded during compilation");
}

/* The tokenizer stopped with an error: report it as CPython would. */
static _Noreturn void tokenizer_failure(Parser *p) {
  const TokError *e = tok_error(p->tz);
  ParseErrorKind kind = PERR_SYNTAX;
  p->hard = 1;
  if (e->kind == TOKERR_EOF_IN_BRACKETS) {
    int level = tok_level(p->tz), line, col;
    char c;
    tok_bracket(p->tz, level - 1, &c, &line, &col);
    raise_pos(p, PERR_SYNTAX, line, col + 1, line, 0, "'%c' was never closed", c);
  }
  if (e->kind == TOKERR_INDENT) kind = PERR_INDENTATION;
  else if (e->kind == TOKERR_TAB) kind = PERR_TAB;
  else if (e->kind == TOKERR_MEMORY) kind = PERR_MEMORY;
  raise_pos(p, kind, e->lineno, e->offset, e->end_lineno, e->end_offset, "%s", e->msg);
}

/* ================================================================ tokens */

/* Tokens live in fixed chunks so that Token pointers stay valid. */
#define CHUNK 1024

static Token *token(Parser *p, int i) { return &p->chunks[i / CHUNK][i % CHUNK]; }

static void read_token(Parser *p) {
  Token *t;
  if (p->ntoks == p->nchunks * CHUNK) {
    Token **nc = realloc(p->chunks, sizeof(Token *) * (size_t)(p->nchunks + 1));
    if (nc == NULL) nomem(p);
    p->chunks = nc;
    if ((nc[p->nchunks] = malloc(sizeof(Token) * CHUNK)) == NULL) nomem(p);
    p->nchunks++;
  }
  t = token(p, p->ntoks);
  tok_next(p->tz, t);
  if (t->type == TK_ERRORTOKEN && tok_error(p->tz)->kind == TOKERR_MEMORY) nomem(p);
  p->ntoks++;
}

/* Token i (absolute index), read on demand.  Examining the token where
** the tokenizer failed raises the tokenizer's error, as in CPython. */
static Token *tok_at(Parser *p, int i) {
  Token *t;
  while (i >= p->ntoks) {
    if (p->ntoks > 0) {
      TokenType last = token(p, p->ntoks - 1)->type;
      if (last == TK_ENDMARKER || last == TK_ERRORTOKEN) { i = p->ntoks - 1; break; }
    }
    read_token(p);
  }
  if (i + 1 > p->fill) p->fill = i + 1;
  t = token(p, i);
  if (t->type == TK_ERRORTOKEN) tokenizer_failure(p);
  return t;
}

/* After a probe that emulates CPython's error pass: generic errors keep
** the first pass's furthest token, RAISE_SYNTAX_ERROR-style ones use the
** furthest token read by either pass. */
static void restore_fill(Parser *p, int fill) {
  if (p->fill > p->fill2) p->fill2 = p->fill;
  p->fill = fill;
}

static Token *cur(Parser *p) { return tok_at(p, p->pos); }
static Token *peek(Parser *p, int k) { return tok_at(p, p->pos + k); }
static Token *prev(Parser *p) { return token(p, p->pos - 1); }
static TokenType cur_type(Parser *p) { return cur(p)->type; }
static Token *advance(Parser *p) { Token *t = cur(p); p->pos++; return t; }

static int at(Parser *p, TokenType type) { return cur(p)->type == type; }
static int at_kw(Parser *p, int kw) { Token *t = cur(p); return t->type == TK_NAME && t->kw == kw; }
static int tok_is_kw(const Token *t, int kw) { return t->type == TK_NAME && t->kw == kw; }

static int tok_is_name(const Token *t) { return t->type == TK_NAME && t->kw == 0; }

static int tok_text_is(const Token *t, const char *s) {
  return t->len == (int)strlen(s) && memcmp(t->s, s, (size_t)t->len) == 0;
}

static int at_soft_kw(Parser *p, const char *s) {
  Token *t = cur(p);
  return tok_is_name(t) && tok_text_is(t, s);
}

static int accept(Parser *p, TokenType type) {
  if (at(p, type)) { p->pos++; return 1; }
  return 0;
}

static int accept_kw(Parser *p, int kw) {
  if (at_kw(p, kw)) { p->pos++; return 1; }
  return 0;
}

/* Error at a token: CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION. */
static _Noreturn void raise_at_tok(Parser *p, ParseErrorKind kind, const Token *t, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  set_error(p, kind, t->lineno, t->col + 1, t->end_lineno, t->end_col + 1, fmt, ap);
  va_end(ap);
  unwind(p);
}

/* RAISE_SYNTAX_ERROR: at the last token fetched. */
static _Noreturn void raise_last(Parser *p, ParseErrorKind kind, const char *fmt, ...) {
  va_list ap;
  int last = (p->fill2 > p->fill ? p->fill2 : p->fill) - 1;
  Token *t = token(p, last > 0 ? last : 0);
  if (p->fill == 0) tok_at(p, 0), t = token(p, 0);
  va_start(ap, fmt);
  if (t->type == TK_ENDMARKER || (t->type == TK_DEDENT && t->lineno > tok_line_count(p->tz))) {
    /* at the end of input CPython is still on the last line, past its newline */
    int len = 0, last = tok_line_count(p->tz);
    tok_line(p->tz, last, &len);
    set_error(p, kind, last, len + 1, last, -1, fmt, ap);
  } else if (t->type == TK_DEDENT)      /* CPython's DEDENT has no columns */
    set_error(p, kind, t->lineno, t->col, t->end_lineno, -1, fmt, ap);
  else if (t->type == TK_INDENT || t->col < 0)
    set_error(p, kind, t->lineno, t->end_col, t->end_lineno, -1, fmt, ap);
  else
    set_error(p, kind, t->lineno, t->col + 1, t->end_lineno, t->end_col + 1, fmt, ap);
  va_end(ap);
  unwind(p);
}

static _Noreturn void raise_node(Parser *p, const void *node, const char *fmt, ...);
static _Noreturn void raise_range(Parser *p, const void *a, const void *b, const char *fmt, ...);

static void check_missing_comma(Parser *p);

/* The generic "invalid syntax" at the furthest token examined. */
static _Noreturn void syntax_error(Parser *p) {
  Token *t;
  check_missing_comma(p);
  t = token(p, p->fill - 1);
  p->next_generic = 1;                  /* all three are the generic error */
  if (t->type == TK_INDENT)
    raise_pos(p, PERR_INDENTATION, t->lineno, t->end_col, t->lineno, -1, "unexpected indent");
  if (t->type == TK_DEDENT)
    raise_pos(p, PERR_INDENTATION, t->lineno, t->col + 1, t->lineno, -1, "unexpected unindent");
  raise_at_tok(p, PERR_SYNTAX, t, "invalid syntax");
}

static Token *expect(Parser *p, TokenType type) {
  if (!at(p, type)) syntax_error(p);
  return advance(p);
}

static void expect_kw(Parser *p, int kw) {
  if (!at_kw(p, kw)) syntax_error(p);
  p->pos++;
}

/* A ':' that CPython's grammar forces (&&':'): anything else is
** "expected ':'" at the offending token. */
static void expect_forced_colon(Parser *p) {
  if (!at(p, TK_COLON)) raise_at_tok(p, PERR_SYNTAX, cur(p), "expected ':'");
  p->pos++;
}

/* A ':' after a compound-statement header: a newline instead gives
** "expected ':'", anything else the generic error. */
static void expect_header_colon(Parser *p) {
  if (at(p, TK_COLON)) { p->pos++; return; }
  if (at(p, TK_NEWLINE)) raise_last(p, PERR_SYNTAX, "expected ':'");
  syntax_error(p);
}

/* ============================================================= recursion */

static void enter(Parser *p) {
  if (++p->depth > MAX_DEPTH) too_deep(p);
}

static void leave(Parser *p) { p->depth--; }

/* ====================================================== trial parsing */

typedef void *(*ParseFn)(Parser *p);

/* Runs fn; on a (soft) syntax error restores the position and returns
** NULL with *ok = 0 instead of unwinding. */
static void *attempt(Parser *p, ParseFn fn, int *ok) {
  jmp_buf here, *saved = p->jb;
  int pos = p->pos, depth = p->depth;
  void *volatile result = NULL;
  p->jb = &here;
  if (setjmp(here) == 0) {
    result = fn(p);
    p->jb = saved;
    *ok = 1;
    return result;
  }
  p->jb = saved;
  if (p->hard) unwind(p);
  p->pos = pos;
  p->depth = depth;
  *ok = 0;
  return NULL;
}

/* Like attempt, but only a generic "invalid syntax" is swallowed: a
** specific message found on the way is CPython's answer too (its
** error-pass rules would have raised it). */
static void *attempt_specific(Parser *p, ParseFn fn, int *ok) {
  jmp_buf here, *saved = p->jb;
  int pos = p->pos, depth = p->depth;
  void *volatile result = NULL;
  p->jb = &here;
  if (setjmp(here) == 0) {
    result = fn(p);
    p->jb = saved;
    *ok = 1;
    return result;
  }
  p->jb = saved;
  if (p->hard || !p->generic) unwind(p);
  p->pos = pos;
  p->depth = depth;
  *ok = 0;
  return NULL;
}

/* ============================================================== memory */

static void *alloc(Parser *p, size_t size) {
  void *x = arena_alloc(p->arena, size);
  if (x == NULL) nomem(p);
  return x;
}

static const char *nfkc_of(unsigned cp) {
  size_t lo = 0, hi = sizeof uni_nfkc / sizeof uni_nfkc[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (uni_nfkc[mid].cp == cp) return uni_nfkc[mid].nfkc;
    if (uni_nfkc[mid].cp < cp) lo = mid + 1; else hi = mid;
  }
  return NULL;
}

static unsigned composed(unsigned a, unsigned b) {
  size_t lo = 0, hi = sizeof uni_compose / sizeof uni_compose[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    const UniCompose *c = &uni_compose[mid];
    if (c->a == a && c->b == b) return c->composed;
    if (c->a < a || (c->a == a && c->b < b)) lo = mid + 1; else hi = mid;
  }
  return 0;
}

static char *put_utf8(char *o, unsigned cp);

/* PEP 3131: a non-ASCII identifier is NFKC-normalized (character by
** character, then canonical composition of adjacent pairs). */
static const char *normalized_identifier(Parser *p, const char *s, int len) {
  unsigned *cps = alloc(p, sizeof(unsigned) * (size_t)(len * 3 + 1));
  char *out;
  int n = 0, i, k;
  const unsigned char *q = (const unsigned char *)s, *end = q + len;
  while (q < end) {                     /* decode, mapping each character */
    unsigned cp;
    int m = tok_utf8_decode(q, end, &cp);
    const char *nf;
    if (m == 0) { m = 1; cp = *q; }
    nf = cp >= 128 ? nfkc_of(cp) : NULL;
    if (nf) {
      const unsigned char *r = (const unsigned char *)nf, *rend = r + strlen(nf);
      while (r < rend) {
        unsigned c2;
        int m2 = tok_utf8_decode(r, rend, &c2);
        if (m2 == 0) break;
        cps[n++] = c2;
        r += m2;
      }
    } else {
      cps[n++] = cp;
    }
    q += m;
  }
  for (i = 0, k = 0; i < n; i++) {      /* compose starter + mark pairs */
    unsigned c;
    if (k > 0 && (c = composed(cps[k - 1], cps[i])) != 0) cps[k - 1] = c;
    else cps[k++] = cps[i];
  }
  out = alloc(p, (size_t)k * 4 + 1);
  {
    char *o = out;
    for (i = 0; i < k; i++) o = put_utf8(o, cps[i]);
    *o = '\0';
  }
  return out;
}

static const char *tok_str(Parser *p, const Token *t) {
  char *s;
  int i;
  if (t->type == TK_NAME)
    for (i = 0; i < t->len; i++)
      if ((unsigned char)t->s[i] >= 128) return normalized_identifier(p, t->s, t->len);
  s = arena_strndup(p->arena, t->s, (size_t)t->len);
  if (s == NULL) nomem(p);
  return s;
}

static void vec_push(Parser *p, Vec *v, void *x) {
  if (v->n == v->cap) {
    int cap = v->cap ? v->cap * 2 : 4;
    void **items = alloc(p, sizeof(void *) * (size_t)cap);
    if (v->n) memcpy(items, v->items, sizeof(void *) * (size_t)v->n);
    v->items = items;
    v->cap = cap;
  }
  v->items[v->n++] = x;
}

#define SEQ(T, v) ((T){ (v).n, (void *)(v).items })

static ExprSeq expr_seq1(Parser *p, Expr *e) {
  Vec v = {0};
  vec_push(p, &v, e);
  return SEQ(ExprSeq, v);
}

/* ============================================================ positions */

static Loc tok_loc(const Token *t) { Loc l; l.lineno = t->lineno; l.col = t->col; return l; }
static Loc expr_loc(const Expr *e) { Loc l; l.lineno = e->lineno; l.col = e->col_offset; return l; }
static Loc here(Parser *p) { return tok_loc(cur(p)); }

/* Every node type starts with kind (or not) and then AST_POS; these
** helpers work on the four position fields directly. */
typedef struct { int lineno, col_offset, end_lineno, end_col_offset; } Pos;

/* End of the last token consumed, skipping NEWLINE, INDENT and DEDENT
** as CPython's EXTRA does. */
static void set_end_prev(Parser *p, int *end_lineno, int *end_col) {
  int i = p->pos - 1;
  Token *t = token(p, i);
  while (i > 0 && (t->type == TK_NEWLINE || t->type == TK_INDENT || t->type == TK_DEDENT))
    t = token(p, --i);
  *end_lineno = t->end_lineno;
  *end_col = t->end_col;
}

static Expr *new_expr(Parser *p, ExprKind kind, Loc start) {
  Expr *e = alloc(p, sizeof(Expr));
  e->kind = kind;
  e->lineno = start.lineno;
  e->col_offset = start.col;
  set_end_prev(p, &e->end_lineno, &e->end_col_offset);
  return e;
}

static Stmt *new_stmt(Parser *p, StmtKind kind, Loc start) {
  Stmt *s = alloc(p, sizeof(Stmt));
  s->kind = kind;
  s->lineno = start.lineno;
  s->col_offset = start.col;
  set_end_prev(p, &s->end_lineno, &s->end_col_offset);
  return s;
}


static Expr *new_name(Parser *p, const Token *t, AstExprContext ctx) {
  Expr *e = alloc(p, sizeof(Expr));
  e->kind = Expr_Name;
  e->lineno = t->lineno;
  e->col_offset = t->col;
  e->end_lineno = t->end_lineno;
  e->end_col_offset = t->end_col;
  e->v.Name.id = tok_str(p, t);
  e->v.Name.ctx = ctx;
  return e;
}

static Token *expect_name(Parser *p) {
  if (!tok_is_name(cur(p))) syntax_error(p);
  return advance(p);
}

/* Error spanning node a (start) to node b (end); nodes are Expr. */
static _Noreturn void raise_range(Parser *p, const void *a, const void *b, const char *fmt, ...) {
  const Expr *x = a, *y = b;
  va_list ap;
  va_start(ap, fmt);
  set_error(p, PERR_SYNTAX, x->lineno, x->col_offset + 1, y->end_lineno,
            y->end_col_offset + 1, fmt, ap);
  va_end(ap);
  unwind(p);
}

static _Noreturn void raise_node(Parser *p, const void *node, const char *fmt, ...) {
  const Expr *x = node;
  va_list ap;
  va_start(ap, fmt);
  set_error(p, PERR_SYNTAX, x->lineno, x->col_offset + 1, x->end_lineno,
            x->end_col_offset + 1, fmt, ap);
  va_end(ap);
  unwind(p);
}

/* Error from token a to the end of token b. */
static _Noreturn void raise_tok_range(Parser *p, const Token *a, const Token *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  set_error(p, PERR_SYNTAX, a->lineno, a->col + 1, b->end_lineno, b->end_col + 1, fmt, ap);
  va_end(ap);
  unwind(p);
}

/* RAISE_SYNTAX_ERROR_STARTING_FROM: from a token to the tokenizer's
** current position (the end of the last token read). */
static _Noreturn void raise_from_tok(Parser *p, const Token *a, const char *fmt, ...) {
  va_list ap;
  Token *last = token(p, p->ntoks - 1);
  va_start(ap, fmt);
  set_error(p, PERR_SYNTAX, a->lineno, a->col + 1, last->end_lineno, last->end_col, fmt, ap);
  va_end(ap);
  unwind(p);
}

static _Noreturn void raise_from_node(Parser *p, const Expr *a, const char *fmt, ...) {
  va_list ap;
  Token *last = token(p, p->ntoks - 1);
  va_start(ap, fmt);
  set_error(p, PERR_SYNTAX, a->lineno, a->col_offset + 1, last->end_lineno, last->end_col, fmt, ap);
  va_end(ap);
  unwind(p);
}

/* ======================================================== expression names */

/* CPython's _PyPegen_get_expr_name, for "cannot assign to %s". */
static const char *expr_name(const Expr *e) {
  switch (e->kind) {
    case Expr_Attribute: return "attribute";
    case Expr_Subscript: return "subscript";
    case Expr_Starred: return "starred";
    case Expr_Name: return "name";
    case Expr_List: return "list";
    case Expr_Tuple: return "tuple";
    case Expr_Lambda: return "lambda";
    case Expr_Call: return "function call";
    case Expr_BoolOp: case Expr_BinOp: case Expr_UnaryOp: return "expression";
    case Expr_GeneratorExp: return "generator expression";
    case Expr_Yield: case Expr_YieldFrom: return "yield expression";
    case Expr_Await: return "await expression";
    case Expr_ListComp: return "list comprehension";
    case Expr_SetComp: return "set comprehension";
    case Expr_DictComp: return "dict comprehension";
    case Expr_Dict: return "dict literal";
    case Expr_Set: return "set display";
    case Expr_JoinedStr: case Expr_FormattedValue: return "f-string expression";
    case Expr_Constant:
      switch (e->v.Constant.kind) {
        case Const_None: return "None";
        case Const_True: return "True";
        case Const_False: return "False";
        case Const_Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case Expr_Compare: return "comparison";
    case Expr_IfExp: return "conditional expression";
    case Expr_NamedExpr: return "named expression";
    default: return "expression";
  }
}

/* ================================================================ targets */

typedef enum { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS } TargetsType;

/* The first sub-expression that cannot be a target (NULL if all can),
** as CPython's _PyPegen_get_invalid_target. */
static Expr *invalid_target(Expr *e, TargetsType type) {
  int i;
  if (e == NULL) return NULL;
  switch (e->kind) {
    case Expr_List: case Expr_Tuple: {
      ExprSeq elts = e->kind == Expr_List ? e->v.List.elts : e->v.Tuple.elts;
      for (i = 0; i < elts.n; i++) {
        Expr *bad = invalid_target(elts.items[i], type);
        if (bad) return bad;
      }
      return NULL;
    }
    case Expr_Starred:
      if (type == DEL_TARGETS) return e;
      return invalid_target(e->v.Starred.value, type);
    case Expr_Compare:
      if (type == FOR_TARGETS) {
        if (e->v.Compare.ops.items[0] == Cmp_In)
          return invalid_target(e->v.Compare.left, type);
        return NULL;
      }
      return e;
    case Expr_Name: case Expr_Subscript: case Expr_Attribute:
      return NULL;
    default:
      return e;
  }
}

static void set_context(Expr *e, AstExprContext ctx) {
  int i;
  switch (e->kind) {
    case Expr_Name: e->v.Name.ctx = ctx; break;
    case Expr_Attribute: e->v.Attribute.ctx = ctx; break;
    case Expr_Subscript: e->v.Subscript.ctx = ctx; break;
    case Expr_Starred: e->v.Starred.ctx = ctx; set_context(e->v.Starred.value, ctx); break;
    case Expr_List:
      e->v.List.ctx = ctx;
      for (i = 0; i < e->v.List.elts.n; i++) set_context(e->v.List.elts.items[i], ctx);
      break;
    case Expr_Tuple:
      e->v.Tuple.ctx = ctx;
      for (i = 0; i < e->v.Tuple.elts.n; i++) set_context(e->v.Tuple.elts.items[i], ctx);
      break;
    default: break;
  }
}

/* Checks a target and gives it Store (or Del) context. */
static void make_target(Parser *p, Expr *e, TargetsType type) {
  Expr *bad = invalid_target(e, type);
  if (bad) {
    if (type == DEL_TARGETS) raise_node(p, bad, "cannot delete %s", expr_name(bad));
    raise_node(p, bad, "cannot assign to %s", expr_name(bad));
  }
  set_context(e, type == DEL_TARGETS ? Ctx_Del : Ctx_Store);
}

/* ========================================================== expressions */

static Expr *expression(Parser *p);
static Expr *named_expression(Parser *p);
static Expr *argument_expression(Parser *p);
static Expr *star_expressions(Parser *p);
static Expr *star_named_expression(Parser *p);
static Expr *disjunction(Parser *p);
static Expr *bitwise_or(Parser *p);
static Expr *yield_expr(Parser *p);
static Expr *strings(Parser *p);
static Expr *primary(Parser *p);
static Expr *factor(Parser *p);
static Arguments *parameters(Parser *p, int is_lambda);
static ComprehensionSeq comprehension_clauses(Parser *p);

static int starts_expression(const Token *t) {
  switch (t->type) {
    case TK_NAME:
      switch (t->kw) {
        case 0: case KW_False: case KW_None: case KW_True: case KW_not:
        case KW_lambda: case KW_await:
          return 1;
        default:
          return 0;
      }
    case TK_NUMBER: case TK_STRING: case TK_FSTRING_START: case TK_LPAR:
    case TK_LSQB: case TK_LBRACE: case TK_MINUS: case TK_PLUS: case TK_TILDE:
    case TK_ELLIPSIS:
      return 1;
    default:
      return 0;
  }
}

/* CPython 3.13 compares only the token's length of each soft keyword
** (strncmp), so any prefix of one counts: "c", "ma", "typ"... */
static int is_soft_keyword(const Token *t) {
  static const char *const soft[] = { "_", "case", "match", "type" };
  size_t i;
  if (!tok_is_name(t)) return 0;
  for (i = 0; i < sizeof soft / sizeof soft[0]; i++)
    if ((size_t)t->len <= strlen(soft[i]) && memcmp(soft[i], t->s, (size_t)t->len) == 0) return 1;
  return 0;
}

static int at_comp_for(Parser *p) {
  return at_kw(p, KW_for) || (at_kw(p, KW_async) && tok_is_kw(peek(p, 1), KW_for));
}

static void *if_tail_fn(Parser *p) {
  p->pos++;                             /* 'if' */
  disjunction(p);
  if (!at_kw(p, KW_else)) syntax_error(p);
  p->pos++;
  return expression(p);
}

/* CPython's expression_without_invalid: a conditional expression, or
** failing that the disjunction alone. */
static void *parse_expression_fn(Parser *p) {
  Loc start;
  Expr *body, *e;
  int ok, pos;
  if (at_kw(p, KW_lambda)) return expression(p);
  start = here(p);
  body = disjunction(p);
  if (!at_kw(p, KW_if)) return body;
  pos = p->pos;
  e = attempt(p, if_tail_fn, &ok);
  if (!ok) { p->pos = pos; return body; }
  body = new_expr(p, Expr_IfExp, start);
  body->v.IfExp.orelse = e;
  return body;
}
static void *parse_star_expressions_fn(Parser *p) { return star_expressions(p); }

static int is_legacy_name(const Expr *e) {
  return e->kind == Expr_Name && (strcmp(e->v.Name.id, "print") == 0 ||
                                  strcmp(e->v.Name.id, "exec") == 0);
}

/* At a generic failure right after a complete expression `a`: CPython's
** invalid_expression (two expressions in a row inside brackets) and
** invalid_legacy_expression (print "x"). */
static void check_missing_comma(Parser *p) {
  Expr *a = p->last_disj, *b;
  int ok, pos = p->pos, fill, strings_failed = 0;
  Token *first;
  if (a == NULL || p->last_disj_end != p->pos || p->pos >= p->ntoks) return;
  if (!starts_expression(token(p, p->pos))) return;
  fill = p->fill;                       /* generic errors stay where they were */
  first = token(p, p->last_disj_start);
  if (!(tok_is_name(first) && p->last_disj_start + 1 < p->ntoks &&
        token(p, p->last_disj_start + 1)->type == TK_STRING) &&   /* not f-strings */
      !is_soft_keyword(first)) {
    /* CPython parses the second expression first (which may meet a
    ** tokenizer error), then decides. */
    b = attempt(p, parse_expression_fn, &ok);
    p->pos = pos;
    restore_fill(p, fill);
    /* CPython memoizes the failed `strings` here, without error rules */
    strings_failed = !ok && (token(p, pos)->type == TK_STRING ||
                             token(p, pos)->type == TK_FSTRING_START);
    if (ok && !is_legacy_name(a) && token(p, p->pos - 1)->level > 0)
      raise_range(p, a, b, "invalid syntax. Perhaps you forgot a comma?");
  }
  /* invalid_legacy_expression parses `NAME star_expressions` for any
  ** name, and only then looks for print or exec */
  if (a->kind == Expr_Name && p->last_disj_end == p->last_disj_start + 1 &&
      token(p, p->pos)->type != TK_LPAR && !strings_failed) {
    b = attempt_specific(p, parse_star_expressions_fn, &ok);
    if (ok && !is_legacy_name(a)) {
      enter(p);
      check_missing_comma(p);           /* CPython's rules nest inside b */
      leave(p);
    }
    p->pos = pos;
    restore_fill(p, fill);
    if (ok && is_legacy_name(a))
      raise_range(p, a, b, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                  a->v.Name.id, a->v.Name.id);
  }
}

/* ---------------------------------------------------------------- numbers */

static Expr *number(Parser *p) {
  Token *t = advance(p);
  Expr *e = new_expr(p, Expr_Constant, tok_loc(t));
  char *buf = alloc(p, (size_t)t->len + 1);
  int i, n = 0, is_float = 0, is_hex = 0;
  for (i = 0; i < t->len; i++) if (t->s[i] != '_') buf[n++] = t->s[i];
  buf[n] = '\0';
  if (n > 1 && buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X')) is_hex = 1;
  if (!is_hex) for (i = 0; i < n; i++)
    if (buf[i] == '.' || buf[i] == 'e' || buf[i] == 'E') is_float = 1;
  if (!is_hex && (buf[n - 1] == 'j' || buf[n - 1] == 'J')) {
    buf[n - 1] = '\0';
    e->v.Constant.kind = Const_Imaginary;
    e->v.Constant.v.f = strtod(buf, NULL);
  } else if (is_float) {
    e->v.Constant.kind = Const_Float;
    e->v.Constant.v.f = strtod(buf, NULL);
  } else {
    int base = 10;
    char *d = buf;
    if (n > 1 && buf[0] == '0' && buf[1] != '0' && (buf[1] < '0' || buf[1] > '9')) {
      char c = (char)(buf[1] | 0x20);
      base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
      d = buf + 2;
    }
    while (d[0] == '0' && d[1] != '\0') d++;
    for (i = 0; d[i]; i++) if (d[i] >= 'A' && d[i] <= 'F') d[i] = (char)(d[i] | 0x20);
    e->v.Constant.kind = Const_Int;
    e->v.Constant.v.i.digits = d;
    e->v.Constant.v.i.base = base;
  }
  return e;
}

/* ------------------------------------------------------------------ atoms */

static Expr *constant_kw(Parser *p, AstConstKind kind) {
  Token *t = advance(p);
  Expr *e = new_expr(p, Expr_Constant, tok_loc(t));
  e->v.Constant.kind = kind;
  return e;
}

/* Elements of a list, tuple or set display after the first, up to `close`. */
static ExprSeq display_rest(Parser *p, Expr *first, TokenType close) {
  Vec v = {0};
  Token *comma = NULL;
  vec_push(p, &v, first);
  while (accept(p, TK_COMMA)) {
    comma = prev(p);
    if (at(p, close)) break;
    if (close != TK_RPAR && at_comp_for(p)) {      /* [a, for x in y] */
      if (v.n == 1) {
        comprehension_clauses(p);
        raise_pos(p, PERR_SYNTAX, first->lineno, first->col_offset + 1, comma->end_lineno,
                  comma->end_col + 1, "did you forget parentheses around the comprehension target?");
      }
      break;
    }
    vec_push(p, &v, star_named_expression(p));
  }
  if (close != TK_RPAR && v.n > 1 && at_comp_for(p)) {  /* [a, b for x in y] */
    Expr *last = v.items[v.n - 1];
    comprehension_clauses(p);
    raise_range(p, first, last, "did you forget parentheses around the comprehension target?");
  }
  if (!at(p, close)) syntax_error(p);
  p->pos++;
  return SEQ(ExprSeq, v);
}

static Expr *comprehension(Parser *p, ExprKind kind, Loc start, Expr *elt, TokenType close) {
  ComprehensionSeq gens;
  Expr *e;
  if (elt->kind == Expr_Starred)
    raise_node(p, elt, "iterable unpacking cannot be used in comprehension");
  gens = comprehension_clauses(p);
  if (!at(p, close)) syntax_error(p);
  p->pos++;
  e = new_expr(p, kind, start);
  e->v.ListComp.elt = elt;
  e->v.ListComp.generators = gens;
  return e;
}

/* '(' ... ')': empty tuple, group, tuple, generator expression. */
static Expr *paren_atom(Parser *p) {
  Token *open = advance(p);
  Loc start = tok_loc(open);
  Expr *first, *e;
  enter(p);
  if (accept(p, TK_RPAR)) {
    e = new_expr(p, Expr_Tuple, start);
    e->v.Tuple.ctx = Ctx_Load;
    leave(p);
    return e;
  }
  if (at_kw(p, KW_yield)) {
    first = yield_expr(p);
    expect(p, TK_RPAR);
    leave(p);
    return first;
  }
  if (at(p, TK_DOUBLESTAR)) {
    Token *t = advance(p);
    expression(p);
    if (at(p, TK_RPAR)) raise_at_tok(p, PERR_SYNTAX, t, "cannot use double starred expression here");
    syntax_error(p);
  }
  first = star_named_expression(p);
  if (at_comp_for(p)) {
    e = comprehension(p, Expr_GeneratorExp, start, first, TK_RPAR);
  } else if (at(p, TK_COMMA)) {
    ExprSeq elts = display_rest(p, first, TK_RPAR);
    e = new_expr(p, Expr_Tuple, start);
    e->v.Tuple.elts = elts;
    e->v.Tuple.ctx = Ctx_Load;
  } else {
    if (!at(p, TK_RPAR)) syntax_error(p);
    if (first->kind == Expr_Starred) raise_node(p, first, "cannot use starred expression here");
    p->pos++;
    e = first;
  }
  leave(p);
  return e;
}

static Expr *list_atom(Parser *p) {
  Token *open = advance(p);
  Loc start = tok_loc(open);
  Expr *first, *e;
  enter(p);
  if (accept(p, TK_RSQB)) {
    e = new_expr(p, Expr_List, start);
    e->v.List.ctx = Ctx_Load;
    leave(p);
    return e;
  }
  first = star_named_expression(p);
  if (at_comp_for(p)) {
    e = comprehension(p, Expr_ListComp, start, first, TK_RSQB);
  } else {
    ExprSeq elts = display_rest(p, first, TK_RSQB);
    e = new_expr(p, Expr_List, start);
    e->v.List.elts = elts;
    e->v.List.ctx = Ctx_Load;
  }
  leave(p);
  return e;
}

/* After '{' key ':' value: the rest of a dict display. */
static Expr *dict_rest(Parser *p, Loc start, Vec *keys, Vec *values) {
  Expr *e;
  while (accept(p, TK_COMMA)) {
    if (at(p, TK_RBRACE)) break;
    if (accept(p, TK_DOUBLESTAR)) {
      vec_push(p, keys, NULL);
      vec_push(p, values, bitwise_or(p));
      continue;
    }
    vec_push(p, keys, expression(p));
    if (!at(p, TK_COLON)) {
      Expr *k = keys->items[keys->n - 1];
      raise_pos(p, PERR_SYNTAX, k->lineno, k->end_col_offset, k->end_lineno, 0,
                "':' expected after dictionary key");
    }
    p->pos++;
    if (at(p, TK_RBRACE) || at(p, TK_COMMA))
      raise_at_tok(p, PERR_SYNTAX, prev(p), "expression expected after dictionary key and ':'");
    vec_push(p, values, expression(p));
  }
  if (!at(p, TK_RBRACE)) syntax_error(p);
  p->pos++;
  e = new_expr(p, Expr_Dict, start);
  e->v.Dict.keys = SEQ(ExprSeq, *keys);
  e->v.Dict.values = SEQ(ExprSeq, *values);
  return e;
}

/* '{' ... '}': dict, set, dict or set comprehension. */
static Expr *brace_atom(Parser *p) {
  Token *open = advance(p);
  Loc start = tok_loc(open);
  Vec keys = {0}, values = {0};
  Expr *first, *e;
  enter(p);
  if (accept(p, TK_RBRACE)) {
    e = new_expr(p, Expr_Dict, start);
    leave(p);
    return e;
  }
  if (accept(p, TK_DOUBLESTAR)) {
    vec_push(p, &keys, NULL);
    vec_push(p, &values, bitwise_or(p));
    e = dict_rest(p, start, &keys, &values);
    leave(p);
    return e;
  }
  first = star_named_expression(p);
  if (first->kind != Expr_Starred && at(p, TK_COLON)) {
    Expr *value;
    p->pos++;
    if (at(p, TK_RBRACE) || at(p, TK_COMMA))
      raise_at_tok(p, PERR_SYNTAX, prev(p), "expression expected after dictionary key and ':'");
    value = expression(p);
    if (at_comp_for(p)) {
      ComprehensionSeq gens = comprehension_clauses(p);
      expect(p, TK_RBRACE);
      e = new_expr(p, Expr_DictComp, start);
      e->v.DictComp.key = first;
      e->v.DictComp.value = value;
      e->v.DictComp.generators = gens;
    } else {
      vec_push(p, &keys, first);
      vec_push(p, &values, value);
      e = dict_rest(p, start, &keys, &values);
    }
  } else if (at_comp_for(p)) {
    e = comprehension(p, Expr_SetComp, start, first, TK_RBRACE);
  } else {
    ExprSeq elts = display_rest(p, first, TK_RBRACE);
    e = new_expr(p, Expr_Set, start);
    e->v.Set.elts = elts;
  }
  leave(p);
  return e;
}

static Expr *atom(Parser *p) {
  Token *t = cur(p);
  switch (t->type) {
    case TK_NAME:
      switch (t->kw) {
        case 0: p->pos++; return new_name(p, t, Ctx_Load);
        case KW_True: return constant_kw(p, Const_True);
        case KW_False: return constant_kw(p, Const_False);
        case KW_None: return constant_kw(p, Const_None);
        default: break;
      }
      break;
    case TK_NUMBER: return number(p);
    case TK_STRING: case TK_FSTRING_START: return strings(p);
    case TK_LPAR: return paren_atom(p);
    case TK_LSQB: return list_atom(p);
    case TK_LBRACE: return brace_atom(p);
    case TK_ELLIPSIS: return constant_kw(p, Const_Ellipsis);
    default: break;
  }
  syntax_error(p);
  return NULL;
}

/* ---------------------------------------------------------- call arguments */


/* Arguments of a call, after '('; consumes the ')'.  A bare generator
** expression argument is allowed in calls, not in class bases. */
static void call_arguments(Parser *p, Expr *call, Token *open, int allow_genexp) {
  Vec args = {0}, kws = {0};
  int seen_kw = 0, seen_kw_unpack = 0;
  enter(p);
  while (!at(p, TK_RPAR)) {
    Token *t = cur(p);
    if (t->type == TK_STAR) {
      Expr *e, *value;
      Token *comma = p->pos > 0 ? token(p, p->pos - 1) : t;
      Loc start = tok_loc(advance(p));
      if (!starts_expression(cur(p))) raise_last(p, PERR_SYNTAX, "Invalid star expression");
      value = expression(p);
      e = new_expr(p, Expr_Starred, start);
      e->v.Starred.value = value;
      e->v.Starred.ctx = Ctx_Load;
      if (at(p, TK_EQUAL)) {
        Expr *v;
        p->pos++;
        v = expression(p);
        raise_pos(p, PERR_SYNTAX, t->lineno, t->col + 1, v->end_lineno,
                  v->end_col_offset + 1, "cannot assign to iterable argument unpacking");
      }
      if (seen_kw_unpack)
        raise_from_tok(p, comma, "iterable argument unpacking follows keyword argument unpacking");
      vec_push(p, &args, e);
    } else if (t->type == TK_DOUBLESTAR) {
      Keyword *k = alloc(p, sizeof(Keyword));
      p->pos++;
      k->value = expression(p);
      k->lineno = t->lineno;
      k->col_offset = t->col;
      set_end_prev(p, &k->end_lineno, &k->end_col_offset);
      if (at(p, TK_EQUAL)) {
        Expr *v;
        p->pos++;
        v = expression(p);
        raise_pos(p, PERR_SYNTAX, t->lineno, t->col + 1, v->end_lineno,
                  v->end_col_offset + 1, "cannot assign to keyword argument unpacking");
      }
      vec_push(p, &kws, k);
      seen_kw = seen_kw_unpack = 1;
    } else if (t->type == TK_NAME && (t->kw == 0 || t->kw == KW_True || t->kw == KW_False ||
                                      t->kw == KW_None) && peek(p, 1)->type == TK_EQUAL) {
      Keyword *k;
      Token *eq = peek(p, 1);
      if (t->kw == KW_True || t->kw == KW_False || t->kw == KW_None)
        raise_tok_range(p, t, eq, "cannot assign to %.*s", t->len, t->s);
      if (t->kw != 0) syntax_error(p);
      p->pos += 2;
      if (at(p, TK_COMMA) || at(p, TK_RPAR))
        raise_tok_range(p, t, eq, "expected argument value expression");
      k = alloc(p, sizeof(Keyword));
      k->arg = tok_str(p, t);
      k->value = expression(p);
      if (at_comp_for(p))
        raise_tok_range(p, t, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      k->lineno = t->lineno;
      k->col_offset = t->col;
      set_end_prev(p, &k->end_lineno, &k->end_col_offset);
      vec_push(p, &kws, k);
      seen_kw = 1;
    } else {
      Expr *e = argument_expression(p);
      if (at_comp_for(p) && !allow_genexp) syntax_error(p);
      if (at_comp_for(p)) {
        /* a generator expression: only as the sole argument */
        ComprehensionSeq gens = comprehension_clauses(p);
        Expr *g;
        if (args.n == 0 && kws.n == 0 && at(p, TK_RPAR)) {
          p->pos++;
          g = new_expr(p, Expr_GeneratorExp, tok_loc(open));
          g->v.GeneratorExp.elt = e;
          g->v.GeneratorExp.generators = gens;
          call->v.Call.args = expr_seq1(p, g);
          leave(p);
          return;
        }
        if (at(p, TK_COMMA) || args.n > 0 || kws.n > 0) {
          Comprehension *last = gens.items[gens.n - 1];
          Expr *end = last->ifs.n ? last->ifs.items[last->ifs.n - 1] : last->iter;
          raise_range(p, e, end, "Generator expression must be parenthesized");
        }
        syntax_error(p);
      }
      if (at(p, TK_EQUAL))
        raise_pos(p, PERR_SYNTAX, e->lineno, e->col_offset + 1, cur(p)->end_lineno,
                  cur(p)->end_col + 1,
                  "expression cannot contain assignment, perhaps you meant \"==\"?");
      if (seen_kw) {
        if (!at(p, TK_COMMA) && !at(p, TK_RPAR)) check_missing_comma(p);
        raise_last(p, PERR_SYNTAX, seen_kw_unpack
                   ? "positional argument follows keyword argument unpacking"
                   : "positional argument follows keyword argument");
      }
      vec_push(p, &args, e);
    }
    if (!accept(p, TK_COMMA)) break;
  }
  if (!at(p, TK_RPAR)) syntax_error(p);
  p->pos++;
  call->v.Call.args = SEQ(ExprSeq, args);
  call->v.Call.keywords = SEQ(KeywordSeq, kws);
  leave(p);
}

/* -------------------------------------------------------------- subscripts */

static Expr *slice_item(Parser *p) {
  Loc start = here(p);
  Expr *lower = NULL, *upper = NULL, *step = NULL, *e;
  if (at(p, TK_STAR)) {
    Expr *value;
    p->pos++;
    value = bitwise_or(p);
    e = new_expr(p, Expr_Starred, start);
    e->v.Starred.value = value;
    e->v.Starred.ctx = Ctx_Load;
    return e;
  }
  if (!at(p, TK_COLON)) {
    lower = named_expression(p);
    if (!at(p, TK_COLON)) return lower;
    if (lower->kind == Expr_NamedExpr) syntax_error(p);
  }
  p->pos++;                             /* ':' */
  if (!at(p, TK_COLON) && !at(p, TK_COMMA) && !at(p, TK_RSQB)) upper = expression(p);
  if (accept(p, TK_COLON)) {
    if (!at(p, TK_COMMA) && !at(p, TK_RSQB)) step = expression(p);
  }
  e = new_expr(p, Expr_Slice, start);
  e->v.Slice.lower = lower;
  e->v.Slice.upper = upper;
  e->v.Slice.step = step;
  return e;
}

static Expr *slices(Parser *p) {
  Loc start = here(p);
  Expr *first = slice_item(p), *e;
  Vec v = {0};
  if (!at(p, TK_COMMA) && first->kind != Expr_Starred) return first;
  vec_push(p, &v, first);
  while (accept(p, TK_COMMA)) {
    if (at(p, TK_RSQB)) break;
    vec_push(p, &v, slice_item(p));
  }
  e = new_expr(p, Expr_Tuple, start);
  e->v.Tuple.elts = SEQ(ExprSeq, v);
  e->v.Tuple.ctx = Ctx_Load;
  return e;
}

/* ---------------------------------------------------------------- primary */

static void *call_trailer_fn(Parser *p) {
  Expr *base = p->trailer_base, *x;
  Loc start = p->trailer_start;
  Token *open = advance(p);
  x = new_expr(p, Expr_Call, start);
  x->v.Call.func = base;
  call_arguments(p, x, open, 1);
  set_end_prev(p, &x->end_lineno, &x->end_col_offset);
  return x;
}

static void *subscript_trailer_fn(Parser *p) {
  Expr *base = p->trailer_base, *s, *x;
  Loc start = p->trailer_start;
  p->pos++;
  enter(p);
  s = slices(p);
  leave(p);
  expect(p, TK_RSQB);
  x = new_expr(p, Expr_Subscript, start);
  x->v.Subscript.value = base;
  x->v.Subscript.slice = s;
  x->v.Subscript.ctx = Ctx_Load;
  return x;
}

static Expr *primary(Parser *p) {
  Loc start = here(p);
  Expr *e = atom(p);
  int n = 0;
  for (;;) {
    Expr *x;
    if (at(p, TK_DOT)) {
      Token *name;
      p->pos++;
      name = expect_name(p);
      x = new_expr(p, Expr_Attribute, start);
      x->v.Attribute.value = e;
      x->v.Attribute.attr = tok_str(p, name);
      x->v.Attribute.ctx = Ctx_Load;
    } else if (at(p, TK_LPAR) || at(p, TK_LSQB)) {
      /* PEG: if the call or subscript does not parse, the primary is
      ** what came before it (and the caller fails at the bracket) */
      int ok, pos = p->pos;
      p->trailer_base = e;
      p->trailer_start = start;
      x = attempt_specific(p, at(p, TK_LPAR) ? call_trailer_fn : subscript_trailer_fn, &ok);
      if (!ok) {
        p->pos = pos;
        return e;
      }
    } else {
      return e;
    }
    e = x;
    if (++n + p->depth > MAX_DEPTH) too_deep(p);
  }
}

static Expr *await_primary(Parser *p) {
  if (at_kw(p, KW_await)) {
    Loc start = tok_loc(advance(p));
    Expr *value, *e;
    enter(p);
    value = primary(p);
    leave(p);
    e = new_expr(p, Expr_Await, start);
    e->v.Await.value = value;
    return e;
  }
  return primary(p);
}

/* PEG semantics for binary operators: when the right operand does not
** parse, the expression ends before the operator (and the caller fails
** there).  Returns NULL after moving back to `op_pos`. */
static Expr *right_operand(Parser *p, ParseFn fn, int op_pos) {
  int ok;
  Expr *e = attempt_specific(p, fn, &ok);
  if (!ok) p->pos = op_pos;
  return ok ? e : NULL;
}

static void *factor_fn(Parser *p) { return factor(p); }

static Expr *binop(Parser *p, Loc start, Expr *left, AstOperator op, Expr *right) {
  Expr *e = new_expr(p, Expr_BinOp, start);
  e->v.BinOp.left = left;
  e->v.BinOp.op = op;
  e->v.BinOp.right = right;
  return e;
}

static Expr *power(Parser *p) {
  Loc start = here(p);
  Expr *e = await_primary(p);
  int op_pos = p->pos;
  if (accept(p, TK_DOUBLESTAR)) {
    Expr *right;
    enter(p);
    right = right_operand(p, factor_fn, op_pos);
    leave(p);
    if (right) e = binop(p, start, e, Op_Pow, right);
  }
  return e;
}

static Expr *factor(Parser *p) {
  AstUnaryOp op;
  Loc start;
  Expr *operand, *e;
  switch (cur_type(p)) {
    case TK_PLUS: op = Unary_UAdd; break;
    case TK_MINUS: op = Unary_USub; break;
    case TK_TILDE: op = Unary_Invert; break;
    default: return power(p);
  }
  start = tok_loc(advance(p));
  enter(p);
  operand = factor(p);
  leave(p);
  e = new_expr(p, Expr_UnaryOp, start);
  e->v.UnaryOp.op = op;
  e->v.UnaryOp.operand = operand;
  return e;
}

/* Left-associative binary levels, lowest first. */
typedef struct { TokenType tok; AstOperator op; } BinTok;

static const BinTok term_ops[] = {
  {TK_STAR, Op_Mult}, {TK_SLASH, Op_Div}, {TK_DOUBLESLASH, Op_FloorDiv},
  {TK_PERCENT, Op_Mod}, {TK_AT, Op_MatMult}, {TK_ENDMARKER, 0}
};
static const BinTok sum_ops[] = { {TK_PLUS, Op_Add}, {TK_MINUS, Op_Sub}, {TK_ENDMARKER, 0} };
static const BinTok shift_ops[] = {
  {TK_LEFTSHIFT, Op_LShift}, {TK_RIGHTSHIFT, Op_RShift}, {TK_ENDMARKER, 0}
};
static const BinTok and_ops[] = { {TK_AMPER, Op_BitAnd}, {TK_ENDMARKER, 0} };
static const BinTok xor_ops[] = { {TK_CIRCUMFLEX, Op_BitXor}, {TK_ENDMARKER, 0} };
static const BinTok or_ops[] = { {TK_VBAR, Op_BitOr}, {TK_ENDMARKER, 0} };

static const BinTok *const bin_levels[] = {
  or_ops, xor_ops, and_ops, shift_ops, sum_ops, term_ops
};
#define NBINLEVELS 6

static Expr *binary_level(Parser *p, int level);

static void *binary_level_fn(Parser *p) { return binary_level(p, p->operand_level); }

static Expr *binary_level(Parser *p, int level) {
  Loc start = here(p);
  Expr *e, *right;
  int n = 0;
  if (level == NBINLEVELS) return factor(p);
  e = binary_level(p, level + 1);
  for (;;) {
    const BinTok *b;
    TokenType type = cur_type(p);
    int op_pos = p->pos;
    for (b = bin_levels[level]; b->tok != TK_ENDMARKER; b++)
      if (b->tok == type) break;
    if (b->tok == TK_ENDMARKER) return e;
    p->pos++;
    p->operand_level = level + 1;
    if ((right = right_operand(p, binary_level_fn, op_pos)) == NULL) return e;
    e = binop(p, start, e, b->op, right);
    if (++n + p->depth > MAX_DEPTH) too_deep(p);
  }
}

static Expr *bitwise_or(Parser *p) { return binary_level(p, 0); }

static void *bitwise_or_fn(Parser *p) { return bitwise_or(p); }

/* A comparison operator at the current token, or 0. */
static AstCmpOp comparison_op(Parser *p, int *ntoks) {
  Token *t = cur(p);
  *ntoks = 1;
  switch (t->type) {
    case TK_EQEQUAL: return Cmp_Eq;
    case TK_NOTEQUAL:
      if (tok_text_is(t, "<>")) return 0;
      return Cmp_NotEq;
    case TK_LESS: return Cmp_Lt;
    case TK_LESSEQUAL: return Cmp_LtE;
    case TK_GREATER: return Cmp_Gt;
    case TK_GREATEREQUAL: return Cmp_GtE;
    case TK_NAME:
      if (t->kw == KW_in) return Cmp_In;
      if (t->kw == KW_is) {
        if (tok_is_kw(peek(p, 1), KW_not)) { *ntoks = 2; return Cmp_IsNot; }
        return Cmp_Is;
      }
      if (t->kw == KW_not && tok_is_kw(peek(p, 1), KW_in)) { *ntoks = 2; return Cmp_NotIn; }
      return 0;
    default:
      return 0;
  }
}

static Expr *comparison(Parser *p) {
  Loc start = here(p);
  Expr *left = bitwise_or(p), *e;
  Vec ops = {0}, comps = {0};
  CmpOpSeq opseq;
  int ntoks, i;
  AstCmpOp op;
  while ((op = comparison_op(p, &ntoks)) != 0) {
    int op_pos = p->pos;
    Expr *right;
    p->pos += ntoks;
    if ((right = right_operand(p, bitwise_or_fn, op_pos)) == NULL) break;
    vec_push(p, &ops, (void *)(size_t)op);
    vec_push(p, &comps, right);
  }
  if (ops.n == 0) return left;
  opseq.n = ops.n;
  opseq.items = alloc(p, sizeof(AstCmpOp) * (size_t)ops.n);
  for (i = 0; i < ops.n; i++) opseq.items[i] = (AstCmpOp)(size_t)ops.items[i];
  e = new_expr(p, Expr_Compare, start);
  e->v.Compare.left = left;
  e->v.Compare.ops = opseq;
  e->v.Compare.comparators = SEQ(ExprSeq, comps);
  return e;
}

static Expr *inversion(Parser *p) {
  if (at_kw(p, KW_not)) {
    Loc start = tok_loc(advance(p));
    Expr *operand, *e;
    enter(p);
    operand = inversion(p);
    leave(p);
    e = new_expr(p, Expr_UnaryOp, start);
    e->v.UnaryOp.op = Unary_Not;
    e->v.UnaryOp.operand = operand;
    return e;
  }
  return comparison(p);
}

static Expr *conjunction(Parser *p);
static void *inversion_fn(Parser *p) { return inversion(p); }
static void *conjunction_fn(Parser *p) { return conjunction(p); }

static Expr *boolop(Parser *p, AstBoolOp op, int kw, Expr *(*operand)(Parser *)) {
  Loc start = here(p);
  Expr *first = operand(p), *e;
  Vec v = {0};
  if (!at_kw(p, kw)) return first;
  vec_push(p, &v, first);
  for (;;) {
    int op_pos = p->pos;
    Expr *right;
    if (!accept_kw(p, kw)) break;
    if ((right = right_operand(p, kw == KW_and ? inversion_fn : conjunction_fn, op_pos)) == NULL)
      break;
    vec_push(p, &v, right);
  }
  if (v.n == 1) return first;
  e = new_expr(p, Expr_BoolOp, start);
  e->v.BoolOp.op = op;
  e->v.BoolOp.values = SEQ(ExprSeq, v);
  return e;
}

static Expr *conjunction(Parser *p) { return boolop(p, Bool_And, KW_and, inversion); }

static Expr *disjunction(Parser *p) { return boolop(p, Bool_Or, KW_or, conjunction); }

static Expr *lambdef(Parser *p) {
  Loc start = tok_loc(advance(p));
  Arguments *args;
  Expr *body, *e;
  enter(p);
  args = parameters(p, 1);
  if (!at(p, TK_COLON)) syntax_error(p);
  p->pos++;
  if (at(p, TK_FSTRING_MIDDLE)) {
    raise_pos(p, PERR_SYNTAX, start.lineno, start.col + 1, prev(p)->end_lineno,
              prev(p)->end_col + 1,
              "f-string: lambda expressions are not allowed without parentheses");
  }
  body = expression(p);
  leave(p);
  e = new_expr(p, Expr_Lambda, start);
  e->v.Lambda.args = args;
  e->v.Lambda.body = body;
  return e;
}

static Expr *expression(Parser *p) {
  Expr *body, *test, *orelse, *e;
  Loc start;
  int start_pos = p->pos;
  if (at_kw(p, KW_lambda)) return lambdef(p);
  enter(p);
  start = here(p);
  body = disjunction(p);
  /* for invalid_expression, which CPython tries where an expression
  ** (not a bare disjunction) starts */
  p->last_disj = body;
  p->last_disj_start = start_pos;
  p->last_disj_end = p->pos;
  if (!at_kw(p, KW_if)) { leave(p); return body; }
  p->pos++;
  test = disjunction(p);
  if (!at_kw(p, KW_else)) {
    if (!at(p, TK_COLON))
      raise_range(p, body, test, "expected 'else' after 'if' expression");
    syntax_error(p);
  }
  p->pos++;
  if (at(p, TK_STAR))
    raise_at_tok(p, PERR_SYNTAX, cur(p), "cannot unpack only part of a conditional expression");
  if (at(p, TK_DOUBLESTAR))
    raise_at_tok(p, PERR_SYNTAX, cur(p),
                 "cannot use dict unpacking on only part of a conditional expression");
  orelse = expression(p);
  leave(p);
  e = new_expr(p, Expr_IfExp, start);
  e->v.IfExp.test = test;
  e->v.IfExp.body = body;
  e->v.IfExp.orelse = orelse;
  return e;
}

/* CPython's invalid_named_expression does not fire when the expression
** starts with a list, tuple, generator expression, True, False or None. */
static int excluded_from_eq_hint(Parser *p, int start_pos, Expr *a) {
  Token *t = token(p, start_pos);
  if (t->type == TK_NAME && (t->kw == KW_True || t->kw == KW_False || t->kw == KW_None))
    return 1;
  if (t->type == TK_LSQB || t->type == TK_LPAR) {
    /* excluded when the leading bracket is a list, tuple or genexp */
    Expr *x = a;
    for (;;) {
      if (x->lineno == t->lineno && x->col_offset == t->col &&
          (x->kind == Expr_List || x->kind == Expr_Tuple || x->kind == Expr_GeneratorExp))
        return 1;
      switch (x->kind) {
        case Expr_BinOp: x = x->v.BinOp.left; continue;
        case Expr_Attribute: x = x->v.Attribute.value; continue;
        case Expr_Subscript: x = x->v.Subscript.value; continue;
        case Expr_Call: x = x->v.Call.func; continue;
        case Expr_Compare: x = x->v.Compare.left; continue;
        default: return 0;
      }
    }
  }
  return 0;
}

static int is_bitwise_or_level(const Expr *e) {
  switch (e->kind) {
    case Expr_BoolOp: case Expr_Compare: case Expr_IfExp: case Expr_Lambda:
    case Expr_NamedExpr: case Expr_Starred: case Expr_Yield: case Expr_YieldFrom:
      return 0;
    case Expr_UnaryOp: return e->v.UnaryOp.op != Unary_Not;
    default: return 1;
  }
}


static void invalid_named_expression(Parser *p, int start_pos, Expr *a) {
  int ok, pos = p->pos, fill = p->fill;
  Expr *b;
  if (!at(p, TK_EQUAL)) return;
  if (a->kind == Expr_Name && p->pos == start_pos + 1) {
    p->pos++;
    b = attempt(p, bitwise_or_fn, &ok);
    if (ok && !at(p, TK_EQUAL) && !at(p, TK_COLONEQUAL))
      raise_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    p->pos = pos;
    restore_fill(p, fill);
    return;
  }
  if (excluded_from_eq_hint(p, start_pos, a) || !is_bitwise_or_level(a)) return;
  p->pos++;
  b = attempt(p, bitwise_or_fn, &ok);
  if (ok && !at(p, TK_EQUAL) && !at(p, TK_COLONEQUAL))
    raise_node(p, a, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
               expr_name(a));
  p->pos = pos;
  restore_fill(p, fill);
}

/* assignment_expression | expression, without the '=' hints */
static Expr *argument_expression(Parser *p) {
  Token *t = cur(p);
  Expr *e;
  if (tok_is_name(t) && peek(p, 1)->type == TK_COLONEQUAL) {
    Expr *target = new_name(p, t, Ctx_Store), *value;
    p->pos += 2;
    value = expression(p);
    e = new_expr(p, Expr_NamedExpr, tok_loc(t));
    e->v.NamedExpr.target = target;
    e->v.NamedExpr.value = value;
    return e;
  }
  e = expression(p);
  if (at(p, TK_COLONEQUAL))
    raise_node(p, e, "cannot use assignment expressions with %s", expr_name(e));
  return e;
}

static void *walrus_value_fn(Parser *p) { p->pos++; return expression(p); }

/* `a := b` with an invalid target: CPython names the target only when
** the value parses. */
static int walrus_value_follows(Parser *p) {
  int ok, pos = p->pos, fill = p->fill;
  attempt(p, walrus_value_fn, &ok);
  p->pos = pos;
  restore_fill(p, fill);
  return ok;
}

static Expr *named_expression(Parser *p) {
  Token *t = cur(p);
  int start = p->pos;
  Expr *e;
  if (tok_is_name(t) && peek(p, 1)->type == TK_COLONEQUAL) {
    Expr *target = new_name(p, t, Ctx_Store), *value;
    p->pos += 2;
    value = expression(p);
    e = new_expr(p, Expr_NamedExpr, tok_loc(t));
    e->v.NamedExpr.target = target;
    e->v.NamedExpr.value = value;
    return e;
  }
  e = expression(p);
  if (at(p, TK_COLONEQUAL) && walrus_value_follows(p))
    raise_node(p, e, "cannot use assignment expressions with %s", expr_name(e));
  invalid_named_expression(p, start, e);
  return e;
}

static Expr *starred(Parser *p) {
  Loc start = tok_loc(advance(p));
  Expr *value = bitwise_or(p), *e;
  e = new_expr(p, Expr_Starred, start);
  e->v.Starred.value = value;
  e->v.Starred.ctx = Ctx_Load;
  return e;
}

static Expr *star_named_expression(Parser *p) {
  if (at(p, TK_STAR)) return starred(p);
  return named_expression(p);
}

static Expr *star_expression(Parser *p) {
  if (at(p, TK_STAR)) return starred(p);
  return expression(p);
}

/* Comma-separated items as a Tuple when there is a comma. */
static Expr *tuple_of(Parser *p, Expr *(*item)(Parser *)) {
  Loc start = here(p);
  Expr *first = item(p), *e;
  Vec v = {0};
  if (!at(p, TK_COMMA)) return first;
  vec_push(p, &v, first);
  while (accept(p, TK_COMMA)) {
    Token *t = cur(p);
    if (!starts_expression(t) && t->type != TK_STAR) break;
    vec_push(p, &v, item(p));
  }
  e = new_expr(p, Expr_Tuple, start);
  e->v.Tuple.elts = SEQ(ExprSeq, v);
  e->v.Tuple.ctx = Ctx_Load;
  return e;
}

static Expr *star_expressions(Parser *p) { return tuple_of(p, star_expression); }
static Expr *expressions(Parser *p) { return tuple_of(p, expression); }

static Expr *yield_expr(Parser *p) {
  Loc start = tok_loc(advance(p));
  Expr *e;
  if (accept_kw(p, KW_from)) {
    Expr *value = expression(p);
    e = new_expr(p, Expr_YieldFrom, start);
    e->v.YieldFrom.value = value;
    return e;
  }
  {
    Expr *value = NULL;
    if (starts_expression(cur(p)) || at(p, TK_STAR)) value = star_expressions(p);
    e = new_expr(p, Expr_Yield, start);
    e->v.Yield.value = value;
  }
  return e;
}

/* annotated_rhs: yield_expr | star_expressions */
static Expr *annotated_rhs(Parser *p) {
  if (at_kw(p, KW_yield)) return yield_expr(p);
  return star_expressions(p);
}

static void *annotated_rhs_fn(Parser *p) { return annotated_rhs(p); }

/* ---------------------------------------------------------- comprehensions */

/* star_targets of a `for`: items at bitwise_or level (so that `in` ends
** them), made Store. */
static int has_starred_items(const Vec *v) {
  int i;
  for (i = 0; i < v->n; i++) if (((Expr *)v->items[i])->kind == Expr_Starred) return 1;
  return 0;
}

static Expr *target_item(Parser *p) {
  if (at(p, TK_STAR)) return starred(p);
  return bitwise_or(p);
}

static void *target_item_fn(Parser *p) { return target_item(p); }

static Expr *for_targets(Parser *p, int in_comprehension) {
  Loc start = here(p);
  Expr *first, *e;
  Vec v = {0};
  p->targets_start = p->pos;
  first = target_item(p);
  if (at(p, TK_COMMA)) {
    vec_push(p, &v, first);
    while (accept(p, TK_COMMA)) {
      int ok;
      Expr *item;
      if (!starts_expression(cur(p)) && !at(p, TK_STAR)) break;
      item = attempt_specific(p, target_item_fn, &ok);
      if (!ok) {
        /* CPython's invalid_for_if_clause: plain targets, then no 'in' */
        if (in_comprehension && !has_starred_items(&v)) raise_last(p, PERR_SYNTAX,
            "'in' expected after for-loop variables");
        syntax_error(p);
      }
      vec_push(p, &v, item);
    }
    e = new_expr(p, Expr_Tuple, start);
    e->v.Tuple.elts = SEQ(ExprSeq, v);
    e->v.Tuple.ctx = Ctx_Store;
  } else {
    e = first;
  }
  return e;                             /* the caller checks 'in', then the targets */
}

static int has_starred(const Expr *e) {
  int i;
  if (e->kind == Expr_Starred) return 1;
  if (e->kind == Expr_Tuple)
    for (i = 0; i < e->v.Tuple.elts.n; i++)
      if (e->v.Tuple.elts.items[i]->kind == Expr_Starred) return 1;
  return 0;
}

/* `for targets` without 'in' in a comprehension: CPython's
** invalid_for_if_clause, or with a starred target invalid_for_target. */
static _Noreturn void missing_in(Parser *p, Expr *targets) {
  int ok, fill = p->fill;
  Expr *all;
  if (!has_starred(targets)) raise_last(p, PERR_SYNTAX, "'in' expected after for-loop variables");
  p->pos = p->targets_start;
  all = attempt_specific(p, parse_star_expressions_fn, &ok);
  if (ok) make_target(p, all, FOR_TARGETS);
  restore_fill(p, fill);
  syntax_error(p);
}

static ComprehensionSeq comprehension_clauses(Parser *p) {
  Vec v = {0};
  while (at_comp_for(p)) {
    Comprehension *c = alloc(p, sizeof(Comprehension));
    Vec ifs = {0};
    if (accept_kw(p, KW_async)) c->is_async = 1;
    p->pos++;                           /* 'for' */
    c->target = for_targets(p, 1);
    if (!at_kw(p, KW_in)) missing_in(p, c->target);
    make_target(p, c->target, FOR_TARGETS);
    p->pos++;
    c->iter = disjunction(p);
    while (accept_kw(p, KW_if)) vec_push(p, &ifs, disjunction(p));
    c->ifs = SEQ(ExprSeq, ifs);
    vec_push(p, &v, c);
  }
  return SEQ(ComprehensionSeq, v);
}

/* ================================================================= strings */

/* Appends code point cp as (generalized) UTF-8; surrogates get their
** 3-byte form. */
static char *put_utf8(char *o, unsigned cp) {
  if (cp < 0x80) { *o++ = (char)cp; }
  else if (cp < 0x800) { *o++ = (char)(0xC0 | (cp >> 6)); *o++ = (char)(0x80 | (cp & 0x3F)); }
  else if (cp < 0x10000) {
    *o++ = (char)(0xE0 | (cp >> 12));
    *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
    *o++ = (char)(0x80 | (cp & 0x3F));
  } else {
    *o++ = (char)(0xF0 | (cp >> 18));
    *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
    *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
    *o++ = (char)(0x80 | (cp & 0x3F));
  }
  return o;
}

static int hexval(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

int unicode_lookup_name(const char *name, int len, unsigned *cp);

/* Where a string decoding error is reported: at a token, or (inside
** f-strings) at the last token read, as CPython does. */
typedef struct { const Token *tok; int at_last; } ErrSite;

static _Noreturn void string_error(Parser *p, ErrSite site, const char *fmt, ...) {
  va_list ap;
  const Token *t = site.at_last ? token(p, p->fill - 1) : site.tok;
  va_start(ap, fmt);
  set_error(p, PERR_SYNTAX, t->lineno, t->col + 1, t->end_lineno, t->end_col + 1, fmt, ap);
  va_end(ap);
  unwind(p);
}

#define UNICODE_ERR "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s"

/* \N{NAME}: s points after the 'N'. */
static const char *named_escape(Parser *p, ErrSite site, const char *body, const char *bs,
                                const char *s, const char *end, char **o) {
  const char *close;
  unsigned cp;
  if (s >= end || *s != '{')
    string_error(p, site, UNICODE_ERR, (int)(bs - body), (int)(s - body) - 1 + (s < end),
                 "malformed \\N character escape");
  close = memchr(s, '}', (size_t)(end - s));
  if (close == NULL || close == s + 1)
    string_error(p, site, UNICODE_ERR, (int)(bs - body),
                 close ? (int)(close - body) : (int)(end - body) - 1,
                 "malformed \\N character escape");
  if (!unicode_lookup_name(s + 1, (int)(close - s - 1), &cp))
    string_error(p, site, UNICODE_ERR, (int)(bs - body), (int)(close - body),
                 "unknown Unicode character name");
  *o = put_utf8(*o, cp);
  return close + 1;
}

/* Decodes backslash escapes of body[0..n) into out (at least n bytes).
** Doubled braces become single ones when `braces` is set (f-string
** literal text).  Returns the decoded length. */
static size_t decode_escapes(Parser *p, ErrSite site, const char *body, int n,
                             int is_bytes, int raw, int braces, char *out) {
  const char *s = body, *end = body + n;
  char *o = out;
  while (s < end) {
    const char *bs;
    int c = (unsigned char)*s;
    if (braces && (c == '{' || c == '}') && s + 1 < end && s[1] == c) {
      *o++ = (char)c;
      s += 2;
      continue;
    }
    if (c != '\\' || raw || s + 1 >= end) { *o++ = *s++; continue; }
    bs = s++;
    c = (unsigned char)*s++;
    switch (c) {
      case '\n': break;
      case '\\': *o++ = '\\'; break;
      case '\'': *o++ = '\''; break;
      case '"': *o++ = '"'; break;
      case 'a': *o++ = '\a'; break;
      case 'b': *o++ = '\b'; break;
      case 'f': *o++ = '\f'; break;
      case 'n': *o++ = '\n'; break;
      case 'r': *o++ = '\r'; break;
      case 't': *o++ = '\t'; break;
      case 'v': *o++ = '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned v = (unsigned)(c - '0');
        int k;
        for (k = 0; k < 2 && s < end && *s >= '0' && *s <= '7'; k++) v = v * 8 + (unsigned)(*s++ - '0');
        if (is_bytes) *o++ = (char)(v & 0xFF);
        else o = put_utf8(o, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8, k;
        unsigned v = 0;
        if (is_bytes && c != 'x') { *o++ = '\\'; *o++ = (char)c; break; }
        for (k = 0; k < digits; k++) {
          int h = s < end ? hexval((unsigned char)*s) : -1;
          if (h < 0) {
            if (is_bytes)
              string_error(p, site, "(value error) invalid \\x escape at position %d",
                           (int)(bs - body));
            string_error(p, site, UNICODE_ERR, (int)(bs - body), (int)(s - body) - 1,
                         c == 'x' ? "truncated \\xXX escape" : c == 'u'
                         ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
          }
          v = v * 16 + (unsigned)h;
          s++;
        }
        if (is_bytes) { *o++ = (char)v; break; }
        if (v > 0x10FFFF)
          string_error(p, site, UNICODE_ERR, (int)(bs - body), (int)(s - body) - 1,
                       "illegal Unicode character");
        o = put_utf8(o, v);
        break;
      }
      case 'N':
        if (!is_bytes) { s = named_escape(p, site, body, bs, s, end, &o); break; }
        /* fall through */
      default:                  /* unknown escape: kept as written */
        *o++ = '\\';
        s--;
        break;
    }
  }
  return (size_t)(o - out);
}

/* One literal piece of a string concatenation. */
typedef struct {
  Expr *node;                   /* Constant (str/bytes) or FormattedValue */
  int is_bytes;
} Piece;

static Expr *str_constant(Parser *p, const char *data, size_t len, int is_bytes) {
  Expr *e = alloc(p, sizeof(Expr));
  e->kind = Expr_Constant;
  e->v.Constant.kind = is_bytes ? Const_Bytes : Const_Str;
  e->v.Constant.v.s.data = data;
  e->v.Constant.v.s.len = len;
  return e;
}

static void set_tok_span(Expr *e, const Token *a, const Token *b) {
  e->lineno = a->lineno;
  e->col_offset = a->col;
  e->end_lineno = b->end_lineno;
  e->end_col_offset = b->end_col;
}

/* A plain string token: prefix, quotes, body. */
static Expr *string_token(Parser *p, const Token *t, int *is_bytes) {
  const char *s = t->s;
  int raw = 0, bytes = 0, u = 0, q, n;
  char *out;
  size_t len;
  Expr *e;
  ErrSite site;
  while (*s != '\'' && *s != '"') {
    switch (*s | 0x20) {
      case 'r': raw = 1; break;
      case 'b': bytes = 1; break;
      case 'u': u = *s == 'u'; break;     /* kind='u' only for a lower-case u */
      default: break;
    }
    s++;
  }
  q = (s[1] == s[0] && s[2] == s[0] && (t->s + t->len) - s >= 6) ? 3 : 1;
  s += q;
  n = (int)((t->s + t->len) - s) - q;
  if (bytes) {
    int i;
    for (i = 0; i < n; i++)
      if ((unsigned char)s[i] >= 128)
        raise_at_tok(p, PERR_SYNTAX, t, "bytes can only contain ASCII literal characters");
  }
  out = alloc(p, (size_t)n + 1);
  site.tok = t;
  site.at_last = 0;
  len = decode_escapes(p, site, s, n, bytes, raw, 0, out);
  out[len] = '\0';
  e = str_constant(p, out, len, bytes);
  e->v.Constant.u_prefix = u;
  set_tok_span(e, t, t);
  *is_bytes = bytes;
  return e;
}

/* Literal text of an f-string; decoding errors are reported at
** `err_tok`, or at the last token read when it is NULL. */
static Expr *fstring_middle(Parser *p, const Token *t, int raw, const Token *err_tok) {
  char *out = alloc(p, (size_t)t->len + 1);
  ErrSite site;
  size_t len;
  Expr *e;
  site.tok = err_tok;
  site.at_last = err_tok == NULL;
  len = decode_escapes(p, site, t->s, t->len, 0, raw, 1, out);
  out[len] = '\0';
  e = str_constant(p, out, len, 0);
  set_tok_span(e, t, t);
  return e;
}

static Expr *replacement_field(Parser *p, int raw);
static ExprSeq merge_pieces(Parser *p, Vec *pieces);

/* The format spec after ':' as a JoinedStr. */
static Expr *format_spec(Parser *p, Token *colon, int raw) {
  Vec v = {0};
  Expr *e;
  for (;;) {
    if (at(p, TK_FSTRING_MIDDLE)) {
      vec_push(p, &v, fstring_middle(p, advance(p), raw, NULL));
    } else if (at(p, TK_LBRACE)) {
      Expr *fv;
      p->debug_text = NULL;
      fv = replacement_field(p, raw);
      if (p->debug_text) vec_push(p, &v, p->debug_text);
      p->debug_text = NULL;
      vec_push(p, &v, fv);
    } else {
      break;
    }
  }
  e = new_expr(p, Expr_JoinedStr, tok_loc(colon));
  e->v.JoinedStr.values = merge_pieces(p, &v);
  return e;
}


/* '{' expression ['='] ['!' NAME] [':' spec] '}' inside an f-string.
** Returns the FormattedValue; with a debug '=' the expression's text is
** left in p->debug_text, for the caller to put just before it. */

/* The source of a `{expr=}` field, without comments (as CPython). */
static char *debug_source(Parser *p, const char *from, const char *to, size_t *len) {
  char *text = alloc(p, (size_t)(to - from) + 1), *o = text;
  char quote = 0;
  while (from < to) {
    char c = *from;
    if (quote) {
      if (c == '\\' && from + 1 < to) { *o++ = *from++; }
      else if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '#') {
      while (from < to && *from != '\n') from++;
      continue;
    }
    *o++ = *from++;
  }
  *o = '\0';
  *len = (size_t)(o - text);
  return text;
}

static Expr *replacement_field(Parser *p, int raw) {
  Token *lb = advance(p), *t = cur(p);
  Expr *value, *e, *spec = NULL;
  int conversion = -1, debug = 0;
  Expr *debug_const = NULL;
  switch (t->type) {
    case TK_EQUAL: raise_at_tok(p, PERR_SYNTAX, t, "f-string: valid expression required before '='");
    case TK_EXCLAMATION: raise_at_tok(p, PERR_SYNTAX, t, "f-string: valid expression required before '!'");
    case TK_COLON: raise_at_tok(p, PERR_SYNTAX, t, "f-string: valid expression required before ':'");
    case TK_RBRACE: raise_at_tok(p, PERR_SYNTAX, t, "f-string: valid expression required before '}'");
    default: break;
  }
  if (!starts_expression(t) && t->type != TK_STAR && !tok_is_kw(t, KW_yield))
    raise_at_tok(p, PERR_SYNTAX, t, "f-string: expecting a valid expression after '{'");
  enter(p);
  value = annotated_rhs(p);
  if (at(p, TK_EQUAL)) {
    Token *next;
    p->pos++;
    next = cur(p);
    size_t len;
    char *text = debug_source(p, lb->s + 1, next->s, &len);
    debug_const = str_constant(p, text, len, 0);
    debug_const->lineno = lb->end_lineno;
    debug_const->col_offset = lb->end_col;
    debug_const->end_lineno = next->lineno;
    debug_const->end_col_offset = next->col;
    debug = 1;
  }
  if (at(p, TK_EXCLAMATION)) {
    Token *bang = advance(p), *name = cur(p);
    if (name->type == TK_COLON || name->type == TK_RBRACE)
      raise_at_tok(p, PERR_SYNTAX, name, "f-string: missing conversion character");
    if (name->type != TK_NAME)
      raise_at_tok(p, PERR_SYNTAX, name, "f-string: invalid conversion character");
    if (peek(p, 1)->type != TK_COLON && peek(p, 1)->type != TK_RBRACE)
      raise_at_tok(p, PERR_SYNTAX, peek(p, 1), "f-string: expecting ':' or '}'");
    if (name->lineno != bang->end_lineno || name->col != bang->end_col)
      raise_tok_range(p, bang, name, "f-string: conversion type must come right after the exclamanation mark");
    if (name->len != 1 || (name->s[0] != 's' && name->s[0] != 'r' && name->s[0] != 'a'))
      raise_at_tok(p, PERR_SYNTAX, name, "f-string: invalid conversion character '%.*s': "
                   "expected 's', 'r', or 'a'", name->len, name->s);
    conversion = name->s[0];
    p->pos++;
  }
  if (at(p, TK_COLON)) {
    Token *colon = advance(p);
    spec = format_spec(p, colon, raw);
    if (!at(p, TK_RBRACE))
      raise_at_tok(p, PERR_SYNTAX, cur(p), "f-string: expecting '}', or format specs");
  }
  if (!at(p, TK_RBRACE)) {
    if (conversion != -1)
      raise_at_tok(p, PERR_SYNTAX, cur(p), "f-string: expecting ':' or '}'");
    if (debug)
      raise_at_tok(p, PERR_SYNTAX, cur(p), "f-string: expecting '!', or ':', or '}'");
    check_missing_comma(p);
    raise_at_tok(p, PERR_SYNTAX, cur(p), "f-string: expecting '=', or '!', or ':', or '}'");
  }
  p->pos++;
  leave(p);
  if (debug && conversion == -1 && spec == NULL) conversion = 'r';
  e = new_expr(p, Expr_FormattedValue, tok_loc(lb));
  e->v.FormattedValue.value = value;
  e->v.FormattedValue.conversion = conversion;
  e->v.FormattedValue.format_spec = spec;
  p->debug_text = debug_const;
  return e;
}

/* FSTRING_START ... FSTRING_END, appending its pieces. */
static void fstring(Parser *p, Vec *pieces) {
  Token *start = advance(p);
  Vec middles = {0};            /* literal tokens, decoded at the end */
  int raw = 0, i, first = pieces->n, k = 0;
  for (i = 0; i < start->len; i++) if ((start->s[i] | 0x20) == 'r') raw = 1;
  for (;;) {
    Token *t = cur(p);
    if (t->type == TK_FSTRING_MIDDLE) {
      p->pos++;
      vec_push(p, pieces, NULL);
      vec_push(p, &middles, t);
    } else if (t->type == TK_LBRACE) {
      Expr *fv;
      p->debug_text = NULL;
      fv = replacement_field(p, raw);
      if (p->debug_text) vec_push(p, pieces, p->debug_text);
      p->debug_text = NULL;
      vec_push(p, pieces, fv);
    } else if (t->type == TK_FSTRING_END) {
      p->pos++;
      for (i = first; i < pieces->n; i++)
        if (pieces->items[i] == NULL)
          pieces->items[i] = fstring_middle(p, middles.items[k++], raw, t);
      return;
    } else {
      syntax_error(p);
    }
  }
}

/* Concatenates a run of constant pieces into one Constant. */
static Expr *merge_constants(Parser *p, Expr **items, int n) {
  size_t len = 0, at = 0;
  int i;
  char *data;
  Expr *e;
  if (n == 1) return items[0];
  for (i = 0; i < n; i++) len += items[i]->v.Constant.v.s.len;
  data = alloc(p, len + 1);
  for (i = 0; i < n; i++) {
    size_t k = items[i]->v.Constant.v.s.len;
    if (k) memcpy(data + at, items[i]->v.Constant.v.s.data, k);
    at += k;
  }
  data[len] = '\0';
  e = str_constant(p, data, len, items[0]->v.Constant.kind == Const_Bytes);
  e->lineno = items[0]->lineno;
  e->col_offset = items[0]->col_offset;
  e->end_lineno = items[n - 1]->end_lineno;
  e->end_col_offset = items[n - 1]->end_col_offset;
  return e;
}

/* STRING and f-string tokens in a row: implicit concatenation. */
static Expr *strings(Parser *p) {
  Loc start = here(p);
  Vec pieces = {0};
  int nbytes = 0, nstr = 0, has_f = 0, first_u = -1;
  Expr *e;
  for (;;) {
    Token *t = cur(p);
    if (t->type == TK_STRING) {
      int is_bytes;
      Expr *c;
      p->pos++;
      c = string_token(p, t, &is_bytes);
      if (first_u < 0) first_u = c->v.Constant.u_prefix;
      if (is_bytes) nbytes++; else nstr++;
      vec_push(p, &pieces, c);
    } else if (t->type == TK_FSTRING_START) {
      if (first_u < 0) first_u = 0;
      has_f = 1;
      nstr++;
      fstring(p, &pieces);
    } else {
      break;
    }
  }
  if (nbytes && nstr) raise_last(p, PERR_SYNTAX, "cannot mix bytes and nonbytes literals");
  if (!has_f) {
    e = merge_constants(p, (Expr **)pieces.items, pieces.n);
    if (pieces.n > 1) e->v.Constant.u_prefix = first_u;
    e->lineno = start.lineno;
    e->col_offset = start.col;
    set_end_prev(p, &e->end_lineno, &e->end_col_offset);
    return e;
  }
  e = new_expr(p, Expr_JoinedStr, start);
  e->v.JoinedStr.values = merge_pieces(p, &pieces);
  return e;
}

/* JoinedStr values: adjacent constants merged, empty ones dropped. */
static ExprSeq merge_pieces(Parser *p, Vec *pieces) {
  Vec values = {0};
  int i, run;
  for (i = 0; i < pieces->n; i = run) {
    Expr *x = pieces->items[i];
    if (x->kind != Expr_Constant) { vec_push(p, &values, x); run = i + 1; continue; }
    for (run = i; run < pieces->n && ((Expr *)pieces->items[run])->kind == Expr_Constant; run++) {}
    x = merge_constants(p, (Expr **)pieces->items + i, run - i);
    if (x->v.Constant.v.s.len > 0) vec_push(p, &values, x);
  }
  return SEQ(ExprSeq, values);
}

/* ============================================================= parameters */

static Arg *param(Parser *p, int is_lambda, int star_annotation) {
  Token *t = cur(p);
  Arg *a;
  if (!tok_is_name(t)) syntax_error(p);
  p->pos++;
  a = alloc(p, sizeof(Arg));
  a->arg = tok_str(p, t);
  if (!is_lambda && accept(p, TK_COLON))
    a->annotation = (star_annotation && at(p, TK_STAR)) ? starred(p) : expression(p);
  a->lineno = t->lineno;
  a->col_offset = t->col;
  set_end_prev(p, &a->end_lineno, &a->end_col_offset);
  return a;
}

/* Parameters of a def (up to ')') or a lambda (up to ':'), with CPython's
** messages for misplaced '/', '*', '**' and defaults. */
static Arguments *parameters(Parser *p, int is_lambda) {
  TokenType close = is_lambda ? TK_COLON : TK_RPAR;
  Arguments *args = alloc(p, sizeof(Arguments));
  Vec posonly = {0}, plain = {0}, defaults = {0}, kwonly = {0}, kwdefaults = {0};
  int seen_slash = 0, seen_star = 0, bare_star = 0;
  Token *star_tok = NULL;
  while (!at(p, close)) {
    Token *t = cur(p);
    if (t->type == TK_SLASH) {
      if (seen_slash) raise_at_tok(p, PERR_SYNTAX, t, "/ may appear only once");
      if (seen_star) raise_at_tok(p, PERR_SYNTAX, t, "/ must be ahead of *");
      if (plain.n == 0) {
        if (peek(p, 1)->type == TK_COMMA)
          raise_at_tok(p, PERR_SYNTAX, t, "at least one argument must precede /");
        raise_at_tok(p, PERR_SYNTAX, t, "invalid syntax");
      }
      p->pos++;
      seen_slash = 1;
      posonly = plain;
      memset(&plain, 0, sizeof plain);
    } else if (t->type == TK_STAR) {
      if (seen_star) {
        if (tok_is_name(peek(p, 1)) || peek(p, 1)->type == TK_COMMA)
          raise_at_tok(p, PERR_SYNTAX, t, "* argument may appear only once");
        syntax_error(p);
      }
      p->pos++;
      seen_star = 1;
      star_tok = t;
      if (at(p, TK_COMMA) || at(p, close)) {
        Token *n1 = at(p, TK_COMMA) ? peek(p, 1) : cur(p);
        if (n1->type == close || n1->type == TK_DOUBLESTAR) {
          if (is_lambda) {
            if (at(p, TK_COMMA)) peek(p, 1);
            raise_last(p, PERR_SYNTAX, "named arguments must follow bare *");
          }
          raise_at_tok(p, PERR_SYNTAX, t, "named arguments must follow bare *");
        }
        bare_star = 1;
      } else {
        args->vararg = param(p, is_lambda, 1);
        if (at(p, TK_EQUAL))
          raise_at_tok(p, PERR_SYNTAX, cur(p), "var-positional argument cannot have default value");
      }
    } else if (t->type == TK_DOUBLESTAR) {
      p->pos++;
      args->kwarg = param(p, is_lambda, 0);
      if (at(p, TK_EQUAL))
        raise_at_tok(p, PERR_SYNTAX, cur(p), "var-keyword argument cannot have default value");
      if (accept(p, TK_COMMA) && !at(p, close)) {
        Token *n1 = cur(p);
        if (tok_is_name(n1) || n1->type == TK_STAR || n1->type == TK_DOUBLESTAR ||
            n1->type == TK_SLASH)
          raise_at_tok(p, PERR_SYNTAX, n1, "arguments cannot follow var-keyword argument");
        syntax_error(p);
      }
      break;
    } else if (t->type == TK_LPAR && !is_lambda) {
      int depth = 0, k = 0;
      int fill = p->fill;
      for (;; k++) {                     /* ( a, b ) -> parenthesized params */
        Token *x = peek(p, k);
        if (x->type == TK_LPAR) depth++;
        else if (x->type == TK_RPAR) { if (--depth == 0) break; }
        else if (!tok_is_name(x) && x->type != TK_COMMA) {
          restore_fill(p, fill);        /* the first pass stopped at '(' */
          syntax_error(p);
        }
      }
      raise_tok_range(p, t, peek(p, k), "Function parameters cannot be parenthesized");
    } else {
      Arg *a = param(p, is_lambda, 0);
      Expr *def = NULL;
      if (at(p, TK_EQUAL)) {
        Token *eq = advance(p);
        if (at(p, TK_COMMA) || at(p, close))
          raise_at_tok(p, PERR_SYNTAX, eq, "expected default value expression");
        def = expression(p);
      }
      if (seen_star) {
        vec_push(p, &kwonly, a);
        vec_push(p, &kwdefaults, def);
      } else {
        if (def) vec_push(p, &defaults, def);
        else if (defaults.n > 0 && (at(p, TK_COMMA) || at(p, close)))
          raise_pos(p, PERR_SYNTAX, a->lineno, a->col_offset + 1, a->end_lineno,
                    a->end_col_offset + 1,
                    "parameter without a default follows parameter with a default");
        vec_push(p, &plain, a);
      }
    }
    if (!accept(p, TK_COMMA)) break;
  }
  if (!at(p, close)) syntax_error(p);
  if (bare_star && kwonly.n == 0)
    raise_at_tok(p, PERR_SYNTAX, star_tok, "named arguments must follow bare *");
  args->posonlyargs = SEQ(ArgSeq, posonly);
  args->args = SEQ(ArgSeq, plain);
  args->defaults = SEQ(ExprSeq, defaults);
  args->kwonlyargs = SEQ(ArgSeq, kwonly);
  args->kw_defaults = SEQ(ExprSeq, kwdefaults);
  return args;
}

/* ============================================================= statements */

/* Statements CPython's error pass would look at again (see
** error_pass_probes). */
#define PROBE_MATCH 0
#define PROBE_LEGACY 1

static void record_probe(Parser *p, int kind) {
  vec_push(p, &p->probe_lines, (void *)(size_t)(p->pos * 2 + kind));
}

static Stmt *statement_list(Parser *p, Vec *out);
static void statements(Parser *p, Vec *out);
static Stmt *compound_stmt(Parser *p);

/* A block after a compound statement header's ':'. */
static StmtSeq block(Parser *p, const char *what, const Token *kw) {
  Vec body = {0};
  if (at(p, TK_NEWLINE)) {
    p->pos++;
    if (!at(p, TK_INDENT)) {
      if (kw)
        raise_last(p, PERR_INDENTATION, "expected an indented block after %s on line %d",
                   what, kw->lineno);
      raise_last(p, PERR_INDENTATION, "expected an indented block");
    }
    p->pos++;
    enter(p);
    statements(p, &body);
    leave(p);
    if (!at(p, TK_DEDENT)) syntax_error(p);
    p->pos++;
  } else {
    statement_list(p, &body);
  }
  return SEQ(StmtSeq, body);
}


/* ---------------------------------------------------------- simple ones */

static Stmt *simple_kw_stmt(Parser *p, StmtKind kind) {
  Loc start = tok_loc(advance(p));
  return new_stmt(p, kind, start);
}

static int at_stmt_end(Parser *p) { return at(p, TK_NEWLINE) || at(p, TK_SEMI); }

static Stmt *return_stmt(Parser *p) {
  Loc start = tok_loc(advance(p));
  Expr *value = NULL;
  Stmt *s;
  if (!at_stmt_end(p)) value = star_expressions(p);
  s = new_stmt(p, Stmt_Return, start);
  s->v.Return.value = value;
  return s;
}

static Stmt *raise_stmt(Parser *p) {
  Token *kw = advance(p);
  Expr *exc = NULL, *cause = NULL;
  Stmt *s;
  if (!at_stmt_end(p)) {
    exc = expression(p);
    if (accept_kw(p, KW_from)) cause = expression(p);
  }
  s = new_stmt(p, Stmt_Raise, tok_loc(kw));
  s->v.Raise.exc = exc;
  s->v.Raise.cause = cause;
  return s;
}

static Stmt *global_stmt(Parser *p, StmtKind kind) {
  Loc start = tok_loc(advance(p));
  Vec names = {0};
  Stmt *s;
  do {
    vec_push(p, &names, (void *)tok_str(p, expect_name(p)));
  } while (accept(p, TK_COMMA));
  s = new_stmt(p, kind, start);
  s->v.Global.names = SEQ(IdentSeq, names);
  return s;
}

static void *del_targets_fn(Parser *p) { return star_expressions(p); }

/* del_targets are primaries (a, a.b, a[i], (a, b), [a]); anything else
** is re-read as expressions to name what cannot be deleted, as CPython's
** invalid_del_stmt does. */
static Stmt *del_stmt(Parser *p) {
  Loc start = tok_loc(advance(p));
  int first = p->pos, fill, ok;
  Vec targets = {0};
  Stmt *s;
  Expr *all;
  for (;;) {
    if (!starts_expression(cur(p)) || at_kw(p, KW_not) || at_kw(p, KW_lambda) ||
        at(p, TK_MINUS) || at(p, TK_PLUS) || at(p, TK_TILDE))
      break;
    vec_push(p, &targets, primary(p));
    if (!accept(p, TK_COMMA)) break;
    if (at_stmt_end(p)) break;
  }
  if (targets.n > 0 && at_stmt_end(p)) {
    int i;
    for (i = 0; i < targets.n; i++) make_target(p, targets.items[i], DEL_TARGETS);
    s = new_stmt(p, Stmt_Delete, start);
    s->v.Delete.targets = SEQ(ExprSeq, targets);
    return s;
  }
  fill = p->fill;
  p->pos = first;
  all = attempt_specific(p, del_targets_fn, &ok);
  if (ok) make_target(p, all, DEL_TARGETS);
  restore_fill(p, fill);
  syntax_error(p);
}

static Stmt *assert_stmt(Parser *p) {
  Loc start = tok_loc(advance(p));
  Expr *test, *msg = NULL;
  Stmt *s;
  test = expression(p);
  if (accept(p, TK_COMMA)) msg = expression(p);
  s = new_stmt(p, Stmt_Assert, start);
  s->v.Assert.test = test;
  s->v.Assert.msg = msg;
  return s;
}

/* dotted_name as a string "a.b.c" */
static const char *dotted_name(Parser *p) {
  const char *name = tok_str(p, expect_name(p));
  while (at(p, TK_DOT) && tok_is_name(peek(p, 1))) {
    const char *part;
    size_t a, b;
    char *joined;
    p->pos++;
    part = tok_str(p, advance(p));
    a = strlen(name);
    b = strlen(part);
    joined = alloc(p, a + b + 2);
    memcpy(joined, name, a);
    joined[a] = '.';
    memcpy(joined + a + 1, part, b + 1);
    name = joined;
  }
  return name;
}

static Alias *new_alias(Parser *p, const Token *start, const char *name, const char *asname) {
  Alias *a = alloc(p, sizeof(Alias));
  a->name = name;
  a->asname = asname;
  a->lineno = start->lineno;
  a->col_offset = start->col;
  set_end_prev(p, &a->end_lineno, &a->end_col_offset);
  return a;
}

static const char *as_name(Parser *p) {
  if (!accept_kw(p, KW_as)) return NULL;
  if (!tok_is_name(cur(p))) syntax_error(p);
  return tok_str(p, advance(p));
}

static Stmt *import_stmt(Parser *p) {
  Token *kw = advance(p);
  Vec names = {0};
  Stmt *s;
  if (at(p, TK_NEWLINE)) raise_from_tok(p, cur(p), "Expected one or more names after 'import'");
  do {
    Token *t = cur(p);
    const char *name = dotted_name(p);
    const char *asname = as_name(p);
    vec_push(p, &names, new_alias(p, t, name, asname));
  } while (accept(p, TK_COMMA));
  if (at_kw(p, KW_from)) {
    p->pos++;
    if (tok_is_name(cur(p))) {
      dotted_name(p);
      raise_from_tok(p, kw, "Did you mean to use 'from ... import ...' instead?");
    }
  }
  s = new_stmt(p, Stmt_Import, tok_loc(kw));
  s->v.Import.names = SEQ(AliasSeq, names);
  return s;
}

static Stmt *from_stmt(Parser *p) {
  Token *kw = advance(p);
  int level = 0, parens;
  const char *module = NULL;
  Vec names = {0};
  Stmt *s;
  for (;;) {
    if (accept(p, TK_DOT)) level++;
    else if (accept(p, TK_ELLIPSIS)) level += 3;
    else break;
  }
  if (level == 0 || !at_kw(p, KW_import)) module = dotted_name(p);
  expect_kw(p, KW_import);
  if (at(p, TK_STAR)) {
    Token *t = advance(p);
    vec_push(p, &names, new_alias(p, t, "*", NULL));
  } else {
    if (at(p, TK_NEWLINE)) raise_from_tok(p, cur(p), "Expected one or more names after 'import'");
    parens = accept(p, TK_LPAR);
    do {
      Token *t = cur(p);
      const char *name;
      if (parens && at(p, TK_RPAR) && names.n > 0) break;
      name = tok_str(p, expect_name(p));
      vec_push(p, &names, new_alias(p, t, name, as_name(p)));
    } while (accept(p, TK_COMMA) && !(!parens && at(p, TK_NEWLINE) &&
             (raise_last(p, PERR_SYNTAX, "trailing comma not allowed without surrounding parentheses"), 0)));
    if (parens) expect(p, TK_RPAR);
  }
  s = new_stmt(p, Stmt_ImportFrom, tok_loc(kw));
  s->v.ImportFrom.module = module;
  s->v.ImportFrom.names = SEQ(AliasSeq, names);
  s->v.ImportFrom.level = level;
  return s;
}

/* ------------------------------------------------------- type parameters */

/* `lookahead`: CPython has read one token past an empty list (type X[] =). */
static TypeParamSeq type_params(Parser *p, int lookahead) {
  Vec v = {0};
  p->pos++;                             /* '[' */
  if (at(p, TK_RSQB)) {
    if (lookahead) peek(p, 1);
    raise_from_tok(p, cur(p), "Type parameter list cannot be empty");
  }
  while (!at(p, TK_RSQB)) {
    Token *t = cur(p);
    TypeParam *tp = alloc(p, sizeof(TypeParam));
    if (accept(p, TK_STAR)) {
      tp->kind = TypeParam_TypeVarTuple;
      tp->name = tok_str(p, expect_name(p));
      if (at(p, TK_COLON)) {
        Token *colon = advance(p);
        Expr *e = expression(p);
        raise_from_tok(p, colon, e->kind == Expr_Tuple ? "cannot use constraints with TypeVarTuple"
                       : "cannot use bound with TypeVarTuple");
      }
      if (accept(p, TK_EQUAL)) tp->default_value = star_expression(p);
    } else if (accept(p, TK_DOUBLESTAR)) {
      tp->kind = TypeParam_ParamSpec;
      tp->name = tok_str(p, expect_name(p));
      if (at(p, TK_COLON)) {
        Token *colon = advance(p);
        Expr *e = expression(p);
        raise_from_tok(p, colon, e->kind == Expr_Tuple ? "cannot use constraints with ParamSpec"
                       : "cannot use bound with ParamSpec");
      }
      if (accept(p, TK_EQUAL)) tp->default_value = expression(p);
    } else {
      tp->kind = TypeParam_TypeVar;
      tp->name = tok_str(p, expect_name(p));
      if (accept(p, TK_COLON)) tp->bound = expression(p);
      if (accept(p, TK_EQUAL)) tp->default_value = expression(p);
    }
    tp->lineno = t->lineno;
    tp->col_offset = t->col;
    set_end_prev(p, &tp->end_lineno, &tp->end_col_offset);
    vec_push(p, &v, tp);
    if (!accept(p, TK_COMMA)) break;
  }
  expect(p, TK_RSQB);
  return SEQ(TypeParamSeq, v);
}

/* type X[T] = ... ; `type` is a soft keyword. */
static int at_type_alias(Parser *p) {
  return at_soft_kw(p, "type") && tok_is_name(peek(p, 1)) &&
         (peek(p, 2)->type == TK_EQUAL || peek(p, 2)->type == TK_LSQB);
}

static Stmt *type_alias(Parser *p) {
  Loc start = tok_loc(advance(p));
  Token *name = expect_name(p);
  TypeParamSeq tps = {0, NULL};
  Expr *value;
  Stmt *s;
  if (at(p, TK_LSQB)) tps = type_params(p, 1);
  expect(p, TK_EQUAL);
  value = expression(p);
  s = new_stmt(p, Stmt_TypeAlias, start);
  s->v.TypeAlias.name = new_name(p, name, Ctx_Store);
  s->v.TypeAlias.type_params = tps;
  s->v.TypeAlias.value = value;
  return s;
}

/* ------------------------------------------- expressions and assignments */

static int augassign_op(TokenType t, AstOperator *op) {
  switch (t) {
    case TK_PLUSEQUAL: *op = Op_Add; return 1;
    case TK_MINEQUAL: *op = Op_Sub; return 1;
    case TK_STAREQUAL: *op = Op_Mult; return 1;
    case TK_ATEQUAL: *op = Op_MatMult; return 1;
    case TK_SLASHEQUAL: *op = Op_Div; return 1;
    case TK_PERCENTEQUAL: *op = Op_Mod; return 1;
    case TK_AMPEREQUAL: *op = Op_BitAnd; return 1;
    case TK_VBAREQUAL: *op = Op_BitOr; return 1;
    case TK_CIRCUMFLEXEQUAL: *op = Op_BitXor; return 1;
    case TK_LEFTSHIFTEQUAL: *op = Op_LShift; return 1;
    case TK_RIGHTSHIFTEQUAL: *op = Op_RShift; return 1;
    case TK_DOUBLESTAREQUAL: *op = Op_Pow; return 1;
    case TK_DOUBLESLASHEQUAL: *op = Op_FloorDiv; return 1;
    default: return 0;
  }
}

static Stmt *annotated_assignment(Parser *p, Expr *target, int start_pos, Loc start) {
  Token *first = token(p, start_pos);
  Expr *annotation, *value = NULL;
  Stmt *s;
  int simple = 0, fill = p->fill;
  if (!starts_expression(peek(p, 1))) {      /* `x:` with nothing after */
    /* CPython looks past the ':' only for a name, attribute or subscript */
    if (target->kind != Expr_Name && target->kind != Expr_Attribute &&
        target->kind != Expr_Subscript)
      restore_fill(p, fill);
    syntax_error(p);
  }
  switch (target->kind) {
    case Expr_Name:
      simple = first->type != TK_LPAR;
      break;
    case Expr_Attribute: case Expr_Subscript:
      break;
    case Expr_Tuple:
      if (first->type != TK_LPAR)
        raise_node(p, target->v.Tuple.elts.items[0], "only single target (not tuple) can be annotated");
      raise_node(p, target, "only single target (not tuple) can be annotated");
    case Expr_List:
      raise_node(p, target, "only single target (not list) can be annotated");
    default:
      raise_node(p, target, "illegal target for annotation");
  }
  p->pos++;                             /* ':' */
  annotation = expression(p);
  if (accept(p, TK_EQUAL)) value = annotated_rhs(p);
  set_context(target, Ctx_Store);
  s = new_stmt(p, Stmt_AnnAssign, start);
  s->v.AnnAssign.target = target;
  s->v.AnnAssign.annotation = annotation;
  s->v.AnnAssign.value = value;
  s->v.AnnAssign.simple = simple;
  return s;
}

/* An invalid first assignment target: CPython's invalid_named_expression
** hint when the statement is `a = b` with a single '='. */
static void bad_assign_target(Parser *p, Expr *target, int start_pos, int single) {
  Expr *bad;
  if ((target->kind == Expr_Yield || target->kind == Expr_YieldFrom) &&
      token(p, start_pos)->type != TK_LPAR)
    raise_node(p, target, "assignment to yield expression not possible");
  if (single && !excluded_from_eq_hint(p, start_pos, target) && is_bitwise_or_level(target))
    raise_node(p, target, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
               expr_name(target));
  bad = invalid_target(target, STAR_TARGETS);
  if (bad) raise_node(p, bad, "cannot assign to %s", expr_name(bad));
}

static Stmt *expression_stmt(Parser *p) {
  Loc start = here(p);
  int start_pos = p->pos;
  Expr *e = annotated_rhs(p);
  AstOperator op;
  Stmt *s;
  if (at(p, TK_COLONEQUAL) && e->kind != Expr_Name && e->kind != Expr_Tuple)
    raise_node(p, e, "cannot use assignment expressions with %s", expr_name(e));
  if (at(p, TK_COLONEQUAL) && e->kind == Expr_Name) {
    /* not a statement; CPython's error pass still parses the value */
    Token *op = advance(p);
    int fill = p->fill;
    expression(p);
    while (accept(p, TK_COMMA) && (starts_expression(cur(p)) || at(p, TK_STAR)))
      star_named_expression(p);
    restore_fill(p, fill);
    raise_at_tok(p, PERR_SYNTAX, op, "invalid syntax");
  }
  if (at(p, TK_COLON) && e->kind != Expr_Yield && e->kind != Expr_YieldFrom)
    return annotated_assignment(p, e, start_pos, start);
  if (augassign_op(cur_type(p), &op)) {
    Expr *value;
    if (e->kind != Expr_Name && e->kind != Expr_Attribute && e->kind != Expr_Subscript)
      raise_node(p, e, "'%s' is an illegal expression for augmented assignment", expr_name(e));
    p->pos++;
    value = annotated_rhs(p);
    set_context(e, Ctx_Store);
    s = new_stmt(p, Stmt_AugAssign, start);
    s->v.AugAssign.target = e;
    s->v.AugAssign.op = op;
    s->v.AugAssign.value = value;
    return s;
  }
  if (at(p, TK_EQUAL)) {
    Vec targets = {0};
    Expr *value = e;
    int target_start = start_pos;
    while (accept(p, TK_EQUAL)) {
      Expr *t = value;
      int rhs_start = p->pos, ok;
      value = attempt_specific(p, annotated_rhs_fn, &ok);
      if (!ok) {                        /* no value: still name a bad target */
        if (invalid_target(t, STAR_TARGETS) || t->kind == Expr_Yield || t->kind == Expr_YieldFrom)
          bad_assign_target(p, t, target_start, 0);
        p->pos = rhs_start;
        syntax_error(p);
      }
      if (invalid_target(t, STAR_TARGETS) || t->kind == Expr_Yield || t->kind == Expr_YieldFrom) {
        int single = targets.n == 0 && !at(p, TK_EQUAL) && !at(p, TK_COLONEQUAL) &&
                     value->kind != Expr_Yield && value->kind != Expr_YieldFrom &&
                     !tok_is_kw(token(p, rhs_start), KW_lambda) &&
                     !tok_is_kw(token(p, rhs_start), KW_not) &&
                     token(p, rhs_start)->type != TK_STAR;
        bad_assign_target(p, t, target_start, single);
      }
      make_target(p, t, STAR_TARGETS);
      vec_push(p, &targets, t);
      target_start = rhs_start;
    }
    s = new_stmt(p, Stmt_Assign, start);
    s->v.Assign.targets = SEQ(ExprSeq, targets);
    s->v.Assign.value = value;
    return s;
  }
  s = new_stmt(p, Stmt_Expr, start);
  s->v.Expr.value = e;
  return s;
}

static Stmt *simple_stmt(Parser *p) {
  Token *t = cur(p);
  if (t->type == TK_NAME) {
    switch (t->kw) {
      case KW_return: return return_stmt(p);
      case KW_raise: return raise_stmt(p);
      case KW_pass: return simple_kw_stmt(p, Stmt_Pass);
      case KW_break: return simple_kw_stmt(p, Stmt_Break);
      case KW_continue: return simple_kw_stmt(p, Stmt_Continue);
      case KW_del: return del_stmt(p);
      case KW_assert: return assert_stmt(p);
      case KW_global: return global_stmt(p, Stmt_Global);
      case KW_nonlocal: return global_stmt(p, Stmt_Nonlocal);
      case KW_import: return import_stmt(p);
      case KW_from: return from_stmt(p);
      case 0:
        if (at_type_alias(p)) {
          record_probe(p, PROBE_LEGACY);
          return type_alias(p);
        }
        break;
      default: break;
    }
  }
  return expression_stmt(p);
}

/* simple_stmt (';' simple_stmt)* [';'] NEWLINE; appends to out. */
static Stmt *statement_list(Parser *p, Vec *out) {
  Stmt *s = NULL;
  for (;;) {
    s = simple_stmt(p);
    vec_push(p, out, s);
    if (!accept(p, TK_SEMI)) break;
    if (at(p, TK_NEWLINE)) break;
  }
  if (!at(p, TK_NEWLINE)) syntax_error(p);
  p->pos++;
  return s;
}

/* ------------------------------------------------------------- compound */

static StmtSeq else_block(Parser *p) {
  Token *kw = advance(p);
  expect_forced_colon(p);
  return block(p, "'else' statement", kw);
}

static Stmt *if_stmt(Parser *p, int is_elif) {
  Token *kw = advance(p);
  Expr *test = named_expression(p);
  StmtSeq body, orelse = {0, NULL};
  Stmt *s;
  expect_header_colon(p);
  body = block(p, is_elif ? "'elif' statement" : "'if' statement", kw);
  if (at_kw(p, KW_elif)) {
    Vec v = {0};
    vec_push(p, &v, if_stmt(p, 1));
    orelse = SEQ(StmtSeq, v);
  } else if (at_kw(p, KW_else)) {
    orelse = else_block(p);
    if (at_kw(p, KW_elif)) raise_last(p, PERR_SYNTAX, "'elif' block follows an 'else' block");
  }
  s = new_stmt(p, Stmt_If, tok_loc(kw));
  s->v.If.test = test;
  s->v.If.body = body;
  s->v.If.orelse = orelse;
  return s;
}

static Stmt *while_stmt(Parser *p) {
  Token *kw = advance(p);
  Expr *test = named_expression(p);
  StmtSeq body, orelse = {0, NULL};
  Stmt *s;
  expect_header_colon(p);
  body = block(p, "'while' statement", kw);
  if (at_kw(p, KW_else)) orelse = else_block(p);
  s = new_stmt(p, Stmt_While, tok_loc(kw));
  s->v.While.test = test;
  s->v.While.body = body;
  s->v.While.orelse = orelse;
  return s;
}

/* `for` targets not followed by 'in': CPython's invalid_for_target
** re-reads them as expressions (which may meet other errors first). */
static _Noreturn void for_target_error(Parser *p) {
  int ok, fill = p->fill;
  Expr *all;
  p->pos = p->targets_start;
  all = attempt_specific(p, parse_star_expressions_fn, &ok);
  if (ok) {
    check_missing_comma(p);
    make_target(p, all, FOR_TARGETS);
  }
  restore_fill(p, fill);
  syntax_error(p);
}

static Stmt *for_stmt(Parser *p, Token *async_tok) {
  Token *kw = advance(p);
  Expr *target, *iter;
  StmtSeq body, orelse = {0, NULL};
  Stmt *s;
  target = for_targets(p, 0);
  if (!at_kw(p, KW_in)) for_target_error(p);
  make_target(p, target, FOR_TARGETS);
  p->pos++;
  iter = star_expressions(p);
  expect_header_colon(p);
  body = block(p, "'for' statement", kw);
  if (at_kw(p, KW_else)) orelse = else_block(p);
  s = new_stmt(p, async_tok ? Stmt_AsyncFor : Stmt_For, tok_loc(async_tok ? async_tok : kw));
  s->v.For.target = target;
  s->v.For.iter = iter;
  s->v.For.body = body;
  s->v.For.orelse = orelse;
  return s;
}

static WithItem *with_item(Parser *p) {
  WithItem *w = alloc(p, sizeof(WithItem));
  w->context_expr = expression(p);
  if (accept_kw(p, KW_as)) {
    Expr *t = target_item(p);
    make_target(p, t, STAR_TARGETS);
    w->optional_vars = t;
  }
  return w;
}

/* '(' with_item (',' with_item)* [','] ')' followed by ':' */
static void *paren_with_items_fn(Parser *p) {
  Vec *items = alloc(p, sizeof(Vec));
  p->pos++;
  do {
    if (at(p, TK_RPAR) && items->n > 0) break;
    vec_push(p, items, with_item(p));
  } while (accept(p, TK_COMMA));
  expect(p, TK_RPAR);
  if (!at(p, TK_COLON)) syntax_error(p);
  return items;
}

static Stmt *with_stmt(Parser *p, Token *async_tok) {
  Token *kw = advance(p);
  Vec items = {0}, *paren = NULL;
  StmtSeq body;
  Stmt *s;
  int ok = 0;
  if (at(p, TK_LPAR)) {
    paren = attempt_specific(p, paren_with_items_fn, &ok);
  }
  if (ok) {
    items = *paren;
  } else {
    do {
      vec_push(p, &items, with_item(p));
    } while (accept(p, TK_COMMA));
  }
  expect_header_colon(p);
  body = block(p, "'with' statement", kw);
  s = new_stmt(p, async_tok ? Stmt_AsyncWith : Stmt_With, tok_loc(async_tok ? async_tok : kw));
  s->v.With.items = SEQ(WithItemSeq, items);
  s->v.With.body = body;
  return s;
}

static ExceptHandler *except_block(Parser *p, int *star) {
  Token *kw = advance(p);
  ExceptHandler *h = alloc(p, sizeof(ExceptHandler));
  int is_star = 0;
  if (at(p, TK_STAR)) {
    p->pos++;
    is_star = 1;
    if (at(p, TK_COLON) || at(p, TK_NEWLINE))
      raise_last(p, PERR_SYNTAX, "expected one or more exception types");
  }
  if (at(p, TK_NEWLINE)) raise_last(p, PERR_SYNTAX, "expected ':'");
  if (!at(p, TK_COLON)) {
    h->type = expression(p);
    int fill = p->fill, more = at(p, TK_COMMA) && starts_expression(peek(p, 1));
    if (!more) p->fill = fill;            /* the first pass stopped at ',' */
    if (more) {                           /* except A, B: (3.14 syntax) */
      Expr *first = h->type;
      while (accept(p, TK_COMMA)) {
        if (at(p, TK_COLON)) break;
        expression(p);
      }
      if (at_kw(p, KW_as))
        raise_from_node(p, first, "multiple exception types must be parenthesized when using 'as'");
      raise_from_node(p, first, "multiple exception types must be parenthesized");
    }
    if (accept_kw(p, KW_as)) {
      Token *name = cur(p);
      if (!tok_is_name(name)) syntax_error(p);
      p->pos++;
      h->name = tok_str(p, name);
    }
  }
  expect_header_colon(p);
  h->body = block(p, is_star ? "'except*' statement" : "'except' statement", kw);
  h->lineno = kw->lineno;
  h->col_offset = kw->col;
  set_end_prev(p, &h->end_lineno, &h->end_col_offset);
  *star = is_star;
  return h;
}

static Stmt *try_stmt(Parser *p) {
  Token *kw = advance(p);
  StmtSeq body, orelse = {0, NULL}, finalbody = {0, NULL};
  Vec handlers = {0};
  int kind = -1;                        /* 0: except, 1: except* */
  Stmt *s;
  expect_forced_colon(p);
  body = block(p, "'try' statement", kw);
  while (at_kw(p, KW_except)) {
    int star;
    Token *ex = cur(p);
    ExceptHandler *h = except_block(p, &star);
    if (kind >= 0 && star != kind) {
      if (star) raise_tok_range(p, ex, token(p, p->pos), "cannot have both 'except' and 'except*' on the same 'try'");
      raise_at_tok(p, PERR_SYNTAX, ex, "cannot have both 'except' and 'except*' on the same 'try'");
    }
    kind = star;
    vec_push(p, &handlers, h);
  }
  if (handlers.n > 0 && at_kw(p, KW_else)) orelse = else_block(p);
  if (at_kw(p, KW_finally)) {
    Token *fk = advance(p);
    expect_forced_colon(p);
    finalbody = block(p, "'finally' statement", fk);
  }
  if (handlers.n == 0 && finalbody.n == 0)
    raise_last(p, PERR_SYNTAX, "expected 'except' or 'finally' block");
  s = new_stmt(p, kind == 1 ? Stmt_TryStar : Stmt_Try, tok_loc(kw));
  s->v.Try.body = body;
  s->v.Try.handlers = SEQ(ExceptHandlerSeq, handlers);
  s->v.Try.orelse = orelse;
  s->v.Try.finalbody = finalbody;
  return s;
}

static void *arrow_annotation_fn(Parser *p) {
  p->pos++;
  return expression(p);
}

static void *def_type_params_fn(Parser *p) {
  TypeParamSeq *t = alloc(p, sizeof(TypeParamSeq));
  *t = type_params(p, 0);
  return t;
}

static Stmt *function_def(Parser *p, ExprSeq decorators, Token *async_tok) {
  Token *kw = advance(p), *name;
  TypeParamSeq tps = {0, NULL};
  Arguments *args;
  Expr *returns = NULL;
  StmtSeq body;
  Stmt *s;
  name = expect_name(p);
  if (at(p, TK_LSQB)) {
    Token *open = cur(p);
    int ok;
    TypeParamSeq *t = attempt_specific(p, def_type_params_fn, &ok);
    if (!ok) raise_at_tok(p, PERR_SYNTAX, open, "expected '('");
    tps = *t;
  }
  if (!at(p, TK_LPAR)) raise_at_tok(p, PERR_SYNTAX, cur(p), "expected '('");
  p->pos++;
  enter(p);
  args = parameters(p, 0);
  leave(p);
  p->pos++;                             /* ')' */
  if (at(p, TK_RARROW)) {
    Token *arrow = cur(p);
    int ok;
    returns = attempt_specific(p, arrow_annotation_fn, &ok);
    if (!ok) raise_at_tok(p, PERR_SYNTAX, arrow, "expected ':'");   /* forced ':' */
  }
  expect_forced_colon(p);
  body = block(p, "function definition", kw);
  s = new_stmt(p, async_tok ? Stmt_AsyncFunctionDef : Stmt_FunctionDef,
               tok_loc(async_tok ? async_tok : kw));
  s->v.FunctionDef.name = tok_str(p, name);
  s->v.FunctionDef.args = args;
  s->v.FunctionDef.body = body;
  s->v.FunctionDef.decorator_list = decorators;
  s->v.FunctionDef.returns = returns;
  s->v.FunctionDef.type_params = tps;
  return s;
}

static Stmt *class_def(Parser *p, ExprSeq decorators) {
  Token *kw = advance(p), *name;
  TypeParamSeq tps = {0, NULL};
  StmtSeq body;
  Stmt *s;
  Expr *call = NULL;
  name = expect_name(p);
  if (at(p, TK_LSQB)) tps = type_params(p, 0);
  if (at(p, TK_LPAR)) {
    Token *open = advance(p);
    call = new_expr(p, Expr_Call, tok_loc(open));
    call_arguments(p, call, open, 0);
  }
  expect_header_colon(p);
  body = block(p, "class definition", kw);
  s = new_stmt(p, Stmt_ClassDef, tok_loc(kw));
  s->v.ClassDef.name = tok_str(p, name);
  if (call) {
    s->v.ClassDef.bases = call->v.Call.args;
    s->v.ClassDef.keywords = call->v.Call.keywords;
  }
  s->v.ClassDef.body = body;
  s->v.ClassDef.decorator_list = decorators;
  s->v.ClassDef.type_params = tps;
  return s;
}

static Stmt *decorated(Parser *p) {
  Vec decorators = {0};
  ExprSeq decs;
  while (accept(p, TK_AT)) {
    vec_push(p, &decorators, named_expression(p));
    expect(p, TK_NEWLINE);
  }
  decs = SEQ(ExprSeq, decorators);
  if (at_kw(p, KW_def)) return function_def(p, decs, NULL);
  if (at_kw(p, KW_class)) return class_def(p, decs);
  if (at_kw(p, KW_async) && tok_is_kw(peek(p, 1), KW_def)) {
    Token *async_tok = advance(p);
    return function_def(p, decs, async_tok);
  }
  syntax_error(p);
  return NULL;
}

static Stmt *match_stmt(Parser *p);

/* `match` starts a match statement when its logical line ends with ':'
** at the same bracket level. */
static void *match_subject_fn(Parser *p);

/* "match" subject_expr ':' -- tried as CPython's PEG parser does. */
static int at_match_stmt(Parser *p) {
  int ok, pos = p->pos, yes;
  Token *t;
  if (!at_soft_kw(p, "match")) return 0;
  t = peek(p, 1);
  if (t->type == TK_EQUAL || t->type == TK_DOT || t->type == TK_COLON ||
      t->type == TK_NEWLINE || t->type == TK_COMMA || t->type == TK_RPAR)
    return 0;
  p->pos++;
  attempt(p, match_subject_fn, &ok);
  yes = ok && at(p, TK_COLON);
  p->pos = pos;
  return yes;
}

static void *match_subject_fn(Parser *p) {
  Expr *e = star_named_expression(p);
  while (accept(p, TK_COMMA)) {
    if (!starts_expression(cur(p)) && !at(p, TK_STAR)) break;
    star_named_expression(p);
  }
  return e;
}

/* `match x` + newline: CPython's "expected ':'" (when `match` cannot
** start an expression statement there). */
static void match_missing_colon(Parser *p) {
  Token *t = peek(p, 1);
  int ok, pos = p->pos;
  if (!(tok_is_name(t) || t->type == TK_NUMBER || t->type == TK_STRING ||
        t->type == TK_FSTRING_START || t->type == TK_LBRACE || t->type == TK_TILDE ||
        tok_is_kw(t, KW_None) || tok_is_kw(t, KW_True) || tok_is_kw(t, KW_False) ||
        tok_is_kw(t, KW_not) || tok_is_kw(t, KW_lambda)))
    return;
  p->pos++;
  attempt(p, match_subject_fn, &ok);
  if (ok && at(p, TK_NEWLINE)) raise_last(p, PERR_SYNTAX, "expected ':'");
  p->pos = pos;
}

/* After a failed parse CPython re-parses from the start with its error
** rules on.  Valid statements before the error can then meet such a
** rule: `match(x)` meets invalid_match_stmt, and `type X[T = 1] = ...`
** meets invalid_legacy_expression (NAME followed by expressions).  This
** replays those rules for the recorded statements, in order. */
static void error_pass_probes(Parser *p) {
  int i, ok, fill = p->fill;
  ParseError found = *p->err;           /* trial parses overwrite it */
  for (i = 0; i < p->probe_lines.n; i++) {
    int v = (int)(size_t)p->probe_lines.items[i];
    p->pos = v / 2 + 1;
    if (v % 2 == PROBE_LEGACY) {
      attempt_specific(p, parse_star_expressions_fn, &ok);
      continue;
    }
    attempt_specific(p, match_subject_fn, &ok);
    if (ok && at(p, TK_NEWLINE)) {
      restore_fill(p, fill);
      raise_last(p, PERR_SYNTAX, "expected ':'");
    }
  }
  restore_fill(p, fill);
  *p->err = found;
}



static Stmt *compound_stmt(Parser *p) {
  Token *t = cur(p);
  if (t->type == TK_AT) return decorated(p);
  if (t->type != TK_NAME) return NULL;
  switch (t->kw) {
    case KW_def: { ExprSeq none = {0, NULL}; return function_def(p, none, NULL); }
    case KW_class: { ExprSeq none = {0, NULL}; return class_def(p, none); }
    case KW_if: return if_stmt(p, 0);
    case KW_while: return while_stmt(p);
    case KW_for: return for_stmt(p, NULL);
    case KW_with: return with_stmt(p, NULL);
    case KW_try: return try_stmt(p);
    case KW_async: {
      Token *n = peek(p, 1);
      if (tok_is_kw(n, KW_def)) { ExprSeq none = {0, NULL}; p->pos++; return function_def(p, none, t); }
      if (tok_is_kw(n, KW_for)) { p->pos++; return for_stmt(p, t); }
      if (tok_is_kw(n, KW_with)) { p->pos++; return with_stmt(p, t); }
      return NULL;
    }
    case 0:
      if (at_match_stmt(p)) return match_stmt(p);
      if (at_soft_kw(p, "match")) {
        match_missing_colon(p);
        record_probe(p, PROBE_MATCH);
      }
      return NULL;
    default:
      return NULL;
  }
}

static void statement(Parser *p, Vec *out) {
  Stmt *s = compound_stmt(p);
  if (s) vec_push(p, out, s);
  else statement_list(p, out);
}

static void statements(Parser *p, Vec *out) {
  while (!at(p, TK_DEDENT) && !at(p, TK_ENDMARKER)) statement(p, out);
}

/* ======================================================= match statement */

static Pattern *pattern(Parser *p);

static Pattern *new_pattern(Parser *p, PatternKind kind, Loc start) {
  Pattern *pt = alloc(p, sizeof(Pattern));
  pt->kind = kind;
  pt->lineno = start.lineno;
  pt->col_offset = start.col;
  set_end_prev(p, &pt->end_lineno, &pt->end_col_offset);
  return pt;
}

static int is_wildcard(const Token *t) { return tok_is_name(t) && tok_text_is(t, "_"); }

/* A capture target: a NAME other than '_' not followed by . ( = */
static const char *capture_target(Parser *p) {
  Token *t = cur(p);
  if (!tok_is_name(t) || is_wildcard(t)) syntax_error(p);
  p->pos++;
  return tok_str(p, t);
}

/* NAME ('.' NAME)* as a Name or Attribute chain. */
static Expr *name_or_attr(Parser *p) {
  Token *t = expect_name(p);
  Expr *e = new_name(p, t, Ctx_Load);
  while (at(p, TK_DOT)) {
    Token *attr;
    Expr *x;
    p->pos++;
    attr = expect_name(p);
    x = new_expr(p, Expr_Attribute, expr_loc(e));
    x->v.Attribute.value = e;
    x->v.Attribute.attr = tok_str(p, attr);
    x->v.Attribute.ctx = Ctx_Load;
    e = x;
  }
  return e;
}

/* signed_number, complex_number: -1, 1.5, 1+2j, -1-2j */
static Expr *number_literal(Parser *p) {
  Loc start = here(p);
  Expr *e;
  int neg = accept(p, TK_MINUS);
  if (!at(p, TK_NUMBER)) syntax_error(p);
  e = number(p);
  if (neg) {
    Expr *u = new_expr(p, Expr_UnaryOp, start);
    u->v.UnaryOp.op = Unary_USub;
    u->v.UnaryOp.operand = e;
    e = u;
  }
  if (at(p, TK_PLUS) || at(p, TK_MINUS)) {
    AstOperator op = at(p, TK_PLUS) ? Op_Add : Op_Sub;
    Expr *imag, *b;
    Expr *real = neg ? e->v.UnaryOp.operand : e;
    if (real->v.Constant.kind == Const_Imaginary)
      raise_node(p, real, "real number required in complex literal");
    p->pos++;
    if (!at(p, TK_NUMBER)) syntax_error(p);
    imag = number(p);
    if (imag->v.Constant.kind != Const_Imaginary)
      raise_node(p, imag, "imaginary number required in complex literal");
    b = new_expr(p, Expr_BinOp, start);
    b->v.BinOp.left = e;
    b->v.BinOp.op = op;
    b->v.BinOp.right = imag;
    e = b;
  }
  return e;
}

/* Mapping keys: literal or dotted value. */
static Expr *pattern_key(Parser *p) {
  Token *t = cur(p);
  if (t->type == TK_NUMBER || t->type == TK_MINUS) return number_literal(p);
  if (t->type == TK_STRING || t->type == TK_FSTRING_START) return strings(p);
  if (tok_is_kw(t, KW_None)) return constant_kw(p, Const_None);
  if (tok_is_kw(t, KW_True)) return constant_kw(p, Const_True);
  if (tok_is_kw(t, KW_False)) return constant_kw(p, Const_False);
  if (tok_is_name(t) && peek(p, 1)->type == TK_DOT) return name_or_attr(p);
  syntax_error(p);
  return NULL;
}

static Pattern *star_pattern(Parser *p) {
  Loc start = tok_loc(advance(p));
  Pattern *pt;
  const char *name = NULL;
  if (is_wildcard(cur(p))) p->pos++;
  else name = capture_target(p);
  pt = new_pattern(p, Pattern_MatchStar, start);
  pt->v.MatchStar.name = name;
  return pt;
}

static Pattern *maybe_star_pattern(Parser *p) {
  if (at(p, TK_STAR)) return star_pattern(p);
  return pattern(p);
}

/* Items of a sequence pattern up to `close` (after the first). */
static PatternSeq sequence_items(Parser *p, Pattern *first, TokenType close) {
  Vec v = {0};
  if (first) vec_push(p, &v, first);
  while (!at(p, close)) {
    if (first || v.n > 0) { if (!accept(p, TK_COMMA)) break; if (at(p, close)) break; }
    vec_push(p, &v, maybe_star_pattern(p));
    first = (Pattern *)1;
  }
  return SEQ(PatternSeq, v);
}

static Pattern *mapping_pattern(Parser *p) {
  Loc start = tok_loc(advance(p));
  Vec keys = {0}, pats = {0};
  const char *rest = NULL;
  Pattern *pt;
  while (!at(p, TK_RBRACE)) {
    if (at(p, TK_DOUBLESTAR)) {
      p->pos++;
      rest = capture_target(p);
      accept(p, TK_COMMA);
      break;
    }
    vec_push(p, &keys, pattern_key(p));
    expect(p, TK_COLON);
    vec_push(p, &pats, pattern(p));
    if (!accept(p, TK_COMMA)) break;
  }
  expect(p, TK_RBRACE);
  pt = new_pattern(p, Pattern_MatchMapping, start);
  pt->v.MatchMapping.keys = SEQ(ExprSeq, keys);
  pt->v.MatchMapping.patterns = SEQ(PatternSeq, pats);
  pt->v.MatchMapping.rest = rest;
  return pt;
}

static Pattern *class_pattern(Parser *p, Expr *cls) {
  Vec pats = {0}, names = {0}, kpats = {0};
  Pattern *pt;
  Pattern *first_after_kw = NULL;
  p->pos++;                             /* '(' */
  while (!at(p, TK_RPAR)) {
    if (tok_is_name(cur(p)) && peek(p, 1)->type == TK_EQUAL) {
      vec_push(p, &names, (void *)tok_str(p, advance(p)));
      p->pos++;
      vec_push(p, &kpats, pattern(p));
    } else {
      Pattern *x = pattern(p);
      if (names.n > 0 && first_after_kw == NULL) first_after_kw = x;
      vec_push(p, &pats, x);
    }
    if (!accept(p, TK_COMMA)) break;
  }
  if (first_after_kw) {
    Pattern *last = pats.items[pats.n - 1];
    raise_pos(p, PERR_SYNTAX, first_after_kw->lineno, first_after_kw->col_offset + 1,
              last->end_lineno, last->end_col_offset + 1,
              "positional patterns follow keyword patterns");
  }
  expect(p, TK_RPAR);
  pt = new_pattern(p, Pattern_MatchClass, expr_loc(cls));
  pt->v.MatchClass.cls = cls;
  pt->v.MatchClass.patterns = SEQ(PatternSeq, pats);
  pt->v.MatchClass.kwd_attrs = SEQ(IdentSeq, names);
  pt->v.MatchClass.kwd_patterns = SEQ(PatternSeq, kpats);
  return pt;
}

static Pattern *closed_pattern(Parser *p) {
  Token *t = cur(p);
  Loc start = tok_loc(t);
  Pattern *pt;
  switch (t->type) {
    case TK_NUMBER: case TK_MINUS: case TK_STRING: case TK_FSTRING_START: {
      Expr *v = pattern_key(p);
      pt = new_pattern(p, Pattern_MatchValue, start);
      pt->v.MatchValue.value = v;
      return pt;
    }
    case TK_LPAR: {
      Pattern *first;
      p->pos++;
      enter(p);
      if (accept(p, TK_RPAR)) {
        pt = new_pattern(p, Pattern_MatchSequence, start);
        leave(p);
        return pt;
      }
      first = maybe_star_pattern(p);
      if (at(p, TK_COMMA)) {
        PatternSeq items = sequence_items(p, first, TK_RPAR);
        expect(p, TK_RPAR);
        pt = new_pattern(p, Pattern_MatchSequence, start);
        pt->v.MatchSequence.patterns = items;
      } else {
        expect(p, TK_RPAR);
        if (first->kind == Pattern_MatchStar) {
          Vec v = {0};
          vec_push(p, &v, first);
          pt = new_pattern(p, Pattern_MatchSequence, start);
          pt->v.MatchSequence.patterns = SEQ(PatternSeq, v);
        } else {
          pt = first;
        }
      }
      leave(p);
      return pt;
    }
    case TK_LSQB: {
      PatternSeq items;
      p->pos++;
      enter(p);
      items = sequence_items(p, NULL, TK_RSQB);
      expect(p, TK_RSQB);
      leave(p);
      pt = new_pattern(p, Pattern_MatchSequence, start);
      pt->v.MatchSequence.patterns = items;
      return pt;
    }
    case TK_LBRACE:
      return mapping_pattern(p);
    case TK_NAME:
      if (t->kw == KW_None || t->kw == KW_True || t->kw == KW_False) {
        p->pos++;
        pt = new_pattern(p, Pattern_MatchSingleton, start);
        pt->v.MatchSingleton.value = t->kw == KW_None ? Const_None
                                   : t->kw == KW_True ? Const_True : Const_False;
        return pt;
      }
      if (t->kw != 0) break;
      {
        TokenType next = peek(p, 1)->type;
        if (next != TK_DOT && next != TK_LPAR) {
          p->pos++;
          pt = new_pattern(p, Pattern_MatchAs, start);
          if (!is_wildcard(t)) pt->v.MatchAs.name = tok_str(p, t);
          return pt;
        }
        {
          Expr *e = name_or_attr(p);
          if (at(p, TK_LPAR)) return class_pattern(p, e);
          pt = new_pattern(p, Pattern_MatchValue, start);
          pt->v.MatchValue.value = e;
          return pt;
        }
      }
    default:
      break;
  }
  syntax_error(p);
  return NULL;
}

static Pattern *or_pattern(Parser *p) {
  Loc start = here(p);
  Pattern *first = closed_pattern(p), *pt;
  Vec v = {0};
  if (!at(p, TK_VBAR)) return first;
  vec_push(p, &v, first);
  while (accept(p, TK_VBAR)) vec_push(p, &v, closed_pattern(p));
  pt = new_pattern(p, Pattern_MatchOr, start);
  pt->v.MatchOr.patterns = SEQ(PatternSeq, v);
  return pt;
}

static Pattern *pattern(Parser *p) {
  Loc start = here(p);
  Pattern *pt;
  enter(p);
  pt = or_pattern(p);
  if (accept_kw(p, KW_as)) {
    Pattern *as;
    Token *t = cur(p);
    if (is_wildcard(t)) raise_at_tok(p, PERR_SYNTAX, t, "cannot use '_' as a target");
    if (!tok_is_name(t)) {
      Expr *e = expression(p);
      raise_node(p, e, "invalid pattern target");
    }
    p->pos++;
    as = new_pattern(p, Pattern_MatchAs, start);
    as->v.MatchAs.pattern = pt;
    as->v.MatchAs.name = tok_str(p, t);
    pt = as;
  }
  leave(p);
  return pt;
}

/* patterns: an open sequence (a, b) without brackets, or one pattern */
static Pattern *patterns(Parser *p) {
  Loc start = here(p);
  Pattern *first = maybe_star_pattern(p), *pt;
  if (!at(p, TK_COMMA)) {
    if (first->kind == Pattern_MatchStar) {
      Vec v = {0};
      vec_push(p, &v, first);
      pt = new_pattern(p, Pattern_MatchSequence, start);
      pt->v.MatchSequence.patterns = SEQ(PatternSeq, v);
      return pt;
    }
    return first;
  }
  {
    PatternSeq items = sequence_items(p, first, TK_COLON);
    pt = new_pattern(p, Pattern_MatchSequence, start);
    pt->v.MatchSequence.patterns = items;
  }
  return pt;
}

static Stmt *match_stmt(Parser *p) {
  Token *kw = advance(p);
  Expr *subject;
  Vec cases = {0};
  Stmt *s;
  Loc start = here(p);
  subject = star_named_expression(p);
  if (subject->kind == Expr_Starred && !at(p, TK_COMMA)) syntax_error(p);
  if (at(p, TK_COMMA)) {
    ExprSeq elts;
    Vec v = {0};
    vec_push(p, &v, subject);
    while (accept(p, TK_COMMA)) {
      if (at(p, TK_COLON)) break;
      vec_push(p, &v, star_named_expression(p));
    }
    elts = SEQ(ExprSeq, v);
    subject = new_expr(p, Expr_Tuple, start);
    subject->v.Tuple.elts = elts;
    subject->v.Tuple.ctx = Ctx_Load;
  }
  expect_header_colon(p);
  expect(p, TK_NEWLINE);
  if (!at(p, TK_INDENT))
    raise_last(p, PERR_INDENTATION, "expected an indented block after 'match' statement on line %d",
               kw->lineno);
  p->pos++;
  while (at_soft_kw(p, "case")) {
    Token *ck = advance(p);
    MatchCase *mc = alloc(p, sizeof(MatchCase));
    mc->pattern = patterns(p);
    if (accept_kw(p, KW_if)) mc->guard = named_expression(p);
    expect_header_colon(p);
    mc->body = block(p, "'case' statement", ck);
    vec_push(p, &cases, mc);
  }
  if (cases.n == 0 || !at(p, TK_DEDENT)) syntax_error(p);
  p->pos++;
  s = new_stmt(p, Stmt_Match, tok_loc(kw));
  s->v.Match.subject = subject;
  s->v.Match.cases = SEQ(MatchCaseSeq, cases);
  return s;
}

/* ============================================================ entry point */

static Mod *file_input(Parser *p) {
  Vec body = {0};
  Mod *m = alloc(p, sizeof(Mod));
  statements(p, &body);
  if (!at(p, TK_ENDMARKER)) syntax_error(p);
  m->kind = Mod_Module;
  m->v.Module.body = SEQ(StmtSeq, body);
  return m;
}

/* eval and single input may not be empty (CPython: no line, offset 0). */
static void reject_empty_input(Parser *p) {
  int line;
  if (!at(p, TK_ENDMARKER)) return;
  line = p->src_len == 0 ? 0 : tok_line_count(p->tz);
  raise_pos(p, PERR_SYNTAX, line, 0, line, 0, "invalid syntax");
}

static Mod *eval_input(Parser *p) {
  Mod *m = alloc(p, sizeof(Mod));
  Expr *e;
  reject_empty_input(p);
  e = expressions(p);
  while (accept(p, TK_NEWLINE)) {}
  if (!at(p, TK_ENDMARKER)) syntax_error(p);
  m->kind = Mod_Expression;
  m->v.Expression.body = e;
  return m;
}

static Mod *single_input(Parser *p) {
  Vec body = {0};
  Mod *m = alloc(p, sizeof(Mod));
  m->kind = Mod_Interactive;
  reject_empty_input(p);
  if (at(p, TK_NEWLINE)) {
    Loc start = here(p);
    p->pos++;
    vec_push(p, &body, new_stmt(p, Stmt_Pass, start));
  } else {
    Stmt *s = compound_stmt(p);
    if (s) {
      vec_push(p, &body, s);
      if (!accept(p, TK_NEWLINE) && !at(p, TK_ENDMARKER)) syntax_error(p);
    } else {
      statement_list(p, &body);
    }
  }
  while (accept(p, TK_NEWLINE)) {}
  if (!at(p, TK_ENDMARKER)) {
    Token *nl = prev(p);
    raise_at_tok(p, PERR_SYNTAX, nl->type == TK_NEWLINE ? nl : cur(p),
                 "multiple statements found while compiling a single statement");
  }
  m->v.Interactive.body = SEQ(StmtSeq, body);
  return m;
}

/* A parser error (not one from the tokenizer) is replaced by a tokenizer
** error found later in the source, as CPython does after a failed parse. */
static void prefer_tokenizer_errors(Parser *p) {
  Token t;
  const TokError *e;
  int last = p->ntoks - 1, err_line;
  while (last > 0 && token(p, last)->type == TK_ERRORTOKEN) last--;
  err_line = token(p, last > 0 ? last : 0)->lineno;   /* CPython: last token fetched */
  if (p->hard) return;
  for (;;) {
    if (p->ntoks > 0 && (token(p, p->ntoks - 1)->type == TK_ENDMARKER ||
                         token(p, p->ntoks - 1)->type == TK_ERRORTOKEN))
      break;
    if (tok_next(p->tz, &t) == TK_ENDMARKER) return;
    if (t.type == TK_ERRORTOKEN) break;
  }
  e = tok_error(p->tz);
  if (e->kind == TOKERR_NONE) return;
  if (e->deferred || e->in_fstring) return;
  if (e->kind == TOKERR_EOF_IN_BRACKETS) {
    int level = tok_level(p->tz), line, col;
    char c;
    tok_bracket(p->tz, level - 1, &c, &line, &col);
    if (err_line > line && !e->in_fstring) {
      p->err->kind = PERR_SYNTAX;
      snprintf(p->err->msg, sizeof p->err->msg, "'%c' was never closed", c);
      p->err->lineno = p->err->end_lineno = line;
      p->err->offset = col + 1;
      p->err->end_offset = 0;
    }
    return;
  }
  p->err->kind = e->kind == TOKERR_INDENT ? PERR_INDENTATION
               : e->kind == TOKERR_TAB ? PERR_TAB
               : e->kind == TOKERR_MEMORY ? PERR_MEMORY : PERR_SYNTAX;
  snprintf(p->err->msg, sizeof p->err->msg, "%s", e->msg);
  p->err->lineno = e->lineno;
  p->err->offset = e->offset;
  p->err->end_lineno = e->end_lineno;
  p->err->end_offset = e->end_offset;
}

/* Code points in the first `off` bytes of a line (CPython decodes that
** many bytes, counting a cut sequence as one character). */
static int chars_before(const char *line, int len, int off, int with_newline) {
  int i, n = 0;
  if (off <= 0) return off;
  if (off > len + 1 + with_newline) off = len + 1 + with_newline;
  for (i = 0; i < off; i++)
    if (i >= len || ((unsigned char)line[i] & 0xC0) != 0x80) n++;
  return n;
}

/* Byte offsets to code points, and the error's source line.  Both
** offsets are counted on the first line, as CPython does; that line has
** its newline only if the tokenizer is still on it. */
static void finish_error(Parser *p) {
  ParseError *err = p->err;
  int len, last = p->ntoks - 1, current;
  const char *line;
  if (err->lineno <= 0) return;
  while (last > 0 && token(p, last)->type == TK_ERRORTOKEN) last--;
  current = last >= 0 && err->lineno >= token(p, last)->lineno;
  line = tok_line(p->tz, err->lineno, &len);
  if (line) {
    err->offset = chars_before(line, len, err->offset, current);
    err->text = malloc((size_t)len + 2);
    if (err->text) {
      memcpy(err->text, line, (size_t)len);
      err->text[len] = '\n';
      err->text[len + 1] = '\0';
    }
  }
  if (line) err->end_offset = chars_before(line, len, err->end_offset, current);
}

Mod *parse_source(const char *src, size_t len, const char *filename,
                  ParseMode mode, Arena *arena, ParseError *err) {
  Parser parser, *volatile p = &parser;
  jmp_buf jb;
  Mod *volatile mod = NULL;
  memset(err, 0, sizeof *err);
  memset(&parser, 0, sizeof parser);
  parser.arena = arena;
  parser.err = err;
  parser.mode = mode;
  parser.src_len = len;
  parser.jb = &jb;
  parser.tz = tok_new(src, len, filename);
  if (parser.tz == NULL) {
    err->kind = PERR_MEMORY;
    snprintf(err->msg, sizeof err->msg, "out of memory");
    return NULL;
  }
  if (setjmp(jb) == 0) {
    switch (mode) {
      case PARSE_EVAL: mod = eval_input(p); break;
      case PARSE_SINGLE: mod = single_input(p); break;
      default: mod = file_input(p); break;
    }
    memset(err, 0, sizeof *err);        /* trial parses may have left one */
  } else {
    mod = NULL;
    if (!p->hard) {
      int generic_indent = err->kind == PERR_INDENTATION &&
                           (strcmp(err->msg, "unexpected indent") == 0 ||
                            strcmp(err->msg, "unexpected unindent") == 0);
      jmp_buf again;
      p->jb = &again;
      if (setjmp(again) == 0) error_pass_probes(p);
      if (!generic_indent || err->kind != PERR_INDENTATION) prefer_tokenizer_errors(p);
    }
    finish_error(p);
  }
  tok_free(p->tz);
  {
    int i;
    for (i = 0; i < p->nchunks; i++) free(p->chunks[i]);
    free(p->chunks);
  }
  return mod;
}

void parse_error_clear(ParseError *err) {
  if (err == NULL) return;
  free(err->text);
  memset(err, 0, sizeof *err);
}

const char *parse_error_kind_name(ParseErrorKind kind) {
  switch (kind) {
    case PERR_SYNTAX: return "SyntaxError";
    case PERR_INDENTATION: return "IndentationError";
    case PERR_TAB: return "TabError";
    case PERR_MEMORY: return "MemoryError";
    case PERR_RECURSION: return "RecursionError";
    default: return "";
  }
}

/* \N{...}: names of selected blocks (see parser_names.h) plus the
** computed CJK UNIFIED IDEOGRAPH-XXXX names; case-insensitive. */
static int name_cmp(const char *table_name, const char *name, int len) {
  int i;
  for (i = 0; i < len; i++) {
    int a = (unsigned char)table_name[i], b = (unsigned char)name[i];
    if (b >= 'a' && b <= 'z') b -= 32;
    if (a != b) return a - b;
    if (a == 0) return -1;
  }
  return table_name[len] == '\0' ? 0 : 1;
}

static int cjk_ideograph(const char *name, int len, unsigned *cp) {
  static const char prefix[] = "CJK UNIFIED IDEOGRAPH-";
  int n = (int)sizeof prefix - 1, i;
  unsigned v = 0;
  if (len <= n || len > n + 5 || name_cmp(prefix, name, n) != 1) return 0;
  for (i = n; i < len; i++) {
    int h = hexval((unsigned char)name[i]);
    if (h < 0 || (name[i] >= 'a' && name[i] <= 'f')) return 0;
    v = v * 16 + (unsigned)h;
  }
  if (!((v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) ||
        (v >= 0x20000 && v <= 0x2A6DF))) return 0;
  *cp = v;
  return 1;
}

int unicode_lookup_name(const char *name, int len, unsigned *cp) {
  size_t lo = 0, hi = sizeof uni_names / sizeof uni_names[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = name_cmp(uni_names[mid].name, name, len);
    if (c == 0) { *cp = uni_names[mid].cp; return 1; }
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  return cjk_ideograph(name, len, cp);
}
