/* symtable.c (compiler test stub) — scope analysis following CPython 3.13's symtable.c.
 *
 * Pass 1 walks the AST recording, per block, how each name is used (DEF_* flags).
 * Pass 2 (analyze_block) resolves every name to LOCAL / GLOBAL_* / FREE / CELL, passing
 * the sets of bound, free and global names down and up the block tree, and merges
 * list/set/dict comprehensions into their enclosing block (PEP 709).
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "symtable.h"

/* ---- string sets (open addressing, keys borrowed) ---- */

typedef struct StrSet {
    const char **keys;
    int n, cap;
} StrSet;

static uint32_t hash_str(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

static void set_init(StrSet *s) { s->keys = NULL; s->n = s->cap = 0; }
static void set_free(StrSet *s) { free(s->keys); set_init(s); }

static int set_slot(const StrSet *s, const char *k) {
    uint32_t i = hash_str(k) & (uint32_t)(s->cap - 1);
    while (s->keys[i] && strcmp(s->keys[i], k) != 0) i = (i + 1) & (uint32_t)(s->cap - 1);
    return (int)i;
}

static bool set_has(const StrSet *s, const char *k) {
    return s->cap && s->keys[set_slot(s, k)] != NULL;
}

static void set_add(StrSet *s, const char *k) {
    if ((s->n + 1) * 2 > s->cap) {
        StrSet t;
        t.cap = s->cap ? s->cap * 2 : 16;
        t.n = 0;
        t.keys = calloc((size_t)t.cap, sizeof(char *));
        for (int i = 0; i < s->cap; i++)
            if (s->keys[i]) { t.keys[set_slot(&t, s->keys[i])] = s->keys[i]; t.n++; }
        free(s->keys);
        *s = t;
    }
    int i = set_slot(s, k);
    if (!s->keys[i]) { s->keys[i] = k; s->n++; }
}

/* Deletion by rebuilding (rare). */
static void set_discard(StrSet *s, const char *k) {
    if (!set_has(s, k)) return;
    StrSet t;
    set_init(&t);
    for (int i = 0; i < s->cap; i++)
        if (s->keys[i] && strcmp(s->keys[i], k) != 0) set_add(&t, s->keys[i]);
    set_free(s);
    *s = t;
}

static void set_update(StrSet *s, const StrSet *o) {
    for (int i = 0; i < o->cap; i++)
        if (o->keys[i]) set_add(s, o->keys[i]);
}

static void set_copy(StrSet *dst, const StrSet *src) {
    set_init(dst);
    set_update(dst, src);
}

/* ---- the table ---- */

struct SymTable {
    Arena *arena;
    SymEntry *top, *cur;
    SymEntry **all;         /* every block, for key lookup */
    int nall, allcap;
    const char *private_name;
    bool future_annotations;
    ParseError *err;
    bool failed;
};

static void error_at(SymTable *st, int lineno, int col, int end_lineno, int end_col,
                     const char *fmt, ...) {
    if (st->failed) return;
    st->failed = true;
    ParseError *e = st->err;
    e->kind = PERR_SYNTAX;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->lineno = lineno;
    e->offset = col + 1;
    e->end_lineno = end_lineno;
    e->end_offset = end_col + 1;
    e->text = NULL;
}

#define ERR_NODE(st, n, ...) \
    error_at(st, (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset, __VA_ARGS__)

/* Symbols: a dense array in insertion order (CPython iterates its dicts that way),
 * indexed by an open-addressing table of positions. */
static int sym_slot(SymEntry *ste, const char *name) {
    uint32_t i = hash_str(name) & (uint32_t)(ste->icap - 1);
    while (ste->index[i] >= 0 && strcmp(ste->symbols[ste->index[i]].name, name) != 0)
        i = (i + 1) & (uint32_t)(ste->icap - 1);
    return (int)i;
}

Symbol *symentry_lookup(SymEntry *ste, const char *name) {
    if (ste->icap == 0) return NULL;
    int k = ste->index[sym_slot(ste, name)];
    return k >= 0 ? &ste->symbols[k] : NULL;
}

static Symbol *sym_insert(SymEntry *ste, const char *name) {
    Symbol *s = symentry_lookup(ste, name);
    if (s) return s;
    if (ste->nsymbols == ste->cap) {
        ste->cap = ste->cap ? ste->cap * 2 : 8;
        ste->symbols = realloc(ste->symbols, sizeof(Symbol) * (size_t)ste->cap);
    }
    if ((ste->nsymbols + 1) * 2 > ste->icap) {
        free(ste->index);
        ste->icap = ste->icap ? ste->icap * 2 : 16;
        ste->index = malloc(sizeof(int) * (size_t)ste->icap);
        for (int i = 0; i < ste->icap; i++) ste->index[i] = -1;
        for (int i = 0; i < ste->nsymbols; i++) ste->index[sym_slot(ste, ste->symbols[i].name)] = i;
    }
    ste->index[sym_slot(ste, name)] = ste->nsymbols;
    s = &ste->symbols[ste->nsymbols++];
    s->name = name;
    s->flags = 0;
    s->scope = SCOPE_NONE;
    return s;
}

const char *symtable_mangle(SymTable *st, const char *priv, const char *name) {
    if (priv == NULL || name[0] != '_' || name[1] != '_') return name;
    size_t n = strlen(name);
    if (n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') return name;
    if (strchr(name, '.')) return name;
    while (*priv == '_') priv++;
    if (*priv == 0) return name;
    size_t p = strlen(priv);
    char *r = arena_alloc(st->arena, p + n + 2);
    r[0] = '_';
    memcpy(r + 1, priv, p);
    memcpy(r + 1 + p, name, n + 1);
    return r;
}

static SymEntry *enter_block(SymTable *st, const char *name, BlockType type, const void *key,
                             int lineno, int col) {
    SymEntry *ste = arena_alloc(st->arena, sizeof(SymEntry));
    ste->type = type;
    ste->name = name;
    ste->key = key;
    ste->lineno = lineno;
    ste->col_offset = col;
    ste->parent = st->cur;
    ste->private_name = st->private_name;
    SymEntry *prev = st->cur;
    if (prev) {
        ste->nested = prev->nested || prev->type == BLOCK_FUNCTION;
        ste->comp_iter_expr = prev->comp_iter_expr;
        if (prev->nchildren == prev->childcap) {
            prev->childcap = prev->childcap ? prev->childcap * 2 : 4;
            prev->children = realloc(prev->children, sizeof(SymEntry *) * (size_t)prev->childcap);
        }
        prev->children[prev->nchildren++] = ste;
    }
    if (key) {
        if (st->nall == st->allcap) {
            st->allcap = st->allcap ? st->allcap * 2 : 16;
            st->all = realloc(st->all, sizeof(SymEntry *) * (size_t)st->allcap);
        }
        st->all[st->nall++] = ste;
    }
    st->cur = ste;
    return ste;
}

static void exit_block(SymTable *st) { st->cur = st->cur->parent; }

/* Record a use/definition of `name` in `ste` (the current block unless given). */
static bool add_def_in(SymTable *st, const char *name, int flag, SymEntry *ste,
                       int lineno, int col, int end_lineno, int end_col) {
    const char *mangled = symtable_mangle(st, st->private_name, name);
    Symbol *s = symentry_lookup(ste, mangled);
    int val = s ? s->flags : 0;
    if ((flag & DEF_PARAM) && (val & DEF_PARAM)) {
        error_at(st, lineno, col, end_lineno, end_col,
                 "duplicate argument '%s' in function definition", name);
        return false;
    }
    val |= flag;
    if (ste->comp_iter_target) {
        if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
            error_at(st, lineno, col, end_lineno, end_col,
                     "comprehension inner loop cannot rebind assignment expression target '%s'",
                     name);
            return false;
        }
        val |= DEF_COMP_ITER;
    }
    if (!s) s = sym_insert(ste, mangled);
    s->flags = val;
    if (flag & DEF_PARAM) {
        ste->varnames = realloc(ste->varnames, sizeof(char *) * (size_t)(ste->nvarnames + 1));
        ste->varnames[ste->nvarnames++] = mangled;
    } else if (flag & DEF_GLOBAL) {
        Symbol *g = symentry_lookup(st->top, mangled);
        int gval = (g ? g->flags : 0) | flag;
        if (!g) g = sym_insert(st->top, mangled);
        g->flags = gval;
    }
    return true;
}

#define ADD_DEF(st, name, flag, n) \
    add_def_in(st, name, flag, (st)->cur, (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset)

static void visit_expr(SymTable *st, Expr *e);
static void visit_stmt(SymTable *st, Stmt *s);

static void visit_exprs(SymTable *st, ExprSeq seq) {
    for (int i = 0; i < seq.n; i++)
        if (seq.items[i]) visit_expr(st, seq.items[i]);
}

static void visit_stmts(SymTable *st, StmtSeq seq) {
    for (int i = 0; i < seq.n && !st->failed; i++) visit_stmt(st, seq.items[i]);
}

static void visit_params(SymTable *st, ArgSeq args) {
    for (int i = 0; i < args.n; i++) ADD_DEF(st, args.items[i]->arg, DEF_PARAM, args.items[i]);
}

static void visit_arguments(SymTable *st, Arguments *a) {
    visit_params(st, a->posonlyargs);
    visit_params(st, a->args);
    visit_params(st, a->kwonlyargs);
    if (a->vararg) {
        ADD_DEF(st, a->vararg->arg, DEF_PARAM, a->vararg);
        st->cur->varargs = true;
    }
    if (a->kwarg) {
        ADD_DEF(st, a->kwarg->arg, DEF_PARAM, a->kwarg);
        st->cur->varkeywords = true;
    }
}

static void visit_argannotations(SymTable *st, ArgSeq args) {
    for (int i = 0; i < args.n; i++)
        if (args.items[i]->annotation) visit_expr(st, args.items[i]->annotation);
}

static void visit_annotation(SymTable *st, Expr *ann) {
    if (st->future_annotations) enter_block(st, "_annotation", BLOCK_ANNOTATION, NULL, ann->lineno, ann->col_offset);
    visit_expr(st, ann);
    if (st->future_annotations) exit_block(st);
}

static void visit_annotations(SymTable *st, Stmt *s, Arguments *a, Expr *returns) {
    if (st->future_annotations) enter_block(st, "_annotation", BLOCK_ANNOTATION, NULL, s->lineno, s->col_offset);
    visit_argannotations(st, a->posonlyargs);
    visit_argannotations(st, a->args);
    if (a->vararg && a->vararg->annotation) visit_expr(st, a->vararg->annotation);
    if (a->kwarg && a->kwarg->annotation) visit_expr(st, a->kwarg->annotation);
    visit_argannotations(st, a->kwonlyargs);
    if (returns) visit_expr(st, returns);
    if (st->future_annotations) exit_block(st);
}

static void visit_alias(SymTable *st, Alias *a) {
    const char *store = a->asname ? a->asname : a->name;
    const char *dot = strchr(store, '.');
    if (dot) store = arena_strndup(st->arena, store, (size_t)(dot - store));
    if (strcmp(store, "*") == 0) {
        if (st->cur->type != BLOCK_MODULE) {
            ERR_NODE(st, a, "import * only allowed at module level");
        }
        return;
    }
    ADD_DEF(st, store, DEF_IMPORT, a);
}

static void visit_pattern(SymTable *st, Pattern *p) {
    switch (p->kind) {
    case Pattern_MatchValue: visit_expr(st, p->v.MatchValue.value); break;
    case Pattern_MatchSingleton: break;
    case Pattern_MatchSequence:
        for (int i = 0; i < p->v.MatchSequence.patterns.n; i++)
            visit_pattern(st, p->v.MatchSequence.patterns.items[i]);
        break;
    case Pattern_MatchStar:
        if (p->v.MatchStar.name) ADD_DEF(st, p->v.MatchStar.name, DEF_LOCAL, p);
        break;
    case Pattern_MatchMapping:
        visit_exprs(st, p->v.MatchMapping.keys);
        for (int i = 0; i < p->v.MatchMapping.patterns.n; i++)
            visit_pattern(st, p->v.MatchMapping.patterns.items[i]);
        if (p->v.MatchMapping.rest) ADD_DEF(st, p->v.MatchMapping.rest, DEF_LOCAL, p);
        break;
    case Pattern_MatchClass:
        visit_expr(st, p->v.MatchClass.cls);
        for (int i = 0; i < p->v.MatchClass.patterns.n; i++)
            visit_pattern(st, p->v.MatchClass.patterns.items[i]);
        for (int i = 0; i < p->v.MatchClass.kwd_patterns.n; i++)
            visit_pattern(st, p->v.MatchClass.kwd_patterns.items[i]);
        break;
    case Pattern_MatchAs:
        if (p->v.MatchAs.pattern) visit_pattern(st, p->v.MatchAs.pattern);
        if (p->v.MatchAs.name) ADD_DEF(st, p->v.MatchAs.name, DEF_LOCAL, p);
        break;
    case Pattern_MatchOr:
        for (int i = 0; i < p->v.MatchOr.patterns.n; i++)
            visit_pattern(st, p->v.MatchOr.patterns.items[i]);
        break;
    }
}

static void declare(SymTable *st, Stmt *s, IdentSeq names, bool global) {
    const char *what = global ? "global" : "nonlocal";
    for (int i = 0; i < names.n; i++) {
        const char *name = names.items[i];
        Symbol *sym = symentry_lookup(st->cur, symtable_mangle(st, st->private_name, name));
        int cur = sym ? sym->flags : 0;
        if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
            if (cur & DEF_PARAM)
                ERR_NODE(st, s, "name '%s' is parameter and %s", name, what);
            else if (cur & DEF_USE)
                ERR_NODE(st, s, "name '%s' is used prior to %s declaration", name, what);
            else if (cur & DEF_ANNOT)
                ERR_NODE(st, s, "annotated name '%s' can't be %s", name, what);
            else
                ERR_NODE(st, s, "name '%s' is assigned to before %s declaration", name, what);
            return;
        }
        ADD_DEF(st, name, global ? DEF_GLOBAL : DEF_NONLOCAL, s);
    }
}

static void visit_stmt(SymTable *st, Stmt *s) {
    switch (s->kind) {
    case Stmt_FunctionDef: case Stmt_AsyncFunctionDef: {
        AstFunctionDef *f = &s->v.FunctionDef;
        ADD_DEF(st, f->name, DEF_LOCAL, s);
        visit_exprs(st, f->args->defaults);
        visit_exprs(st, f->args->kw_defaults);
        visit_exprs(st, f->decorator_list);
        visit_annotations(st, s, f->args, f->returns);
        enter_block(st, f->name, BLOCK_FUNCTION, s, s->lineno, s->col_offset);
        if (s->kind == Stmt_AsyncFunctionDef) st->cur->coroutine = true;
        visit_arguments(st, f->args);
        visit_stmts(st, f->body);
        exit_block(st);
        break;
    }
    case Stmt_ClassDef: {
        ADD_DEF(st, s->v.ClassDef.name, DEF_LOCAL, s);
        visit_exprs(st, s->v.ClassDef.bases);
        for (int i = 0; i < s->v.ClassDef.keywords.n; i++)
            visit_expr(st, s->v.ClassDef.keywords.items[i]->value);
        visit_exprs(st, s->v.ClassDef.decorator_list);
        enter_block(st, s->v.ClassDef.name, BLOCK_CLASS, s, s->lineno, s->col_offset);
        const char *saved = st->private_name;
        st->private_name = s->v.ClassDef.name;
        st->cur->private_name = s->v.ClassDef.name;
        visit_stmts(st, s->v.ClassDef.body);
        st->private_name = saved;
        exit_block(st);
        break;
    }
    case Stmt_Return:
        if (s->v.Return.value) {
            visit_expr(st, s->v.Return.value);
            st->cur->returns_value = true;
        }
        break;
    case Stmt_Delete: visit_exprs(st, s->v.Delete.targets); break;
    case Stmt_Assign:
        visit_exprs(st, s->v.Assign.targets);
        visit_expr(st, s->v.Assign.value);
        break;
    case Stmt_TypeAlias:
        visit_expr(st, s->v.TypeAlias.name);
        visit_expr(st, s->v.TypeAlias.value);
        break;
    case Stmt_AugAssign:
        visit_expr(st, s->v.AugAssign.target);
        visit_expr(st, s->v.AugAssign.value);
        break;
    case Stmt_AnnAssign: {
        Expr *t = s->v.AnnAssign.target;
        if (t->kind == Expr_Name) {
            Symbol *sym = symentry_lookup(st->cur, symtable_mangle(st, st->private_name, t->v.Name.id));
            int cur = sym ? sym->flags : 0;
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->cur != st->top && s->v.AnnAssign.simple) {
                ERR_NODE(st, s, "annotated name '%s' can't be %s", t->v.Name.id,
                         (cur & DEF_GLOBAL) ? "global" : "nonlocal");
                return;
            }
            if (s->v.AnnAssign.simple) ADD_DEF(st, t->v.Name.id, DEF_ANNOT | DEF_LOCAL, t);
            else if (s->v.AnnAssign.value) ADD_DEF(st, t->v.Name.id, DEF_LOCAL, t);
        } else {
            visit_expr(st, t);
        }
        visit_annotation(st, s->v.AnnAssign.annotation);
        if (s->v.AnnAssign.value) visit_expr(st, s->v.AnnAssign.value);
        break;
    }
    case Stmt_For: case Stmt_AsyncFor:
        visit_expr(st, s->v.For.target);
        visit_expr(st, s->v.For.iter);
        visit_stmts(st, s->v.For.body);
        visit_stmts(st, s->v.For.orelse);
        break;
    case Stmt_While: case Stmt_If:
        visit_expr(st, s->v.While.test);
        visit_stmts(st, s->v.While.body);
        visit_stmts(st, s->v.While.orelse);
        break;
    case Stmt_Match:
        visit_expr(st, s->v.Match.subject);
        for (int i = 0; i < s->v.Match.cases.n; i++) {
            MatchCase *c = s->v.Match.cases.items[i];
            visit_pattern(st, c->pattern);
            if (c->guard) visit_expr(st, c->guard);
            visit_stmts(st, c->body);
        }
        break;
    case Stmt_Raise:
        if (s->v.Raise.exc) visit_expr(st, s->v.Raise.exc);
        if (s->v.Raise.cause) visit_expr(st, s->v.Raise.cause);
        break;
    case Stmt_Try: case Stmt_TryStar:
        visit_stmts(st, s->v.Try.body);
        visit_stmts(st, s->v.Try.orelse);
        for (int i = 0; i < s->v.Try.handlers.n; i++) {
            ExceptHandler *h = s->v.Try.handlers.items[i];
            if (h->type) visit_expr(st, h->type);
            if (h->name) ADD_DEF(st, h->name, DEF_LOCAL, h);
            visit_stmts(st, h->body);
        }
        visit_stmts(st, s->v.Try.finalbody);
        break;
    case Stmt_Assert:
        visit_expr(st, s->v.Assert.test);
        if (s->v.Assert.msg) visit_expr(st, s->v.Assert.msg);
        break;
    case Stmt_Import:
        for (int i = 0; i < s->v.Import.names.n; i++) visit_alias(st, s->v.Import.names.items[i]);
        break;
    case Stmt_ImportFrom:
        for (int i = 0; i < s->v.ImportFrom.names.n; i++) visit_alias(st, s->v.ImportFrom.names.items[i]);
        break;
    case Stmt_Global: declare(st, s, s->v.Global.names, true); break;
    case Stmt_Nonlocal: declare(st, s, s->v.Nonlocal.names, false); break;
    case Stmt_Expr: visit_expr(st, s->v.Expr.value); break;
    case Stmt_With: case Stmt_AsyncWith:
        for (int i = 0; i < s->v.With.items.n; i++) {
            WithItem *w = s->v.With.items.items[i];
            visit_expr(st, w->context_expr);
            if (w->optional_vars) visit_expr(st, w->optional_vars);
        }
        visit_stmts(st, s->v.With.body);
        break;
    case Stmt_Pass: case Stmt_Break: case Stmt_Continue: break;
    }
}

static const char *comp_kind_text(CompKind k) {
    switch (k) {
    case COMP_LIST: return "list comprehension";
    case COMP_SET: return "set comprehension";
    case COMP_DICT: return "dict comprehension";
    default: return "generator expression";
    }
}

/* A walrus inside a comprehension binds in the nearest enclosing function or module. */
static void extend_namedexpr_scope(SymTable *st, Expr *target) {
    const char *name = target->v.Name.id;
    const char *mangled = symtable_mangle(st, st->private_name, name);
    for (SymEntry *ste = st->cur; ste; ste = ste->parent) {
        if (ste->comprehension) {
            Symbol *s = symentry_lookup(ste, mangled);
            if (s && (s->flags & DEF_COMP_ITER)) {
                ERR_NODE(st, target, "assignment expression cannot rebind comprehension iteration variable '%s'", name);
                return;
            }
            continue;
        }
        if (ste->type == BLOCK_FUNCTION) {
            Symbol *s = symentry_lookup(ste, mangled);
            if (s && (s->flags & DEF_GLOBAL)) ADD_DEF(st, name, DEF_GLOBAL, target);
            else ADD_DEF(st, name, DEF_NONLOCAL, target);
            add_def_in(st, name, DEF_LOCAL, ste, target->lineno, target->col_offset,
                       target->end_lineno, target->end_col_offset);
            return;
        }
        if (ste->type == BLOCK_MODULE) {
            ADD_DEF(st, name, DEF_GLOBAL, target);
            add_def_in(st, name, DEF_GLOBAL, ste, target->lineno, target->col_offset,
                       target->end_lineno, target->end_col_offset);
            return;
        }
        if (ste->type == BLOCK_CLASS) {
            ERR_NODE(st, target, "assignment expression within a comprehension cannot be used in a class body");
            return;
        }
    }
}

static void visit_comprehension(SymTable *st, Expr *e, const char *name, CompKind kind,
                                ComprehensionSeq gens, Expr *elt, Expr *value) {
    Comprehension *outer = gens.items[0];
    st->cur->comp_iter_expr++;
    visit_expr(st, outer->iter);
    st->cur->comp_iter_expr--;
    enter_block(st, name, BLOCK_FUNCTION, e, e->lineno, e->col_offset);
    st->cur->comprehension = kind;
    if (outer->is_async) st->cur->coroutine = true;
    ADD_DEF(st, ".0", DEF_PARAM, e);
    st->cur->comp_iter_target = true;
    visit_expr(st, outer->target);
    st->cur->comp_iter_target = false;
    visit_exprs(st, outer->ifs);
    for (int i = 1; i < gens.n; i++) {
        Comprehension *c = gens.items[i];
        st->cur->comp_iter_target = true;
        visit_expr(st, c->target);
        st->cur->comp_iter_target = false;
        st->cur->comp_iter_expr++;
        visit_expr(st, c->iter);
        st->cur->comp_iter_expr--;
        visit_exprs(st, c->ifs);
        if (c->is_async) st->cur->coroutine = true;
    }
    if (value) visit_expr(st, value);
    visit_expr(st, elt);
    bool is_generator = kind == COMP_GENEXPR;
    st->cur->generator = is_generator;
    bool is_async = st->cur->coroutine && !is_generator;
    exit_block(st);
    if (is_async) {
        SymEntry *c = st->cur;
        bool async_def = c->type == BLOCK_FUNCTION && c->coroutine && !c->comprehension;
        if (!async_def && !c->comprehension) {
            ERR_NODE(st, e, "asynchronous comprehension outside of an asynchronous function");
            return;
        }
        c->coroutine = true;
    }
}

static void visit_expr(SymTable *st, Expr *e) {
    if (st->failed) return;
    switch (e->kind) {
    case Expr_NamedExpr:
        if (st->cur->comp_iter_expr > 0) {
            ERR_NODE(st, e, "assignment expression cannot be used in a comprehension iterable expression");
            return;
        }
        if (st->cur->comprehension) extend_namedexpr_scope(st, e->v.NamedExpr.target);
        visit_expr(st, e->v.NamedExpr.value);
        visit_expr(st, e->v.NamedExpr.target);
        break;
    case Expr_BoolOp: visit_exprs(st, e->v.BoolOp.values); break;
    case Expr_BinOp:
        visit_expr(st, e->v.BinOp.left);
        visit_expr(st, e->v.BinOp.right);
        break;
    case Expr_UnaryOp: visit_expr(st, e->v.UnaryOp.operand); break;
    case Expr_Lambda: {
        Arguments *a = e->v.Lambda.args;
        visit_exprs(st, a->defaults);
        visit_exprs(st, a->kw_defaults);
        enter_block(st, "lambda", BLOCK_FUNCTION, e, e->lineno, e->col_offset);
        visit_arguments(st, a);
        visit_expr(st, e->v.Lambda.body);
        exit_block(st);
        break;
    }
    case Expr_IfExp:
        visit_expr(st, e->v.IfExp.test);
        visit_expr(st, e->v.IfExp.body);
        visit_expr(st, e->v.IfExp.orelse);
        break;
    case Expr_Dict:
        for (int i = 0; i < e->v.Dict.keys.n; i++) {
            if (e->v.Dict.keys.items[i]) visit_expr(st, e->v.Dict.keys.items[i]);
            visit_expr(st, e->v.Dict.values.items[i]);
        }
        break;
    case Expr_Set: visit_exprs(st, e->v.Set.elts); break;
    case Expr_GeneratorExp:
        visit_comprehension(st, e, "genexpr", COMP_GENEXPR, e->v.GeneratorExp.generators,
                            e->v.GeneratorExp.elt, NULL);
        break;
    case Expr_ListComp:
        visit_comprehension(st, e, "listcomp", COMP_LIST, e->v.ListComp.generators,
                            e->v.ListComp.elt, NULL);
        break;
    case Expr_SetComp:
        visit_comprehension(st, e, "setcomp", COMP_SET, e->v.SetComp.generators,
                            e->v.SetComp.elt, NULL);
        break;
    case Expr_DictComp:
        visit_comprehension(st, e, "dictcomp", COMP_DICT, e->v.DictComp.generators,
                            e->v.DictComp.key, e->v.DictComp.value);
        break;
    case Expr_Yield: case Expr_YieldFrom:
        if (st->cur->comprehension) {
            ERR_NODE(st, e, "'yield' inside %s", comp_kind_text(st->cur->comprehension));
            return;
        }
        if (st->cur->type == BLOCK_ANNOTATION) {
            ERR_NODE(st, e, "yield expression cannot be used within an annotation");
            return;
        }
        if (e->v.Yield.value) visit_expr(st, e->v.Yield.value);
        st->cur->generator = true;
        break;
    case Expr_Await:
        if (st->cur->type == BLOCK_ANNOTATION) {
            ERR_NODE(st, e, "await expression cannot be used within an annotation");
            return;
        }
        visit_expr(st, e->v.Await.value);
        st->cur->coroutine = true;
        break;
    case Expr_Compare:
        visit_expr(st, e->v.Compare.left);
        visit_exprs(st, e->v.Compare.comparators);
        break;
    case Expr_Call:
        visit_expr(st, e->v.Call.func);
        visit_exprs(st, e->v.Call.args);
        for (int i = 0; i < e->v.Call.keywords.n; i++)
            visit_expr(st, e->v.Call.keywords.items[i]->value);
        break;
    case Expr_FormattedValue:
        visit_expr(st, e->v.FormattedValue.value);
        if (e->v.FormattedValue.format_spec) visit_expr(st, e->v.FormattedValue.format_spec);
        break;
    case Expr_JoinedStr: visit_exprs(st, e->v.JoinedStr.values); break;
    case Expr_Constant: break;
    case Expr_Attribute: visit_expr(st, e->v.Attribute.value); break;
    case Expr_Subscript:
        visit_expr(st, e->v.Subscript.value);
        visit_expr(st, e->v.Subscript.slice);
        break;
    case Expr_Starred: visit_expr(st, e->v.Starred.value); break;
    case Expr_Slice:
        if (e->v.Slice.lower) visit_expr(st, e->v.Slice.lower);
        if (e->v.Slice.upper) visit_expr(st, e->v.Slice.upper);
        if (e->v.Slice.step) visit_expr(st, e->v.Slice.step);
        break;
    case Expr_Name:
        ADD_DEF(st, e->v.Name.id, e->v.Name.ctx == Ctx_Load ? DEF_USE : DEF_LOCAL, e);
        if (e->v.Name.ctx == Ctx_Load && st->cur->type == BLOCK_FUNCTION &&
            strcmp(e->v.Name.id, "super") == 0)
            ADD_DEF(st, "__class__", DEF_USE, e);
        break;
    case Expr_List: case Expr_Tuple: visit_exprs(st, e->v.List.elts); break;
    }
}

/* ---- pass 2: resolve scopes ---- */

static bool analyze_name(SymTable *st, SymEntry *ste, Symbol *sym, StrSet *bound, StrSet *local,
                         StrSet *free, StrSet *global, bool have_bound) {
    const char *name = sym->name;
    int flags = sym->flags;
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL) {
            error_at(st, ste->lineno, ste->col_offset, ste->lineno, ste->col_offset,
                     "name '%s' is nonlocal and global", name);
            return false;
        }
        sym->scope = SCOPE_GLOBAL_EXPLICIT;
        set_add(global, name);
        if (have_bound) set_discard(bound, name);
        return true;
    }
    if (flags & DEF_NONLOCAL) {
        if (!have_bound) {
            error_at(st, ste->lineno, ste->col_offset, ste->lineno, ste->col_offset,
                     "nonlocal declaration not allowed at module level");
            return false;
        }
        if (!set_has(bound, name)) {
            error_at(st, ste->lineno, ste->col_offset, ste->lineno, ste->col_offset,
                     "no binding for nonlocal '%s' found", name);
            return false;
        }
        sym->scope = SCOPE_FREE;
        ste->free = true;
        set_add(free, name);
        return true;
    }
    if (flags & DEF_BOUND) {
        sym->scope = SCOPE_LOCAL;
        set_add(local, name);
        set_discard(global, name);
        return true;
    }
    if (have_bound && set_has(bound, name)) {
        sym->scope = SCOPE_FREE;
        ste->free = true;
        set_add(free, name);
        return true;
    }
    if (set_has(global, name)) {
        sym->scope = SCOPE_GLOBAL_IMPLICIT;
        return true;
    }
    if (ste->nested) ste->free = true;
    sym->scope = SCOPE_GLOBAL_IMPLICIT;
    return true;
}

