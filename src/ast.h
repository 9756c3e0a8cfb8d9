/*
** ast.h -- minnow's abstract syntax tree.
**
** The node kinds and field names mirror CPython 3.13's Python.asdl, so
** that CPython's documentation of the `ast` module describes this tree
** too: a CPython `BinOp(left, op, right)` is an Expr with
** kind == Expr_BinOp and fields e->v.BinOp.left, .op, .right.
**
** All nodes, sequences and strings live in an Arena and are freed
** together.  The tree is plain data: no runtime values anywhere.
**
** Positions (lineno, col_offset, end_lineno, end_col_offset) have
** CPython's meaning: lines are 1-based, columns are 0-based byte offsets
** into the UTF-8 source line.
*/
#ifndef minnow_ast_h
#define minnow_ast_h

#include <stddef.h>

/* ---------------------------------------------------------------- arena */

typedef struct Arena Arena;

Arena *arena_new(void);                       /* NULL if out of memory */
void *arena_alloc(Arena *a, size_t size);     /* zeroed; NULL if out of memory */
char *arena_strndup(Arena *a, const char *s, size_t len);  /* adds a NUL */
void arena_free(Arena *a);                    /* frees every block; NULL ok */

/* ---------------------------------------------------- forward declarations */

typedef struct Mod Mod;
typedef struct Stmt Stmt;
typedef struct Expr Expr;
typedef struct Comprehension Comprehension;
typedef struct ExceptHandler ExceptHandler;
typedef struct Arguments Arguments;
typedef struct Arg Arg;
typedef struct Keyword Keyword;
typedef struct Alias Alias;
typedef struct WithItem WithItem;
typedef struct MatchCase MatchCase;
typedef struct Pattern Pattern;
typedef struct TypeIgnore TypeIgnore;
typedef struct TypeParam TypeParam;

/* ------------------------------------------------------------ sequences */

/* A sequence is a count and an arena-allocated array of pointers.
** n == 0 means empty (items may then be NULL).  Some sequences hold
** NULL entries on purpose: Dict keys (for `**d`), and kw_defaults
** (keyword-only parameter without a default), as in CPython. */
#define AST_SEQ(T, Name) typedef struct { int n; T *items; } Name

AST_SEQ(Stmt *, StmtSeq);
AST_SEQ(Expr *, ExprSeq);
AST_SEQ(Comprehension *, ComprehensionSeq);
AST_SEQ(ExceptHandler *, ExceptHandlerSeq);
AST_SEQ(Arg *, ArgSeq);
AST_SEQ(Keyword *, KeywordSeq);
AST_SEQ(Alias *, AliasSeq);
AST_SEQ(WithItem *, WithItemSeq);
AST_SEQ(MatchCase *, MatchCaseSeq);
AST_SEQ(Pattern *, PatternSeq);
AST_SEQ(TypeIgnore *, TypeIgnoreSeq);
AST_SEQ(TypeParam *, TypeParamSeq);
AST_SEQ(const char *, IdentSeq);      /* identifiers (UTF-8, NUL-terminated) */

/* ------------------------------------------------------ small enumerations */

/* Values start at 1 as in CPython; 0 is never a valid value. */

typedef enum { Ctx_Load = 1, Ctx_Store, Ctx_Del } AstExprContext;

typedef enum { Bool_And = 1, Bool_Or } AstBoolOp;

typedef enum {
  Op_Add = 1, Op_Sub, Op_Mult, Op_MatMult, Op_Div, Op_Mod, Op_Pow,
  Op_LShift, Op_RShift, Op_BitOr, Op_BitXor, Op_BitAnd, Op_FloorDiv
} AstOperator;

typedef enum { Unary_Invert = 1, Unary_Not, Unary_UAdd, Unary_USub } AstUnaryOp;

typedef enum {
  Cmp_Eq = 1, Cmp_NotEq, Cmp_Lt, Cmp_LtE, Cmp_Gt, Cmp_GtE,
  Cmp_Is, Cmp_IsNot, Cmp_In, Cmp_NotIn
} AstCmpOp;

