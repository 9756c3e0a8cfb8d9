/*
** tokenizer.c -- Python source to tokens, following CPython 3.13's
** tokenizer (Parser/lexer/lexer.c) closely enough to give the same
** tokens and the same error messages and positions.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

#include "tokenizer.h"
#include "tokenizer_tables.h"

#define TABSIZE 8
#define MAX_FIELD_NESTING 3     /* f"{a:{b:{c}}}" is the deepest allowed */

/* One replacement field `{...}` of an f-string being tokenized. */
typedef struct {
  int depth;                    /* bracket level just after its '{' */
  int in_spec;                  /* past the ':' that starts the format spec */
} Field;

/* One f-string being tokenized. */
typedef struct {
  char quote;
  int quote_size;               /* 1 or 3 */
  int raw;
  const char *start;            /* its prefix, for "unterminated" errors */
  const char *start_line_start;
  int start_lineno;
  int nfields;
  Field fields[MAX_FIELD_NESTING];
} FString;

struct Tokenizer {
  char *buf;                    /* normalized source, ends "\n\0" */
  const char *end;              /* the final NUL */
  const char *p;                /* cursor */
  const char *line_start;
  int lineno;
  int *lines;                   /* byte offset of each line start */
  int nlines;
  const char *filename;
  int checked;                  /* encoding checks done */
  int done;                     /* ENDMARKER or ERRORTOKEN already given */
  TokenType last;               /* what `done` repeats */
  int atbol;                    /* at the beginning of a line */
  int blankline;                /* this line is blank or a comment */
  int pendin;                   /* > 0: INDENTs owed, < 0: DEDENTs owed */
  int indent;                   /* top of the indentation stacks */
  int indstack[TOK_MAXINDENT + 1];
  int altindstack[TOK_MAXINDENT + 1];
  int level;                    /* bracket nesting */
  char paren[TOK_MAXLEVEL];
  int paren_line[TOK_MAXLEVEL];
  int paren_col[TOK_MAXLEVEL];
  int nfs;                      /* f-string nesting */
  FString *fs;                  /* [TOK_MAXFSTRING] */
  TokError err;
  char bad_encoding[64];        /* an unsupported coding cookie */
};

/* ---------------------------------------------------------- unicode */

static int in_table(const unsigned int (*t)[2], size_t n, unsigned cp) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cp < t[mid][0]) hi = mid;
    else if (cp > t[mid][1]) lo = mid + 1;
    else return 1;
  }
  return 0;
}

#define TABLE_HAS(t, cp) in_table(t, sizeof(t) / sizeof(t[0]), cp)

static int ascii_id_start(unsigned c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static int ascii_digit(unsigned c) { return c >= '0' && c <= '9'; }

int unicode_is_id_start(unsigned cp) {
  return cp < 128 ? ascii_id_start(cp) : TABLE_HAS(uni_id_start, cp);
}

int unicode_is_id_continue(unsigned cp) {
  if (cp < 128) return ascii_id_start(cp) || ascii_digit(cp);
  return TABLE_HAS(uni_id_continue, cp);
}

int unicode_is_printable(unsigned cp) {
  if (cp < 128) return cp >= 0x20 && cp < 0x7f;
  return TABLE_HAS(uni_printable, cp);
}

/* Decodes one strict UTF-8 sequence; returns its length, or 0 if invalid
** (overlong forms, surrogates and values past U+10FFFF are invalid). */
int tok_utf8_decode(const unsigned char *s, const unsigned char *end, unsigned *cp) {
  unsigned c = s[0];
  int n, i;
  unsigned min;
  if (c < 0x80) { *cp = c; return 1; }
  if (c < 0xC2) return 0;
  if (c < 0xE0) { n = 2; *cp = c & 0x1F; min = 0x80; }
  else if (c < 0xF0) { n = 3; *cp = c & 0x0F; min = 0x800; }
  else if (c < 0xF5) { n = 4; *cp = c & 0x07; min = 0x10000; }
  else return 0;
  if (end - s < n) return 0;
  for (i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    *cp = (*cp << 6) | (s[i] & 0x3F);
  }
  if (*cp < min || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF)) return 0;
  return n;
}

int tok_utf8_count(const char *s, int nbytes) {
  int i, n = 0;
  for (i = 0; i < nbytes && s[i]; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
  return n;
}

static int is_id_char_ascii(int c);

/* ------------------------------------------------------ construction */

/* Copies the source, turning \r\n and lone \r into \n, skipping a UTF-8
** BOM and adding a final newline when missing. */
static char *normalize(const char *src, size_t len, size_t *outlen) {
  char *buf = malloc(len + 2);
  size_t i = 0, j = 0;
  if (buf == NULL) return NULL;
  if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) i = 3;
  for (; i < len; i++) {
    if (src[i] == '\r') {
      buf[j++] = '\n';
      if (i + 1 < len && src[i + 1] == '\n') i++;
    } else {
      buf[j++] = src[i];
    }
  }
  if (j == 0 || buf[j - 1] != '\n') buf[j++] = '\n';
  buf[j] = '\0';
  *outlen = j;
  return buf;
}

static int index_lines(Tokenizer *t, size_t len) {
  size_t i;
  int n = 0;
  for (i = 0; i < len; i++) if (t->buf[i] == '\n') n++;
  t->lines = malloc(sizeof(int) * (size_t)(n + 1));
  if (t->lines == NULL) return 0;
  t->nlines = 0;
  t->lines[t->nlines++] = 0;
  for (i = 0; i + 1 < len; i++)
    if (t->buf[i] == '\n') t->lines[t->nlines++] = (int)(i + 1);
  return 1;
}

