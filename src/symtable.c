/*
** symtable.c -- scopes and name resolution, after CPython 3.13's
** Python/symtable.c: a first walk records how names are used in each
** scope, then analyze() resolves each name top-down (what is bound in
** enclosing functions) and bottom-up (what children need as free).
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "symtable.h"

#define MAX_DEPTH 8000          /* AST nesting the walk accepts */

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

typedef struct { int lineno, col, end_lineno, end_col; } Loc;

/* node -> scope map (open addressing on the pointer) */
typedef struct {
  const void **keys;
  Scope **vals;
  int cap, n;
} NodeMap;

struct SymTable {
  Scope *top;
  NodeMap map;
};

/* A global or nonlocal declaration, for errors found in analysis. */
typedef struct {
  const Scope *scope;
  const char *name;
  Loc loc;
} Directive;

typedef struct {
  Arena *arena;
  ParseError *err;
  Directive *directives;
  int ndirectives, directive_cap;
  jmp_buf jb;
  SymTable *st;
  Scope *cur;
  const char *class_name;       /* innermost class, for mangling */
  int order;                    /* occurrence counter */
  int depth;
  int comp_iter_expr;           /* inside a comprehension's iterable */
  int comp_iter_target;         /* inside a comprehension's target */
  int no_order;                 /* names seen now generate no code */
} Builder;

#define NOT_YET 0x7FFFFFFF          /* order of a name not compiled yet */

/* ================================================================ errors */

static _Noreturn void fail(Builder *b, Loc loc, const char *fmt, ...) PRINTF_LIKE(3, 4);

static _Noreturn void fail(Builder *b, Loc loc, const char *fmt, ...) {
  va_list ap;
  b->err->kind = PERR_SYNTAX;
  va_start(ap, fmt);
  vsnprintf(b->err->msg, sizeof b->err->msg, fmt, ap);
  va_end(ap);
  b->err->lineno = loc.lineno;
  b->err->offset = loc.col + 1;
  b->err->end_lineno = loc.end_lineno;
  b->err->end_offset = loc.end_col + 1;
  longjmp(b->jb, 1);
}

static _Noreturn void nomem(Builder *b) {
  b->err->kind = PERR_MEMORY;
  snprintf(b->err->msg, sizeof b->err->msg, "out of memory");
  longjmp(b->jb, 1);
}

static _Noreturn void too_deep(Builder *b) {
  b->err->kind = PERR_RECURSION;
  snprintf(b->err->msg, sizeof b->err->msg, "maximum recursion depth exceeded during compilation");
  longjmp(b->jb, 1);
}

static void *alloc(Builder *b, size_t size) {
  void *p = arena_alloc(b->arena, size);
  if (p == NULL) nomem(b);
  return p;
}

#define LOC_OF(node) ((Loc){ (node)->lineno, (node)->col_offset, (node)->end_lineno, (node)->end_col_offset })

/* ============================================================ name sets */

typedef struct {
  const char **keys;
  int cap, n;
} NameSet;

static unsigned hash_str(const char *s) {
  unsigned h = 2166136261u;
  while (*s) h = (h ^ (unsigned char)*s++) * 16777619u;
  return h;
}

static int set_find(const NameSet *s, const char *name) {
  unsigned i;
  if (s->cap == 0) return -1;
  for (i = hash_str(name) & (unsigned)(s->cap - 1);; i = (i + 1) & (unsigned)(s->cap - 1)) {
    if (s->keys[i] == NULL) return -(int)i - 2;
    if (strcmp(s->keys[i], name) == 0) return (int)i;
  }
}

static int set_has(const NameSet *s, const char *name) { return s && set_find(s, name) >= 0; }

static void set_add(Builder *b, NameSet *s, const char *name);

static void set_grow(Builder *b, NameSet *s) {
  NameSet bigger;
  int i;
  bigger.cap = s->cap ? s->cap * 2 : 16;
  bigger.n = 0;
  bigger.keys = alloc(b, sizeof(char *) * (size_t)bigger.cap);
  for (i = 0; i < s->cap; i++) if (s->keys[i]) set_add(b, &bigger, s->keys[i]);
  *s = bigger;
}

static void set_add(Builder *b, NameSet *s, const char *name) {
  int at;
  if ((s->n + 1) * 2 > s->cap) set_grow(b, s);
  at = set_find(s, name);
  if (at >= 0) return;
  s->keys[-at - 2] = name;
  s->n++;
}

/* Removal rebuilds the set without the name (sets are small). */
static void set_discard(Builder *b, NameSet *s, const char *name) {
  NameSet copy = {0};
  int i;
  if (!set_has(s, name)) return;
  for (i = 0; i < s->cap; i++)
    if (s->keys[i] && strcmp(s->keys[i], name) != 0) set_add(b, &copy, s->keys[i]);
  *s = copy;
}

static void set_update(Builder *b, NameSet *dst, const NameSet *src) {
  int i;
  if (src == NULL) return;
  for (i = 0; i < src->cap; i++) if (src->keys[i]) set_add(b, dst, src->keys[i]);
}

/* ========================================================== scope symbols */

static int sym_find(const Scope *s, const char *name) {
  unsigned i;
  if (s->hashcap == 0) return -1;
  for (i = hash_str(name) & (unsigned)(s->hashcap - 1);; i = (i + 1) & (unsigned)(s->hashcap - 1)) {
    int k = s->hash[i];
    if (k < 0) return -1;
    if (strcmp(s->symbols[k].name, name) == 0) return k;
  }
}

static void sym_rehash(Builder *b, Scope *s) {
  int cap = s->hashcap ? s->hashcap * 2 : 16, k;
  s->hash = alloc(b, sizeof(int) * (size_t)cap);
  memset(s->hash, 0xFF, sizeof(int) * (size_t)cap);
  s->hashcap = cap;
  for (k = 0; k < s->nsymbols; k++) {
    unsigned i = hash_str(s->symbols[k].name) & (unsigned)(cap - 1);
    while (s->hash[i] >= 0) i = (i + 1) & (unsigned)(cap - 1);
    s->hash[i] = k;
  }
}

/* The symbol `name` of s, created (with no flags) if missing. */
static Symbol *sym_get(Builder *b, Scope *s, const char *name) {
  int k = sym_find(s, name);
  if (k >= 0) {
    if (s->symbols[k].order == NOT_YET && !b->no_order) s->symbols[k].order = ++b->order;
    return &s->symbols[k];
  }
  if ((s->nsymbols & (s->nsymbols - 1)) == 0) {     /* 0, 1, 2, 4 ...: grow */
    int cap = s->nsymbols ? s->nsymbols * 2 : 1;
    Symbol *ns = alloc(b, sizeof(Symbol) * (size_t)cap);
    if (s->nsymbols) memcpy(ns, s->symbols, sizeof(Symbol) * (size_t)s->nsymbols);
    s->symbols = ns;
  }
  k = s->nsymbols++;
  memset(&s->symbols[k], 0, sizeof(Symbol));
  s->symbols[k].name = name;
  s->symbols[k].order = b->no_order ? NOT_YET : ++b->order;
  if ((s->nsymbols + 1) * 2 > s->hashcap) sym_rehash(b, s);
  else {
    unsigned i = hash_str(name) & (unsigned)(s->hashcap - 1);
    while (s->hash[i] >= 0) i = (i + 1) & (unsigned)(s->hashcap - 1);
    s->hash[i] = k;
  }
  return &s->symbols[k];
}

