/*
** ast.c -- the arena that holds AST nodes, and node-kind names.
*/
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#include "ast.h"

/* Blocks are chained; big requests get a block of their own so that
** the current block's free tail is not wasted. */
#define ARENA_BLOCK 65536

typedef struct Block {
  struct Block *next;
  size_t size, used;
  max_align_t data[];       /* payload, suitably aligned */
} Block;

struct Arena {
  Block *head;              /* current block (first in chain) */
};

Arena *arena_new(void) {
  return calloc(1, sizeof(Arena));
}

static Block *block_new(size_t size) {
  Block *b = malloc(sizeof(Block) + size);
  if (b == NULL) return NULL;
  b->next = NULL;
  b->size = size;
  b->used = 0;
  return b;
}

static size_t round_up(size_t n) {
  size_t a = sizeof(max_align_t);
  return (n + a - 1) / a * a;
}

void *arena_alloc(Arena *a, size_t size) {
  Block *b = a->head;
  size = round_up(size ? size : 1);
  if (size > SIZE_MAX / 2) return NULL;
  if (b == NULL || b->size - b->used < size) {
    if (size > ARENA_BLOCK / 4) {       /* oversized: private block */
      Block *big = block_new(size);
      if (big == NULL) return NULL;
      big->used = size;
      if (b == NULL) a->head = big;
      else { big->next = b->next; b->next = big; }
      memset(big->data, 0, size);
      return big->data;
    }
    b = block_new(ARENA_BLOCK);
    if (b == NULL) return NULL;
    b->next = a->head;
    a->head = b;
  }
  void *p = (char *)b->data + b->used;
  b->used += size;
  memset(p, 0, size);
  return p;
}

char *arena_strndup(Arena *a, const char *s, size_t len) {
  char *p = arena_alloc(a, len + 1);
  if (p == NULL) return NULL;
  if (len) memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

void arena_free(Arena *a) {
  if (a == NULL) return;
  Block *b = a->head;
  while (b) {
    Block *next = b->next;
    free(b);
    b = next;
  }
  free(a);
}

/* ---------------------------------------------------------- names */

static const char *const stmt_names[] = {
  "?", "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete",
  "Assign", "TypeAlias", "AugAssign", "AnnAssign", "For", "AsyncFor",
  "While", "If", "With", "AsyncWith", "Match", "Raise", "Try", "TryStar",
  "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass",
  "Break", "Continue"
};

static const char *const expr_names[] = {
  "?", "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict",
  "Set", "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await",
  "Yield", "YieldFrom", "Compare", "Call", "FormattedValue", "JoinedStr",
  "Constant", "Attribute", "Subscript", "Starred", "Name", "List", "Tuple",
  "Slice"
};

static const char *const operator_names[] = {
  "?", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift",
  "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"
};

static const char *const unaryop_names[] = {
  "?", "Invert", "Not", "UAdd", "USub"
};

static const char *const cmpop_names[] = {
  "?", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"
};

static const char *const boolop_names[] = { "?", "And", "Or" };
static const char *const context_names[] = { "?", "Load", "Store", "Del" };

static const char *const pattern_names[] = {
  "?", "MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping",
  "MatchClass", "MatchStar", "MatchAs", "MatchOr"
};

#define NAME_OF(table, k) \
  (((unsigned)(k) < sizeof(table) / sizeof(table[0])) ? table[k] : "?")

const char *ast_stmt_name(StmtKind k) { return NAME_OF(stmt_names, k); }
const char *ast_expr_name(ExprKind k) { return NAME_OF(expr_names, k); }
const char *ast_operator_name(AstOperator op) { return NAME_OF(operator_names, op); }
const char *ast_unaryop_name(AstUnaryOp op) { return NAME_OF(unaryop_names, op); }
const char *ast_cmpop_name(AstCmpOp op) { return NAME_OF(cmpop_names, op); }
const char *ast_boolop_name(AstBoolOp op) { return NAME_OF(boolop_names, op); }
const char *ast_context_name(AstExprContext c) { return NAME_OF(context_names, c); }
const char *ast_pattern_name(PatternKind k) { return NAME_OF(pattern_names, k); }
