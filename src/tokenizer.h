/*
** tokenizer.h -- Python source to tokens.
**
** The tokenizer works on a private copy of the source with line endings
** normalized to '\n' and a final '\n' added if missing (as CPython does).
** Token text points into that copy, which lives as long as the
** Tokenizer.  F-strings follow PEP 701: an f-string is split into
** FSTRING_START, FSTRING_MIDDLE (raw literal text, escapes and doubled
** braces not yet decoded), the tokens of each replacement field, and
** FSTRING_END.
*/
#ifndef minnow_tokenizer_h
#define minnow_tokenizer_h

#include <stddef.h>

typedef enum {
  TK_ENDMARKER, TK_NAME, TK_NUMBER, TK_STRING, TK_NEWLINE, TK_INDENT,
  TK_DEDENT,
  /* operators and delimiters */
  TK_LPAR, TK_RPAR, TK_LSQB, TK_RSQB, TK_COLON, TK_COMMA, TK_SEMI,
  TK_PLUS, TK_MINUS, TK_STAR, TK_SLASH, TK_VBAR, TK_AMPER, TK_LESS,
  TK_GREATER, TK_EQUAL, TK_DOT, TK_PERCENT, TK_LBRACE, TK_RBRACE,
  TK_EQEQUAL, TK_NOTEQUAL, TK_LESSEQUAL, TK_GREATEREQUAL, TK_TILDE,
  TK_CIRCUMFLEX, TK_LEFTSHIFT, TK_RIGHTSHIFT, TK_DOUBLESTAR, TK_PLUSEQUAL,
  TK_MINEQUAL, TK_STAREQUAL, TK_SLASHEQUAL, TK_PERCENTEQUAL,
  TK_AMPEREQUAL, TK_VBAREQUAL, TK_CIRCUMFLEXEQUAL, TK_LEFTSHIFTEQUAL,
  TK_RIGHTSHIFTEQUAL, TK_DOUBLESTAREQUAL, TK_DOUBLESLASH,
  TK_DOUBLESLASHEQUAL, TK_AT, TK_ATEQUAL, TK_RARROW, TK_ELLIPSIS,
  TK_COLONEQUAL, TK_EXCLAMATION,
  TK_OP,                 /* any other character CPython passes as OP ($, ?, `) */
  /* f-strings */
  TK_FSTRING_START, TK_FSTRING_MIDDLE, TK_FSTRING_END,
  TK_ERRORTOKEN          /* the tokenizer stopped; see Tokenizer.err */
} TokenType;

/* Hard keywords.  Soft keywords (match, case, type, _) stay plain NAMEs. */
typedef enum {
  KW_NONE_ = 0,   /* not a keyword */
  KW_False, KW_None, KW_True, KW_and, KW_as, KW_assert, KW_async, KW_await,
  KW_break, KW_class, KW_continue, KW_def, KW_del, KW_elif, KW_else,
  KW_except, KW_finally, KW_for, KW_from, KW_global, KW_if, KW_import,
  KW_in, KW_is, KW_lambda, KW_nonlocal, KW_not, KW_or, KW_pass, KW_raise,
  KW_return, KW_try, KW_while, KW_with, KW_yield
} Keyword_;

typedef struct {
  TokenType type;
  int kw;                    /* Keyword_ for NAME tokens, else 0 */
  const char *s;             /* text (not NUL-terminated) */
  int len;
  int lineno, col;           /* start: 1-based line, 0-based byte column */
  int end_lineno, end_col;
  int level;                 /* bracket nesting after this token */
} Token;

typedef enum {
  TOKERR_NONE,
  TOKERR_SYNTAX,
  TOKERR_INDENT,             /* IndentationError */
  TOKERR_TAB,                /* TabError */
  TOKERR_MEMORY,
  TOKERR_EOF_IN_BRACKETS     /* end of input inside brackets: the parser decides */
} TokErrKind;

/* Offsets here are 1-based *byte* offsets into the error line (0 and -1
** are passed through as CPython does); the parser converts them to
** code points. */
typedef struct {
  TokErrKind kind;
  char msg[256];
  int lineno, offset, end_lineno, end_offset;
  int deferred;              /* CPython's parser, not its tokenizer, raises it
                                (indentation, tabs, line continuation): such an
                                error does not override an earlier parse error */
  int in_fstring;            /* raised inside an f-string: same (CPython keeps
                                the parser's error about the f-string) */
} TokError;

#define TOK_MAXLEVEL 200     /* nested brackets, as CPython */
#define TOK_MAXINDENT 100    /* indentation levels, as CPython */
#define TOK_MAXFSTRING 150   /* nested f-strings, as CPython */

typedef struct Tokenizer Tokenizer;

/* Returns NULL only when out of memory.  Encoding problems (invalid
** UTF-8, NUL bytes) are reported by the first tok_next() call. */
Tokenizer *tok_new(const char *src, size_t len, const char *filename);
void tok_free(Tokenizer *t);

/* Reads the next token.  After TK_ENDMARKER or TK_ERRORTOKEN it keeps
** returning the same. */
TokenType tok_next(Tokenizer *t, Token *out);

const TokError *tok_error(const Tokenizer *t);

/* The source line `lineno` (1-based) of the normalized text, without its
** newline; NULL if out of range.  *len receives its byte length. */
const char *tok_line(const Tokenizer *t, int lineno, int *len);

/* Number of lines in the normalized text. */
int tok_line_count(const Tokenizer *t);

/* Open bracket positions, for "'(' was never closed" (level 0 = outermost). */
int tok_level(const Tokenizer *t);
void tok_bracket(const Tokenizer *t, int level, char *c, int *lineno, int *col);

/* Names, for messages: "if", "(", ... */
const char *tok_keyword_name(int kw);
const char *tok_type_text(TokenType type);

/* UTF-8 helpers shared with the parser. */
int tok_utf8_decode(const unsigned char *s, const unsigned char *end, unsigned *cp);
int tok_utf8_count(const char *s, int nbytes);   /* code points in s[0..nbytes) */
int unicode_is_id_start(unsigned cp);
int unicode_is_id_continue(unsigned cp);
int unicode_is_printable(unsigned cp);

#endif
