/* symtable.h (compiler test stub) — scope analysis, CPython 3.13's rules.
 *
 * Stand-in for the front end's symbol table until it lands: same job, an interface
 * modelled on CPython's symtable.  Only tests build against this directory.
 */
#ifndef MINNOW_SYMTABLE_H
#define MINNOW_SYMTABLE_H

#include <stdbool.h>
#include "ast.h"
#include "parser.h"

typedef enum { BLOCK_MODULE, BLOCK_FUNCTION, BLOCK_CLASS, BLOCK_ANNOTATION } BlockType;

/* Symbol flags: how a name is used in a block. */
enum {
    DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, DEF_USE = 0x10,
    DEF_FREE_CLASS = 0x20, DEF_IMPORT = 0x40, DEF_ANNOT = 0x80, DEF_COMP_ITER = 0x100,
    DEF_COMP_CELL = 0x200,
};
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* Resolved scope of a name in a block. */
typedef enum {
    SCOPE_NONE, SCOPE_LOCAL, SCOPE_GLOBAL_EXPLICIT, SCOPE_GLOBAL_IMPLICIT, SCOPE_FREE,
    SCOPE_CELL,
} SymScope;

typedef struct Symbol {
    const char *name;       /* mangled */
    int flags;
    SymScope scope;
} Symbol;

typedef enum { COMP_NONE, COMP_LIST, COMP_SET, COMP_DICT, COMP_GENEXPR } CompKind;

typedef struct SymEntry SymEntry;
struct SymEntry {
    BlockType type;
    const char *name;       /* "top", function/class name, "lambda", "listcomp", ... */
    const void *key;        /* the AST node: Mod, Stmt (def/class), Expr (lambda/comp) */
    int lineno, col_offset;
    Symbol *symbols;        /* in insertion order; a removed symbol has scope SCOPE_NONE */
    int nsymbols, cap;
    int *index, icap;       /* hash of positions in symbols */
    const char **varnames;  /* parameters, in order */
    int nvarnames;
    SymEntry **children;
    int nchildren, childcap;
    SymEntry *parent;
    CompKind comprehension;
    bool nested, generator, coroutine, varargs, varkeywords, returns_value;
    bool needs_class_closure;   /* a method uses __class__ or super */
    bool comp_inlined;          /* list/set/dict comprehension compiled inline */
    bool child_free;            /* a child block has free variables */
    bool free;                  /* this block has free variables */
    bool comp_iter_target;      /* while visiting (analysis detail) */
    int comp_iter_expr;
    const char *private_name;   /* class name for mangling */
};

typedef struct SymTable SymTable;

/* NULL and *err filled (PERR_SYNTAX) on a scoping error. */
SymTable *symtable_build(Mod *mod, const char *filename, ParseError *err);
void symtable_free(SymTable *st);
SymEntry *symtable_top(SymTable *st);
SymEntry *symtable_lookup(SymTable *st, const void *key);
Symbol *symentry_lookup(SymEntry *ste, const char *name);
/* "__x" inside class C → "_C__x" (CPython's rule); returns name itself if unchanged.
 * The result lives in the table's arena. */
const char *symtable_mangle(SymTable *st, const char *private_name, const char *name);
bool symtable_future_annotations(SymTable *st);

#endif
