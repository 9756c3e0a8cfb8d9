/*
** parser.h -- source text to AST.
**
** parse_source() tokenizes and parses a whole source buffer.  On success
** it returns the tree (allocated in `arena`) and err->kind == PERR_NONE.
** On failure it returns NULL and fills *err with CPython 3.13's message
** and position for the same input.
*/
#ifndef minnow_parser_h
#define minnow_parser_h

#include <stddef.h>
#include "ast.h"

typedef enum {
  PERR_NONE,
  PERR_SYNTAX,        /* SyntaxError */
  PERR_INDENTATION,   /* IndentationError */
  PERR_TAB,           /* TabError */
  PERR_MEMORY,        /* MemoryError */
  PERR_RECURSION      /* RecursionError: nesting too deep */
} ParseErrorKind;

typedef struct {
  ParseErrorKind kind;
  char msg[256];          /* CPython's message text, e.g. "expected ':'" */
  int lineno, offset;     /* 1-based; offset in code points (SyntaxError.offset) */
  int end_lineno, end_offset;
  char *text;             /* the source line (malloc'd, with its newline), or NULL */
} ParseError;

typedef enum { PARSE_FILE, PARSE_EVAL, PARSE_SINGLE } ParseMode;

/* `src` need not be NUL-terminated; `filename` is only used in messages
** and may be NULL.  Mode: PARSE_FILE -> Module (exec), PARSE_EVAL ->
** Expression (eval), PARSE_SINGLE -> Interactive (single). */
Mod *parse_source(const char *src, size_t len, const char *filename,
                  ParseMode mode, Arena *arena, ParseError *err);

/* Frees err->text and resets *err to PERR_NONE.  Safe to call twice. */
void parse_error_clear(ParseError *err);

/* Name of the Python exception class for a kind ("SyntaxError", ...). */
const char *parse_error_kind_name(ParseErrorKind kind);

#endif
