/*
** symdump.c -- prints the code-object view of minnow's symbol table:
** one line per scope that becomes a code object,
**   QUALNAME varnames=(...) cellvars=(...) freevars=(...)
** in the shape tests/front/check.py builds from CPython's code objects.
**
**   symdump file.py
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "parser.h"
#include "symtable.h"

static void print_tuple(IdentSeq seq) {
  int i;
  printf("(");
  for (i = 0; i < seq.n; i++) printf("%s'%s'", i ? ", " : "", seq.items[i]);
  if (seq.n == 1) printf(",");
  printf(")");
}

static const char *display_name(const Scope *s) {
  if (s->kind == SCOPE_LAMBDA) return "<lambda>";
  if (s->kind == SCOPE_COMPREHENSION) {
    if (strcmp(s->name, "genexpr") == 0) return "<genexpr>";
    if (strcmp(s->name, "listcomp") == 0) return "<listcomp>";
    if (strcmp(s->name, "setcomp") == 0) return "<setcomp>";
    return "<dictcomp>";
  }
  return s->name;
}

static int is_type_param_scope(const Scope *s) {
  return s->kind == SCOPE_ANNOTATION && strncmp(s->name, "<generic parameters of ", 23) == 0;
}

/* The enclosing scope that names this one in qualnames (CPython leaves
** out inlined comprehensions and type-parameter scopes). */
static const Scope *code_parent(const Scope *s) {
  const Scope *p = s->parent;
  while (p && (p->comp_inlined || (is_type_param_scope(p) && !is_type_param_scope(s)) ||
               (is_type_param_scope(p) && is_type_param_scope(s))))
    p = p->parent;
  return p;
}

/* CPython's co_qualname; malloc'd. */
static char *qualname(const Scope *s) {
  const Scope *chain[4096];
  size_t n = 0, len = 1, i;
  char *buf;
  const Scope *p;
  if (s->kind == SCOPE_MODULE) {
    buf = malloc(9);
    if (buf) memcpy(buf, "<module>", 9);
    return buf;
  }
  for (p = s; p && p->kind != SCOPE_MODULE && n < 4096; p = code_parent(p)) chain[n++] = p;
  for (i = 0; i < n; i++) len += strlen(display_name(chain[i])) + 10;
  buf = malloc(len);
  if (buf == NULL) return NULL;
  buf[0] = '\0';
  for (i = n; i-- > 0;) {
    strcat(buf, display_name(chain[i]));
    if (i > 0) strcat(buf, chain[i]->kind == SCOPE_CLASS ? "." : ".<locals>.");
  }
  return buf;
}

static void dump_scope(const Scope *s) {
  int i;
  if (!s->comp_inlined) {
    char *q = qualname(s);
    printf("%s varnames=", q ? q : "?");
    free(q);
    print_tuple(s->varnames);
    printf(" cellvars=");
    print_tuple(s->cellvars);
    printf(" freevars=");
    print_tuple(s->freevars);
    printf("\n");
  }
  for (i = 0; i < s->nchildren; i++) dump_scope(s->children[i]);
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *buf = NULL;
  size_t cap = 0, n = 0, got;
  if (f == NULL) return NULL;
  for (;;) {
    if (n == cap) {
      char *nb = realloc(buf, cap = cap ? cap * 2 : 65536);
      if (nb == NULL) { free(buf); fclose(f); return NULL; }
      buf = nb;
    }
    if ((got = fread(buf + n, 1, cap - n, f)) == 0) break;
    n += got;
  }
  fclose(f);
  *len = n;
  return buf;
}

int main(int argc, char **argv) {
  size_t len;
  char *src;
  Arena *arena;
  ParseError err;
  Mod *mod;
  SymTable *st;
  if (argc != 2) { fprintf(stderr, "usage: symdump file.py\n"); return 2; }
  if ((src = read_file(argv[1], &len)) == NULL) { perror(argv[1]); return 2; }
  arena = arena_new();
  mod = parse_source(src, len, argv[1], PARSE_FILE, arena, &err);
  st = mod ? symtable_build(mod, argv[1], arena, &err) : NULL;
  if (st == NULL) {
    printf("%s: %s (%d, %d, %d, %d)\n", parse_error_kind_name(err.kind), err.msg,
           err.lineno, err.offset, err.end_lineno, err.end_offset);
    parse_error_clear(&err);
    arena_free(arena);
    free(src);
    return 1;
  }
  dump_scope(symtable_top(st));
  arena_free(arena);
  free(src);
  return 0;
}
