/* ast_reader.c — build a minnow AST from the text that tests/c/ast_dump.py prints
 * from CPython's own `ast` module.  Test-only: it lets the compiler run on CPython's
 * parse of any file, independently of minnow's parser.
 *
 * Format: a node is `(Name lineno col end_lineno end_col field...)` with the fields in
 * CPython's _fields order; `_` is None; `[ ... ]` a list; `i123` an int; `f<hex>` a
 * float; `j<hex>` an imaginary literal; `s<hex>` / `b<hex>` UTF-8 text / bytes; T F E
 * for True, False, Ellipsis; a bare word is an operator or context singleton.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast_reader.h"

typedef struct R {
    const char *p;
    Arena *a;
    int failed;
    char tok[64];   /* current head word, for node dispatch */
} R;

static void fail(R *r, const char *what) {
    if (!r->failed) fprintf(stderr, "ast_reader: %s near '%.40s'\n", what, r->p);
    r->failed = 1;
}

static void skip_ws(R *r) {
    while (*r->p == ' ' || *r->p == '\n' || *r->p == '\t' || *r->p == '\r') r->p++;
}

/* The next whitespace-delimited word (not consumed). */
static size_t word_len(R *r) {
    skip_ws(r);
    size_t n = 0;
    while (r->p[n] && r->p[n] != ' ' && r->p[n] != '\n') n++;
    return n;
}

static int at(R *r, const char *w) {
    size_t n = word_len(r);
    return strlen(w) == n && memcmp(r->p, w, n) == 0;
}

static void expect(R *r, const char *w) {
    if (!at(r, w)) { fail(r, w); return; }
    r->p += strlen(w);
}

static int take_none(R *r) {
    if (at(r, "_")) { r->p++; return 1; }
    return 0;
}

static long read_int(R *r) {
    size_t n = word_len(r);
    if (n < 2 || r->p[0] != 'i') { fail(r, "int"); return 0; }
    long v = strtol(r->p + 1, NULL, 10);
    r->p += n;
    return v;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return 0;
}

/* s<hex> or b<hex>: decoded into the arena, NUL-terminated. */
static const char *read_bytes(R *r, char tag, size_t *len) {
    size_t n = word_len(r);
    if (n < 1 || r->p[0] != tag) { fail(r, "string"); return NULL; }
    size_t m = (n - 1) / 2;
    char *s = arena_alloc(r->a, m + 1);
    for (size_t i = 0; i < m; i++) s[i] = (char)(hexval(r->p[1 + 2 * i]) * 16 + hexval(r->p[2 + 2 * i]));
    s[m] = 0;
    r->p += n;
    if (len) *len = m;
    return s;
}

static const char *read_ident(R *r) {
    if (take_none(r)) return NULL;
    return read_bytes(r, 's', NULL);
}

/* Opens a node: consumes "(Name" and returns the name in r->tok. */
static int open_node(R *r) {
    size_t n = word_len(r);
    if (n < 2 || r->p[0] != '(' || n - 1 >= sizeof r->tok) { fail(r, "node"); return 0; }
    memcpy(r->tok, r->p + 1, n - 1);
    r->tok[n - 1] = 0;
    r->p += n;
    return 1;
}

static void read_pos(R *r, int *l, int *c, int *el, int *ec) {
    *l = (int)read_int(r);
    *c = (int)read_int(r);
    *el = (int)read_int(r);
    *ec = (int)read_int(r);
}

#define POS(n) read_pos(r, &(n)->lineno, &(n)->col_offset, &(n)->end_lineno, &(n)->end_col_offset)
#define NEW(T) ((T *)arena_alloc(r->a, sizeof(T)))

static Expr *read_expr(R *r);
static Stmt *read_stmt(R *r);
static Pattern *read_pattern(R *r);

/* A list of items read by `fn` into an arena array. */
#define READ_SEQ(r, seq, T, fn) do { \
    expect(r, "["); \
    int cap_ = 8, n_ = 0; \
    T *items_ = malloc(sizeof(T) * cap_); \
    while (!r->failed && !at(r, "]")) { \
        if (n_ == cap_) { cap_ *= 2; items_ = realloc(items_, sizeof(T) * cap_); } \
        items_[n_++] = fn(r); \
    } \
    expect(r, "]"); \
    (seq).n = n_; \
    (seq).items = arena_alloc(r->a, sizeof(T) * (n_ ? n_ : 1)); \
    memcpy((seq).items, items_, sizeof(T) * n_); \
    free(items_); \
} while (0)