AST_SEQ(AstCmpOp, CmpOpSeq);

/* Every node with CPython `attributes` carries these four fields. */
#define AST_POS int lineno, col_offset, end_lineno, end_col_offset

/* ------------------------------------------------------------- constants */

typedef enum {
  Const_None = 1, Const_True, Const_False, Const_Ellipsis,
  Const_Int,        /* v.i: digits in base, no prefix, no '_', lower case */
  Const_Float,      /* v.f */
  Const_Imaginary,  /* v.f is the imaginary part */
  Const_Str,        /* v.s: UTF-8, escapes decoded */
  Const_Bytes       /* v.s: raw bytes */
} AstConstKind;

/* A str constant is UTF-8, except that a lone surrogate (from an escape
** such as "\ud800") is stored in its 3-byte generalized UTF-8 form, as
** Python's 'surrogatepass' error handler would encode it.
** Int digits are never empty; leading zeros are removed ("0" for zero),
** so a compiler can convert them with a plain base-N loop. */
typedef struct {
  AstConstKind kind;
  int u_prefix;             /* str literal written u"..." (CPython kind='u') */
  union {
    struct { const char *digits; int base; } i;   /* base 2, 8, 10 or 16 */
    double f;
    struct { const char *data; size_t len; } s;   /* data NUL-terminated too */
  } v;
} AstConstant;

/* ---------------------------------------------------------------- mod */

typedef enum {
  Mod_Module = 1, Mod_Interactive, Mod_Expression, Mod_FunctionType
} ModKind;

struct Mod {
  ModKind kind;
  union {
    struct { StmtSeq body; TypeIgnoreSeq type_ignores; } Module;
    struct { StmtSeq body; } Interactive;
    struct { Expr *body; } Expression;
    struct { ExprSeq argtypes; Expr *returns; } FunctionType;
  } v;
};

/* ------------------------------------------------------------ statements */

typedef enum {
  Stmt_FunctionDef = 1, Stmt_AsyncFunctionDef, Stmt_ClassDef, Stmt_Return,
  Stmt_Delete, Stmt_Assign, Stmt_TypeAlias, Stmt_AugAssign, Stmt_AnnAssign,
  Stmt_For, Stmt_AsyncFor, Stmt_While, Stmt_If, Stmt_With, Stmt_AsyncWith,
  Stmt_Match, Stmt_Raise, Stmt_Try, Stmt_TryStar, Stmt_Assert,
  Stmt_Import, Stmt_ImportFrom, Stmt_Global, Stmt_Nonlocal, Stmt_Expr,
  Stmt_Pass, Stmt_Break, Stmt_Continue
} StmtKind;

/* FunctionDef and AsyncFunctionDef share one layout (v.FunctionDef),
** as do For/AsyncFor (v.For), With/AsyncWith (v.With), Try/TryStar
** (v.Try).  The Async and Star names alias the same storage. */
typedef struct {
  const char *name;
  Arguments *args;
  StmtSeq body;
  ExprSeq decorator_list;
  Expr *returns;            /* NULL if absent */
  const char *type_comment; /* always NULL: type comments are not parsed */
  TypeParamSeq type_params;
} AstFunctionDef;

typedef struct {
  Expr *target, *iter;
  StmtSeq body, orelse;
  const char *type_comment;
} AstFor;

typedef struct {
  WithItemSeq items;
  StmtSeq body;
  const char *type_comment;
} AstWith;

typedef struct {
  StmtSeq body;
  ExceptHandlerSeq handlers;
  StmtSeq orelse, finalbody;
} AstTry;