/* ------------------------------------------------------ coding cookie */

/* Finds a PEP 263 coding declaration in the first two lines; copies its
** name (lower case, '_' as '-') into name.  Returns 1 if found. */
static int coding_cookie(const char *src, size_t len, char *name, size_t size) {
  size_t i = 0;
  int line;
  for (line = 0; line < 2 && i < len; line++) {
    size_t end = i;
    while (end < len && src[end] != '\n' && src[end] != '\r') end++;
    while (i < end && (src[i] == ' ' || src[i] == '\t' || src[i] == '\f')) i++;
    if (i < end && src[i] == '#') {
      size_t k;
      for (k = i; k + 7 <= end; k++) {
        if (memcmp(src + k, "coding", 6) == 0 && (src[k + 6] == ':' || src[k + 6] == '=')) {
          size_t j = k + 7, n = 0;
          while (j < end && (src[j] == ' ' || src[j] == '\t')) j++;
          while (j < end && n + 1 < size &&
                 (is_id_char_ascii((unsigned char)src[j]) || src[j] == '-' || src[j] == '.')) {
            char c = src[j++];
            if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
            if (c == '_') c = '-';
            name[n++] = c;
          }
          name[n] = '\0';
          return n > 0;
        }
      }
    } else if (i < end) {
      return 0;                   /* code on line 1: no cookie on line 2 */
    }
    i = end;
    if (i < len && src[i] == '\r') i++;
    if (i < len && src[i] == '\n') i++;
  }
  return 0;
}

typedef enum { ENC_UTF8, ENC_LATIN1, ENC_CP1252, ENC_UNSUPPORTED } Encoding;

static Encoding encoding_of(const char *name) {
  static const char *const utf8[] = { "utf-8", "utf8", NULL };
  static const char *const latin1[] = {
    "latin-1", "latin1", "iso-8859-1", "iso8859-1", "iso-latin-1", "l1", "cp819", NULL };
  static const char *const cp1252[] = { "cp1252", "windows-1252", NULL };
  int i;
  for (i = 0; utf8[i]; i++)
    if (strcmp(name, utf8[i]) == 0 || (strncmp(name, utf8[i], strlen(utf8[i])) == 0 &&
                                       name[strlen(utf8[i])] == '-'))
      return ENC_UTF8;
  if (strcmp(name, "ascii") == 0 || strcmp(name, "us-ascii") == 0) return ENC_UTF8;
  for (i = 0; latin1[i]; i++) if (strcmp(name, latin1[i]) == 0) return ENC_LATIN1;
  for (i = 0; cp1252[i]; i++) if (strcmp(name, cp1252[i]) == 0) return ENC_CP1252;
  return ENC_UNSUPPORTED;
}