static int word_is(R *r, const char *const *names, int count) {
    for (int i = 0; i < count; i++)
        if (at(r, names[i])) { r->p += strlen(names[i]); return i + 1; }
    fail(r, "enum word");
    return 0;
}

static const char *const ctx_words[] = {"Load", "Store", "Del"};
static const char *const boolop_words[] = {"And", "Or"};
static const char *const op_words[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
    "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
static const char *const unary_words[] = {"Invert", "Not", "UAdd", "USub"};
static const char *const cmp_words[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is",
    "IsNot", "In", "NotIn"};
#define WORD(r, tbl) word_is(r, tbl, (int)(sizeof tbl / sizeof tbl[0]))

static AstCmpOp read_cmpop(R *r) { return (AstCmpOp)WORD(r, cmp_words); }

static void read_constant(R *r, AstConstant *c) {
    size_t n = word_len(r);
    char t = r->p[0];
    if (t == '_') { c->kind = Const_None; r->p += n; }
    else if (t == 'T') { c->kind = Const_True; r->p += n; }
    else if (t == 'F') { c->kind = Const_False; r->p += n; }
    else if (t == 'E') { c->kind = Const_Ellipsis; r->p += n; }
    else if (t == 'i') {
        c->kind = Const_Int;
        c->v.i.digits = arena_strndup(r->a, r->p + 1, n - 1);
        c->v.i.base = 10;
        r->p += n;
    } else if (t == 'f' || t == 'j') {
        c->kind = t == 'f' ? Const_Float : Const_Imaginary;
        char buf[64];
        size_t m = n - 1 < sizeof buf - 1 ? n - 1 : sizeof buf - 1;
        memcpy(buf, r->p + 1, m);
        buf[m] = 0;
        c->v.f = strtod(buf, NULL);
        r->p += n;
    } else if (t == 's' || t == 'b') {
        c->kind = t == 's' ? Const_Str : Const_Bytes;
        size_t len;
        c->v.s.data = read_bytes(r, t, &len);
        c->v.s.len = len;
    } else fail(r, "constant");
    /* kind: 'u' or None */
    if (!take_none(r)) { read_bytes(r, 's', NULL); c->u_prefix = 1; }
}

static Arg *read_arg(R *r) {
    if (take_none(r)) return NULL;
    Arg *a = NEW(Arg);
    open_node(r);
    POS(a);
    a->arg = read_ident(r);
    a->annotation = read_expr(r);
    read_ident(r);  /* type_comment */
    expect(r, ")");
    return a;
}

static Arguments *read_arguments(R *r) {
    Arguments *a = NEW(Arguments);
    open_node(r);
    READ_SEQ(r, a->posonlyargs, Arg *, read_arg);
    READ_SEQ(r, a->args, Arg *, read_arg);
    a->vararg = read_arg(r);
    READ_SEQ(r, a->kwonlyargs, Arg *, read_arg);
    READ_SEQ(r, a->kw_defaults, Expr *, read_expr);
    a->kwarg = read_arg(r);
    READ_SEQ(r, a->defaults, Expr *, read_expr);
    expect(r, ")");
    return a;
}

static Keyword *read_keyword(R *r) {
    Keyword *k = NEW(Keyword);
    open_node(r);
    POS(k);
    k->arg = read_ident(r);
    k->value = read_expr(r);
    expect(r, ")");
    return k;
}

static Alias *read_alias(R *r) {
    Alias *k = NEW(Alias);
    open_node(r);
    POS(k);
    k->name = read_ident(r);
    k->asname = read_ident(r);
    expect(r, ")");
    return k;
}

static Comprehension *read_comprehension(R *r) {
    Comprehension *c = NEW(Comprehension);
    open_node(r);
    c->target = read_expr(r);
    c->iter = read_expr(r);
    READ_SEQ(r, c->ifs, Expr *, read_expr);
    c->is_async = (int)read_int(r);
    expect(r, ")");
    return c;
}

static WithItem *read_withitem(R *r) {
    WithItem *w = NEW(WithItem);
    open_node(r);
    w->context_expr = read_expr(r);
    w->optional_vars = read_expr(r);
    expect(r, ")");
    return w;
}

static ExceptHandler *read_handler(R *r) {
    ExceptHandler *h = NEW(ExceptHandler);
    open_node(r);
    POS(h);
    h->type = read_expr(r);
    h->name = read_ident(r);
    READ_SEQ(r, h->body, Stmt *, read_stmt);
    expect(r, ")");
    return h;
}

static MatchCase *read_case(R *r) {
    MatchCase *m = NEW(MatchCase);
    open_node(r);
    m->pattern = read_pattern(r);
    m->guard = read_expr(r);
    READ_SEQ(r, m->body, Stmt *, read_stmt);
    expect(r, ")");
    return m;
}

static TypeParam *read_type_param(R *r) {
    TypeParam *t = NEW(TypeParam);
    open_node(r);
    POS(t);
    if (!strcmp(r->tok, "TypeVar")) {
        t->kind = TypeParam_TypeVar;
        t->name = read_ident(r);
        t->bound = read_expr(r);
    } else {
        t->kind = !strcmp(r->tok, "ParamSpec") ? TypeParam_ParamSpec : TypeParam_TypeVarTuple;
        t->name = read_ident(r);
    }
    t->default_value = read_expr(r);
    expect(r, ")");
    return t;
}

static const char *read_ident_item(R *r) { return read_ident(r); }

static Pattern *read_pattern(R *r) {
    if (take_none(r)) return NULL;
    Pattern *p = NEW(Pattern);
    open_node(r);
    POS(p);
    const char *k = r->tok;
    if (!strcmp(k, "MatchValue")) {
        p->kind = Pattern_MatchValue;
        p->v.MatchValue.value = read_expr(r);
    } else if (!strcmp(k, "MatchSingleton")) {
        p->kind = Pattern_MatchSingleton;
        AstConstant c;
        memset(&c, 0, sizeof c);
        size_t n = word_len(r);
        char t = r->p[0];
        r->p += n;
        p->v.MatchSingleton.value = t == 'T' ? Const_True : t == 'F' ? Const_False : Const_None;
    } else if (!strcmp(k, "MatchSequence")) {
        p->kind = Pattern_MatchSequence;
        READ_SEQ(r, p->v.MatchSequence.patterns, Pattern *, read_pattern);
    } else if (!strcmp(k, "MatchMapping")) {
        p->kind = Pattern_MatchMapping;
        READ_SEQ(r, p->v.MatchMapping.keys, Expr *, read_expr);
        READ_SEQ(r, p->v.MatchMapping.patterns, Pattern *, read_pattern);
        p->v.MatchMapping.rest = read_ident(r);
    } else if (!strcmp(k, "MatchClass")) {
        p->kind = Pattern_MatchClass;
        p->v.MatchClass.cls = read_expr(r);
        READ_SEQ(r, p->v.MatchClass.patterns, Pattern *, read_pattern);
        READ_SEQ(r, p->v.MatchClass.kwd_attrs, const char *, read_ident_item);
        READ_SEQ(r, p->v.MatchClass.kwd_patterns, Pattern *, read_pattern);
    } else if (!strcmp(k, "MatchStar")) {
        p->kind = Pattern_MatchStar;
        p->v.MatchStar.name = read_ident(r);
    } else if (!strcmp(k, "MatchAs")) {
        p->kind = Pattern_MatchAs;
        p->v.MatchAs.pattern = read_pattern(r);
        p->v.MatchAs.name = read_ident(r);
    } else if (!strcmp(k, "MatchOr")) {
        p->kind = Pattern_MatchOr;
        READ_SEQ(r, p->v.MatchOr.patterns, Pattern *, read_pattern);
    } else fail(r, "pattern kind");
    expect(r, ")");
    return p;
}

static Expr *read_expr(R *r) {
    if (take_none(r)) return NULL;
    Expr *e = NEW(Expr);
    if (!open_node(r)) return e;
    POS(e);
    char k[64];
    strcpy(k, r->tok);
#define IS(name) (!strcmp(k, name))
    if (IS("BoolOp")) {
        e->kind = Expr_BoolOp;
        e->v.BoolOp.op = (AstBoolOp)WORD(r, boolop_words);
        READ_SEQ(r, e->v.BoolOp.values, Expr *, read_expr);
    } else if (IS("NamedExpr")) {
        e->kind = Expr_NamedExpr;
        e->v.NamedExpr.target = read_expr(r);
        e->v.NamedExpr.value = read_expr(r);
    } else if (IS("BinOp")) {
        e->kind = Expr_BinOp;
        e->v.BinOp.left = read_expr(r);
        e->v.BinOp.op = (AstOperator)WORD(r, op_words);
        e->v.BinOp.right = read_expr(r);
    } else if (IS("UnaryOp")) {
        e->kind = Expr_UnaryOp;
        e->v.UnaryOp.op = (AstUnaryOp)WORD(r, unary_words);
        e->v.UnaryOp.operand = read_expr(r);
    } else if (IS("Lambda")) {
        e->kind = Expr_Lambda;
        e->v.Lambda.args = read_arguments(r);
        e->v.Lambda.body = read_expr(r);
    } else if (IS("IfExp")) {
        e->kind = Expr_IfExp;
        e->v.IfExp.test = read_expr(r);
        e->v.IfExp.body = read_expr(r);
        e->v.IfExp.orelse = read_expr(r);
    } else if (IS("Dict")) {
        e->kind = Expr_Dict;
        READ_SEQ(r, e->v.Dict.keys, Expr *, read_expr);
        READ_SEQ(r, e->v.Dict.values, Expr *, read_expr);
    } else if (IS("Set")) {
        e->kind = Expr_Set;
        READ_SEQ(r, e->v.Set.elts, Expr *, read_expr);
    } else if (IS("ListComp") || IS("SetComp") || IS("GeneratorExp")) {
        e->kind = IS("ListComp") ? Expr_ListComp : IS("SetComp") ? Expr_SetComp : Expr_GeneratorExp;
        e->v.ListComp.elt = read_expr(r);
        READ_SEQ(r, e->v.ListComp.generators, Comprehension *, read_comprehension);
    } else if (IS("DictComp")) {
        e->kind = Expr_DictComp;
        e->v.DictComp.key = read_expr(r);
        e->v.DictComp.value = read_expr(r);
        READ_SEQ(r, e->v.DictComp.generators, Comprehension *, read_comprehension);
    } else if (IS("Await") || IS("Yield") || IS("YieldFrom")) {
        e->kind = IS("Await") ? Expr_Await : IS("Yield") ? Expr_Yield : Expr_YieldFrom;
        e->v.Await.value = read_expr(r);
    } else if (IS("Compare")) {
        e->kind = Expr_Compare;
        e->v.Compare.left = read_expr(r);
        READ_SEQ(r, e->v.Compare.ops, AstCmpOp, read_cmpop);
        READ_SEQ(r, e->v.Compare.comparators, Expr *, read_expr);
    } else if (IS("Call")) {
        e->kind = Expr_Call;
        e->v.Call.func = read_expr(r);
        READ_SEQ(r, e->v.Call.args, Expr *, read_expr);
        READ_SEQ(r, e->v.Call.keywords, Keyword *, read_keyword);
    } else if (IS("FormattedValue")) {
        e->kind = Expr_FormattedValue;
        e->v.FormattedValue.value = read_expr(r);
        e->v.FormattedValue.conversion = (int)read_int(r);
        e->v.FormattedValue.format_spec = read_expr(r);
    } else if (IS("JoinedStr")) {
        e->kind = Expr_JoinedStr;
        READ_SEQ(r, e->v.JoinedStr.values, Expr *, read_expr);
    } else if (IS("Constant")) {
        e->kind = Expr_Constant;
        read_constant(r, &e->v.Constant);
    } else if (IS("Attribute")) {
        e->kind = Expr_Attribute;
        e->v.Attribute.value = read_expr(r);
        e->v.Attribute.attr = read_ident(r);
        e->v.Attribute.ctx = (AstExprContext)WORD(r, ctx_words);
    } else if (IS("Subscript")) {
        e->kind = Expr_Subscript;
        e->v.Subscript.value = read_expr(r);
        e->v.Subscript.slice = read_expr(r);
        e->v.Subscript.ctx = (AstExprContext)WORD(r, ctx_words);
    } else if (IS("Starred")) {
        e->kind = Expr_Starred;
        e->v.Starred.value = read_expr(r);
        e->v.Starred.ctx = (AstExprContext)WORD(r, ctx_words);
    } else if (IS("Name")) {
        e->kind = Expr_Name;
        e->v.Name.id = read_ident(r);
        e->v.Name.ctx = (AstExprContext)WORD(r, ctx_words);
    } else if (IS("List") || IS("Tuple")) {
        e->kind = IS("List") ? Expr_List : Expr_Tuple;
        READ_SEQ(r, e->v.List.elts, Expr *, read_expr);
        e->v.List.ctx = (AstExprContext)WORD(r, ctx_words);
    } else if (IS("Slice")) {
        e->kind = Expr_Slice;
        e->v.Slice.lower = read_expr(r);
        e->v.Slice.upper = read_expr(r);
        e->v.Slice.step = read_expr(r);
    } else fail(r, "expr kind");
#undef IS
    expect(r, ")");
    return e;
}

static Stmt *read_stmt(R *r) {
    Stmt *s = NEW(Stmt);
    if (!open_node(r)) return s;
    POS(s);
    char k[64];
    strcpy(k, r->tok);
#define IS(name) (!strcmp(k, name))
    if (IS("FunctionDef") || IS("AsyncFunctionDef")) {
        s->kind = IS("FunctionDef") ? Stmt_FunctionDef : Stmt_AsyncFunctionDef;
        AstFunctionDef *f = &s->v.FunctionDef;
        f->name = read_ident(r);
        f->args = read_arguments(r);
        READ_SEQ(r, f->body, Stmt *, read_stmt);
        READ_SEQ(r, f->decorator_list, Expr *, read_expr);
        f->returns = read_expr(r);
        read_ident(r);
        READ_SEQ(r, f->type_params, TypeParam *, read_type_param);
    } else if (IS("ClassDef")) {
        s->kind = Stmt_ClassDef;
        s->v.ClassDef.name = read_ident(r);
        READ_SEQ(r, s->v.ClassDef.bases, Expr *, read_expr);
        READ_SEQ(r, s->v.ClassDef.keywords, Keyword *, read_keyword);
        READ_SEQ(r, s->v.ClassDef.body, Stmt *, read_stmt);
        READ_SEQ(r, s->v.ClassDef.decorator_list, Expr *, read_expr);
        READ_SEQ(r, s->v.ClassDef.type_params, TypeParam *, read_type_param);
    } else if (IS("Return")) {
        s->kind = Stmt_Return;
        s->v.Return.value = read_expr(r);
    } else if (IS("Delete")) {
        s->kind = Stmt_Delete;
        READ_SEQ(r, s->v.Delete.targets, Expr *, read_expr);
    } else if (IS("Assign")) {
        s->kind = Stmt_Assign;
        READ_SEQ(r, s->v.Assign.targets, Expr *, read_expr);
        s->v.Assign.value = read_expr(r);
        read_ident(r);
    } else if (IS("TypeAlias")) {
        s->kind = Stmt_TypeAlias;
        s->v.TypeAlias.name = read_expr(r);
        READ_SEQ(r, s->v.TypeAlias.type_params, TypeParam *, read_type_param);
        s->v.TypeAlias.value = read_expr(r);
    } else if (IS("AugAssign")) {
        s->kind = Stmt_AugAssign;
        s->v.AugAssign.target = read_expr(r);
        s->v.AugAssign.op = (AstOperator)WORD(r, op_words);
        s->v.AugAssign.value = read_expr(r);
    } else if (IS("AnnAssign")) {
        s->kind = Stmt_AnnAssign;
        s->v.AnnAssign.target = read_expr(r);
        s->v.AnnAssign.annotation = read_expr(r);
        s->v.AnnAssign.value = read_expr(r);
        s->v.AnnAssign.simple = (int)read_int(r);
    } else if (IS("For") || IS("AsyncFor")) {
        s->kind = IS("For") ? Stmt_For : Stmt_AsyncFor;
        s->v.For.target = read_expr(r);
        s->v.For.iter = read_expr(r);
        READ_SEQ(r, s->v.For.body, Stmt *, read_stmt);
        READ_SEQ(r, s->v.For.orelse, Stmt *, read_stmt);
        read_ident(r);
    } else if (IS("While") || IS("If")) {
        s->kind = IS("While") ? Stmt_While : Stmt_If;
        s->v.While.test = read_expr(r);
        READ_SEQ(r, s->v.While.body, Stmt *, read_stmt);
        READ_SEQ(r, s->v.While.orelse, Stmt *, read_stmt);
    } else if (IS("With") || IS("AsyncWith")) {
        s->kind = IS("With") ? Stmt_With : Stmt_AsyncWith;
        READ_SEQ(r, s->v.With.items, WithItem *, read_withitem);
        READ_SEQ(r, s->v.With.body, Stmt *, read_stmt);
        read_ident(r);
    } else if (IS("Match")) {
        s->kind = Stmt_Match;
        s->v.Match.subject = read_expr(r);
        READ_SEQ(r, s->v.Match.cases, MatchCase *, read_case);
    } else if (IS("Raise")) {
        s->kind = Stmt_Raise;
        s->v.Raise.exc = read_expr(r);
        s->v.Raise.cause = read_expr(r);
    } else if (IS("Try") || IS("TryStar")) {
        s->kind = IS("Try") ? Stmt_Try : Stmt_TryStar;
        READ_SEQ(r, s->v.Try.body, Stmt *, read_stmt);
        READ_SEQ(r, s->v.Try.handlers, ExceptHandler *, read_handler);
        READ_SEQ(r, s->v.Try.orelse, Stmt *, read_stmt);
        READ_SEQ(r, s->v.Try.finalbody, Stmt *, read_stmt);
    } else if (IS("Assert")) {
        s->kind = Stmt_Assert;
        s->v.Assert.test = read_expr(r);
        s->v.Assert.msg = read_expr(r);
    } else if (IS("Import")) {
        s->kind = Stmt_Import;
        READ_SEQ(r, s->v.Import.names, Alias *, read_alias);
    } else if (IS("ImportFrom")) {
        s->kind = Stmt_ImportFrom;
        s->v.ImportFrom.module = read_ident(r);
        READ_SEQ(r, s->v.ImportFrom.names, Alias *, read_alias);
        s->v.ImportFrom.level = take_none(r) ? 0 : (int)read_int(r);
    } else if (IS("Global") || IS("Nonlocal")) {
        s->kind = IS("Global") ? Stmt_Global : Stmt_Nonlocal;
        READ_SEQ(r, s->v.Global.names, const char *, read_ident_item);
    } else if (IS("Expr")) {
        s->kind = Stmt_Expr;
        s->v.Expr.value = read_expr(r);
    } else if (IS("Pass")) s->kind = Stmt_Pass;
    else if (IS("Break")) s->kind = Stmt_Break;
    else if (IS("Continue")) s->kind = Stmt_Continue;
    else fail(r, "stmt kind");
#undef IS
    expect(r, ")");
    return s;
}

static void skip_item(R *r) {
    size_t n = word_len(r);
    r->p += n;
}

Mod *ast_read(const char *text, Arena *arena) {
    R rr = {.p = text, .a = arena}, *r = &rr;
    Mod *m = NEW(Mod);
    if (!open_node(r)) return NULL;
    if (!strcmp(r->tok, "Module")) {
        m->kind = Mod_Module;
        READ_SEQ(r, m->v.Module.body, Stmt *, read_stmt);
        expect(r, "[");
        while (!r->failed && !at(r, "]")) skip_item(r);
        expect(r, "]");
    } else if (!strcmp(r->tok, "Interactive")) {
        m->kind = Mod_Interactive;
        READ_SEQ(r, m->v.Interactive.body, Stmt *, read_stmt);
    } else if (!strcmp(r->tok, "Expression")) {
        m->kind = Mod_Expression;
        m->v.Expression.body = read_expr(r);
    } else fail(r, "mod kind");
    expect(r, ")");
    return r->failed ? NULL : m;
}
