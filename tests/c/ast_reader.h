/* ast_reader.h — test-only: read the text form of CPython's AST (tests/c/ast_dump.py). */
#ifndef MINNOW_AST_READER_H
#define MINNOW_AST_READER_H
#include "ast.h"
/* NULL (and a message on stderr) if the text is malformed. */
Mod *ast_read(const char *text, Arena *arena);
#endif
