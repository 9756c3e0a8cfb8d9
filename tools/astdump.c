/*
** astdump.c -- prints minnow's AST exactly as CPython 3.13's
** ast.dump(ast.parse(src)) does, for differential testing.
**
**   astdump [-a] [-s] [-q] [-m exec|eval|single] file.py
**
** -a adds the position attributes (include_attributes=True); -s also
** builds the symbol table (its errors are reported like parse errors,
** nothing more is printed for it); -q parses without printing.  On a
** syntax error it prints "ErrorKind: msg (lineno, offset, end_lineno,
** end_offset)" and exits with status 1.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "parser.h"
#include "symtable.h"
#include "tokenizer.h"

static int with_attributes;
static int with_symtable;
static int quiet;
static int depth;

#define MAX_DUMP_DEPTH 20000

/* ------------------------------------------------------------ fields */

/* A node being printed: tracks whether a field was written yet. */
typedef struct { int nfields; } Node;

static void node_open(Node *n, const char *name) {
  if (++depth > MAX_DUMP_DEPTH) {
    fprintf(stderr, "astdump: tree too deep\n");
    exit(2);
  }
  n->nfields = 0;
  printf("%s(", name);
}

static void field(Node *n, const char *name) {
  if (n->nfields++) printf(", ");
  printf("%s=", name);
}

static void node_close_pos(Node *n, int lineno, int col, int end_lineno, int end_col) {
  if (with_attributes) {
    if (n->nfields++) printf(", ");
    printf("lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
           lineno, col, end_lineno, end_col);
  }
  printf(")");
  depth--;
}

static void node_close(Node *n) {
  (void)n;
  printf(")");
  depth--;
}

/* --------------------------------------------------------- Python repr */

static int utf8_next(const unsigned char *s, const unsigned char *end, unsigned *cp) {
  unsigned c = s[0];
  int n, i;
  if (c < 0x80) { *cp = c; return 1; }
  if (c < 0xE0) { n = 2; *cp = c & 0x1F; }
  else if (c < 0xF0) { n = 3; *cp = c & 0x0F; }
  else { n = 4; *cp = c & 0x07; }
  if (end - s < n) { *cp = c; return 1; }
  for (i = 1; i < n; i++) *cp = (*cp << 6) | (s[i] & 0x3F);
  return n;
}

/* repr() of a str given as (generalized) UTF-8. */
static void print_str_repr(const char *data, size_t len) {
  const unsigned char *s = (const unsigned char *)data, *end = s + len;
  int has_sq = memchr(data, '\'', len) != NULL, has_dq = memchr(data, '"', len) != NULL;
  char quote = (has_sq && !has_dq) ? '"' : '\'';
  putchar(quote);
  while (s < end) {
    unsigned cp;
    int n = utf8_next(s, end, &cp);
    if (cp == (unsigned)quote || cp == '\\') printf("\\%c", (char)cp);
    else if (cp == '\n') printf("\\n");
    else if (cp == '\r') printf("\\r");
    else if (cp == '\t') printf("\\t");
    else if (cp < 0x20 || cp == 0x7F) printf("\\x%02x", cp);
    else if (cp < 0x7F) putchar((int)cp);
    else if ((cp >= 0xD800 && cp <= 0xDFFF) || !unicode_is_printable(cp)) {
      if (cp <= 0xFF) printf("\\x%02x", cp);
      else if (cp <= 0xFFFF) printf("\\u%04x", cp);
      else printf("\\U%08x", cp);
    } else {
      fwrite(s, 1, (size_t)n, stdout);
    }
    s += n;
  }
  putchar(quote);
}

static void print_bytes_repr(const char *data, size_t len) {
  const unsigned char *s = (const unsigned char *)data;
  int has_sq = memchr(data, '\'', len) != NULL, has_dq = memchr(data, '"', len) != NULL;
  char quote = (has_sq && !has_dq) ? '"' : '\'';
  size_t i;
  printf("b%c", quote);
  for (i = 0; i < len; i++) {
    unsigned c = s[i];
    if (c == (unsigned)quote || c == '\\') printf("\\%c", (char)c);
    else if (c == '\n') printf("\\n");
    else if (c == '\r') printf("\\r");
    else if (c == '\t') printf("\\t");
    else if (c < 0x20 || c >= 0x7F) printf("\\x%02x", c);
    else putchar((int)c);
  }
  putchar(quote);
}