const Symbol *scope_symbol(const Scope *s, const char *name) {
  int k = sym_find(s, name);
  return k >= 0 ? &s->symbols[k] : NULL;
}

SymScope scope_resolve(const Scope *s, const char *name) {
  const Symbol *sym = scope_symbol(s, name);
  return sym && sym->scope ? sym->scope : SYM_GLOBAL_IMPLICIT;
}

/* ============================================================ mangling */

const char *symtable_mangle(Arena *arena, const char *class_name, const char *name) {
  size_t nlen = strlen(name), clen;
  char *out;
  if (class_name == NULL || nlen < 2 || name[0] != '_' || name[1] != '_') return name;
  if (name[nlen - 1] == '_' && name[nlen - 2] == '_') return name;
  if (strchr(name, '.')) return name;
  while (*class_name == '_') class_name++;
  clen = strlen(class_name);
  if (clen == 0) return name;
  out = arena_alloc(arena, 1 + clen + nlen + 1);
  if (out == NULL) return NULL;
  out[0] = '_';
  memcpy(out + 1, class_name, clen);
  memcpy(out + 1 + clen, name, nlen + 1);
  return out;
}

static const char *mangle(Builder *b, const char *name) {
  const char *m = symtable_mangle(b->arena, b->class_name, name);
  if (m == NULL) nomem(b);
  return m;
}

/* ============================================================== scopes */

static void map_put(Builder *b, const void *node, Scope *s) {
  NodeMap *m = &b->st->map;
  unsigned i;
  if ((m->n + 1) * 2 > m->cap) {
    NodeMap bigger;
    int k;
    bigger.cap = m->cap ? m->cap * 2 : 64;
    bigger.n = 0;
    bigger.keys = alloc(b, sizeof(void *) * (size_t)bigger.cap);
    bigger.vals = alloc(b, sizeof(Scope *) * (size_t)bigger.cap);
    for (k = 0; k < m->cap; k++) {
      if (m->keys[k] == NULL) continue;
      i = (unsigned)(((size_t)m->keys[k] >> 4) & (size_t)(bigger.cap - 1));
      while (bigger.keys[i]) i = (i + 1) & (unsigned)(bigger.cap - 1);
      bigger.keys[i] = m->keys[k];
      bigger.vals[i] = m->vals[k];
      bigger.n++;
    }
    *m = bigger;
  }
  i = (unsigned)(((size_t)node >> 4) & (size_t)(m->cap - 1));
  while (m->keys[i] && m->keys[i] != node) i = (i + 1) & (unsigned)(m->cap - 1);
  if (m->keys[i] == NULL) m->n++;
  m->keys[i] = node;
  m->vals[i] = s;
}

Scope *symtable_lookup_scope(SymTable *st, const void *node) {
  NodeMap *m = &st->map;
  unsigned i;
  if (m->cap == 0) return NULL;
  for (i = (unsigned)(((size_t)node >> 4) & (size_t)(m->cap - 1));; i = (i + 1) & (unsigned)(m->cap - 1)) {
    if (m->keys[i] == NULL) return NULL;
    if (m->keys[i] == node) return m->vals[i];
  }
}

Scope *symtable_top(SymTable *st) { return st->top; }

static int function_like(const Scope *s) {
  return s->kind == SCOPE_FUNCTION || s->kind == SCOPE_LAMBDA ||
         s->kind == SCOPE_COMPREHENSION || s->kind == SCOPE_ANNOTATION;
}

static Scope *enter_scope(Builder *b, ScopeKind kind, const char *name, const void *node, Loc loc) {
  Scope *s = alloc(b, sizeof(Scope));
  Scope *parent = b->cur;
  s->kind = kind;
  s->name = name;
  s->node = node;
  s->lineno = loc.lineno;
  s->col_offset = loc.col;
  s->parent = parent;
  if (parent) {
    if ((parent->nchildren & (parent->nchildren - 1)) == 0) {
      int cap = parent->nchildren ? parent->nchildren * 2 : 1;
      Scope **nc = alloc(b, sizeof(Scope *) * (size_t)cap);
      if (parent->nchildren) memcpy(nc, parent->children, sizeof(Scope *) * (size_t)parent->nchildren);
      parent->children = nc;
    }
    parent->children[parent->nchildren++] = s;
    s->is_nested = parent->is_nested || function_like(parent);
  }
  map_put(b, node, s);
  b->cur = s;
  return s;
}

static void exit_scope(Builder *b) { b->cur = b->cur->parent; }

/* ======================================================== definitions */

/* Records a use or definition of name in scope s. */
static Symbol *add_def_in(Builder *b, Scope *s, const char *name, int flag, Loc loc) {
  const char *mangled = mangle(b, name);
  Symbol *sym = sym_get(b, s, mangled);
  if ((flag & DEF_PARAM) && (sym->flags & DEF_PARAM))
    fail(b, loc, "duplicate argument '%s' in function definition", mangled);
  sym->flags |= flag;
  if (flag & DEF_GLOBAL) sym_get(b, b->st->top, mangled)->flags |= flag;
  return sym;
}

static Symbol *add_def(Builder *b, const char *name, int flag, Loc loc) {
  return add_def_in(b, b->cur, name, flag, loc);
}

/* ============================================================== walking */

static void visit_expr(Builder *b, Expr *e);
static void visit_stmt(Builder *b, Stmt *s);
static void visit_pattern(Builder *b, Pattern *p);

static void visit_exprs(Builder *b, ExprSeq seq) {
  int i;
  for (i = 0; i < seq.n; i++) if (seq.items[i]) visit_expr(b, seq.items[i]);
}

static void visit_body(Builder *b, StmtSeq seq) {
  int i;
  for (i = 0; i < seq.n; i++) visit_stmt(b, seq.items[i]);
}

static void enter_node(Builder *b) { if (++b->depth > MAX_DEPTH) too_deep(b); }

static void visit_params(Builder *b, ArgSeq args) {
  int i;
  for (i = 0; i < args.n; i++) add_def(b, args.items[i]->arg, DEF_PARAM, LOC_OF(args.items[i]));
}

