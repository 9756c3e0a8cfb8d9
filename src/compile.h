/* compile.h — AST → code objects, and the disassembler.
 *
 * compile_ast turns a module/expression/interactive AST (with its symbol table) into a
 * code object, CPython 3.13's code generation adapted to minnow's instruction set
 * (opcodes.h).  Errors raise SyntaxError (or the ParseError's type) with CPython's
 * args: (msg, (filename, lineno, offset, text, end_lineno, end_offset)).
 */
#ifndef MINNOW_COMPILE_H
#define MINNOW_COMPILE_H

#include <stdio.h>

#include "ast.h"
#include "code.h"
#include "parser.h"
#include "str.h"

typedef struct SymTable SymTable;

/* NULL with an exception raised on error. */
Code *compile_ast(Mod *mod, SymTable *st, Str *filename, ParseMode mode);
/* Parse, build the symbol table and compile. */
Code *compile_source(const char *src, size_t len, const char *filename, ParseMode mode);

/* The same with the options of the compile() builtin: `flags` may carry
 * CO_FUTURE_ANNOTATIONS (0x1000000, inherited `from __future__ import annotations`);
 * `optimize` is -1 or 0 (keep everything), 1 (drop asserts, __debug__ is False) or 2
 * (drop docstrings too). */
Code *compile_ast_ex(Mod *mod, SymTable *st, Str *filename, ParseMode mode, int flags,
                     int optimize);
Code *compile_source_ex(const char *src, size_t len, const char *filename, ParseMode mode,
                        int flags, int optimize);

/* Raise the exception a parse (or scope) error describes, CPython-style: args are
 * (msg, (filename, lineno, offset, text, end_lineno, end_offset)); text is taken from
 * `src` when the error carries none.  Returns NULL. */
void *compile_raise_parse_error(const ParseError *err, const char *filename,
                                const char *src, size_t len);

/* Source text of an expression, as CPython's ast unparser writes it (annotations under
 * `from __future__ import annotations`).  NULL with an exception on error. */
Str *unparse_expr(Expr *e);

/* Print a disassembly like CPython 3.13's dis.dis(co, show_offsets=True); with
 * `recursive`, nested code objects follow. */
void disasm(Code *co, FILE *out, bool recursive);

#endif