static bool is_free_in_any_child(SymEntry *ste, const char *name) {
    for (int i = 0; i < ste->nchildren; i++) {
        Symbol *s = symentry_lookup(ste->children[i], name);
        if (s && s->scope == SCOPE_FREE) return true;
    }
    return false;
}

static bool analyze_block(SymTable *st, SymEntry *ste, StrSet *bound, bool have_bound,
                          StrSet *free, StrSet *global);

/* Merge an inlined comprehension's names into the enclosing block. */
static void inline_comprehension(SymEntry *ste, SymEntry *comp, StrSet *comp_free,
                                 StrSet *inlined_cells) {
    bool remove_dunder_class = false;
    for (int i = 0; i < comp->nsymbols; i++) {
        Symbol *cs = &comp->symbols[i];
        if (cs->flags & DEF_PARAM) continue;
        SymScope scope = cs->scope;
        if (scope == SCOPE_CELL || (cs->flags & DEF_COMP_CELL)) set_add(inlined_cells, cs->name);
        Symbol *existing = symentry_lookup(ste, cs->name);
        if (scope == SCOPE_FREE && ste->type == BLOCK_CLASS && strcmp(cs->name, "__class__") == 0) {
            scope = SCOPE_GLOBAL_IMPLICIT;
            set_discard(comp_free, cs->name);
            remove_dunder_class = true;
        }
        if (!existing) {
            const char *name = cs->name;
            int flags = cs->flags;
            Symbol *ns = sym_insert(ste, name);
            ns->flags = flags;
            ns->scope = scope;
        } else if ((existing->flags & DEF_BOUND) && !is_free_in_any_child(comp, cs->name) &&
                   ste->type != BLOCK_CLASS) {
            set_discard(comp_free, cs->name);
        }
    }
    comp->comp_inlined = true;
    if (remove_dunder_class) {
        Symbol *s = symentry_lookup(comp, "__class__");
        if (s) { s->flags = 0; s->scope = SCOPE_NONE; }  /* removed */
    }
}