static void visit_arguments(Builder *b, Arguments *a) {
  Scope *s = b->cur;
  visit_params(b, a->posonlyargs);
  visit_params(b, a->args);
  visit_params(b, a->kwonlyargs);
  if (a->vararg) { add_def(b, a->vararg->arg, DEF_PARAM, LOC_OF(a->vararg)); s->has_varargs = 1; }
  if (a->kwarg) { add_def(b, a->kwarg->arg, DEF_PARAM, LOC_OF(a->kwarg)); s->has_varkeywords = 1; }
  s->posonlyargcount = a->posonlyargs.n;
  s->argcount = a->posonlyargs.n + a->args.n;
  s->kwonlyargcount = a->kwonlyargs.n;
}

static void visit_arg_annotations(Builder *b, ArgSeq args) {
  int i;
  for (i = 0; i < args.n; i++) if (args.items[i]->annotation) visit_expr(b, args.items[i]->annotation);
}

static void visit_annotations(Builder *b, Arguments *a, Expr *returns) {
  visit_arg_annotations(b, a->posonlyargs);
  visit_arg_annotations(b, a->args);
  if (a->vararg && a->vararg->annotation) visit_expr(b, a->vararg->annotation);
  visit_arg_annotations(b, a->kwonlyargs);
  if (a->kwarg && a->kwarg->annotation) visit_expr(b, a->kwarg->annotation);
  if (returns) visit_expr(b, returns);
}

static void visit_defaults(Builder *b, Arguments *a) {
  visit_exprs(b, a->defaults);
  visit_exprs(b, a->kw_defaults);
}

/* PEP 695: T, *Ts, **P with their bounds and defaults, each evaluated
** lazily in a scope of its own. */
static void visit_type_params(Builder *b, TypeParamSeq tps) {
  int i;
  for (i = 0; i < tps.n; i++) {
    TypeParam *tp = tps.items[i];
    add_def(b, tp->name, DEF_TYPE_PARAM | DEF_LOCAL, LOC_OF(tp));
    if (tp->bound) {
      enter_scope(b, SCOPE_ANNOTATION, tp->name, tp->bound, LOC_OF(tp));
      visit_expr(b, tp->bound);
      exit_scope(b);
    }
    if (tp->default_value) {
      enter_scope(b, SCOPE_ANNOTATION, tp->name, tp->default_value, LOC_OF(tp));
      visit_expr(b, tp->default_value);
      exit_scope(b);
    }
  }
}

static const char *generic_name(Builder *b, const char *name) {
  size_t n = strlen(name);
  char *s = alloc(b, n + 32);
  snprintf(s, n + 32, "<generic parameters of %s>", name);
  return s;
}

static void visit_function(Builder *b, Stmt *s) {
  AstFunctionDef *f = &s->v.FunctionDef;
  Loc loc = LOC_OF(s);
  int generic = f->type_params.n > 0;
  visit_exprs(b, f->decorator_list);
  visit_defaults(b, f->args);
  if (generic) {
    int i, kwdefaults = 0;
    for (i = 0; i < f->args->kw_defaults.n; i++) if (f->args->kw_defaults.items[i]) kwdefaults = 1;
    enter_scope(b, SCOPE_ANNOTATION, generic_name(b, f->name), &f->type_params, loc);
    add_def(b, ".defaults", DEF_PARAM, loc);      /* CPython adds it always */
    if (kwdefaults) add_def(b, ".kwdefaults", DEF_PARAM, loc);
    visit_type_params(b, f->type_params);
  }
  visit_annotations(b, f->args, f->returns);
  enter_scope(b, SCOPE_FUNCTION, f->name, s, loc);
  if (s->kind == Stmt_AsyncFunctionDef) b->cur->is_coroutine = 1;
  visit_arguments(b, f->args);
  visit_body(b, f->body);
  exit_scope(b);
  if (generic) exit_scope(b);
  add_def(b, f->name, DEF_LOCAL, loc);
}

static void visit_class(Builder *b, Stmt *s) {
  const char *saved = b->class_name;
  Loc loc = LOC_OF(s);
  int generic = s->v.ClassDef.type_params.n > 0;
  visit_exprs(b, s->v.ClassDef.decorator_list);
  if (generic) {
    enter_scope(b, SCOPE_ANNOTATION, generic_name(b, s->v.ClassDef.name),
                &s->v.ClassDef.type_params, loc);
    b->class_name = s->v.ClassDef.name;
    visit_type_params(b, s->v.ClassDef.type_params);
    add_def(b, ".type_params", DEF_LOCAL, loc);
    add_def(b, ".generic_base", DEF_LOCAL, loc);
    b->class_name = saved;
  }
  visit_exprs(b, s->v.ClassDef.bases);
  {
    int i;
    for (i = 0; i < s->v.ClassDef.keywords.n; i++) visit_expr(b, s->v.ClassDef.keywords.items[i]->value);
  }
  enter_scope(b, SCOPE_CLASS, s->v.ClassDef.name, s, loc);
  b->class_name = s->v.ClassDef.name;
  if (generic) add_def(b, ".type_params", USE, loc);
  visit_body(b, s->v.ClassDef.body);
  b->class_name = saved;
  exit_scope(b);
  if (generic) exit_scope(b);
  add_def(b, s->v.ClassDef.name, DEF_LOCAL, loc);
}

static void record_directive(Builder *b, const char *name, Loc loc);

/* global and nonlocal statements */
static void visit_directive(Builder *b, Stmt *s, int is_global) {
  IdentSeq names = is_global ? s->v.Global.names : s->v.Nonlocal.names;
  const char *what = is_global ? "global" : "nonlocal";
  int i;
  if (!is_global && b->cur->kind == SCOPE_MODULE)
    fail(b, LOC_OF(s), "nonlocal declaration not allowed at module level");
  for (i = 0; i < names.n; i++) {
    const char *name = mangle(b, names.items[i]);
    const Symbol *sym = scope_symbol(b->cur, name);
    int cur = sym ? sym->flags : 0;
    if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
      if (cur & DEF_PARAM) fail(b, LOC_OF(s), "name '%s' is parameter and %s", names.items[i], what);
      if (cur & USE) fail(b, LOC_OF(s), "name '%s' is used prior to %s declaration", names.items[i], what);
      if (cur & DEF_ANNOT) fail(b, LOC_OF(s), "annotated name '%s' can't be %s", names.items[i], what);
      fail(b, LOC_OF(s), "name '%s' is assigned to before %s declaration", names.items[i], what);
    }
    add_def(b, names.items[i], is_global ? DEF_GLOBAL : DEF_NONLOCAL, LOC_OF(s));
    record_directive(b, names.items[i], LOC_OF(s));
  }
}

static void record_directive(Builder *b, const char *name, Loc loc) {
  Directive *d;
  if (b->ndirectives == b->directive_cap) {
    int cap = b->directive_cap ? b->directive_cap * 2 : 16;
    Directive *nd = alloc(b, sizeof(Directive) * (size_t)cap);
    if (b->ndirectives) memcpy(nd, b->directives, sizeof(Directive) * (size_t)b->ndirectives);
    b->directives = nd;
    b->directive_cap = cap;
  }
  d = &b->directives[b->ndirectives++];
  d->scope = b->cur;
  d->name = mangle(b, name);
  d->loc = loc;
}