static void print_ident(const char *s) { print_str_repr(s, strlen(s)); }

/* Digits in any base to decimal, by repeated multiply-add on a
** base-10^9 little-endian array. */
static void print_int(const char *digits, int base) {
  size_t n = strlen(digits), cap = n + 2, len = 1, i, k;
  unsigned long long *limb = calloc(cap, sizeof *limb);
  if (limb == NULL) { printf("?"); return; }
  for (i = 0; i < n; i++) {
    int c = digits[i];
    unsigned long long carry = (unsigned long long)(c <= '9' ? c - '0' : c - 'a' + 10);
    for (k = 0; k < len; k++) {
      unsigned long long v = limb[k] * (unsigned long long)base + carry;
      limb[k] = v % 1000000000ULL;
      carry = v / 1000000000ULL;
    }
    while (carry) { limb[len++] = carry % 1000000000ULL; carry /= 1000000000ULL; }
  }
  printf("%llu", limb[len - 1]);
  for (k = len - 1; k-- > 0;) printf("%09llu", limb[k]);
  free(limb);
}

/* Python's repr(float): the shortest digits that round-trip, fixed
** notation for exponents in [-4, 16), else scientific. */
static void format_double(double x, int add_dot_zero, char *out) {
  char buf[64], digits[32];
  int prec, exp10, nd = 0, i;
  const char *p;
  if (isnan(x)) { strcpy(out, "nan"); return; }
  if (isinf(x)) { strcpy(out, x < 0 ? "-inf" : "inf"); return; }
  for (prec = 1; prec <= 17; prec++) {
    snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
    if (strtod(buf, NULL) == x) break;
  }
  /* buf: [-]d.ddde[+-]xx */
  p = buf;
  if (*p == '-') { *out++ = '-'; p++; }
  for (; *p && *p != 'e'; p++) if (*p != '.') digits[nd++] = *p;
  digits[nd] = '\0';
  exp10 = atoi(p + 1);
  while (nd > 1 && digits[nd - 1] == '0') digits[--nd] = '\0';
  if (exp10 >= -4 && exp10 < 16) {
    if (exp10 < 0) {
      *out++ = '0'; *out++ = '.';
      for (i = 0; i < -exp10 - 1; i++) *out++ = '0';
      for (i = 0; i < nd; i++) *out++ = digits[i];
    } else {
      for (i = 0; i <= exp10; i++) *out++ = i < nd ? digits[i] : '0';
      if (nd > exp10 + 1) {
        *out++ = '.';
        for (i = exp10 + 1; i < nd; i++) *out++ = digits[i];
      } else if (add_dot_zero) {
        *out++ = '.'; *out++ = '0';
      }
    }
    *out = '\0';
  } else {
    *out++ = digits[0];
    if (nd > 1) {
      *out++ = '.';
      for (i = 1; i < nd; i++) *out++ = digits[i];
    }
    sprintf(out, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
  }
}

static void print_constant_value(const AstConstant *c) {
  char buf[64];
  switch (c->kind) {
    case Const_None: printf("None"); break;
    case Const_True: printf("True"); break;
    case Const_False: printf("False"); break;
    case Const_Ellipsis: printf("Ellipsis"); break;
    case Const_Int: print_int(c->v.i.digits, c->v.i.base); break;
    case Const_Float: format_double(c->v.f, 1, buf); printf("%s", buf); break;
    case Const_Imaginary: format_double(c->v.f, 0, buf); printf("%sj", buf); break;
    case Const_Str: print_str_repr(c->v.s.data, c->v.s.len); break;
    case Const_Bytes: print_bytes_repr(c->v.s.data, c->v.s.len); break;
  }
}

/* ------------------------------------------------------------- nodes */

static void dump_expr(const Expr *e);
static void dump_stmt(const Stmt *s);
static void dump_pattern(const Pattern *p);

static void simple_node(const char *name) { printf("%s()", name); }

static void expr_field(Node *n, const char *name, const Expr *e) {
  if (e == NULL) return;
  field(n, name);
  dump_expr(e);
}

static void ident_field(Node *n, const char *name, const char *id) {
  if (id == NULL) return;
  field(n, name);
  print_ident(id);
}

#define LIST_FIELD(node, name, seq, dump) do { \
    int i_; \
    if ((seq).n == 0) break; \
    field(node, name); \
    printf("["); \
    for (i_ = 0; i_ < (seq).n; i_++) { \
      if (i_) printf(", "); \
      if ((seq).items[i_] == NULL) printf("None"); else dump((seq).items[i_]); \
    } \
    printf("]"); \
  } while (0)