static bool analyze_block(SymTable *st, SymEntry *ste, StrSet *bound, bool have_bound,
                          StrSet *free, StrSet *global) {
    StrSet local, newbound, newglobal, newfree, allfree, inlined_cells;
    set_init(&local);
    set_init(&newbound);
    set_init(&newglobal);
    set_init(&newfree);
    set_init(&allfree);
    set_init(&inlined_cells);
    bool ok = true;

    if (ste->type == BLOCK_CLASS) {
        set_update(&newglobal, global);
        if (have_bound) set_update(&newbound, bound);
    }
    for (int i = 0; i < ste->nsymbols && ok; i++)
            ok = analyze_name(st, ste, &ste->symbols[i], bound, &local, free, global, have_bound);
    if (!ok) goto done;

    if (ste->type != BLOCK_CLASS) {
        if (ste->type == BLOCK_FUNCTION) set_update(&newbound, &local);
        if (have_bound) set_update(&newbound, bound);
        set_update(&newglobal, global);
    } else {
        set_add(&newbound, "__class__");
    }

    for (int i = 0; i < ste->nchildren && ok; i++) {
        SymEntry *child = ste->children[i];
        StrSet tb, tf, tg;
        set_copy(&tb, &newbound);
        set_init(&tf);
        set_copy(&tg, &newglobal);
        bool inline_comp = child->comprehension && !child->generator;
        ok = analyze_block(st, child, &tb, true, &tf, &tg);
        if (ok && inline_comp) inline_comprehension(ste, child, &tf, &inlined_cells);
        if (child->free || child->child_free) ste->child_free = true;
        set_update(&allfree, &tf);
        set_free(&tb);
        set_free(&tf);
        set_free(&tg);
    }
    if (!ok) goto done;
    set_update(&newfree, &allfree);

    if (ste->type == BLOCK_FUNCTION) {
        /* analyze_cells: locals that children use freely become cells */
        for (int i = 0; i < ste->nsymbols; i++) {
            Symbol *s = &ste->symbols[i];
            if (s->scope != SCOPE_LOCAL) continue;
            if (!set_has(&newfree, s->name) && !set_has(&inlined_cells, s->name)) continue;
            s->scope = SCOPE_CELL;
            set_discard(&newfree, s->name);
        }
    } else if (ste->type == BLOCK_CLASS) {
        if (set_has(&newfree, "__class__")) {
            set_discard(&newfree, "__class__");
            ste->needs_class_closure = true;
        }
    }

    /* update_symbols */
    for (int i = 0; i < ste->nsymbols; i++) {
        Symbol *s = &ste->symbols[i];
        if (set_has(&inlined_cells, s->name)) s->flags |= DEF_COMP_CELL;
    }
    for (int i = 0; i < newfree.cap; i++) {
        const char *name = newfree.keys[i];
        if (!name) continue;
        Symbol *s = symentry_lookup(ste, name);
        if (s) {
            if (ste->type == BLOCK_CLASS) s->flags |= DEF_FREE_CLASS;
            continue;
        }
        if (have_bound && !set_has(bound, name)) continue;
        if (!have_bound) continue;
        s = sym_insert(ste, name);
        s->flags = 0;
        s->scope = SCOPE_FREE;
    }
    set_update(free, &newfree);
done:
    set_free(&local);
    set_free(&newbound);
    set_free(&newglobal);
    set_free(&newfree);
    set_free(&allfree);
    set_free(&inlined_cells);
    return ok;
}