struct Stmt {
  StmtKind kind;
  AST_POS;
  union {
    AstFunctionDef FunctionDef, AsyncFunctionDef;
    struct {
      const char *name;
      ExprSeq bases;
      KeywordSeq keywords;
      StmtSeq body;
      ExprSeq decorator_list;
      TypeParamSeq type_params;
    } ClassDef;
    struct { Expr *value; } Return;                 /* value may be NULL */
    struct { ExprSeq targets; } Delete;
    struct { ExprSeq targets; Expr *value; const char *type_comment; } Assign;
    struct { Expr *name; TypeParamSeq type_params; Expr *value; } TypeAlias;
    struct { Expr *target; AstOperator op; Expr *value; } AugAssign;
    struct {
      Expr *target, *annotation;
      Expr *value;                                  /* may be NULL */
      int simple;       /* 1 if target is a bare Name not in parentheses */
    } AnnAssign;
    AstFor For, AsyncFor;
    struct { Expr *test; StmtSeq body, orelse; } While;
    struct { Expr *test; StmtSeq body, orelse; } If;
    AstWith With, AsyncWith;
    struct { Expr *subject; MatchCaseSeq cases; } Match;
    struct { Expr *exc, *cause; } Raise;            /* both may be NULL */
    AstTry Try, TryStar;
    struct { Expr *test, *msg; } Assert;            /* msg may be NULL */
    struct { AliasSeq names; } Import;
    struct {
      const char *module;                           /* NULL for `from . import x` */
      AliasSeq names;
      int level;                                    /* number of leading dots */
    } ImportFrom;
    struct { IdentSeq names; } Global;
    struct { IdentSeq names; } Nonlocal;
    struct { Expr *value; } Expr;
  } v;
};

/* ----------------------------------------------------------- expressions */

typedef enum {
  Expr_BoolOp = 1, Expr_NamedExpr, Expr_BinOp, Expr_UnaryOp, Expr_Lambda,
  Expr_IfExp, Expr_Dict, Expr_Set, Expr_ListComp, Expr_SetComp,
  Expr_DictComp, Expr_GeneratorExp, Expr_Await, Expr_Yield, Expr_YieldFrom,
  Expr_Compare, Expr_Call, Expr_FormattedValue, Expr_JoinedStr,
  Expr_Constant, Expr_Attribute, Expr_Subscript, Expr_Starred, Expr_Name,
  Expr_List, Expr_Tuple, Expr_Slice
} ExprKind;

/* ListComp, SetComp and GeneratorExp share one layout. */
typedef struct { Expr *elt; ComprehensionSeq generators; } AstComp;

struct Expr {
  ExprKind kind;
  AST_POS;
  union {
    struct { AstBoolOp op; ExprSeq values; } BoolOp;
    struct { Expr *target, *value; } NamedExpr;
    struct { Expr *left; AstOperator op; Expr *right; } BinOp;
    struct { AstUnaryOp op; Expr *operand; } UnaryOp;
    struct { Arguments *args; Expr *body; } Lambda;
    struct { Expr *test, *body, *orelse; } IfExp;
    struct { ExprSeq keys, values; } Dict;   /* key NULL means `**value` */
    struct { ExprSeq elts; } Set;
    AstComp ListComp, SetComp, GeneratorExp;
    struct { Expr *key, *value; ComprehensionSeq generators; } DictComp;
    struct { Expr *value; } Await;
    struct { Expr *value; } Yield;                  /* value may be NULL */
    struct { Expr *value; } YieldFrom;
    struct { Expr *left; CmpOpSeq ops; ExprSeq comparators; } Compare;
    struct { Expr *func; ExprSeq args; KeywordSeq keywords; } Call;
    struct {
      Expr *value;
      int conversion;       /* -1 none, or 's' 'r' 'a' */
      Expr *format_spec;    /* a JoinedStr, or NULL */
    } FormattedValue;
    struct { ExprSeq values; } JoinedStr;   /* Constant(str) and FormattedValue */
    AstConstant Constant;
    struct { Expr *value; const char *attr; AstExprContext ctx; } Attribute;
    struct { Expr *value, *slice; AstExprContext ctx; } Subscript;
    struct { Expr *value; AstExprContext ctx; } Starred;
    struct { const char *id; AstExprContext ctx; } Name;
    struct { ExprSeq elts; AstExprContext ctx; } List;
    struct { ExprSeq elts; AstExprContext ctx; } Tuple;
    struct { Expr *lower, *upper, *step; } Slice;   /* each may be NULL */
  } v;
};