/* Where a nonlocal/global was declared, for analysis errors. */
static Loc directive_loc(Builder *b, const Scope *s, const char *name) {
  int i;
  Loc none = { s->lineno, s->col_offset, s->lineno, s->col_offset };
  for (i = 0; i < b->ndirectives; i++)
    if (b->directives[i].scope == s && strcmp(b->directives[i].name, name) == 0)
      return b->directives[i].loc;
  return none;
}

static void visit_alias(Builder *b, Alias *a, int is_from) {
  const char *name = a->asname ? a->asname : a->name;
  if (strcmp(a->name, "*") == 0) {
    if (b->cur->kind != SCOPE_MODULE)
      fail(b, LOC_OF(a), "import * only allowed at module level");
    return;
  }
  if (!a->asname && !is_from) {         /* import a.b binds a */
    const char *dot = strchr(name, '.');
    if (dot) {
      size_t n = (size_t)(dot - name);
      char *first = alloc(b, n + 1);
      memcpy(first, name, n);
      first[n] = '\0';
      name = first;
    }
  }
  add_def(b, name, DEF_IMPORT, LOC_OF(a));
}

static void visit_stmt(Builder *b, Stmt *s) {
  int i;
  enter_node(b);
  switch (s->kind) {
    case Stmt_FunctionDef: case Stmt_AsyncFunctionDef: visit_function(b, s); break;
    case Stmt_ClassDef: visit_class(b, s); break;
    case Stmt_Return:
      if (!function_like(b->cur) || b->cur->kind == SCOPE_COMPREHENSION)
        fail(b, LOC_OF(s), "'return' outside function");
      if (s->v.Return.value) visit_expr(b, s->v.Return.value);
      break;
    case Stmt_Delete: visit_exprs(b, s->v.Delete.targets); break;
    case Stmt_Assign:
      visit_expr(b, s->v.Assign.value);
      visit_exprs(b, s->v.Assign.targets);
      break;
    case Stmt_TypeAlias: {
      Expr *name = s->v.TypeAlias.name;
      int generic = s->v.TypeAlias.type_params.n > 0;
      add_def(b, name->v.Name.id, DEF_LOCAL, LOC_OF(name));
      if (generic) {
        enter_scope(b, SCOPE_ANNOTATION, generic_name(b, name->v.Name.id),
                    &s->v.TypeAlias.type_params, LOC_OF(s));
        visit_type_params(b, s->v.TypeAlias.type_params);
      }
      enter_scope(b, SCOPE_ANNOTATION, name->v.Name.id, s, LOC_OF(s));
      visit_expr(b, s->v.TypeAlias.value);
      exit_scope(b);
      if (generic) exit_scope(b);
      break;
    }
    case Stmt_AugAssign:
      visit_expr(b, s->v.AugAssign.target);
      visit_expr(b, s->v.AugAssign.value);
      break;
    case Stmt_AnnAssign: {
      Expr *t = s->v.AnnAssign.target;
      if (s->v.AnnAssign.value) visit_expr(b, s->v.AnnAssign.value);
      if (t->kind == Expr_Name) {
        const Symbol *sym = scope_symbol(b->cur, mangle(b, t->v.Name.id));
        int cur = sym ? sym->flags : 0;
        if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && s->v.AnnAssign.simple)
          fail(b, LOC_OF(s), (cur & DEF_GLOBAL) ? "annotated name '%s' can't be global"
               : "annotated name '%s' can't be nonlocal", t->v.Name.id);
        /* in functions `x: int` alone compiles to nothing */
        b->no_order = !s->v.AnnAssign.value && function_like(b->cur);
        if (s->v.AnnAssign.simple) add_def(b, t->v.Name.id, DEF_ANNOT | DEF_LOCAL, LOC_OF(t));
        else if (s->v.AnnAssign.value) add_def(b, t->v.Name.id, DEF_LOCAL, LOC_OF(t));
        b->no_order = 0;
      } else {
        visit_expr(b, t);
      }
      b->no_order = function_like(b->cur);
      visit_expr(b, s->v.AnnAssign.annotation);
      b->no_order = 0;
      break;
    }
    case Stmt_For: case Stmt_AsyncFor:
      visit_expr(b, s->v.For.iter);
      visit_expr(b, s->v.For.target);
      visit_body(b, s->v.For.body);
      visit_body(b, s->v.For.orelse);
      break;
    case Stmt_While:
      visit_expr(b, s->v.While.test);
      visit_body(b, s->v.While.body);
      visit_body(b, s->v.While.orelse);
      break;
    case Stmt_If:
      visit_expr(b, s->v.If.test);
      visit_body(b, s->v.If.body);
      visit_body(b, s->v.If.orelse);
      break;
    case Stmt_With: case Stmt_AsyncWith:
      for (i = 0; i < s->v.With.items.n; i++) {
        WithItem *w = s->v.With.items.items[i];
        visit_expr(b, w->context_expr);
        if (w->optional_vars) visit_expr(b, w->optional_vars);
      }
      visit_body(b, s->v.With.body);
      break;
    case Stmt_Match:
      visit_expr(b, s->v.Match.subject);
      for (i = 0; i < s->v.Match.cases.n; i++) {
        MatchCase *c = s->v.Match.cases.items[i];
        visit_pattern(b, c->pattern);
        if (c->guard) visit_expr(b, c->guard);
        visit_body(b, c->body);
      }
      break;
    case Stmt_Raise:
      if (s->v.Raise.exc) visit_expr(b, s->v.Raise.exc);
      if (s->v.Raise.cause) visit_expr(b, s->v.Raise.cause);
      break;
    case Stmt_Try: case Stmt_TryStar:     /* compilation order: else before handlers */
      visit_body(b, s->v.Try.body);
      visit_body(b, s->v.Try.orelse);
      for (i = 0; i < s->v.Try.handlers.n; i++) {
        ExceptHandler *h = s->v.Try.handlers.items[i];
        if (h->type) visit_expr(b, h->type);
        if (h->name) add_def(b, h->name, DEF_LOCAL, LOC_OF(h));
        visit_body(b, h->body);
      }
      visit_body(b, s->v.Try.finalbody);
      break;
    case Stmt_Assert:
      visit_expr(b, s->v.Assert.test);
      if (s->v.Assert.msg) visit_expr(b, s->v.Assert.msg);
      break;
    case Stmt_Import:
      for (i = 0; i < s->v.Import.names.n; i++) visit_alias(b, s->v.Import.names.items[i], 0);
      break;
    case Stmt_ImportFrom:
      for (i = 0; i < s->v.ImportFrom.names.n; i++) visit_alias(b, s->v.ImportFrom.names.items[i], 1);
      break;
    case Stmt_Global: visit_directive(b, s, 1); break;
    case Stmt_Nonlocal: visit_directive(b, s, 0); break;
    case Stmt_Expr: visit_expr(b, s->v.Expr.value); break;
    case Stmt_Pass: case Stmt_Break: case Stmt_Continue: break;
  }
  b->depth--;
}