/* Windows-1252 0x80-0x9F (0 = undefined, kept as the Latin-1 control). */
static const unsigned short cp1252_high[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
  0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D,
  0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

/* Re-encodes a single-byte source as UTF-8 (malloc'd). */
static char *to_utf8(const char *src, size_t len, Encoding enc, size_t *outlen) {
  char *out = malloc(len * 3 + 1);
  size_t i, n = 0;
  if (out == NULL) return NULL;
  for (i = 0; i < len; i++) {
    unsigned c = (unsigned char)src[i];
    if (enc == ENC_CP1252 && c >= 0x80 && c < 0xA0 && cp1252_high[c - 0x80]) c = cp1252_high[c - 0x80];
    if (c < 0x80) out[n++] = (char)c;
    else if (c < 0x800) { out[n++] = (char)(0xC0 | (c >> 6)); out[n++] = (char)(0x80 | (c & 0x3F)); }
    else {
      out[n++] = (char)(0xE0 | (c >> 12));
      out[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
      out[n++] = (char)(0x80 | (c & 0x3F));
    }
  }
  *outlen = n;
  return out;
}

Tokenizer *tok_new(const char *src, size_t len, const char *filename) {
  Tokenizer *t;
  size_t n;
  char cookie[64];
  char *converted = NULL;
  Encoding enc = ENC_UTF8;
  if (len > 0x7FFFFFF0) return NULL;        /* columns are ints */
  t = calloc(1, sizeof(Tokenizer));
  if (t == NULL) return NULL;
  if (coding_cookie(src, len, cookie, sizeof cookie)) {
    enc = encoding_of(cookie);
    if (enc == ENC_LATIN1 || enc == ENC_CP1252) {
      converted = to_utf8(src, len, enc, &len);
      if (converted == NULL) { free(t); return NULL; }
      src = converted;
    } else if (enc == ENC_UNSUPPORTED) {
      snprintf(t->bad_encoding, sizeof t->bad_encoding, "%s", cookie);
    }
  }
  t->fs = malloc(sizeof(FString) * TOK_MAXFSTRING);
  t->buf = normalize(src, len, &n);
  free(converted);
  if (t->fs == NULL || t->buf == NULL || !index_lines(t, n)) {
    tok_free(t);
    return NULL;
  }
  t->end = t->buf + n;
  t->p = t->line_start = t->buf;
  t->lineno = 1;
  t->atbol = 1;
  t->filename = filename ? filename : "<string>";
  return t;
}

void tok_free(Tokenizer *t) {
  if (t == NULL) return;
  free(t->buf);
  free(t->lines);
  free(t->fs);
  free(t);
}

const TokError *tok_error(const Tokenizer *t) { return &t->err; }

const char *tok_line(const Tokenizer *t, int lineno, int *len) {
  const char *s, *e;
  if (lineno < 1 || lineno > t->nlines) return NULL;
  s = t->buf + t->lines[lineno - 1];
  e = strchr(s, '\n');
  if (e == NULL) e = t->end;
  *len = (int)(e - s);
  return s;
}

int tok_line_count(const Tokenizer *t) { return t->nlines; }

int tok_level(const Tokenizer *t) { return t->level; }

void tok_bracket(const Tokenizer *t, int level, char *c, int *lineno, int *col) {
  *c = t->paren[level];
  *lineno = t->paren_line[level];
  *col = t->paren_col[level];
}

/* ------------------------------------------------------------ errors */

/* Records an error at byte offsets (1-based, CPython style) of the
** current line and returns TK_ERRORTOKEN. */
#if defined(__GNUC__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

static TokenType error_at(Tokenizer *t, TokErrKind kind, int lineno, int offset,
                          int end_offset, const char *fmt, ...) PRINTF_LIKE(6, 7);

static TokenType error_at(Tokenizer *t, TokErrKind kind, int lineno,
                          int offset, int end_offset, const char *fmt, ...) {
  va_list ap;
  t->err.kind = kind;
  va_start(ap, fmt);
  vsnprintf(t->err.msg, sizeof t->err.msg, fmt, ap);
  va_end(ap);
  t->err.lineno = t->err.end_lineno = lineno;
  t->err.offset = offset;
  t->err.end_offset = end_offset;
  t->err.deferred = kind == TOKERR_INDENT || kind == TOKERR_TAB;
  t->err.in_fstring = t->nfs > 0;
  t->done = 1;
  t->last = TK_ERRORTOKEN;
  return TK_ERRORTOKEN;
}

/* A SyntaxError whose position is the cursor `at` (CPython reports
** tok->cur - tok->line_start as the offset). */
#define syntax_error(t, at, ...) \
  error_at(t, TOKERR_SYNTAX, (t)->lineno, (int)((at) - (t)->line_start), \
           (int)((at) - (t)->line_start), __VA_ARGS__)

/* --------------------------------------------------- encoding checks */

static TokenType check_encoding(Tokenizer *t) {
  const unsigned char *s = (const unsigned char *)t->buf;
  const unsigned char *e = (const unsigned char *)t->end;
  int line = 1;
  unsigned cp;
  t->checked = 1;
  if (t->bad_encoding[0])
    return error_at(t, TOKERR_SYNTAX, 0, -1, 0, "unknown encoding: %s", t->bad_encoding);
  {
    const char *nul = memchr(t->buf, '\0', (size_t)(t->end - t->buf));
    if (nul != NULL) {                  /* reported on its line, no column */
      const char *c;
      for (c = t->buf; c < nul; c++) if (*c == '\n') line++;
      return error_at(t, TOKERR_SYNTAX, line, 0, 0, "source code cannot contain null bytes");
    }
  }
  while (s < e) {
    int n = tok_utf8_decode(s, e, &cp);
    if (n == 0)
      return error_at(t, TOKERR_SYNTAX, 0, 0, 0,
                      "Non-UTF-8 code starting with '\\x%02x' in file %s on "
                      "line %d, but no encoding declared; see "
                      "https://peps.python.org/pep-0263/ for details",
                      *s, t->filename, line);
    if (*s == '\n') line++;
    s += n;
  }
  return TK_ENDMARKER;
}

/* ------------------------------------------------------- small helpers */

static void newline_passed(Tokenizer *t, const char *after) {
  t->lineno++;
  t->line_start = after;
}

static TokenType make(Tokenizer *t, Token *tok, TokenType type,
                      const char *start, int start_line, const char *start_ls) {
  tok->type = type;
  tok->kw = 0;
  tok->s = start;
  tok->len = (int)(t->p - start);
  tok->lineno = start_line;
  tok->col = (int)(start - start_ls);
  tok->end_lineno = t->lineno;
  tok->end_col = (int)(t->p - t->line_start);
  tok->level = t->level;
  return type;
}

#define MAKE(type, start) make(t, tok, type, start, t->lineno, t->line_start)

static FString *top_fstring(Tokenizer *t) {
  return t->nfs > 0 ? &t->fs[t->nfs - 1] : NULL;
}

static Field *top_field(Tokenizer *t) {
  FString *f = top_fstring(t);
  return (f && f->nfields > 0) ? &f->fields[f->nfields - 1] : NULL;
}

/* True when the tokenizer should scan f-string literal text. */
static int in_fstring_literal(Tokenizer *t) {
  FString *f = top_fstring(t);
  Field *fld;
  if (f == NULL) return 0;
  fld = top_field(t);
  return fld == NULL || fld->in_spec;
}

/* ------------------------------------------------------------ keywords */

static const char *const keywords[] = {
  "", "False", "None", "True", "and", "as", "assert", "async", "await",
  "break", "class", "continue", "def", "del", "elif", "else", "except",
  "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
  "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
  "with", "yield"
};

#define NKEYWORDS ((int)(sizeof(keywords) / sizeof(keywords[0])))

static int keyword_of(const char *s, int len) {
  int i;
  if (len < 2 || len > 8) return 0;
  for (i = 1; i < NKEYWORDS; i++)
    if ((int)strlen(keywords[i]) == len && memcmp(keywords[i], s, (size_t)len) == 0)
      return i;
  return 0;
}

const char *tok_keyword_name(int kw) {
  return (kw > 0 && kw < NKEYWORDS) ? keywords[kw] : "";
}

/* --------------------------------------------------------- indentation */

static TokenType continuation(Tokenizer *t);

/* Measures the indentation of a new line and queues INDENT/DEDENT
** tokens, or reports an indentation error.  Blank and comment-only lines
** and lines inside brackets do not count. */
static TokenType read_indentation(Tokenizer *t) {
  int col = 0, altcol = 0, cont_col = -1, cont_altcol = 0;
  const char *q = t->p;
  for (;; q++) {
    if (*q == ' ') { col++; altcol++; }
    else if (*q == '\t') { col = (col / TABSIZE + 1) * TABSIZE; altcol++; }
    else if (*q == '\f') { col = altcol = 0; }
    else if (*q == '\\' && q < t->end) {
      /* a backslash in the indentation continues it on the next line;
      ** the first one fixes the level (as CPython 3.12+) */
      if (cont_col < 0) { cont_col = col; cont_altcol = altcol; }
      t->p = q;
      if (continuation(t) == TK_ERRORTOKEN) return TK_ERRORTOKEN;
      q = t->p - 1;
    }
    else break;
  }
  if (cont_col >= 0) { col = cont_col; altcol = cont_altcol; }
  t->p = q;
  t->blankline = (*q == '#' || *q == '\n') && q < t->end;
  if (t->blankline || t->level > 0) return TK_ENDMARKER;   /* no change */
  if (col == t->indstack[t->indent]) {
    if (altcol != t->altindstack[t->indent]) goto taberror;
  } else if (col > t->indstack[t->indent]) {
    if (t->indent + 1 >= TOK_MAXINDENT)
      return error_at(t, TOKERR_INDENT, t->lineno, 1, 0,
                      "too many levels of indentation");
    if (altcol <= t->altindstack[t->indent]) goto taberror;
    t->pendin++;
    t->indent++;
    t->indstack[t->indent] = col;
    t->altindstack[t->indent] = altcol;
  } else {
    while (t->indent > 0 && col < t->indstack[t->indent]) {
      t->pendin--;
      t->indent--;
    }
    if (col != t->indstack[t->indent]) {
      int len;
      tok_line(t, t->lineno, &len);
      return error_at(t, TOKERR_INDENT, t->lineno, len + 1, -1,
                      "unindent does not match any outer indentation level");
    }
    if (altcol != t->altindstack[t->indent]) goto taberror;
  }
  return TK_ENDMARKER;
taberror:
  return error_at(t, TOKERR_TAB, t->lineno, 1, 0,
                  "inconsistent use of tabs and spaces in indentation");
}

/* Line continuation: a backslash must be followed by a newline. */
static TokenType continuation(Tokenizer *t) {
  const char *bs = t->p;
  if (bs[1] != '\n') {
    error_at(t, TOKERR_SYNTAX, t->lineno, (int)(bs - t->line_start) + 2, 0,
             "unexpected character after line continuation character");
    t->err.deferred = 1;
    return TK_ERRORTOKEN;
  }
  t->p = bs + 2;
  newline_passed(t, t->p);
  if (t->p >= t->end) {
    error_at(t, TOKERR_SYNTAX, t->lineno - 1,
             (int)(bs - (t->buf + t->lines[t->lineno - 2])) + 2, -1,
             "unexpected EOF while parsing");
    t->err.deferred = 1;
    return TK_ERRORTOKEN;
  }
  return TK_ENDMARKER;
}

/* ------------------------------------------------------------- numbers */

static int is_id_char_ascii(int c) {
  return ascii_id_start((unsigned)c) || ascii_digit((unsigned)c);
}

static int looking_at(const char *q, const char *word) {
  return strncmp(q, word, strlen(word)) == 0;
}

/* CPython tolerates (with a warning) a number directly followed by a
** keyword that may follow a number: 1if x else y, 0x1for.  Any other
** ASCII identifier character right after a number is an error. */
/* The rest of a keyword, not followed by an identifier character. */
static int keyword_rest(const char *q, const char *word) {
  size_t n = strlen(word);
  return looking_at(q, word) && !is_id_char_ascii((unsigned char)q[n]) &&
         (unsigned char)q[n] < 128;
}

static TokenType end_of_number(Tokenizer *t, const char *q, const char *kind) {
  int c = (unsigned char)*q, ok = 0;
  if (c == 'a') ok = keyword_rest(q + 1, "nd");
  else if (c == 'e') ok = keyword_rest(q + 1, "lse");
  else if (c == 'f') ok = keyword_rest(q + 1, "or");
  else if (c == 'i') ok = q[1] == 'f' || q[1] == 'n' || q[1] == 's';
  else if (c == 'o') ok = keyword_rest(q + 1, "r");
  else if (c == 'n') ok = keyword_rest(q + 1, "ot");
  if (!ok && c < 128 && is_id_char_ascii(c))
    return syntax_error(t, q, "invalid %s literal", kind);
  return TK_NUMBER;
}

/* Digits with single underscores between them; returns the position
** after them, or NULL after reporting an error. */
static const char *decimal_tail(Tokenizer *t, const char *q) {
  for (;;) {
    while (ascii_digit((unsigned char)*q)) q++;
    if (*q != '_') return q;
    q++;
    if (!ascii_digit((unsigned char)*q)) {
      syntax_error(t, q, "invalid decimal literal");
      return NULL;
    }
  }
}

static int digit_ok(int c, int base) {
  if (base == 16) return ascii_digit((unsigned)c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  return c >= '0' && c < '0' + base;
}

/* 0x.., 0o.., 0b.. ; q points after the prefix letter. */
static TokenType radix_number(Tokenizer *t, Token *tok, const char *start,
                              const char *q, int base) {
  const char *kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
  do {
    if (*q == '_') q++;
    if (!digit_ok((unsigned char)*q, base)) {
      if (base != 16 && ascii_digit((unsigned char)*q))
        return syntax_error(t, q + 1, "invalid digit '%c' in %s literal", *q, kind);
      return syntax_error(t, q, "invalid %s literal", kind);
    }
    while (digit_ok((unsigned char)*q, base)) q++;
  } while (*q == '_');
  if (base != 16 && ascii_digit((unsigned char)*q))
    return syntax_error(t, q + 1, "invalid digit '%c' in %s literal", *q, kind);
  if (end_of_number(t, q, kind) == TK_ERRORTOKEN) return TK_ERRORTOKEN;
  t->p = q;
  return MAKE(TK_NUMBER, start);
}

/* Fraction, exponent and imaginary suffix, from q (just after the
** integer part, or at the '.'). */
static TokenType number_rest(Tokenizer *t, Token *tok, const char *start,
                             const char *q) {
  if (*q == '.') {
    q++;
    if (ascii_digit((unsigned char)*q) && (q = decimal_tail(t, q)) == NULL)
      return TK_ERRORTOKEN;
  }
  if (*q == 'e' || *q == 'E') {
    const char *e = q++;
    if (*q == '+' || *q == '-') {
      q++;
      if (!ascii_digit((unsigned char)*q))
        return syntax_error(t, q, "invalid decimal literal");
    } else if (!ascii_digit((unsigned char)*q)) {
      if (end_of_number(t, e, "decimal") == TK_ERRORTOKEN) return TK_ERRORTOKEN;
      t->p = e;
      return MAKE(TK_NUMBER, start);
    }
    if ((q = decimal_tail(t, q)) == NULL) return TK_ERRORTOKEN;
  }
  if (*q == 'j' || *q == 'J') {
    q++;
    if (end_of_number(t, q, "imaginary") == TK_ERRORTOKEN) return TK_ERRORTOKEN;
  } else if (end_of_number(t, q, "decimal") == TK_ERRORTOKEN) {
    return TK_ERRORTOKEN;
  }
  t->p = q;
  return MAKE(TK_NUMBER, start);
}

static TokenType read_number(Tokenizer *t, Token *tok) {
  const char *start = t->p, *q = t->p;
  if (*q == '0') {
    int nonzero = 0;
    const char *zeros_end;
    q++;
    if (*q == 'x' || *q == 'X') return radix_number(t, tok, start, q + 1, 16);
    if (*q == 'o' || *q == 'O') return radix_number(t, tok, start, q + 1, 8);
    if (*q == 'b' || *q == 'B') return radix_number(t, tok, start, q + 1, 2);
    for (;;) {                  /* "0", "00", "0_0" ... */
      if (*q == '_') {
        q++;
        if (!ascii_digit((unsigned char)*q))
          return syntax_error(t, q, "invalid decimal literal");
      }
      if (*q != '0') break;
      q++;
    }
    zeros_end = q + 1;
    if (ascii_digit((unsigned char)*q)) {
      nonzero = 1;
      if ((q = decimal_tail(t, q)) == NULL) return TK_ERRORTOKEN;
    }
    if (*q == '.' || *q == 'e' || *q == 'E' || *q == 'j' || *q == 'J')
      return number_rest(t, tok, start, q);
    if (nonzero)
      return error_at(t, TOKERR_SYNTAX, t->lineno, (int)(start - t->line_start) + 1,
                      (int)(zeros_end - t->line_start),
                      "leading zeros in decimal integer literals are not "
                      "permitted; use an 0o prefix for octal integers");
    if (end_of_number(t, q, "decimal") == TK_ERRORTOKEN) return TK_ERRORTOKEN;
    t->p = q;
    return MAKE(TK_NUMBER, start);
  }
  if (*q != '.' && (q = decimal_tail(t, q)) == NULL) return TK_ERRORTOKEN;
  return number_rest(t, tok, start, q);
}

/* ------------------------------------------------------------- strings */

/* Recognizes a string prefix (any case mix of b, r, u, f; u alone). */
static int string_prefix(const char *s, int len, int *is_f, int *is_raw) {
  int b = 0, r = 0, u = 0, f = 0, i;
  for (i = 0; i < len; i++) {
    switch (s[i]) {
      case 'b': case 'B': if (b || u || f) return 0; b = 1; break;
      case 'r': case 'R': if (r || u) return 0; r = 1; break;
      case 'u': case 'U': if (b || r || u || f) return 0; u = 1; break;
      case 'f': case 'F': if (f || b || u) return 0; f = 1; break;
      default: return 0;
    }
  }
  *is_f = f;
  *is_raw = r;
  return 1;
}

/* Reports an unterminated string starting at `start` on line
** `start_line` (whose text begins at `ls`). */
static TokenType unterminated(Tokenizer *t, const char *start, const char *ls,
                              int start_line, int triple, int is_f) {
  int off = (int)(start - ls) + 1;
  const char *q = t->p, *b;        /* where the string ran out */
  int escaped_quote = 0;
  for (b = start; !triple && b + 1 < q; b++)      /* an escaped quote inside? */
    if (*b == '\\' && (b[1] == '\'' || b[1] == '"')) { escaped_quote = 1; break; }
  return error_at(t, TOKERR_SYNTAX, start_line, off, off,
                  "unterminated %s%sstring literal (detected at line %d)%s",
                  triple ? "triple-quoted " : "", is_f ? "f-" : "",
                  t->lineno - (t->p >= t->end ? 1 : 0),
                  escaped_quote ? "; perhaps you escaped the end quote?" : "");
}

/* A plain (non-f) string; q points at its opening quote. */
static TokenType read_string(Tokenizer *t, Token *tok, const char *start, const char *q) {
  char quote = *q;
  int size = (q[1] == quote && q[2] == quote) ? 3 : 1;
  int start_line = t->lineno;
  const char *start_ls = t->line_start;
  FString *f = top_fstring(t);
  q += size;
  for (;;) {
    if (q >= t->end || (size == 1 && *q == '\n')) {
      t->p = q;
      if (f && f->quote == quote && f->quote_size == size) {
        int off = (int)(start - start_ls) + 1;
        return error_at(t, TOKERR_SYNTAX, start_line, off, off,
                        "f-string: expecting '}'");
      }
      return unterminated(t, start, start_ls, start_line, size == 3, 0);
    }
    if (*q == quote && (size == 1 || (q[1] == quote && q[2] == quote))) {
      q += size;
      break;
    }
    if (*q == '\\' && q + 1 < t->end) {
      q++;
      if (*q == '\n') newline_passed(t, q + 1);
    } else if (*q == '\n') {
      newline_passed(t, q + 1);
    }
    q++;
  }
  t->p = q;
  return make(t, tok, TK_STRING, start, start_line, start_ls);
}

static TokenType start_fstring(Tokenizer *t, Token *tok, const char *start,
                               const char *q, int raw) {
  FString *f;
  char quote = *q;
  int size = (q[1] == quote && q[2] == quote) ? 3 : 1;
  if (t->nfs + 1 >= TOK_MAXFSTRING)
    return syntax_error(t, q, "too many nested f-strings");
  f = &t->fs[t->nfs++];
  f->quote = quote;
  f->quote_size = size;
  f->raw = raw;
  f->start = start;
  f->start_line_start = t->line_start;
  f->start_lineno = t->lineno;
  f->nfields = 0;
  t->p = q + size;
  return MAKE(TK_FSTRING_START, start);
}

static int at_closing_quote(FString *f, const char *q) {
  return *q == f->quote && (f->quote_size == 1 || (q[1] == f->quote && q[2] == f->quote));
}

static TokenType open_bracket(Tokenizer *t, char c, const char *at) {
  if (t->level >= TOK_MAXLEVEL)
    return syntax_error(t, at + 1, "too many nested parentheses");
  t->paren[t->level] = c;
  t->paren_line[t->level] = t->lineno;
  t->paren_col[t->level] = (int)(at - t->line_start);
  t->level++;
  return TK_LBRACE;
}

/* Literal text of an f-string, or its '{', '}' or closing quote. */
static TokenType fstring_literal(Tokenizer *t, Token *tok) {
  FString *f = top_fstring(t);
  Field *fld = top_field(t);
  int in_spec = fld != NULL;
  const char *start = t->p, *q = t->p;
  int start_line = t->lineno;
  const char *start_ls = t->line_start;

  if (*q == '{' && (in_spec || q[1] != '{')) {     /* a replacement field */
    if (f->nfields >= MAX_FIELD_NESTING)
      return syntax_error(t, q, "f-string: expressions nested too deeply");
    if (open_bracket(t, '{', q) == TK_ERRORTOKEN) return TK_ERRORTOKEN;
    f->fields[f->nfields].depth = t->level;
    f->fields[f->nfields].in_spec = 0;
    f->nfields++;
    t->p = q + 1;
    return MAKE(TK_LBRACE, start);
  }
  if (in_spec && *q == '}') {                       /* end of a format spec */
    t->level--;
    f->nfields--;
    t->p = q + 1;
    return MAKE(TK_RBRACE, start);
  }
  if (at_closing_quote(f, q)) {         /* (in a spec, the parser complains) */
    t->level -= f->nfields;
    t->p = q + f->quote_size;
    t->nfs--;
    return MAKE(TK_FSTRING_END, start);
  }
  for (;;) {
    if (in_spec && f->quote_size == 1 && *q == '\n' && q < t->end) {
      fld->in_spec = 0;           /* the spec ends; back in the expression */
      break;
    }
    if (q >= t->end || (f->quote_size == 1 && *q == '\n')) {
      t->p = q;
      return unterminated(t, f->start, f->start_line_start, f->start_lineno,
                          f->quote_size == 3, 1);
    }
    if (at_closing_quote(f, q)) break;
    if (*q == '{') {
      if (!in_spec && q[1] == '{') { q += 2; continue; }
      break;
    }
    if (*q == '}') {
      if (in_spec) break;
      if (q[1] == '}') { q += 2; continue; }
      t->p = q;
      return syntax_error(t, q + 1, "f-string: single '}' is not allowed");
    }
    if (*q == '\\') {
      if (q[1] == '{' || q[1] == '}') { q++; continue; }
      if (!f->raw && q[1] == 'N' && q[2] == '{') {   /* \N{NAME}: braces are the escape's */
        q += 3;
        while (q < t->end && *q != '}' && *q != '\n' && !at_closing_quote(f, q)) q++;
        if (*q == '}') q++;
        continue;
      }
      q++;
      if (q >= t->end) continue;
    }
    if (*q == '\n') newline_passed(t, q + 1);
    q++;
  }
  t->p = q;
  return make(t, tok, TK_FSTRING_MIDDLE, start, start_line, start_ls);
}

/* ---------------------------------------------------------- identifiers */

/* Scans an identifier (ASCII letters, digits, '_' and any non-ASCII
** UTF-8 sequence) and checks the non-ASCII characters like CPython's
** verify_identifier. */
static TokenType read_name(Tokenizer *t, Token *tok) {
  const char *start = t->p, *q = t->p;
  int ascii = 1;
  while (is_id_char_ascii((unsigned char)*q) || (unsigned char)*q >= 128) {
    if ((unsigned char)*q >= 128) ascii = 0;
    q++;
  }
  if (!ascii) {
    const unsigned char *s = (const unsigned char *)start;
    int first = 1;
    while (s < (const unsigned char *)q) {
      unsigned cp;
      int n = tok_utf8_decode(s, (const unsigned char *)q, &cp);
      if (n == 0) { n = 1; cp = 0xFFFD; }
      if (first ? !unicode_is_id_start(cp) : !unicode_is_id_continue(cp)) {
        const char *after = (const char *)s + n;
        if (unicode_is_printable(cp))
          return syntax_error(t, after, "invalid character '%.*s' (U+%04X)",
                              n, (const char *)s, cp);
        return syntax_error(t, after, "invalid non-printable character U+%04X", cp);
      }
      first = 0;
      s += n;
    }
  }
  t->p = q;
  MAKE(TK_NAME, start);
  tok->kw = keyword_of(start, tok->len);
  return TK_NAME;
}

/* ------------------------------------------------------------ operators */

typedef struct { const char *text; TokenType type; } OpEntry;

/* Longest first within each starting character. */
static const OpEntry operators[] = {
  {"**=", TK_DOUBLESTAREQUAL}, {"//=", TK_DOUBLESLASHEQUAL},
  {"<<=", TK_LEFTSHIFTEQUAL}, {">>=", TK_RIGHTSHIFTEQUAL}, {"...", TK_ELLIPSIS},
  {"!=", TK_NOTEQUAL}, {"%=", TK_PERCENTEQUAL}, {"&=", TK_AMPEREQUAL},
  {"**", TK_DOUBLESTAR}, {"*=", TK_STAREQUAL}, {"+=", TK_PLUSEQUAL},
  {"-=", TK_MINEQUAL}, {"->", TK_RARROW}, {"//", TK_DOUBLESLASH},
  {"/=", TK_SLASHEQUAL}, {":=", TK_COLONEQUAL}, {"<<", TK_LEFTSHIFT},
  {"<=", TK_LESSEQUAL}, {"<>", TK_NOTEQUAL}, {"==", TK_EQEQUAL},
  {">=", TK_GREATEREQUAL}, {">>", TK_RIGHTSHIFT}, {"@=", TK_ATEQUAL},
  {"^=", TK_CIRCUMFLEXEQUAL}, {"|=", TK_VBAREQUAL},
  {"!", TK_EXCLAMATION}, {"%", TK_PERCENT}, {"&", TK_AMPER},
  {"(", TK_LPAR}, {")", TK_RPAR}, {"*", TK_STAR}, {"+", TK_PLUS},
  {",", TK_COMMA}, {"-", TK_MINUS}, {".", TK_DOT}, {"/", TK_SLASH},
  {":", TK_COLON}, {";", TK_SEMI}, {"<", TK_LESS}, {"=", TK_EQUAL},
  {">", TK_GREATER}, {"@", TK_AT}, {"[", TK_LSQB}, {"]", TK_RSQB},
  {"^", TK_CIRCUMFLEX}, {"{", TK_LBRACE}, {"|", TK_VBAR}, {"}", TK_RBRACE},
  {"~", TK_TILDE},
};

#define NOPERATORS (sizeof(operators) / sizeof(operators[0]))

const char *tok_type_text(TokenType type) {
  size_t i;
  switch (type) {
    case TK_ENDMARKER: return "end of file";
    case TK_NEWLINE: return "newline";
    case TK_INDENT: return "indent";
    case TK_DEDENT: return "dedent";
    case TK_NOTEQUAL: return "!=";
    default: break;
  }
  for (i = 0; i < NOPERATORS; i++)
    if (operators[i].type == type) return operators[i].text;
  return "?";
}

static TokenType close_bracket(Tokenizer *t, char c, const char *at) {
  char open;
  Field *fld = top_field(t);
  if (t->level == 0)
    return syntax_error(t, at + 1, "unmatched '%c'", c);
  open = t->paren[t->level - 1];
  if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}')) {
    if (fld && !fld->in_spec && fld->depth == t->level)
      return syntax_error(t, at + 1, "f-string: unmatched '%c'", c);
    if (t->paren_line[t->level - 1] != t->lineno)
      return syntax_error(t, at + 1, "closing parenthesis '%c' does not match "
                          "opening parenthesis '%c' on line %d",
                          c, open, t->paren_line[t->level - 1]);
    return syntax_error(t, at + 1, "closing parenthesis '%c' does not match "
                        "opening parenthesis '%c'", c, open);
  }
  if (fld && !fld->in_spec && fld->depth == t->level) top_fstring(t)->nfields--;
  t->level--;
  return TK_RBRACE;
}

static TokenType read_operator(Tokenizer *t, Token *tok) {
  const char *start = t->p;
  char c = *start;
  Field *fld = top_field(t);
  size_t i;
  if (fld && !fld->in_spec && fld->depth == t->level) {
    if (c == ':' ) {                  /* starts the format spec */
      fld->in_spec = 1;
      t->p++;
      return MAKE(TK_COLON, start);
    }
  }
  for (i = 0; i < NOPERATORS; i++) {
    size_t n = strlen(operators[i].text);
    if (strncmp(start, operators[i].text, n) == 0) {
      TokenType type = operators[i].type;
      if (c == '(' || c == '[' || c == '{') {
        if (open_bracket(t, c, start) == TK_ERRORTOKEN) return TK_ERRORTOKEN;
      } else if (c == ')' || c == ']' || c == '}') {
        if (close_bracket(t, c, start) == TK_ERRORTOKEN) return TK_ERRORTOKEN;
      }
      t->p += n;
      return MAKE(type, start);
    }
  }
  t->p++;                           /* $, ?, ` and other stray ASCII */
  return MAKE(TK_OP, start);
}

/* ------------------------------------------------------------ main loop */

static TokenType end_of_input(Tokenizer *t, Token *tok) {
  if (t->level > 0) {
    t->err.kind = TOKERR_EOF_IN_BRACKETS;
    t->err.in_fstring = t->nfs > 0;
    snprintf(t->err.msg, sizeof t->err.msg, "unexpected EOF while parsing");
    t->err.lineno = t->err.end_lineno = t->lineno;
    t->done = 1;
    t->last = TK_ERRORTOKEN;
    return MAKE(TK_ERRORTOKEN, t->p);
  }
  if (t->indent > 0) {              /* close the open blocks first */
    t->indent--;
    return MAKE(TK_DEDENT, t->p);
  }
  t->done = 1;
  t->last = TK_ENDMARKER;
  return MAKE(TK_ENDMARKER, t->p);
}

static TokenType pending_indent(Tokenizer *t, Token *tok) {
  if (t->pendin > 0) {
    t->pendin--;
    make(t, tok, TK_INDENT, t->line_start, t->lineno, t->line_start);
    tok->col = -1;
    return TK_INDENT;
  }
  t->pendin++;
  return MAKE(TK_DEDENT, t->p);
}

/* A name, or the prefix of a string or f-string. */
static TokenType name_or_string(Tokenizer *t, Token *tok) {
  const char *start = t->p, *q = t->p;
  int is_f, is_raw;
  while (ascii_id_start((unsigned char)*q)) q++;
  if ((*q == '"' || *q == '\'') && q > start &&
      string_prefix(start, (int)(q - start), &is_f, &is_raw)) {
    if (is_f) return start_fstring(t, tok, start, q, is_raw);
    return read_string(t, tok, start, q);
  }
  return read_name(t, tok);
}

static TokenType regular(Tokenizer *t, Token *tok) {
  const char *q, *comment;
  int c;
  for (;;) {
    if (t->atbol) {
      t->atbol = 0;
      if (read_indentation(t) == TK_ERRORTOKEN) return TK_ERRORTOKEN;
    }
    if (t->pendin != 0) return pending_indent(t, tok);
    q = t->p;
    while (*q == ' ' || *q == '\t' || *q == '\f') q++;
    comment = NULL;
    if (*q == '#') {
      comment = q;
      while (*q != '\n' && q < t->end) q++;
    }
    t->p = q;
    if (q >= t->end) return end_of_input(t, tok);
    if (*q == '\\') {
      if (continuation(t) == TK_ERRORTOKEN) return TK_ERRORTOKEN;
      continue;
    }
    if (*q != '\n') break;
    t->atbol = 1;
    t->p = q + 1;
    if (t->blankline || t->level > 0) {       /* no NEWLINE token */
      newline_passed(t, q + 1);
      continue;
    }
    MAKE(TK_NEWLINE, comment ? comment : q);     /* CPython starts it at the comment */
    newline_passed(t, q + 1);
    return TK_NEWLINE;
  }
  c = (unsigned char)*q;
  if (ascii_digit((unsigned)c) || (c == '.' && ascii_digit((unsigned char)q[1])))
    return read_number(t, tok);
  if (ascii_id_start((unsigned)c) || c >= 128) return name_or_string(t, tok);
  if (c == '"' || c == '\'') return read_string(t, tok, q, q);
  return read_operator(t, tok);
}

TokenType tok_next(Tokenizer *t, Token *tok) {
  memset(tok, 0, sizeof *tok);
  tok->lineno = tok->end_lineno = t->lineno;
  tok->col = tok->end_col = (int)(t->p - t->line_start);
  if (!t->checked && check_encoding(t) == TK_ERRORTOKEN) {
    tok->type = TK_ERRORTOKEN;
    return TK_ERRORTOKEN;
  }
  if (t->done) {
    tok->type = t->last;
    return t->last;
  }
  if (in_fstring_literal(t)) return tok->type = fstring_literal(t, tok);
  return tok->type = regular(t, tok);
}