/* ------------------------------------------------------ the other nodes */

struct Comprehension {
  Expr *target, *iter;
  ExprSeq ifs;
  int is_async;
};

struct ExceptHandler {        /* CPython's ExceptHandler (only kind) */
  AST_POS;
  Expr *type;                 /* NULL for a bare `except:` */
  const char *name;           /* NULL unless `as name` */
  StmtSeq body;
};

struct Arguments {
  ArgSeq posonlyargs, args;
  Arg *vararg;                /* NULL if no *args */
  ArgSeq kwonlyargs;
  ExprSeq kw_defaults;        /* one per kwonlyarg, NULL entry = no default */
  Arg *kwarg;                 /* NULL if no **kwargs */
  ExprSeq defaults;           /* for the last defaults.n of posonly+args */
};

struct Arg {
  AST_POS;
  const char *arg;
  Expr *annotation;           /* may be NULL */
  const char *type_comment;   /* always NULL */
};

struct Keyword {
  AST_POS;
  const char *arg;            /* NULL for `**value` */
  Expr *value;
};

struct Alias {
  AST_POS;
  const char *name;           /* dotted name, e.g. "os.path", or "*" */
  const char *asname;         /* may be NULL */
};

struct WithItem {
  Expr *context_expr;
  Expr *optional_vars;        /* may be NULL */
};

struct MatchCase {
  Pattern *pattern;
  Expr *guard;                /* may be NULL */
  StmtSeq body;
};

typedef enum {
  Pattern_MatchValue = 1, Pattern_MatchSingleton, Pattern_MatchSequence,
  Pattern_MatchMapping, Pattern_MatchClass, Pattern_MatchStar,
  Pattern_MatchAs, Pattern_MatchOr
} PatternKind;

struct Pattern {
  PatternKind kind;
  AST_POS;
  union {
    struct { Expr *value; } MatchValue;
    struct { AstConstKind value; } MatchSingleton;  /* None, True or False */
    struct { PatternSeq patterns; } MatchSequence;
    struct { ExprSeq keys; PatternSeq patterns; const char *rest; } MatchMapping;
    struct {
      Expr *cls;
      PatternSeq patterns;
      IdentSeq kwd_attrs;
      PatternSeq kwd_patterns;
    } MatchClass;
    struct { const char *name; } MatchStar;         /* NULL for `*_` */
    struct { Pattern *pattern; const char *name; } MatchAs;  /* both may be NULL */
    struct { PatternSeq patterns; } MatchOr;
  } v;
};

struct TypeIgnore {           /* never produced: type comments are ignored */
  int lineno;
  const char *tag;
};

typedef enum {
  TypeParam_TypeVar = 1, TypeParam_ParamSpec, TypeParam_TypeVarTuple
} TypeParamKind;

struct TypeParam {
  TypeParamKind kind;
  AST_POS;
  const char *name;
  Expr *bound;                /* TypeVar only; may be NULL */
  Expr *default_value;        /* may be NULL */
};

/* ---------------------------------------------------------- helpers */

/* CPython's class names, for dumps and messages ("BinOp", "Add", ...). */
const char *ast_stmt_name(StmtKind k);
const char *ast_expr_name(ExprKind k);
const char *ast_operator_name(AstOperator op);
const char *ast_unaryop_name(AstUnaryOp op);
const char *ast_cmpop_name(AstCmpOp op);
const char *ast_boolop_name(AstBoolOp op);
const char *ast_context_name(AstExprContext ctx);
const char *ast_pattern_name(PatternKind k);

#endif
