/*
** symtable.h -- scopes and the resolved scope of every name.
**
** symtable_build() walks the AST twice, as CPython's symtable.c does:
** first recording how each name is used in each scope (flags), then
** deciding for every name whether it is local, global, free or a cell.
** Everything is allocated in the AST's arena.
**
** Comprehensions (PEP 709): a list, set or dict comprehension is inlined
** into its enclosing scope, as CPython 3.13 does (scope->comp_inlined):
** its symbols are merged into the parent, whose varnames then include
** the comprehension's locals.  Its own Scope still exists, so that the
** compiler knows which names the comprehension binds (to save and
** restore them around the inlined code).  Generator expressions are
** never inlined; they are function scopes with one parameter ".0".
*/
#ifndef minnow_symtable_h
#define minnow_symtable_h

#include "ast.h"
#include "parser.h"

typedef enum {
  SCOPE_MODULE,
  SCOPE_FUNCTION,           /* def, async def */
  SCOPE_CLASS,
  SCOPE_LAMBDA,
  SCOPE_COMPREHENSION,      /* listcomp, setcomp, dictcomp, genexpr */
  SCOPE_ANNOTATION          /* PEP 695: type parameters, type alias, bound */
} ScopeKind;

/* Symbol flags: the same bits as CPython's symtable.h. */
#define DEF_GLOBAL      (1 << 0)   /* global statement */
#define DEF_LOCAL       (1 << 1)   /* assigned */
#define DEF_PARAM       (1 << 2)   /* parameter */
#define DEF_NONLOCAL    (1 << 3)   /* nonlocal statement */
#define USE             (1 << 4)   /* read */
#define DEF_FREE        (1 << 5)   /* used, not bound here */
#define DEF_FREE_CLASS  (1 << 6)   /* free variable from a class */
#define DEF_IMPORT      (1 << 7)   /* bound by import */
#define DEF_ANNOT       (1 << 8)   /* annotated */
#define DEF_COMP_ITER   (1 << 9)   /* comprehension iteration variable */
#define DEF_TYPE_PARAM  (1 << 10)  /* type parameter */
#define DEF_COMP_CELL   (1 << 11)  /* cell in an inlined comprehension */
#define DEF_BOUND       (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* Resolved scope of a name (CPython's values). */
typedef enum {
  SYM_UNRESOLVED = 0,
  SYM_LOCAL = 1,
  SYM_GLOBAL_EXPLICIT = 2,
  SYM_GLOBAL_IMPLICIT = 3,
  SYM_FREE = 4,
  SYM_CELL = 5
} SymScope;

typedef struct {
  const char *name;         /* mangled if private (__x in a class) */
  int flags;
  SymScope scope;
  int order;                /* first occurrence, in compilation order */
  int from_inlined_comp;    /* bound by an inlined comprehension (a fast
                               "hidden" local in module and class code) */
  int inlined_order;        /* first occurrence in such a comprehension */
} Symbol;

typedef struct Scope Scope;

struct Scope {
  ScopeKind kind;
  const char *name;         /* "top", function/class name, "lambda",
                               "listcomp", "setcomp", "dictcomp", "genexpr" */
  const void *node;         /* Mod, Stmt or Expr that made it */
  int lineno, col_offset;
  Scope *parent;

  Symbol *symbols;          /* in order of first occurrence */
  int nsymbols;

  /* As CPython's code objects: co_varnames (parameters first:
  ** positional-only, positional, keyword-only, *args, **kwargs; then
  ** other locals), co_cellvars and co_freevars (sorted). */
  IdentSeq varnames, cellvars, freevars;

  Scope **children;         /* in source order */
  int nchildren;

  int argcount, posonlyargcount, kwonlyargcount;
  int has_varargs, has_varkeywords;
  int is_generator;         /* contains yield (or is a genexpr) */
  int is_coroutine;         /* async def, or awaits (async comprehension) */
  int is_nested;            /* inside a function scope */
  int needs_class_closure;  /* class: a method uses __class__ or super() */
  int comp_inlined;         /* PEP 709 inlined comprehension */
  int has_free;             /* free variables here or in children */

  /* private: name lookup */
  int *hash;                /* open addressing, -1 = empty */
  int hashcap;
};

typedef struct SymTable SymTable;

/* NULL (and *err filled, CPython's message and position) on error. */
SymTable *symtable_build(Mod *mod, const char *filename, Arena *arena, ParseError *err);

/* The module scope. */
Scope *symtable_top(SymTable *st);

/* The scope made by a FunctionDef/AsyncFunctionDef/ClassDef statement,
** a Lambda/ListComp/SetComp/DictComp/GeneratorExp expression, or the Mod.
** For generic functions and classes (PEP 695) this is the function or
** class scope itself; its parent is the type-parameter scope. */
Scope *symtable_lookup_scope(SymTable *st, const void *node);

/* A symbol of a scope, or NULL. */
const Symbol *scope_symbol(const Scope *s, const char *name);

/* The scope of `name` in s (SYM_GLOBAL_IMPLICIT if unknown). */
SymScope scope_resolve(const Scope *s, const char *name);

/* Name mangling of private names: "__x" in class "C" -> "_C__x".
** Returns `name` itself when no mangling applies. */
const char *symtable_mangle(Arena *arena, const char *class_name, const char *name);

#endif