static void visit_pattern(Builder *b, Pattern *p) {
  int i;
  enter_node(b);
  switch (p->kind) {
    case Pattern_MatchValue: visit_expr(b, p->v.MatchValue.value); break;
    case Pattern_MatchSingleton: break;
    case Pattern_MatchSequence:
      for (i = 0; i < p->v.MatchSequence.patterns.n; i++) visit_pattern(b, p->v.MatchSequence.patterns.items[i]);
      break;
    case Pattern_MatchMapping:
      visit_exprs(b, p->v.MatchMapping.keys);
      for (i = 0; i < p->v.MatchMapping.patterns.n; i++) visit_pattern(b, p->v.MatchMapping.patterns.items[i]);
      if (p->v.MatchMapping.rest) add_def(b, p->v.MatchMapping.rest, DEF_LOCAL, LOC_OF(p));
      break;
    case Pattern_MatchClass:
      visit_expr(b, p->v.MatchClass.cls);
      for (i = 0; i < p->v.MatchClass.patterns.n; i++) visit_pattern(b, p->v.MatchClass.patterns.items[i]);
      for (i = 0; i < p->v.MatchClass.kwd_patterns.n; i++) visit_pattern(b, p->v.MatchClass.kwd_patterns.items[i]);
      break;
    case Pattern_MatchStar:
      if (p->v.MatchStar.name) add_def(b, p->v.MatchStar.name, DEF_LOCAL, LOC_OF(p));
      break;
    case Pattern_MatchAs:
      if (p->v.MatchAs.pattern) visit_pattern(b, p->v.MatchAs.pattern);
      if (p->v.MatchAs.name) add_def(b, p->v.MatchAs.name, DEF_LOCAL, LOC_OF(p));
      break;
    case Pattern_MatchOr:
      for (i = 0; i < p->v.MatchOr.patterns.n; i++) visit_pattern(b, p->v.MatchOr.patterns.items[i]);
      break;
  }
  b->depth--;
}

/* ------------------------------------------------------- comprehensions */

static const char *comp_description(const Scope *s) {
  const Expr *e = s->node;
  switch (e->kind) {
    case Expr_ListComp: return "list comprehension";
    case Expr_SetComp: return "set comprehension";
    case Expr_DictComp: return "dict comprehension";
    default: return "generator expression";
  }
}

/* `target := value` inside a comprehension binds in the enclosing
** function (or module); CPython's symtable_extend_namedexpr_scope. */
static void extend_namedexpr_scope(Builder *b, Expr *target) {
  const char *name = target->v.Name.id;
  Scope *s;
  Loc loc = LOC_OF(target);
  for (s = b->cur; s; s = s->parent) {
    if (s->kind == SCOPE_COMPREHENSION) {
      const Symbol *sym = scope_symbol(s, mangle(b, name));
      if (sym && (sym->flags & DEF_COMP_ITER) && (sym->flags & DEF_LOCAL))
        fail(b, loc, "assignment expression cannot rebind comprehension iteration variable '%s'", name);
      continue;
    }
    if (s->kind == SCOPE_FUNCTION || s->kind == SCOPE_LAMBDA) {
      const Symbol *sym = scope_symbol(s, mangle(b, name));
      if (sym && (sym->flags & DEF_GLOBAL)) add_def(b, name, DEF_GLOBAL, loc);
      else add_def(b, name, DEF_NONLOCAL, loc);
      record_directive(b, name, loc);
      add_def_in(b, s, name, DEF_LOCAL, loc);
      return;
    }
    if (s->kind == SCOPE_MODULE) {
      add_def(b, name, DEF_GLOBAL, loc);
      record_directive(b, name, loc);
      add_def_in(b, s, name, DEF_GLOBAL, loc);
      return;
    }
    if (s->kind == SCOPE_CLASS)
      fail(b, loc, "assignment expression within a comprehension cannot be used in a class body");
    fail(b, loc, "assignment expression within a comprehension cannot be used within the definition of a generic");
  }
}

/* An async list/set/dict comprehension (async for, or await inside) is
** compiled inline: it needs an async function or a generator expression
** around it (CPython's compiler checks this). */
static void check_async_comprehension(Builder *b, Scope *s, Expr *e) {
  Scope *up = s->parent;
  while (up && up->kind == SCOPE_COMPREHENSION &&
         ((const Expr *)up->node)->kind != Expr_GeneratorExp)
    up = up->parent;
  if (up && up->kind == SCOPE_COMPREHENSION) return;       /* a genexpr */
  if (up && up->kind == SCOPE_FUNCTION && up->is_coroutine) return;
  fail(b, LOC_OF(e), "asynchronous comprehension outside of an asynchronous function");
}

static void visit_comp_target(Builder *b, Expr *target) {
  b->comp_iter_target++;
  visit_expr(b, target);
  b->comp_iter_target--;
}

static void visit_comprehension(Builder *b, Expr *e, const char *name,
                                ComprehensionSeq gens, Expr *elt, Expr *value) {
  Comprehension *outer = gens.items[0];
  Scope *s;
  int i;
  b->comp_iter_expr++;
  visit_expr(b, outer->iter);
  b->comp_iter_expr--;
  s = enter_scope(b, SCOPE_COMPREHENSION, name, e, LOC_OF(e));
  if (outer->is_async) s->is_coroutine = 1;
  add_def(b, ".0", DEF_PARAM, LOC_OF(e));
  s->argcount = 1;
  visit_comp_target(b, outer->target);
  visit_exprs(b, outer->ifs);
  for (i = 1; i < gens.n; i++) {
    Comprehension *c = gens.items[i];
    if (c->is_async) s->is_coroutine = 1;
    b->comp_iter_expr++;
    visit_expr(b, c->iter);
    b->comp_iter_expr--;
    visit_comp_target(b, c->target);
    visit_exprs(b, c->ifs);
  }
  if (value) visit_expr(b, value);
  visit_expr(b, elt);
  if (e->kind == Expr_GeneratorExp) s->is_generator = 1;
  exit_scope(b);
  if (s->is_coroutine && e->kind != Expr_GeneratorExp) check_async_comprehension(b, s, e);
}