/* `from __future__ import annotations` among the leading statements. */
static bool has_future_annotations(Mod *mod) {
    if (mod->kind != Mod_Module) return false;
    StmtSeq body = mod->v.Module.body;
    for (int i = 0; i < body.n; i++) {
        Stmt *s = body.items[i];
        if (i == 0 && s->kind == Stmt_Expr && s->v.Expr.value->kind == Expr_Constant &&
            s->v.Expr.value->v.Constant.kind == Const_Str)
            continue;
        if (s->kind != Stmt_ImportFrom || !s->v.ImportFrom.module ||
            strcmp(s->v.ImportFrom.module, "__future__") != 0)
            break;
        for (int j = 0; j < s->v.ImportFrom.names.n; j++)
            if (strcmp(s->v.ImportFrom.names.items[j]->name, "annotations") == 0) return true;
    }
    return false;
}

SymTable *symtable_build(Mod *mod, const char *filename, ParseError *err) {
    (void)filename;
    SymTable *st = calloc(1, sizeof(SymTable));
    st->arena = arena_new();
    st->err = err;
    st->future_annotations = has_future_annotations(mod);
    st->top = enter_block(st, "top", BLOCK_MODULE, mod, 0, 0);
    switch (mod->kind) {
    case Mod_Module: visit_stmts(st, mod->v.Module.body); break;
    case Mod_Interactive: visit_stmts(st, mod->v.Interactive.body); break;
    case Mod_Expression: visit_expr(st, mod->v.Expression.body); break;
    default: break;
    }
    if (!st->failed) {
        StrSet free, global;
        set_init(&free);
        set_init(&global);
        analyze_block(st, st->top, NULL, false, &free, &global);
        set_free(&free);
        set_free(&global);
    }
    if (st->failed) {
        symtable_free(st);
        return NULL;
    }
    return st;
}

static void free_entry(SymEntry *ste) {
    for (int i = 0; i < ste->nchildren; i++) free_entry(ste->children[i]);
    free(ste->children);
    free(ste->symbols);
    free(ste->index);
    free(ste->varnames);
}

void symtable_free(SymTable *st) {
    if (!st) return;
    free_entry(st->top);
    free(st->all);
    arena_free(st->arena);
    free(st);
}

SymEntry *symtable_top(SymTable *st) { return st->top; }

SymEntry *symtable_lookup(SymTable *st, const void *key) {
    for (int i = st->nall - 1; i >= 0; i--)
        if (st->all[i]->key == key) return st->all[i];
    return NULL;
}

bool symtable_future_annotations(SymTable *st) { return st->future_annotations; }