static void dump_ident_item(const char *s) { print_ident(s); }

static void dump_ctx(Node *n, AstExprContext ctx) {
  field(n, "ctx");
  simple_node(ast_context_name(ctx));
}

static void dump_arg(const Arg *a) {
  Node n;
  node_open(&n, "arg");
  ident_field(&n, "arg", a->arg);
  expr_field(&n, "annotation", a->annotation);
  node_close_pos(&n, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
}

static void dump_arguments(const Arguments *a) {
  Node n;
  node_open(&n, "arguments");
  LIST_FIELD(&n, "posonlyargs", a->posonlyargs, dump_arg);
  LIST_FIELD(&n, "args", a->args, dump_arg);
  if (a->vararg) { field(&n, "vararg"); dump_arg(a->vararg); }
  LIST_FIELD(&n, "kwonlyargs", a->kwonlyargs, dump_arg);
  LIST_FIELD(&n, "kw_defaults", a->kw_defaults, dump_expr);
  if (a->kwarg) { field(&n, "kwarg"); dump_arg(a->kwarg); }
  LIST_FIELD(&n, "defaults", a->defaults, dump_expr);
  node_close(&n);
}

static void dump_keyword(const Keyword *k) {
  Node n;
  node_open(&n, "keyword");
  ident_field(&n, "arg", k->arg);
  expr_field(&n, "value", k->value);
  node_close_pos(&n, k->lineno, k->col_offset, k->end_lineno, k->end_col_offset);
}

static void dump_comprehension(const Comprehension *c) {
  Node n;
  node_open(&n, "comprehension");
  expr_field(&n, "target", c->target);
  expr_field(&n, "iter", c->iter);
  LIST_FIELD(&n, "ifs", c->ifs, dump_expr);
  field(&n, "is_async");
  printf("%d", c->is_async);
  node_close(&n);
}

static void dump_cmpop(AstCmpOp op) { simple_node(ast_cmpop_name(op)); }

static void dump_expr(const Expr *e) {
  Node n;
  node_open(&n, ast_expr_name(e->kind));
  switch (e->kind) {
    case Expr_BoolOp:
      field(&n, "op"); simple_node(ast_boolop_name(e->v.BoolOp.op));
      LIST_FIELD(&n, "values", e->v.BoolOp.values, dump_expr);
      break;
    case Expr_NamedExpr:
      expr_field(&n, "target", e->v.NamedExpr.target);
      expr_field(&n, "value", e->v.NamedExpr.value);
      break;
    case Expr_BinOp:
      expr_field(&n, "left", e->v.BinOp.left);
      field(&n, "op"); simple_node(ast_operator_name(e->v.BinOp.op));
      expr_field(&n, "right", e->v.BinOp.right);
      break;
    case Expr_UnaryOp:
      field(&n, "op"); simple_node(ast_unaryop_name(e->v.UnaryOp.op));
      expr_field(&n, "operand", e->v.UnaryOp.operand);
      break;
    case Expr_Lambda:
      field(&n, "args"); dump_arguments(e->v.Lambda.args);
      expr_field(&n, "body", e->v.Lambda.body);
      break;
    case Expr_IfExp:
      expr_field(&n, "test", e->v.IfExp.test);
      expr_field(&n, "body", e->v.IfExp.body);
      expr_field(&n, "orelse", e->v.IfExp.orelse);
      break;
    case Expr_Dict:
      LIST_FIELD(&n, "keys", e->v.Dict.keys, dump_expr);
      LIST_FIELD(&n, "values", e->v.Dict.values, dump_expr);
      break;
    case Expr_Set:
      LIST_FIELD(&n, "elts", e->v.Set.elts, dump_expr);
      break;
    case Expr_ListComp: case Expr_SetComp: case Expr_GeneratorExp:
      expr_field(&n, "elt", e->v.ListComp.elt);
      LIST_FIELD(&n, "generators", e->v.ListComp.generators, dump_comprehension);
      break;
    case Expr_DictComp:
      expr_field(&n, "key", e->v.DictComp.key);
      expr_field(&n, "value", e->v.DictComp.value);
      LIST_FIELD(&n, "generators", e->v.DictComp.generators, dump_comprehension);
      break;
    case Expr_Await: expr_field(&n, "value", e->v.Await.value); break;
    case Expr_Yield: expr_field(&n, "value", e->v.Yield.value); break;
    case Expr_YieldFrom: expr_field(&n, "value", e->v.YieldFrom.value); break;
    case Expr_Compare:
      expr_field(&n, "left", e->v.Compare.left);
      if (e->v.Compare.ops.n) {
        int i;
        field(&n, "ops");
        printf("[");
        for (i = 0; i < e->v.Compare.ops.n; i++) {
          if (i) printf(", ");
          dump_cmpop(e->v.Compare.ops.items[i]);
        }
        printf("]");
      }
      LIST_FIELD(&n, "comparators", e->v.Compare.comparators, dump_expr);
      break;
    case Expr_Call:
      expr_field(&n, "func", e->v.Call.func);
      LIST_FIELD(&n, "args", e->v.Call.args, dump_expr);
      LIST_FIELD(&n, "keywords", e->v.Call.keywords, dump_keyword);
      break;
    case Expr_FormattedValue:
      expr_field(&n, "value", e->v.FormattedValue.value);
      field(&n, "conversion"); printf("%d", e->v.FormattedValue.conversion);
      expr_field(&n, "format_spec", e->v.FormattedValue.format_spec);
      break;
    case Expr_JoinedStr:
      LIST_FIELD(&n, "values", e->v.JoinedStr.values, dump_expr);
      break;
    case Expr_Constant:
      field(&n, "value"); print_constant_value(&e->v.Constant);
      if (e->v.Constant.u_prefix) { field(&n, "kind"); printf("'u'"); }
      break;
    case Expr_Attribute:
      expr_field(&n, "value", e->v.Attribute.value);
      ident_field(&n, "attr", e->v.Attribute.attr);
      dump_ctx(&n, e->v.Attribute.ctx);
      break;
    case Expr_Subscript:
      expr_field(&n, "value", e->v.Subscript.value);
      expr_field(&n, "slice", e->v.Subscript.slice);
      dump_ctx(&n, e->v.Subscript.ctx);
      break;
    case Expr_Starred:
      expr_field(&n, "value", e->v.Starred.value);
      dump_ctx(&n, e->v.Starred.ctx);
      break;
    case Expr_Name:
      ident_field(&n, "id", e->v.Name.id);
      dump_ctx(&n, e->v.Name.ctx);
      break;
    case Expr_List:
      LIST_FIELD(&n, "elts", e->v.List.elts, dump_expr);
      dump_ctx(&n, e->v.List.ctx);
      break;
    case Expr_Tuple:
      LIST_FIELD(&n, "elts", e->v.Tuple.elts, dump_expr);
      dump_ctx(&n, e->v.Tuple.ctx);
      break;
    case Expr_Slice:
      expr_field(&n, "lower", e->v.Slice.lower);
      expr_field(&n, "upper", e->v.Slice.upper);
      expr_field(&n, "step", e->v.Slice.step);
      break;
  }
  node_close_pos(&n, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
}

static void dump_alias(const Alias *a) {
  Node n;
  node_open(&n, "alias");
  ident_field(&n, "name", a->name);
  ident_field(&n, "asname", a->asname);
  node_close_pos(&n, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
}

static void dump_withitem(const WithItem *w) {
  Node n;
  node_open(&n, "withitem");
  expr_field(&n, "context_expr", w->context_expr);
  expr_field(&n, "optional_vars", w->optional_vars);
  node_close(&n);
}

static void dump_handler(const ExceptHandler *h) {
  Node n;
  node_open(&n, "ExceptHandler");
  expr_field(&n, "type", h->type);
  ident_field(&n, "name", h->name);
  LIST_FIELD(&n, "body", h->body, dump_stmt);
  node_close_pos(&n, h->lineno, h->col_offset, h->end_lineno, h->end_col_offset);
}

static void dump_type_param(const TypeParam *t) {
  Node n;
  static const char *const names[] = { "?", "TypeVar", "ParamSpec", "TypeVarTuple" };
  node_open(&n, names[t->kind]);
  ident_field(&n, "name", t->name);
  expr_field(&n, "bound", t->bound);
  expr_field(&n, "default_value", t->default_value);
  node_close_pos(&n, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
}

static void dump_match_case(const MatchCase *c) {
  Node n;
  node_open(&n, "match_case");
  field(&n, "pattern"); dump_pattern(c->pattern);
  expr_field(&n, "guard", c->guard);
  LIST_FIELD(&n, "body", c->body, dump_stmt);
  node_close(&n);
}

static void dump_pattern(const Pattern *p) {
  Node n;
  node_open(&n, ast_pattern_name(p->kind));
  switch (p->kind) {
    case Pattern_MatchValue: expr_field(&n, "value", p->v.MatchValue.value); break;
    case Pattern_MatchSingleton:
      field(&n, "value");
      printf("%s", p->v.MatchSingleton.value == Const_None ? "None"
             : p->v.MatchSingleton.value == Const_True ? "True" : "False");
      break;
    case Pattern_MatchSequence: LIST_FIELD(&n, "patterns", p->v.MatchSequence.patterns, dump_pattern); break;
    case Pattern_MatchMapping:
      LIST_FIELD(&n, "keys", p->v.MatchMapping.keys, dump_expr);
      LIST_FIELD(&n, "patterns", p->v.MatchMapping.patterns, dump_pattern);
      ident_field(&n, "rest", p->v.MatchMapping.rest);
      break;
    case Pattern_MatchClass:
      expr_field(&n, "cls", p->v.MatchClass.cls);
      LIST_FIELD(&n, "patterns", p->v.MatchClass.patterns, dump_pattern);
      LIST_FIELD(&n, "kwd_attrs", p->v.MatchClass.kwd_attrs, dump_ident_item);
      LIST_FIELD(&n, "kwd_patterns", p->v.MatchClass.kwd_patterns, dump_pattern);
      break;
    case Pattern_MatchStar: ident_field(&n, "name", p->v.MatchStar.name); break;
    case Pattern_MatchAs:
      if (p->v.MatchAs.pattern) { field(&n, "pattern"); dump_pattern(p->v.MatchAs.pattern); }
      ident_field(&n, "name", p->v.MatchAs.name);
      break;
    case Pattern_MatchOr: LIST_FIELD(&n, "patterns", p->v.MatchOr.patterns, dump_pattern); break;
  }
  node_close_pos(&n, p->lineno, p->col_offset, p->end_lineno, p->end_col_offset);
}

static void dump_stmt(const Stmt *s) {
  Node n;
  node_open(&n, ast_stmt_name(s->kind));
  switch (s->kind) {
    case Stmt_FunctionDef: case Stmt_AsyncFunctionDef:
      ident_field(&n, "name", s->v.FunctionDef.name);
      field(&n, "args"); dump_arguments(s->v.FunctionDef.args);
      LIST_FIELD(&n, "body", s->v.FunctionDef.body, dump_stmt);
      LIST_FIELD(&n, "decorator_list", s->v.FunctionDef.decorator_list, dump_expr);
      expr_field(&n, "returns", s->v.FunctionDef.returns);
      LIST_FIELD(&n, "type_params", s->v.FunctionDef.type_params, dump_type_param);
      break;
    case Stmt_ClassDef:
      ident_field(&n, "name", s->v.ClassDef.name);
      LIST_FIELD(&n, "bases", s->v.ClassDef.bases, dump_expr);
      LIST_FIELD(&n, "keywords", s->v.ClassDef.keywords, dump_keyword);
      LIST_FIELD(&n, "body", s->v.ClassDef.body, dump_stmt);
      LIST_FIELD(&n, "decorator_list", s->v.ClassDef.decorator_list, dump_expr);
      LIST_FIELD(&n, "type_params", s->v.ClassDef.type_params, dump_type_param);
      break;
    case Stmt_Return: expr_field(&n, "value", s->v.Return.value); break;
    case Stmt_Delete: LIST_FIELD(&n, "targets", s->v.Delete.targets, dump_expr); break;
    case Stmt_Assign:
      LIST_FIELD(&n, "targets", s->v.Assign.targets, dump_expr);
      expr_field(&n, "value", s->v.Assign.value);
      break;
    case Stmt_TypeAlias:
      expr_field(&n, "name", s->v.TypeAlias.name);
      LIST_FIELD(&n, "type_params", s->v.TypeAlias.type_params, dump_type_param);
      expr_field(&n, "value", s->v.TypeAlias.value);
      break;
    case Stmt_AugAssign:
      expr_field(&n, "target", s->v.AugAssign.target);
      field(&n, "op"); simple_node(ast_operator_name(s->v.AugAssign.op));
      expr_field(&n, "value", s->v.AugAssign.value);
      break;
    case Stmt_AnnAssign:
      expr_field(&n, "target", s->v.AnnAssign.target);
      expr_field(&n, "annotation", s->v.AnnAssign.annotation);
      expr_field(&n, "value", s->v.AnnAssign.value);
      field(&n, "simple"); printf("%d", s->v.AnnAssign.simple);
      break;
    case Stmt_For: case Stmt_AsyncFor:
      expr_field(&n, "target", s->v.For.target);
      expr_field(&n, "iter", s->v.For.iter);
      LIST_FIELD(&n, "body", s->v.For.body, dump_stmt);
      LIST_FIELD(&n, "orelse", s->v.For.orelse, dump_stmt);
      break;
    case Stmt_While:
      expr_field(&n, "test", s->v.While.test);
      LIST_FIELD(&n, "body", s->v.While.body, dump_stmt);
      LIST_FIELD(&n, "orelse", s->v.While.orelse, dump_stmt);
      break;
    case Stmt_If:
      expr_field(&n, "test", s->v.If.test);
      LIST_FIELD(&n, "body", s->v.If.body, dump_stmt);
      LIST_FIELD(&n, "orelse", s->v.If.orelse, dump_stmt);
      break;
    case Stmt_With: case Stmt_AsyncWith:
      LIST_FIELD(&n, "items", s->v.With.items, dump_withitem);
      LIST_FIELD(&n, "body", s->v.With.body, dump_stmt);
      break;
    case Stmt_Match:
      expr_field(&n, "subject", s->v.Match.subject);
      LIST_FIELD(&n, "cases", s->v.Match.cases, dump_match_case);
      break;
    case Stmt_Raise:
      expr_field(&n, "exc", s->v.Raise.exc);
      expr_field(&n, "cause", s->v.Raise.cause);
      break;
    case Stmt_Try: case Stmt_TryStar:
      LIST_FIELD(&n, "body", s->v.Try.body, dump_stmt);
      LIST_FIELD(&n, "handlers", s->v.Try.handlers, dump_handler);
      LIST_FIELD(&n, "orelse", s->v.Try.orelse, dump_stmt);
      LIST_FIELD(&n, "finalbody", s->v.Try.finalbody, dump_stmt);
      break;
    case Stmt_Assert:
      expr_field(&n, "test", s->v.Assert.test);
      expr_field(&n, "msg", s->v.Assert.msg);
      break;
    case Stmt_Import: LIST_FIELD(&n, "names", s->v.Import.names, dump_alias); break;
    case Stmt_ImportFrom:
      ident_field(&n, "module", s->v.ImportFrom.module);
      LIST_FIELD(&n, "names", s->v.ImportFrom.names, dump_alias);
      field(&n, "level"); printf("%d", s->v.ImportFrom.level);
      break;
    case Stmt_Global: LIST_FIELD(&n, "names", s->v.Global.names, dump_ident_item); break;
    case Stmt_Nonlocal: LIST_FIELD(&n, "names", s->v.Nonlocal.names, dump_ident_item); break;
    case Stmt_Expr: expr_field(&n, "value", s->v.Expr.value); break;
    case Stmt_Pass: case Stmt_Break: case Stmt_Continue: break;
  }
  node_close_pos(&n, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
}

static void dump_mod(const Mod *m) {
  Node n;
  switch (m->kind) {
    case Mod_Module:
      node_open(&n, "Module");
      LIST_FIELD(&n, "body", m->v.Module.body, dump_stmt);
      break;
    case Mod_Interactive:
      node_open(&n, "Interactive");
      LIST_FIELD(&n, "body", m->v.Interactive.body, dump_stmt);
      break;
    case Mod_Expression:
      node_open(&n, "Expression");
      expr_field(&n, "body", m->v.Expression.body);
      break;
    default:
      node_open(&n, "FunctionType");
      break;
  }
  node_close(&n);
  printf("\n");
}

/* ------------------------------------------------------------- main */

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *buf = NULL;
  size_t cap = 0, n = 0;
  if (f == NULL) return NULL;
  for (;;) {
    if (n == cap) {
      char *nb = realloc(buf, cap = cap ? cap * 2 : 65536);
      if (nb == NULL) { free(buf); fclose(f); return NULL; }
      buf = nb;
    }
    size_t got = fread(buf + n, 1, cap - n, f);
    if (got == 0) break;
    n += got;
  }
  fclose(f);
  *len = n;
  return buf;
}

int main(int argc, char **argv) {
  ParseMode mode = PARSE_FILE;
  const char *path = NULL;
  char *src;
  size_t len;
  Arena *arena;
  ParseError err;
  Mod *mod;
  int i;
  for (i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-a") == 0) with_attributes = 1;
    else if (strcmp(argv[i], "-s") == 0) with_symtable = 1;
    else if (strcmp(argv[i], "-q") == 0) quiet = 1;
    else if (strcmp(argv[i], "-m") == 0 && i + 1 < argc) {
      const char *m = argv[++i];
      mode = strcmp(m, "eval") == 0 ? PARSE_EVAL : strcmp(m, "single") == 0 ? PARSE_SINGLE : PARSE_FILE;
    } else path = argv[i];
  }
  if (path == NULL) {
    fprintf(stderr, "usage: astdump [-a] [-m exec|eval|single] file.py\n");
    return 2;
  }
  src = read_file(path, &len);
  if (src == NULL) { perror(path); return 2; }
  arena = arena_new();
  if (arena == NULL) { fprintf(stderr, "out of memory\n"); return 2; }
  mod = parse_source(src, len, path, mode, arena, &err);
  if (mod != NULL && with_symtable && symtable_build(mod, path, arena, &err) == NULL)
    mod = NULL;
  if (mod == NULL) {
    printf("%s: %s (%d, %d, %d, %d)\n", parse_error_kind_name(err.kind), err.msg,
           err.lineno, err.offset, err.end_lineno, err.end_offset);
    parse_error_clear(&err);
    arena_free(arena);
    free(src);
    return 1;
  }
  if (!quiet) dump_mod(mod);
  arena_free(arena);
  free(src);
  return 0;
}