static void visit_name(Builder *b, Expr *e) {
  const char *id = e->v.Name.id;
  Loc loc = LOC_OF(e);
  if (e->v.Name.ctx == Ctx_Load) {
    add_def(b, id, USE, loc);
    if (function_like(b->cur) && strcmp(id, "super") == 0) add_def(b, "__class__", USE, loc);
    return;
  }
  if (b->comp_iter_target) {
    const Symbol *sym = scope_symbol(b->cur, mangle(b, id));
    if (sym && (sym->flags & DEF_NONLOCAL))
      fail(b, loc, "comprehension inner loop cannot rebind assignment expression target '%s'", id);
    add_def(b, id, DEF_LOCAL | DEF_COMP_ITER, loc);
    return;
  }
  add_def(b, id, DEF_LOCAL, loc);
}

static void visit_yield(Builder *b, Expr *e) {
  Scope *s = b->cur;
  if (s->kind == SCOPE_ANNOTATION) fail(b, LOC_OF(e), "yield expression cannot be used within an annotation");
  if (!function_like(s)) fail(b, LOC_OF(e), "'yield' outside function");
  if (s->kind == SCOPE_COMPREHENSION)
    fail(b, LOC_OF(e), "'yield' inside %s", comp_description(s));
  s->is_generator = 1;
}

static void visit_await(Builder *b, Expr *e) {
  Scope *s = b->cur;
  if (s->kind == SCOPE_ANNOTATION) fail(b, LOC_OF(e), "await expression cannot be used within an annotation");
  if (!function_like(s)) fail(b, LOC_OF(e), "'await' outside function");
  if (s->kind == SCOPE_COMPREHENSION) { s->is_coroutine = 1; return; }
  if (!s->is_coroutine) fail(b, LOC_OF(e), "'await' outside async function");
}

static void visit_expr(Builder *b, Expr *e) {
  int i;
  enter_node(b);
  switch (e->kind) {
    case Expr_BoolOp: visit_exprs(b, e->v.BoolOp.values); break;
    case Expr_NamedExpr:
      if (b->comp_iter_expr > 0)
        fail(b, LOC_OF(e), "assignment expression cannot be used in a comprehension iterable expression");
      if (b->cur->kind == SCOPE_COMPREHENSION) extend_namedexpr_scope(b, e->v.NamedExpr.target);
      visit_expr(b, e->v.NamedExpr.value);
      visit_expr(b, e->v.NamedExpr.target);
      break;
    case Expr_BinOp:
      visit_expr(b, e->v.BinOp.left);
      visit_expr(b, e->v.BinOp.right);
      break;
    case Expr_UnaryOp: visit_expr(b, e->v.UnaryOp.operand); break;
    case Expr_Lambda:
      visit_defaults(b, e->v.Lambda.args);
      enter_scope(b, SCOPE_LAMBDA, "lambda", e, LOC_OF(e));
      visit_arguments(b, e->v.Lambda.args);
      visit_expr(b, e->v.Lambda.body);
      exit_scope(b);
      break;
    case Expr_IfExp:
      visit_expr(b, e->v.IfExp.test);
      visit_expr(b, e->v.IfExp.body);
      visit_expr(b, e->v.IfExp.orelse);
      break;
    case Expr_Dict:
      for (i = 0; i < e->v.Dict.values.n; i++) {
        if (e->v.Dict.keys.items[i]) visit_expr(b, e->v.Dict.keys.items[i]);
        visit_expr(b, e->v.Dict.values.items[i]);
      }
      break;
    case Expr_Set: visit_exprs(b, e->v.Set.elts); break;
    case Expr_ListComp:
      visit_comprehension(b, e, "listcomp", e->v.ListComp.generators, e->v.ListComp.elt, NULL);
      break;
    case Expr_SetComp:
      visit_comprehension(b, e, "setcomp", e->v.SetComp.generators, e->v.SetComp.elt, NULL);
      break;
    case Expr_GeneratorExp:
      visit_comprehension(b, e, "genexpr", e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL);
      break;
    case Expr_DictComp:
      visit_comprehension(b, e, "dictcomp", e->v.DictComp.generators, e->v.DictComp.value,
                          e->v.DictComp.key);
      break;
    case Expr_Await:
      visit_await(b, e);
      visit_expr(b, e->v.Await.value);
      break;
    case Expr_Yield:
      visit_yield(b, e);
      if (e->v.Yield.value) visit_expr(b, e->v.Yield.value);
      break;
    case Expr_YieldFrom:
      visit_yield(b, e);
      visit_expr(b, e->v.YieldFrom.value);
      break;
    case Expr_Compare:
      visit_expr(b, e->v.Compare.left);
      visit_exprs(b, e->v.Compare.comparators);
      break;
    case Expr_Call:
      visit_expr(b, e->v.Call.func);
      visit_exprs(b, e->v.Call.args);
      for (i = 0; i < e->v.Call.keywords.n; i++) visit_expr(b, e->v.Call.keywords.items[i]->value);
      break;
    case Expr_FormattedValue:
      visit_expr(b, e->v.FormattedValue.value);
      if (e->v.FormattedValue.format_spec) visit_expr(b, e->v.FormattedValue.format_spec);
      break;
    case Expr_JoinedStr: visit_exprs(b, e->v.JoinedStr.values); break;
    case Expr_Constant: break;
    case Expr_Attribute: visit_expr(b, e->v.Attribute.value); break;
    case Expr_Subscript:
      visit_expr(b, e->v.Subscript.value);
      visit_expr(b, e->v.Subscript.slice);
      break;
    case Expr_Starred: visit_expr(b, e->v.Starred.value); break;
    case Expr_Name: visit_name(b, e); break;
    case Expr_List: visit_exprs(b, e->v.List.elts); break;
    case Expr_Tuple: visit_exprs(b, e->v.Tuple.elts); break;
    case Expr_Slice:
      if (e->v.Slice.lower) visit_expr(b, e->v.Slice.lower);
      if (e->v.Slice.upper) visit_expr(b, e->v.Slice.upper);
      if (e->v.Slice.step) visit_expr(b, e->v.Slice.step);
      break;
  }
  b->depth--;
}

/* ============================================================== analysis */

/* Resolves one name of scope s (CPython's analyze_name). */
static void analyze_name(Builder *b, Scope *s, Symbol *sym, NameSet *bound, int has_bound,
                         NameSet *local, NameSet *free, NameSet *global) {
  const char *name = sym->name;
  int flags = sym->flags;
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL)
      fail(b, directive_loc(b, s, name), "name '%s' is nonlocal and global", name);
    sym->scope = SYM_GLOBAL_EXPLICIT;
    set_add(b, global, name);
    if (has_bound) set_discard(b, bound, name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!has_bound) fail(b, directive_loc(b, s, name), "nonlocal declaration not allowed at module level");
    if (!set_has(bound, name)) fail(b, directive_loc(b, s, name), "no binding for nonlocal '%s' found", name);
    sym->scope = SYM_FREE;
    s->has_free = 1;
    set_add(b, free, name);
    return;
  }
  if (flags & DEF_BOUND) {
    sym->scope = SYM_LOCAL;
    set_add(b, local, name);
    set_discard(b, global, name);
    return;
  }
  if (has_bound && set_has(bound, name)) {
    sym->scope = SYM_FREE;
    s->has_free = 1;
    set_add(b, free, name);
    return;
  }
  sym->scope = SYM_GLOBAL_IMPLICIT;
}

/* Direct children only (inlined comprehensions' children were spliced
** into their parent's list). */
static int is_free_in_any_child(const Scope *s, const char *name) {
  int i;
  for (i = 0; i < s->nchildren; i++) {
    const Symbol *sym = scope_symbol(s->children[i], name);
    if (sym && sym->scope == SYM_FREE) return 1;
  }
  return 0;
}

/* Replaces inlined comprehensions in s's child list by their children. */
static void splice_inlined_children(Builder *b, Scope *s) {
  int i, n = 0, any = 0;
  Scope **out;
  for (i = 0; i < s->nchildren; i++) {
    if (s->children[i]->comp_inlined) { any = 1; n += s->children[i]->nchildren; }
    else n++;
  }
  if (!any) return;
  out = alloc(b, sizeof(Scope *) * (size_t)(n + 1));
  n = 0;
  for (i = 0; i < s->nchildren; i++) {
    Scope *c = s->children[i];
    if (c->comp_inlined) {
      if (c->nchildren) memcpy(out + n, c->children, sizeof(Scope *) * (size_t)c->nchildren);
      n += c->nchildren;
    } else {
      out[n++] = c;
    }
  }
  s->children = out;
  s->nchildren = n;
}

/* PEP 709: moves an inlined comprehension's symbols into its parent
** (CPython's inline_comprehension).  In class code every name of the
** comprehension, ".0" included, becomes a hidden fast local. */
static void inline_comprehension(Builder *b, Scope *s, Scope *comp, NameSet *comp_free,
                                 NameSet *inlined_cells) {
  int i, in_class = s->kind == SCOPE_CLASS;
  for (i = 0; i < comp->nsymbols; i++) {
    Symbol *cs = &comp->symbols[i];
    SymScope scope = cs->scope;
    Symbol *existing;
    int hidden = in_class || scope == SYM_LOCAL || scope == SYM_CELL;
    if (cs->flags & DEF_PARAM) {                /* the ".0" iterator */
      if (in_class) {
        Symbol *dot0 = sym_get(b, s, cs->name);
        if (!dot0->from_inlined_comp || cs->order < dot0->inlined_order) dot0->inlined_order = cs->order;
        dot0->from_inlined_comp = 1;
      }
      continue;
    }
    if (scope == SYM_CELL || (cs->flags & DEF_COMP_CELL)) set_add(b, inlined_cells, cs->name);
    existing = (Symbol *)scope_symbol(s, cs->name);
    if (scope == SYM_FREE && in_class && strcmp(cs->name, "__class__") == 0) {
      scope = SYM_GLOBAL_IMPLICIT;
      set_discard(b, comp_free, cs->name);
    }
    if (existing == NULL) {
      Symbol *ns = sym_get(b, s, cs->name);
      ns->flags = cs->flags;
      ns->order = cs->order;
      ns->scope = scope;
      existing = ns;
    } else {
      if (cs->order < existing->order) existing->order = cs->order;
      if ((existing->flags & DEF_BOUND) && !is_free_in_any_child(comp, cs->name) && !in_class)
        set_discard(b, comp_free, cs->name);
    }
    if (hidden) {
      if (!existing->from_inlined_comp || cs->order < existing->inlined_order)
        existing->inlined_order = cs->order;
      existing->from_inlined_comp = 1;
    }
  }
}

static void analyze_block(Builder *b, Scope *s, NameSet *bound, int has_bound,
                          NameSet *free, NameSet *global);

/* Locals of a function that children use freely become cells. */
static void analyze_cells(Builder *b, Scope *s, NameSet *free, NameSet *inlined_cells) {
  int i;
  for (i = 0; i < s->nsymbols; i++) {
    Symbol *sym = &s->symbols[i];
    if (sym->scope != SYM_LOCAL) continue;
    if (!set_has(free, sym->name) && !set_has(inlined_cells, sym->name)) continue;
    sym->scope = SYM_CELL;
    set_discard(b, free, sym->name);
  }
}

/* Records the final scopes and the free names passing through s. */
static void update_symbols(Builder *b, Scope *s, NameSet *bound, int has_bound,
                           NameSet *free, NameSet *inlined_cells, int classflag) {
  int i;
  for (i = 0; i < s->nsymbols; i++) {
    Symbol *sym = &s->symbols[i];
    if (set_has(inlined_cells, sym->name)) sym->flags |= DEF_COMP_CELL;
  }
  for (i = 0; i < free->cap; i++) {
    const char *name = free->keys[i];
    Symbol *sym;
    if (name == NULL) continue;
    sym = (Symbol *)scope_symbol(s, name);
    if (sym) {
      if (classflag) sym->flags |= DEF_FREE_CLASS;
      continue;
    }
    if (!has_bound || !set_has(bound, name)) continue;
    sym = sym_get(b, s, name);
    sym->scope = SYM_FREE;
  }
}

static void analyze_block(Builder *b, Scope *s, NameSet *bound, int has_bound,
                          NameSet *free, NameSet *global) {
  NameSet local = {0}, newbound = {0}, newfree = {0}, newglobal = {0};
  NameSet inlined_cells = {0}, allfree = {0};
  int i, nsym;
  enter_node(b);
  if (s->kind == SCOPE_CLASS) {
    set_update(b, &newglobal, global);
    if (has_bound) set_update(b, &newbound, bound);
  }
  nsym = s->nsymbols;
  for (i = 0; i < nsym; i++)
    analyze_name(b, s, &s->symbols[i], bound, has_bound, &local, free, global);
  if (s->kind != SCOPE_CLASS) {
    if (function_like(s)) set_update(b, &newbound, &local);
    if (has_bound) set_update(b, &newbound, bound);
    set_update(b, &newglobal, global);
  } else {
    set_add(b, &newbound, "__class__");
    set_add(b, &newbound, "__classdict__");
  }
  for (i = 0; i < s->nchildren; i++) {
    Scope *c = s->children[i];
    NameSet child_free = {0};
    int inline_comp = c->kind == SCOPE_COMPREHENSION && !c->is_generator &&
                      ((const Expr *)c->node)->kind != Expr_GeneratorExp;
    NameSet child_bound = {0}, child_global = {0};
    set_update(b, &child_bound, &newbound);
    set_update(b, &child_global, &newglobal);
    analyze_block(b, c, &child_bound, 1, &child_free, &child_global);
    if (c->has_free) s->has_free = 1;
    if (inline_comp) {
      c->comp_inlined = 1;
      inline_comprehension(b, s, c, &child_free, &inlined_cells);
    }
    set_update(b, &allfree, &child_free);
  }
  set_update(b, &newfree, &allfree);
  splice_inlined_children(b, s);
  if (function_like(s)) {
    analyze_cells(b, s, &newfree, &inlined_cells);
  } else if (s->kind == SCOPE_CLASS) {
    if (set_has(&newfree, "__class__")) {
      set_discard(b, &newfree, "__class__");
      s->needs_class_closure = 1;
    }
    set_discard(b, &newfree, "__classdict__");
  }
  update_symbols(b, s, bound, has_bound, &newfree, &inlined_cells, s->kind == SCOPE_CLASS);
  set_update(b, free, &newfree);
  b->depth--;
}

/* ========================================================= code names */

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Where a name enters co_varnames: its first compiled occurrence, but
** for a cell of the function only where a comprehension uses it as a
** plain fast local. */
static int varname_order(const Symbol *s, int fn) {
  if (!fn || (s->scope == SYM_CELL && !(s->flags & DEF_COMP_CELL)))
    return s->from_inlined_comp ? s->inlined_order : s->order;
  return s->order;
}

typedef struct { int key; const char *name; } Keyed;

static int cmp_keyed(const void *a, const void *b) {
  int x = ((const Keyed *)a)->key, y = ((const Keyed *)b)->key;
  return (x > y) - (x < y);
}

/* co_varnames, co_cellvars, co_freevars as CPython's compiler builds them. */
static void code_names(Builder *b, Scope *s) {
  Keyed *locals = alloc(b, sizeof(Keyed) * (size_t)(s->nsymbols + 1));
  const char **vars = alloc(b, sizeof(char *) * (size_t)(s->nsymbols + 2));
  const char **cells = alloc(b, sizeof(char *) * (size_t)(s->nsymbols + 2));
  const char **frees = alloc(b, sizeof(char *) * (size_t)(s->nsymbols + 1));
  int nlocals = 0, nvars = 0, ncells = 0, nfrees = 0, nparamcells, i;
  int fn = function_like(s) && !s->comp_inlined;
  for (i = 0; i < s->nsymbols; i++) {
    Symbol *sym = &s->symbols[i];
    if (sym->flags & DEF_PARAM) {
      if (fn) { vars[nvars++] = sym->name; continue; }
    }
    if (fn && sym->scope == SYM_LOCAL && sym->order == NOT_YET) continue;   /* never compiled */
    if ((fn && sym->scope == SYM_LOCAL) || sym->from_inlined_comp || (sym->flags & DEF_COMP_CELL)) {
      locals[nlocals].key = varname_order(sym, fn);
      locals[nlocals++].name = sym->name;
    }
  }
  /* parameters are in definition order already: posonly, args, kwonly, *, ** */
  qsort(locals, (size_t)nlocals, sizeof(Keyed), cmp_keyed);
  for (i = 0; i < nlocals; i++) vars[nvars++] = locals[i].name;
  for (i = 0; i < s->nsymbols; i++) {         /* cell parameters keep their place */
    Symbol *sym = &s->symbols[i];
    if (sym->scope == SYM_CELL && (sym->flags & DEF_PARAM)) cells[ncells++] = sym->name;
  }
  nparamcells = ncells;
  for (i = 0; i < s->nsymbols; i++) {
    Symbol *sym = &s->symbols[i];
    if ((sym->scope == SYM_CELL || (!fn && (sym->flags & DEF_COMP_CELL))) && !(sym->flags & DEF_PARAM))
      cells[ncells++] = sym->name;
    if (sym->scope == SYM_FREE || (sym->flags & DEF_FREE_CLASS)) frees[nfrees++] = sym->name;
  }
  if (s->needs_class_closure) cells[ncells++] = "__class__";
  qsort(cells + nparamcells, (size_t)(ncells - nparamcells), sizeof(char *), cmp_str);
  qsort(frees, (size_t)nfrees, sizeof(char *), cmp_str);
  s->varnames.n = nvars; s->varnames.items = vars;
  s->cellvars.n = ncells; s->cellvars.items = cells;
  s->freevars.n = nfrees; s->freevars.items = frees;
  for (i = 0; i < s->nchildren; i++) code_names(b, s->children[i]);
}

/* ======================================================== __future__ */

static const char *const future_features[] = {
  "nested_scopes", "generators", "division", "absolute_import", "with_statement",
  "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
  "annotations", NULL
};

/* `from __future__ import x` must come first (after the docstring) and
** name a known feature; CPython checks this in future.c. */
static void check_future(Builder *b, StmtSeq body) {
  int i, j, k, first = 1;
  for (i = 0; i < body.n; i++) {
    Stmt *s = body.items[i];
    Loc loc = { s->lineno, s->col_offset, s->lineno, -1 };    /* as future.c */
    int is_future = s->kind == Stmt_ImportFrom && s->v.ImportFrom.module &&
                    s->v.ImportFrom.level == 0 && strcmp(s->v.ImportFrom.module, "__future__") == 0;
    if (i == 0 && s->kind == Stmt_Expr && s->v.Expr.value->kind == Expr_Constant &&
        s->v.Expr.value->v.Constant.kind == Const_Str)
      continue;                                 /* the docstring */
    if (!is_future) { first = 0; continue; }
    if (!first) fail(b, LOC_OF(s), "from __future__ imports must occur at the beginning of the file");
    for (j = 0; j < s->v.ImportFrom.names.n; j++) {
      const char *name = s->v.ImportFrom.names.items[j]->name;
      for (k = 0; future_features[k] && strcmp(future_features[k], name) != 0; k++) {}
      if (future_features[k]) continue;
      if (strcmp(name, "braces") == 0) fail(b, loc, "not a chance");
      fail(b, loc, "future feature %s is not defined", name);
    }
  }
}

/* ========================================================== entry point */

SymTable *symtable_build(Mod *mod, const char *filename, Arena *arena, ParseError *err) {
  Builder builder, *volatile b = &builder;
  SymTable *volatile st;
  (void)filename;
  memset(err, 0, sizeof *err);
  memset(&builder, 0, sizeof builder);
  builder.arena = arena;
  builder.err = err;
  if (setjmp(builder.jb) != 0) return NULL;
  st = alloc(b, sizeof(SymTable));
  b->st = st;
  st->top = enter_scope(b, SCOPE_MODULE, "top", mod, (Loc){ 0, 0, 0, 0 });
  switch (mod->kind) {
    case Mod_Module:
      check_future(b, mod->v.Module.body);
      visit_body(b, mod->v.Module.body);
      break;
    case Mod_Interactive: visit_body(b, mod->v.Interactive.body); break;
    case Mod_Expression: visit_expr(b, mod->v.Expression.body); break;
    default: break;
  }
  {
    NameSet free = {0}, global = {0};
    analyze_block(b, st->top, NULL, 0, &free, &global);
  }
  code_names(b, st->top);
  return st;
}
