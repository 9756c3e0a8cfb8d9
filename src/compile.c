/* compile.c — AST to code objects.
 *
 * The code generation follows CPython 3.13 (Python/compile.c and flowgraph.c), adapted
 * to minnow's instruction set: same instruction shapes where the opcodes match, so
 * that `dis` reads alike and tracebacks point at the same columns.
 *
 * One Unit per code object being built.  Instructions are emitted into a flat array;
 * jumps name labels.  A few pseudo-instructions exist only here: JUMP (becomes
 * JUMP_FORWARD or JUMP_BACKWARD), SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH (push an
 * exception handler) and POP_BLOCK (pop it).  assemble() then runs a flow analysis
 * over the array — stack depths, reachable code, the handler of every instruction —
 * drops the pseudo-instructions, and produces the exception table, line table and
 * co_stacksize.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "containers.h"
#include "error.h"
#include "gc.h"
#include "module.h"
#include "num.h"
#include "symtable.h"

#define STACK_USE_GUIDELINE 30
#define MAX_BLOCKS 21               /* CPython's CO_MAXBLOCKS */
#define CO_FUTURE_ANNOTATIONS 0x1000000

/* Pass a `*args` object to CALL_FUNCTION_EX as it is (CPython does; the eval loop then
 * converts it with "argument after * must be an iterable") rather than building a
 * tuple first. */
#define CALL_EX_ANY_ITERABLE 1

/* ------------------------------------------------------------------ pseudo ops */

enum {
    PS_JUMP = OP_COUNT, PS_SETUP_FINALLY, PS_SETUP_CLEANUP, PS_SETUP_WITH, PS_POP_BLOCK,
};

static bool is_setup(int op) {
    return op == PS_SETUP_FINALLY || op == PS_SETUP_CLEANUP || op == PS_SETUP_WITH;
}

/* Has a label argument: real jumps, JUMP and the SETUPs. */
static bool has_target(int op) {
    return op == PS_JUMP || is_setup(op) || (op < OP_COUNT && opcode_is_jump(op));
}

static bool is_terminator(int op) {
    return op == PS_JUMP || (op < OP_COUNT && opcode_is_terminator(op));
}

static int stack_effect(int op, int arg, bool jump) {
    switch (op) {
    case PS_JUMP: case PS_POP_BLOCK: return 0;
    case PS_SETUP_FINALLY: return jump ? 1 : 0;
    case PS_SETUP_CLEANUP: return jump ? 2 : 0;
    case PS_SETUP_WITH: return jump ? 1 : 0;
    default: return opcode_stack_effect(op, arg, jump);
    }
}

/* ------------------------------------------------------------------ locations */

#define NO_LOC ((Location){-1, -1, -1, -1})
#define LOC(n) ((Location){(n)->lineno, (n)->end_lineno, (n)->col_offset, (n)->end_col_offset})

/* ------------------------------------------------------------------ tables */

/* An insertion-ordered set of strings, each with its index. */
typedef struct NameMap {
    const char **keys;
    int n, cap;
    int *index;
    int icap;
} NameMap;

static uint32_t hash_cstr(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

static int nm_slot(const NameMap *m, const char *k) {
    uint32_t i = hash_cstr(k) & (uint32_t)(m->icap - 1);
    while (m->index[i] >= 0 && strcmp(m->keys[m->index[i]], k) != 0)
        i = (i + 1) & (uint32_t)(m->icap - 1);
    return (int)i;
}

static int nm_find(const NameMap *m, const char *k) {
    if (m->icap == 0) return -1;
    return m->index[nm_slot(m, k)];
}

/* Index of k, adding it if new; -1 when out of memory. */
static int nm_add(NameMap *m, const char *k) {
    int i = nm_find(m, k);
    if (i >= 0) return i;
    if (m->n == m->cap) {
        int cap = m->cap ? m->cap * 2 : 8;
        const char **keys = realloc(m->keys, sizeof(char *) * (size_t)cap);
        if (!keys) return -1;
        m->keys = keys;
        m->cap = cap;
    }
    if ((m->n + 1) * 2 > m->icap) {
        int icap = m->icap ? m->icap * 2 : 16;
        int *index = malloc(sizeof(int) * (size_t)icap);
        if (!index) return -1;
        free(m->index);
        m->index = index;
        m->icap = icap;
        for (int j = 0; j < icap; j++) index[j] = -1;
        for (int j = 0; j < m->n; j++) index[nm_slot(m, m->keys[j])] = j;
    }
    m->index[nm_slot(m, k)] = m->n;
    m->keys[m->n] = k;
    return m->n++;
}

static void nm_free(NameMap *m) {
    free(m->keys);
    free(m->index);
    memset(m, 0, sizeof *m);
}

/* Constants, deduplicated by type and value (1, 1.0 and True stay apart; 0.0 and -0.0
 * too; code objects by identity). */
typedef struct ConstMap {
    Value *items;
    int n, cap;
    int *index;
    int icap;
} ConstMap;

static uint64_t const_hash(Value v) {
    switch (v.tag) {
    case TAG_NONE: return 1;
    case TAG_BOOL: return 2 + (uint64_t)v.u.i;
    case TAG_INT: return (uint64_t)v.u.i * 1000003u ^ 7;
    case TAG_FLOAT: return (uint64_t)v.u.i * 31 ^ 11;
    case TAG_OBJ: break;
    default: return 0;
    }
    Obj *o = as_obj(v);
    if (o->type == &type_str) return (uint64_t)hash_cstr(((Str *)o)->data) ^ 13;
    if (o->type == &type_bytes) {
        Bytes *b = (Bytes *)o;
        uint64_t h = 17;
        for (size_t i = 0; i < b->len; i++) h = (h ^ (uint8_t)b->data[i]) * 1099511628211u;
        return h;
    }
    if (o->type == &type_tuple) {
        Tuple *t = (Tuple *)o;
        uint64_t h = 19 + t->len;
        for (size_t i = 0; i < t->len; i++) h = h * 1000003u ^ const_hash(t->items[i]);
        return h;
    }
    if (o->type == &type_int) return mpz_get_ui(((BigInt *)o)->z) ^ 23;
    if (o->type == &type_complex) {
        Complex *x = (Complex *)o;
        uint64_t a, b;
        memcpy(&a, &x->re, 8);
        memcpy(&b, &x->im, 8);
        return a * 31 ^ b ^ 29;
    }
    return (uint64_t)(uintptr_t)o >> 4;
}

static bool const_eq(Value a, Value b) {
    if (a.tag != b.tag) return false;
    if (a.tag != TAG_OBJ) return a.u.i == b.u.i || a.tag == TAG_NONE;
    Obj *x = as_obj(a), *y = as_obj(b);
    if (x == y) return true;
    if (x->type != y->type) return false;
    if (x->type == &type_str) {
        Str *s = (Str *)x, *t = (Str *)y;
        return s->nbytes == t->nbytes && memcmp(s->data, t->data, s->nbytes) == 0;
    }
    if (x->type == &type_bytes) {
        Bytes *s = (Bytes *)x, *t = (Bytes *)y;
        return s->len == t->len && memcmp(s->data, t->data, s->len) == 0;
    }
    if (x->type == &type_tuple) {
        Tuple *s = (Tuple *)x, *t = (Tuple *)y;
        if (s->len != t->len) return false;
        for (size_t i = 0; i < s->len; i++)
            if (!const_eq(s->items[i], t->items[i])) return false;
        return true;
    }
    if (x->type == &type_int) return mpz_cmp(((BigInt *)x)->z, ((BigInt *)y)->z) == 0;
    if (x->type == &type_complex)   /* same bits: 0j and -0j stay apart */
        return memcmp(&((Complex *)x)->re, &((Complex *)y)->re, 8) == 0 &&
               memcmp(&((Complex *)x)->im, &((Complex *)y)->im, 8) == 0;
    return false;
}

static int cm_slot(const ConstMap *m, Value v) {
    uint32_t i = (uint32_t)const_hash(v) & (uint32_t)(m->icap - 1);
    while (m->index[i] >= 0 && !const_eq(m->items[m->index[i]], v))
        i = (i + 1) & (uint32_t)(m->icap - 1);
    return (int)i;
}

static int cm_add(ConstMap *m, Value v) {
    if (m->icap) {
        int k = m->index[cm_slot(m, v)];
        if (k >= 0) return k;
    }
    if (m->n == m->cap) {
        int cap = m->cap ? m->cap * 2 : 8;
        Value *items = realloc(m->items, sizeof(Value) * (size_t)cap);
        if (!items) return -1;
        m->items = items;
        m->cap = cap;
    }
    if ((m->n + 1) * 2 > m->icap) {
        int icap = m->icap ? m->icap * 2 : 16;
        int *index = malloc(sizeof(int) * (size_t)icap);
        if (!index) return -1;
        free(m->index);
        m->index = index;
        m->icap = icap;
        for (int j = 0; j < icap; j++) index[j] = -1;
        for (int j = 0; j < m->n; j++) index[cm_slot(m, m->items[j])] = j;
    }
    m->index[cm_slot(m, v)] = m->n;
    m->items[m->n] = v;
    return m->n++;
}

static void cm_free(ConstMap *m) {
    free(m->items);
    free(m->index);
    memset(m, 0, sizeof *m);
}

/* ------------------------------------------------------------------ units */

typedef enum {
    U_MODULE, U_CLASS, U_FUNCTION, U_ASYNC_FUNCTION, U_LAMBDA, U_COMPREHENSION,
} UnitKind;

/* Compile-time instruction.  For ARG_LOCAL opcodes `arg` indexes the name table
 * `table` (slots are laid out at the end); for jumps it is a label. */
typedef struct CInstr {
    int op;
    int arg;
    Location loc;
    uint8_t table;
} CInstr;

enum { T_VAR, T_CELL, T_FREE };

/* Frame blocks: what break/continue/return must unwind. */
typedef enum {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_ASYNC_WITH, FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER,
    FB_EXCEPTION_GROUP_HANDLER, FB_ASYNC_COMPREHENSION_GENERATOR, FB_STOP_ITERATION,
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    int block, exit;        /* labels: continue target, break target */
    const void *datum;      /* finally body (StmtSeq *), handler name, with Stmt */
    Location loc;
} FBlock;

/* While an inlined comprehension is compiled, its own view of a name replaces the
 * enclosing block's (CPython swaps the entries of the symbol dict). */
typedef struct Override {
    const char *name;
    int flags;
    SymScope scope;
} Override;

typedef struct Unit {
    struct Unit *parent;
    Scope *ste;
    UnitKind kind;
    const char *name;
    const char *qualname;
    const char *private_name;   /* class name for mangling, or NULL */
    int firstlineno;
    int argcount, posonlyargcount, kwonlyargcount;

    CInstr *code;
    int ncode, capcode;
    int *labels;                /* label → instruction index (-1 until used) */
    int nlabels, caplabels;
    int last_label_pos;         /* instruction index the latest label points at */

    ConstMap consts;
    NameMap names, varnames, cellvars, freevars;
    NameMap fasthidden;         /* names ever made hidden fast locals */
    bool *hidden_now;           /* parallel to fasthidden.keys */
    int caphidden;
    NameMap static_attrs;       /* classes: self.X stores in methods */

    FBlock fblocks[MAX_BLOCKS];
    int nfblocks;
    int in_inlined_comp;
    Override *overrides;
    int noverrides, capoverrides;
} Unit;

typedef struct FoldCache {
    const Expr **keys;
    Value *values;
    int n, cap;
} FoldCache;

typedef struct Compiler {
    Arena *arena;               /* strings the compiler makes (mangled names, qualnames) */
    SymTable *st;
    Str *filename;
    Unit *u;
    int nestlevel;
    bool interactive;
    int future_flags;
    int optimize;               /* 1: no asserts, __debug__ false; 2: no docstrings either */
    List *keepalive;            /* every object made while compiling: a GC root via the C stack */
    FoldCache fold_cache;       /* folded constant value of expressions */
} Compiler;

#define TRY(x) do { if (!(x)) return false; } while (0)

/* ------------------------------------------------------------------ errors */

/* The text of line `lineno` of the file, as CPython's PyErr_ProgramTextObject reads it
 * (None when the file cannot be read). */
static Value program_text(Str *filename, int lineno) {
    if (filename == NULL || lineno < 1) return NONE;
    FILE *f = fopen(filename->data, "rb");
    if (!f) return NONE;
    StrBuf b;
    strbuf_init(&b);
    int line = 1, ch;
    while (line < lineno && (ch = fgetc(f)) != EOF)
        if (ch == '\n') line++;
    if (line != lineno) { fclose(f); strbuf_free(&b); return NONE; }
    while ((ch = fgetc(f)) != EOF) {
        strbuf_addc(&b, (char)ch);
        if (ch == '\n') break;
    }
    fclose(f);
    if (b.len == 0) { strbuf_free(&b); return NONE; }
    if (!utf8_valid(b.data, b.len)) { strbuf_free(&b); return NONE; }
    Str *s = strbuf_finish(&b);
    return s ? v_str(s) : NULLV;
}

static Value int_or_none(int x) { return x < 0 ? NONE : v_int(x); }

/* Raise `type(msg, (filename, lineno, offset, text, end_lineno, end_offset))`. */
static void raise_syntax(Type *type, const char *msg, Str *filename, int lineno, int offset,
                         Value text, int end_lineno, int end_offset) {
    Value m = str_value_cstr(msg);
    if (is_null(m)) return;
    Tuple *details = tuple_pack(6, filename ? v_str(filename) : NONE, int_or_none(lineno),
                                int_or_none(offset), text, int_or_none(end_lineno),
                                int_or_none(end_offset));
    if (!details) return;
    Value args[2] = {m, v_obj(details)};
    Value exc = exc_new(type, args, 2);
    if (is_null(exc)) return;
    err_restore(exc);
}

static bool compiler_error(Compiler *c, Location loc, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    Value text = program_text(c->filename, loc.lineno);
    if (is_null(text)) return false;
    raise_syntax(&exc_SyntaxError, msg, c->filename, loc.lineno, loc.col + 1, text,
                 loc.end_lineno, loc.end_col + 1);
    return false;
}

/* A SyntaxWarning through warnings.warn_explicit, as CPython's compiler issues them;
 * a warning turned into an error becomes a SyntaxError at `loc`. */
static bool compiler_warn(Compiler *c, Location loc, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    Str *wname = str_intern_cstr("warnings");
    if (!wname) return false;
    Value mod = import_module(wname, NULL, NONE, 0);
    Value fn = is_null(mod) ? NULLV : obj_getattr_cstr(mod, "warn_explicit");
    if (is_null(fn)) {      /* no warnings machinery: stay silent */
        err_clear();
        return true;
    }
    Value m = str_value_cstr(msg);
    if (is_null(m)) return false;
    Value args[4] = {m, v_obj(&exc_SyntaxWarning), c->filename ? v_str(c->filename) : NONE,
                     v_int(loc.lineno)};
    Value r = obj_call(fn, args, 4, NULL);
    if (is_null(r)) {
        if (!err_matches(&exc_SyntaxWarning)) return false;
        err_clear();
        return compiler_error(c, loc, "%s", msg);
    }
    return true;
}

static bool no_memory(void) {
    raise_no_memory();
    return false;
}

/* Keep an object the compiler made reachable until the code object owns it. */
static bool keep(Compiler *c, Value v) {
    if (!is_obj(v)) return true;
    return list_append(c->keepalive, v);
}

/* ------------------------------------------------------------------ strings */

/* a + b + c in the compiler's arena. */
static char *concat3(Compiler *c, const char *a, const char *b, const char *d) {
    size_t na = strlen(a), nb = strlen(b), nd = strlen(d);
    char *s = arena_alloc(c->arena, na + nb + nd + 1);
    if (!s) return NULL;
    memcpy(s, a, na);
    memcpy(s + na, b, nb);
    memcpy(s + na + nb, d, nd + 1);
    return s;
}

/* Private name mangling: "__x" inside class C becomes "_C__x". */
static const char *mangle(Compiler *c, const char *priv, const char *name) {
    if (priv == NULL || name[0] != '_' || name[1] != '_') return name;
    size_t n = strlen(name);
    if (n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') return name;
    if (strchr(name, '.')) return name;
    while (*priv == '_') priv++;
    if (*priv == 0) return name;
    const char *r = concat3(c, "_", priv, name);
    return r ? r : name;
}

/* Identifier-like strings are interned, as CPython interns such constants. */
static bool all_name_chars(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '_'))
            return false;
    }
    return true;
}

static Value make_str(Compiler *c, const char *s, size_t n) {
    Str *r = all_name_chars(s, n) ? str_intern(s, n) : str_new(s, n);
    if (!r) return NULLV;
    Value v = v_str(r);
    if (!keep(c, v)) return NULLV;
    return v;
}

static Value make_cstr(Compiler *c, const char *s) { return make_str(c, s, strlen(s)); }

/* ------------------------------------------------------------------ scopes */

static const Symbol *find_symbol(Unit *u, const char *name, Override **ov) {
    *ov = NULL;
    for (int i = u->noverrides - 1; i >= 0; i--)
        if (strcmp(u->overrides[i].name, name) == 0) { *ov = &u->overrides[i]; return NULL; }
    return scope_symbol(u->ste, name);
}

static SymScope scope_of(Unit *u, const char *mangled) {
    Override *ov;
    const Symbol *s = find_symbol(u, mangled, &ov);
    if (ov) return ov->scope;
    return s ? s->scope : SYM_UNRESOLVED;
}

/* CPython's _PyST_IsFunctionLike: functions, lambdas, comprehensions, annotation scopes. */
static bool scope_is_function_like(const Scope *s) {
    return s->kind == SCOPE_FUNCTION || s->kind == SCOPE_LAMBDA || s->kind == SCOPE_COMPREHENSION ||
           s->kind == SCOPE_ANNOTATION;
}

static bool is_function_like(Unit *u) { return scope_is_function_like(u->ste); }

/* ------------------------------------------------------------------ emission */

static bool grow_code(Unit *u) {
    if (u->ncode < u->capcode) return true;
    int cap = u->capcode ? u->capcode * 2 : 64;
    CInstr *code = realloc(u->code, sizeof(CInstr) * (size_t)cap);
    if (!code) return no_memory();
    u->code = code;
    u->capcode = cap;
    return true;
}

static bool emit_raw(Compiler *c, int op, int arg, uint8_t table, Location loc) {
    Unit *u = c->u;
    TRY(grow_code(u));
    CInstr *in = &u->code[u->ncode++];
    in->op = op;
    in->arg = arg;
    in->table = table;
    in->loc = loc;
    return true;
}

/* LOAD_CONST a; LOAD_CONST b; BUILD_TUPLE 2 → LOAD_CONST (a, b), as CPython's optimizer. */
static bool fold_tuple_of_constants(Compiler *c, int n, Location loc, bool *done) {
    Unit *u = c->u;
    *done = false;
    if (n <= 0 || n > u->ncode || u->last_label_pos > u->ncode - n) return true;
    for (int i = u->ncode - n; i < u->ncode; i++)
        if (u->code[i].op != OP_LOAD_CONST) return true;
    Tuple *t = tuple_new((size_t)n);
    if (!t || !keep(c, v_obj(t))) return false;
    for (int i = 0; i < n; i++) t->items[i] = u->consts.items[u->code[u->ncode - n + i].arg];
    u->ncode -= n;
    int k = cm_add(&u->consts, v_obj(t));
    if (k < 0) return no_memory();
    *done = true;
    return emit_raw(c, OP_LOAD_CONST, k, 0, loc);
}

static bool emit(Compiler *c, int op, int arg, Location loc) {
    Unit *u = c->u;
    /* a, b = b, a: BUILD_TUPLE + UNPACK_SEQUENCE of 1..3 items is just a reordering */
    if (op == OP_UNPACK_SEQUENCE && arg >= 1 && arg <= 3 && u->ncode > 0 &&
        u->last_label_pos != u->ncode) {
        CInstr *last = &u->code[u->ncode - 1];
        if (last->op == OP_BUILD_TUPLE && last->arg == arg) {
            if (arg == 1) { u->ncode--; return true; }
            last->op = OP_SWAP;
            return true;
        }
    }
    if (op == OP_BUILD_TUPLE) {
        bool done;
        TRY(fold_tuple_of_constants(c, arg, loc, &done));
        if (done) return true;
    }
    /* LOAD_GLOBAL + PUSH_NULL → LOAD_GLOBAL with the push-null bit */
    if (op == OP_PUSH_NULL && u->ncode > 0 && u->last_label_pos != u->ncode) {
        CInstr *last = &u->code[u->ncode - 1];
        if (last->op == OP_LOAD_GLOBAL && !(last->arg & 1)) {
            last->arg |= 1;
            return true;
        }
    }
    return emit_raw(c, op, arg, 0, loc);
}

#define EMIT0(c, op, loc) emit(c, op, 0, loc)

static int new_label(Compiler *c) {
    Unit *u = c->u;
    if (u->nlabels == u->caplabels) {
        int cap = u->caplabels ? u->caplabels * 2 : 32;
        int *l = realloc(u->labels, sizeof(int) * (size_t)cap);
        if (!l) { no_memory(); return -1; }
        u->labels = l;
        u->caplabels = cap;
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

#define NEW_LABEL(c, l) int l = new_label(c); if (l < 0) return false

static void use_label(Compiler *c, int label) {
    c->u->labels[label] = c->u->ncode;
    c->u->last_label_pos = c->u->ncode;
}

static bool emit_jump(Compiler *c, int op, int label, Location loc) {
    return emit_raw(c, op, label, 0, loc);
}

static bool emit_const(Compiler *c, Value v, Location loc) {
    if (!keep(c, v)) return false;
    int i = cm_add(&c->u->consts, v);
    if (i < 0) return no_memory();
    return emit(c, OP_LOAD_CONST, i, loc);
}

static int add_name(Compiler *c, const char *name) {
    int i = nm_add(&c->u->names, name);
    if (i < 0) no_memory();
    return i;
}

/* An instruction whose argument is a co_names index. */
static bool emit_name(Compiler *c, int op, const char *name, Location loc) {
    int i = add_name(c, name);
    if (i < 0) return false;
    if (op == OP_LOAD_GLOBAL || op == OP_LOAD_ATTR) i <<= 1;
    return emit(c, op, i, loc);
}

static bool emit_load_method(Compiler *c, const char *name, Location loc) {
    int i = add_name(c, name);
    if (i < 0) return false;
    return emit(c, OP_LOAD_ATTR, i << 1 | 1, loc);
}

static NameMap *local_table(Unit *u, int table) {
    return table == T_VAR ? &u->varnames : table == T_CELL ? &u->cellvars : &u->freevars;
}

/* An instruction naming a localsplus slot through one of the three name tables. */
static bool emit_local(Compiler *c, int op, int table, const char *name, Location loc) {
    int i = nm_add(local_table(c->u, table), name);
    if (i < 0) return no_memory();
    return emit_raw(c, op, i, (uint8_t)table, loc);
}

/* Insert an instruction at index `at`, shifting labels. */
static bool insert_instr(Compiler *c, int at, int op, int arg, Location loc) {
    Unit *u = c->u;
    TRY(grow_code(u));
    memmove(&u->code[at + 1], &u->code[at], sizeof(CInstr) * (size_t)(u->ncode - at));
    u->ncode++;
    u->code[at] = (CInstr){.op = op, .arg = arg, .loc = loc};
    for (int i = 0; i < u->nlabels; i++)
        if (u->labels[i] >= at) u->labels[i]++;
    return true;
}

/* ------------------------------------------------------------------ frame blocks */

static bool push_fblock(Compiler *c, Location loc, FBlockKind kind, int block, int exit,
                        const void *datum) {
    Unit *u = c->u;
    if (u->nfblocks >= MAX_BLOCKS)
        return compiler_error(c, loc, "too many statically nested blocks");
    u->fblocks[u->nfblocks++] = (FBlock){kind, block, exit, datum, loc};
    return true;
}

static void pop_fblock(Compiler *c) { c->u->nfblocks--; }

/* ------------------------------------------------------------------ constants */

static Value const_of(Compiler *c, AstConstant *k, Location loc) {
    switch (k->kind) {
    case Const_None: return NONE;
    case Const_True: return TRUEV;
    case Const_False: return FALSEV;
    case Const_Ellipsis: return Ellipsis;
    case Const_Int: {
        Value v = int_from_str(k->v.i.digits, strlen(k->v.i.digits), k->v.i.base);
        if (!is_null(v) && !keep(c, v)) return NULLV;
        return v;
    }
    case Const_Float: return v_float(k->v.f);
    case Const_Imaginary: {
        (void)loc;
        Value v = complex_new(0.0, k->v.f);
        if (!is_null(v) && !keep(c, v)) return NULLV;
        return v;
    }
    case Const_Str: return make_str(c, k->v.s.data, k->v.s.len);
    case Const_Bytes: {
        Value v = bytes_new(k->v.s.data, k->v.s.len);
        if (!is_null(v) && !keep(c, v)) return NULLV;
        return v;
    }
    }
    return NONE;
}

static Value fold(Compiler *c, Expr *e);
static int binop_arg(AstOperator op);

static bool is_complex_const(Value v) { return is_obj(v) && as_obj(v)->type == &type_complex; }

static bool is_number_const(Value v) {
    return is_int(v) || is_float(v) || is_bigint(v) || is_complex_const(v);
}

static Value negate_const(Compiler *c, Value v, bool invert) {
    if (is_float(v)) return invert ? NULLV : v_float(-as_float(v));
    if (is_complex_const(v)) {
        if (invert) return NULLV;
        Complex *x = (Complex *)as_obj(v);
        Value r = complex_new(-x->re, -x->im);
        if (!is_null(r) && !keep(c, r)) return NULLV;
        return r;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    if (invert) mpz_com(z, z);
    else mpz_neg(z, z);
    Value r = int_from_mpz(z);
    mpz_clear(z);
    if (!is_null(r) && !keep(c, r)) return NULLV;
    return r;
}

/* Truth value of a folded constant. */
static bool const_truth(Value v) {
    switch (v.tag) {
    case TAG_NONE: return false;
    case TAG_BOOL: case TAG_INT: return v.u.i != 0;
    case TAG_FLOAT: return v.u.f != 0.0;
    default: break;
    }
    Obj *o = as_obj(v);
    if (o->type == &type_str) return ((Str *)o)->nbytes != 0;
    if (o->type == &type_bytes) return ((Bytes *)o)->len != 0;
    if (o->type == &type_tuple) return ((Tuple *)o)->len != 0;
    return true;
}

/* CPython's limits on what its AST optimizer computes at compile time. */
#define MAX_INT_SIZE 128            /* bits */
#define MAX_COLLECTION_SIZE 256     /* items */
#define MAX_STR_SIZE 4096           /* characters */
#define MAX_TOTAL_ITEMS 1024        /* including nested tuples */

static bool is_intlike_const(Value v) { return is_int(v) || is_bool(v) || is_bigint(v); }

static size_t int_bits(Value v) {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    size_t bits = mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
    mpz_clear(z);
    return bits;
}

/* A small non-negative int constant as int64, or -1. */
static int64_t small_count(Value v) {
    if ((is_int(v) || is_bool(v)) && v.u.i >= 0) return v.u.i;
    return -1;
}

static int64_t tuple_complexity(Value v, int64_t limit) {
    if (!is_tuple(v)) return limit;
    Tuple *t = as_tuple(v);
    limit -= (int64_t)t->len;
    for (size_t i = 0; limit >= 0 && i < t->len; i++) limit = tuple_complexity(t->items[i], limit);
    return limit;
}

static Value concat_values(Compiler *c, Value a, Value b) {
    Value r = NULLV;
    if (is_str(a) && is_str(b)) {
        Str *x = as_str(a), *y = as_str(b);
        char *buf = malloc(x->nbytes + y->nbytes + 1);
        if (!buf) { raise_no_memory(); return NULLV; }
        memcpy(buf, x->data, x->nbytes);
        memcpy(buf + x->nbytes, y->data, y->nbytes);
        r = make_str(c, buf, x->nbytes + y->nbytes);
        free(buf);
    } else if (is_bytes(a) && is_bytes(b)) {
        Bytes *x = as_bytes(a), *y = as_bytes(b);
        char *buf = malloc(x->len + y->len + 1);
        if (!buf) { raise_no_memory(); return NULLV; }
        memcpy(buf, x->data, x->len);
        memcpy(buf + x->len, y->data, y->len);
        r = bytes_new(buf, x->len + y->len);
        free(buf);
        if (!is_null(r) && !keep(c, r)) return NULLV;
    } else if (is_tuple(a) && is_tuple(b)) {
        Tuple *x = as_tuple(a), *y = as_tuple(b);
        Tuple *t = tuple_new(x->len + y->len);
        if (!t || !keep(c, v_obj(t))) return NULLV;
        for (size_t i = 0; i < x->len; i++) t->items[i] = x->items[i];
        for (size_t i = 0; i < y->len; i++) t->items[x->len + i] = y->items[i];
        r = v_obj(t);
    }
    return r;
}

/* seq * n for str, bytes and tuple constants, within CPython's limits. */
static Value repeat_value(Compiler *c, Value seq, Value count) {
    size_t size = is_str(seq) ? as_str(seq)->len : is_bytes(seq) ? as_bytes(seq)->len :
                  is_tuple(seq) ? as_tuple(seq)->len : 0;
    int64_t n = small_count(count);
    if (!is_intlike_const(count)) return NULLV;
    if (size) {
        if (n < 0) return NULLV;
        if (is_tuple(seq)) {
            if (n > MAX_COLLECTION_SIZE / (int64_t)size) return NULLV;
            if (n && tuple_complexity(seq, MAX_TOTAL_ITEMS / n) < 0) return NULLV;
        } else if (n > MAX_STR_SIZE / (int64_t)size) {
            return NULLV;
        }
    } else if (n < 0) {
        n = 0;
    }
    if (n < 0) n = 0;
    Value r = NULLV;
    if (is_str(seq)) {
        Str *x = as_str(seq);
        size_t total = x->nbytes * (size_t)n;
        char *buf = malloc(total + 1);
        if (!buf) { raise_no_memory(); return NULLV; }
        for (int64_t i = 0; i < n; i++) memcpy(buf + (size_t)i * x->nbytes, x->data, x->nbytes);
        r = make_str(c, buf, total);
        free(buf);
    } else if (is_bytes(seq)) {
        Bytes *x = as_bytes(seq);
        size_t total = x->len * (size_t)n;
        char *buf = malloc(total + 1);
        if (!buf) { raise_no_memory(); return NULLV; }
        for (int64_t i = 0; i < n; i++) memcpy(buf + (size_t)i * x->len, x->data, x->len);
        r = bytes_new(buf, total);
        free(buf);
        if (!is_null(r) && !keep(c, r)) return NULLV;
    } else if (is_tuple(seq)) {
        Tuple *x = as_tuple(seq);
        Tuple *t = tuple_new(x->len * (size_t)n);
        if (!t || !keep(c, v_obj(t))) return NULLV;
        for (int64_t i = 0; i < n; i++)
            for (size_t k = 0; k < x->len; k++) t->items[(size_t)i * x->len + k] = x->items[k];
        r = v_obj(t);
    }
    return r;
}

/* a OP b for two constants, as CPython's fold_binop; NULLV (no exception) if it does
 * not fold: too big, or an error that must happen at run time instead. */
static Value fold_binop(Compiler *c, Value a, AstOperator op, Value b) {
    bool na = is_number_const(a) || is_bool(a), nb = is_number_const(b) || is_bool(b);
    if (na && nb) {
        bool ia = is_intlike_const(a), ib = is_intlike_const(b);
        switch (op) {
        case Op_Mult:
            if (ia && ib && int_bits(a) && int_bits(b) && int_bits(a) + int_bits(b) > MAX_INT_SIZE)
                return NULLV;
            break;
        case Op_Pow:
            if (ia && ib && int_bits(a) && !is_bigint(b) && b.u.i > 0 &&
                int_bits(a) > (size_t)(MAX_INT_SIZE / (uint64_t)b.u.i))
                return NULLV;
            if (ia && ib && is_bigint(b) && int_bits(a) && mpz_sgn(((BigInt *)as_obj(b))->z) > 0)
                return NULLV;
            break;
        case Op_LShift:
            if (ia && ib && int_bits(a) && !(is_int(b) && b.u.i == 0)) {
                if (!is_int(b) || b.u.i < 0) break;   /* the error happens at run time */
                if ((uint64_t)b.u.i > MAX_INT_SIZE || int_bits(a) > MAX_INT_SIZE - (uint64_t)b.u.i)
                    return NULLV;
            }
            break;
        case Op_MatMult:
            return NULLV;
        default:
            break;
        }
        Value r;
        if (is_complex_const(a) || is_complex_const(b)) {
            BinaryFn fn = type_complex.nb[binop_arg(op)];
            if (!fn) return NULLV;
            r = fn(a, b);
        } else {
            r = num_binary_op(a, b, binop_arg(op));
        }
        if (is_null(r)) { err_clear(); return NULLV; }
        if (v_is(r, NotImplemented)) return NULLV;
        if (!keep(c, r)) return NULLV;
        return r;
    }
    switch (op) {
    case Op_Add: return concat_values(c, a, b);
    case Op_Mult:
        if (na) return repeat_value(c, b, a);
        if (nb) return repeat_value(c, a, b);
        return NULLV;
    default:
        return NULLV;   /* str % x and friends stay run-time operations */
    }
}

static Value fold_uncached(Compiler *c, Expr *e) {
    switch (e->kind) {
    case Expr_Constant:
        return const_of(c, &e->v.Constant, LOC(e));
    case Expr_UnaryOp: {
        AstUnaryOp op = e->v.UnaryOp.op;
        Value v = fold(c, e->v.UnaryOp.operand);
        if (is_null(v)) return NULLV;
        if (op == Unary_Not) return v_bool(!const_truth(v));
        if (!is_number_const(v) && !is_bool(v)) return NULLV;
        if (op == Unary_UAdd) return is_bool(v) ? v_int(v.u.i) : v;
        if (is_float(v) && op == Unary_Invert) return NULLV;
        return negate_const(c, v, op == Unary_Invert);
    }
    case Expr_BinOp: {
        Value a = fold(c, e->v.BinOp.left);
        if (is_null(a)) return NULLV;
        Value b = fold(c, e->v.BinOp.right);
        if (is_null(b)) return NULLV;
        return fold_binop(c, a, e->v.BinOp.op, b);
    }
    case Expr_Tuple: {
        if (e->v.Tuple.ctx != Ctx_Load) return NULLV;
        ExprSeq elts = e->v.Tuple.elts;
        for (int i = 0; i < elts.n; i++)
            if (is_null(fold(c, elts.items[i]))) return NULLV;
        Tuple *t = tuple_new((size_t)elts.n);
        if (!t || !keep(c, v_obj(t))) return NULLV;
        for (int i = 0; i < elts.n; i++) t->items[i] = fold(c, elts.items[i]);
        return v_obj(t);
    }
    case Expr_Name:
        if (e->v.Name.ctx == Ctx_Load && strcmp(e->v.Name.id, "__debug__") == 0)
            return v_bool(c->optimize < 1);
        return NULLV;
    case Expr_Subscript: {
        /* constant[int]: str, bytes and tuple items */
        if (e->v.Subscript.ctx != Ctx_Load) return NULLV;
        Value seq = fold(c, e->v.Subscript.value);
        if (is_null(seq)) return NULLV;
        Value idx = fold(c, e->v.Subscript.slice);
        if (is_null(idx) || !(is_int(idx) || is_bool(idx))) return NULLV;
        int64_t i = idx.u.i;
        if (is_tuple(seq)) {
            Tuple *t = as_tuple(seq);
            if (i < 0) i += (int64_t)t->len;
            return i >= 0 && i < (int64_t)t->len ? t->items[i] : NULLV;
        }
        if (is_bytes(seq)) {
            Bytes *b = as_bytes(seq);
            if (i < 0) i += (int64_t)b->len;
            return i >= 0 && i < (int64_t)b->len ? v_int((uint8_t)b->data[i]) : NULLV;
        }
        if (is_str(seq) && as_str(seq)->ascii) {
            Str *s = as_str(seq);
            if (i < 0) i += (int64_t)s->len;
            return i >= 0 && i < (int64_t)s->len ? make_str(c, s->data + i, 1) : NULLV;
        }
        return NULLV;
    }
    default:
        return NULLV;
    }
}

/* The value of `e` after CPython's AST constant folding (literals, operators on
 * constants, tuples of constants, __debug__), or NULLV when it is not constant.
 * Results are remembered per node. */
static Value fold(Compiler *c, Expr *e) {
    FoldCache *fc = &c->fold_cache;
    if (fc->cap) {
        uint32_t i = (uint32_t)(((uintptr_t)e >> 4) * 2654435761u) & (uint32_t)(fc->cap - 1);
        while (fc->keys[i]) {
            if (fc->keys[i] == e) return fc->values[i];
            i = (i + 1) & (uint32_t)(fc->cap - 1);
        }
    }
    Value v = fold_uncached(c, e);
    if (err_occurred()) return NULLV;
    if ((fc->n + 1) * 2 > fc->cap) {
        int cap = fc->cap ? fc->cap * 2 : 256;
        const Expr **keys = calloc((size_t)cap, sizeof(Expr *));
        Value *values = malloc(sizeof(Value) * (size_t)cap);
        if (!keys || !values) { free(keys); free(values); return v; }
        for (int k = 0; k < fc->cap; k++) {
            if (!fc->keys[k]) continue;
            uint32_t i = (uint32_t)(((uintptr_t)fc->keys[k] >> 4) * 2654435761u) & (uint32_t)(cap - 1);
            while (keys[i]) i = (i + 1) & (uint32_t)(cap - 1);
            keys[i] = fc->keys[k];
            values[i] = fc->values[k];
        }
        free(fc->keys);
        free(fc->values);
        fc->keys = keys;
        fc->values = values;
        fc->cap = cap;
    }
    uint32_t i = (uint32_t)(((uintptr_t)e >> 4) * 2654435761u) & (uint32_t)(fc->cap - 1);
    while (fc->keys[i]) i = (i + 1) & (uint32_t)(fc->cap - 1);
    fc->keys[i] = e;
    fc->values[i] = v;
    fc->n++;
    return v;
}

static bool is_const_expr(Compiler *c, Expr *e) { return !is_null(fold(c, e)); }

/* ------------------------------------------------------------------ names */

static bool forbidden_name(Compiler *c, Location loc, const char *name, AstExprContext ctx) {
    if (ctx == Ctx_Store && strcmp(name, "__debug__") == 0)
        return !compiler_error(c, loc, "cannot assign to __debug__");
    if (ctx == Ctx_Del && strcmp(name, "__debug__") == 0)
        return !compiler_error(c, loc, "cannot delete __debug__");
    return false;
}

static bool nameop(Compiler *c, Location loc, const char *name, AstExprContext ctx) {
    Unit *u = c->u;
    if (forbidden_name(c, loc, name, ctx)) return false;
    const char *mangled = mangle(c, u->private_name, name);
    enum { OP_FAST_, OP_GLOBAL_, OP_DEREF_, OP_NAME_ } optype = OP_NAME_;
    SymScope scope = scope_of(u, mangled);
    int table = T_VAR;
    switch (scope) {
    case SYM_FREE: table = T_FREE; optype = OP_DEREF_; break;
    case SYM_CELL: table = T_CELL; optype = OP_DEREF_; break;
    case SYM_LOCAL:
        if (is_function_like(u)) optype = OP_FAST_;
        else {
            int h = nm_find(&u->fasthidden, mangled);
            if (h >= 0 && u->hidden_now[h]) optype = OP_FAST_;
        }
        break;
    case SYM_GLOBAL_IMPLICIT:
        if (is_function_like(u)) optype = OP_GLOBAL_;
        break;
    case SYM_GLOBAL_EXPLICIT: optype = OP_GLOBAL_; break;
    default: break;
    }
    switch (optype) {
    case OP_DEREF_:
        switch (ctx) {
        case Ctx_Load:
            if (u->ste->kind == SCOPE_CLASS && !u->in_inlined_comp) {
                TRY(EMIT0(c, OP_LOAD_LOCALS, loc));
                return emit_local(c, OP_LOAD_FROM_DICT_OR_DEREF, table, mangled, loc);
            }
            return emit_local(c, OP_LOAD_DEREF, table, mangled, loc);
        case Ctx_Store: return emit_local(c, OP_STORE_DEREF, table, mangled, loc);
        default: return emit_local(c, OP_DELETE_DEREF, table, mangled, loc);
        }
    case OP_FAST_:
        switch (ctx) {
        case Ctx_Load: return emit_local(c, OP_LOAD_FAST, T_VAR, mangled, loc);
        case Ctx_Store: return emit_local(c, OP_STORE_FAST, T_VAR, mangled, loc);
        default: return emit_local(c, OP_DELETE_FAST, T_VAR, mangled, loc);
        }
    case OP_GLOBAL_:
        switch (ctx) {
        case Ctx_Load: return emit_name(c, OP_LOAD_GLOBAL, mangled, loc);
        case Ctx_Store: return emit_name(c, OP_STORE_GLOBAL, mangled, loc);
        default: return emit_name(c, OP_DELETE_GLOBAL, mangled, loc);
        }
    case OP_NAME_:
        switch (ctx) {
        case Ctx_Load:
            return emit_name(c, u->ste->kind == SCOPE_CLASS && u->in_inlined_comp
                                    ? OP_LOAD_GLOBAL : OP_LOAD_NAME, mangled, loc);
        case Ctx_Store: return emit_name(c, OP_STORE_NAME, mangled, loc);
        default: return emit_name(c, OP_DELETE_NAME, mangled, loc);
        }
    }
    return false;
}

/* ------------------------------------------------------------------ expressions */

static bool visit_expr(Compiler *c, Expr *e);
static bool visit_stmts(Compiler *c, StmtSeq body);
static bool visit_stmt(Compiler *c, Stmt *s);
static bool jump_if(Compiler *c, Location loc, Expr *e, int next, bool cond);
static bool visit_comparator(Compiler *c, Expr *e, int i);
static bool visit_iterable(Compiler *c, Expr *e);
static bool unwind_fblock_stack(Compiler *c, Location *loc, bool preserve_tos, FBlock **loop);
static bool add_yield_from(Compiler *c, Location loc, bool await);

static bool visit_exprs(Compiler *c, ExprSeq seq) {
    for (int i = 0; i < seq.n; i++) TRY(visit_expr(c, seq.items[i]));
    return true;
}

static int binop_arg(AstOperator op) {
    switch (op) {
    case Op_Add: return NB_ADD;
    case Op_Sub: return NB_SUBTRACT;
    case Op_Mult: return NB_MULTIPLY;
    case Op_MatMult: return NB_MATRIX_MULTIPLY;
    case Op_Div: return NB_TRUE_DIVIDE;
    case Op_Mod: return NB_REMAINDER;
    case Op_Pow: return NB_POWER;
    case Op_LShift: return NB_LSHIFT;
    case Op_RShift: return NB_RSHIFT;
    case Op_BitOr: return NB_OR;
    case Op_BitXor: return NB_XOR;
    case Op_BitAnd: return NB_AND;
    case Op_FloorDiv: return NB_FLOOR_DIVIDE;
    }
    return NB_ADD;
}

static bool emit_compare(Compiler *c, Location loc, AstCmpOp op) {
    switch (op) {
    case Cmp_Is: return emit(c, OP_IS_OP, 0, loc);
    case Cmp_IsNot: return emit(c, OP_IS_OP, 1, loc);
    case Cmp_In: return emit(c, OP_CONTAINS_OP, 0, loc);
    case Cmp_NotIn: return emit(c, OP_CONTAINS_OP, 1, loc);
    case Cmp_Eq: return emit(c, OP_COMPARE_OP, CMP_EQ, loc);
    case Cmp_NotEq: return emit(c, OP_COMPARE_OP, CMP_NE, loc);
    case Cmp_Lt: return emit(c, OP_COMPARE_OP, CMP_LT, loc);
    case Cmp_LtE: return emit(c, OP_COMPARE_OP, CMP_LE, loc);
    case Cmp_Gt: return emit(c, OP_COMPARE_OP, CMP_GT, loc);
    case Cmp_GtE: return emit(c, OP_COMPARE_OP, CMP_GE, loc);
    }
    return false;
}

/* Attribute instructions of a multi-line expression point at the attribute name. */
static Location loc_at_attr(Location loc, Expr *attr) {
    if (loc.lineno != attr->end_lineno) {
        loc.lineno = attr->end_lineno;
        int len = (int)strlen(attr->v.Attribute.attr);
        if (len <= attr->end_col_offset) loc.col = attr->end_col_offset - len;
        else loc.col = loc.end_col = -1;
        if (loc.end_lineno < loc.lineno) loc.end_lineno = loc.lineno;
        if (loc.lineno == loc.end_lineno && loc.end_col < loc.col) loc.end_col = loc.col;
    }
    return loc;
}

/* ---- CPython's compile-time SyntaxWarnings ---- */

/* The type name of an expression's value when the compiler knows it, else NULL. */
static const char *infer_type(Compiler *c, Expr *e) {
    switch (e->kind) {
    case Expr_Tuple: if (is_null(fold(c, e))) return "tuple"; break;
    case Expr_List: case Expr_ListComp: return "list";
    case Expr_Dict: case Expr_DictComp: return "dict";
    case Expr_Set: case Expr_SetComp: return "set";
    case Expr_GeneratorExp: return "generator";
    case Expr_Lambda: return "function";
    case Expr_JoinedStr: case Expr_FormattedValue: return "str";
    default: break;
    }
    Value v = fold(c, e);
    if (is_null(v)) return NULL;
    return type_of(v)->name;
}

/* Not a literal other than None, True, False, Ellipsis. */
static bool check_is_arg(Compiler *c, Expr *e) {
    Value v = fold(c, e);
    return is_null(v) || is_none(v) || is_bool(v) || v_is(v, Ellipsis);
}

static bool check_compare(Compiler *c, Expr *e) {
    bool left = check_is_arg(c, e->v.Compare.left);
    Expr *left_expr = e->v.Compare.left;
    for (int i = 0; i < e->v.Compare.ops.n; i++) {
        AstCmpOp op = e->v.Compare.ops.items[i];
        Expr *right_expr = e->v.Compare.comparators.items[i];
        bool right = check_is_arg(c, right_expr);
        if ((op == Cmp_Is || op == Cmp_IsNot) && (!right || !left)) {
            Expr *literal = !left ? left_expr : right_expr;
            return compiler_warn(c, LOC(e), op == Cmp_Is ?
                                 "\"is\" with '%.200s' literal. Did you mean \"==\"?" :
                                 "\"is not\" with '%.200s' literal. Did you mean \"!=\"?",
                                 infer_type(c, literal));
        }
        left = right;
        left_expr = right_expr;
    }
    return true;
}

static bool check_caller(Compiler *c, Expr *e) {
    switch (e->kind) {
    case Expr_Constant: case Expr_Tuple: case Expr_List: case Expr_ListComp: case Expr_Dict:
    case Expr_DictComp: case Expr_Set: case Expr_SetComp: case Expr_GeneratorExp:
    case Expr_JoinedStr: case Expr_FormattedValue:
        return compiler_warn(c, LOC(e), "'%.200s' object is not callable; perhaps you missed a comma?",
                             infer_type(c, e));
    default:
        return true;
    }
}

static bool check_subscripter(Compiler *c, Expr *e) {
    switch (e->kind) {
    case Expr_Constant: {
        Value v = fold(c, e);
        if (!(is_none(v) || v_is(v, Ellipsis) || is_int(v) || is_bool(v) || is_bigint(v) ||
              is_float(v) || is_complex_const(v)))
            return true;
    }
    /* fall through */
    case Expr_Set: case Expr_SetComp: case Expr_GeneratorExp: case Expr_Lambda:
        return compiler_warn(c, LOC(e), "'%.200s' object is not subscriptable; perhaps you missed a comma?",
                             infer_type(c, e));
    default:
        return true;
    }
}

static bool check_index(Compiler *c, Expr *e, Expr *s) {
    const char *index_type = infer_type(c, s);
    if (!index_type || !strcmp(index_type, "int") || !strcmp(index_type, "bool") || s->kind == Expr_Slice)
        return true;
    switch (e->kind) {
    case Expr_Constant: {
        Value v = fold(c, e);
        if (!(is_str(v) || is_bytes(v) || is_tuple(v))) return true;
    }
    /* fall through */
    case Expr_Tuple: case Expr_List: case Expr_ListComp: case Expr_JoinedStr: case Expr_FormattedValue:
        return compiler_warn(c, LOC(e), "%.200s indices must be integers or slices, not %.200s; "
                             "perhaps you missed a comma?", infer_type(c, e), index_type);
    default:
        return true;
    }
}

static bool compile_compare_unchecked(Compiler *c, Expr *e);

static bool compile_compare(Compiler *c, Expr *e) {
    TRY(check_compare(c, e));
    return compile_compare_unchecked(c, e);
}

static bool compile_compare_unchecked(Compiler *c, Expr *e) {
    Location loc = LOC(e);
    TRY(visit_expr(c, e->v.Compare.left));
    int n = e->v.Compare.ops.n - 1;
    if (n == 0) {
        TRY(visit_comparator(c, e, 0));
        return emit_compare(c, loc, e->v.Compare.ops.items[0]);
    }
    NEW_LABEL(c, cleanup);
    for (int i = 0; i < n; i++) {
        TRY(visit_expr(c, e->v.Compare.comparators.items[i]));
        TRY(emit(c, OP_SWAP, 2, loc));
        TRY(emit(c, OP_COPY, 2, loc));
        TRY(emit_compare(c, loc, e->v.Compare.ops.items[i]));
        TRY(emit(c, OP_COPY, 1, loc));
        TRY(emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup, loc));
        TRY(EMIT0(c, OP_POP_TOP, loc));
    }
    TRY(visit_comparator(c, e, n));
    TRY(emit_compare(c, loc, e->v.Compare.ops.items[n]));
    NEW_LABEL(c, end);
    TRY(emit_jump(c, PS_JUMP, end, NO_LOC));
    use_label(c, cleanup);
    TRY(emit(c, OP_SWAP, 2, loc));
    TRY(EMIT0(c, OP_POP_TOP, loc));
    use_label(c, end);
    return true;
}

static bool compile_boolop(Compiler *c, Expr *e) {
    Location loc = LOC(e);
    int jumpi = e->v.BoolOp.op == Bool_And ? OP_POP_JUMP_IF_FALSE : OP_POP_JUMP_IF_TRUE;
    NEW_LABEL(c, end);
    ExprSeq s = e->v.BoolOp.values;
    for (int i = 0; i < s.n - 1; i++) {
        TRY(visit_expr(c, s.items[i]));
        TRY(emit(c, OP_COPY, 1, loc));
        TRY(emit_jump(c, jumpi, end, loc));
        TRY(EMIT0(c, OP_POP_TOP, loc));
    }
    TRY(visit_expr(c, s.items[s.n - 1]));
    use_label(c, end);
    return true;
}

/* Emit a conditional jump to `next` taken when `e` is `cond`. */
static bool jump_if(Compiler *c, Location loc, Expr *e, int next, bool cond) {
    switch (e->kind) {
    case Expr_UnaryOp:
        if (e->v.UnaryOp.op == Unary_Not) return jump_if(c, loc, e->v.UnaryOp.operand, next, !cond);
        break;
    case Expr_BoolOp: {
        ExprSeq s = e->v.BoolOp.values;
        bool cond2 = e->v.BoolOp.op == Bool_Or;
        int next2 = next;
        if (cond2 != cond) {
            next2 = new_label(c);
            if (next2 < 0) return false;
        }
        for (int i = 0; i < s.n - 1; i++) TRY(jump_if(c, loc, s.items[i], next2, cond2));
        TRY(jump_if(c, loc, s.items[s.n - 1], next, cond));
        if (next2 != next) use_label(c, next2);
        return true;
    }
    case Expr_IfExp: {
        NEW_LABEL(c, end);
        NEW_LABEL(c, next2);
        TRY(jump_if(c, loc, e->v.IfExp.test, next2, false));
        TRY(jump_if(c, loc, e->v.IfExp.body, next, cond));
        TRY(emit_jump(c, PS_JUMP, end, NO_LOC));
        use_label(c, next2);
        TRY(jump_if(c, loc, e->v.IfExp.orelse, next, cond));
        use_label(c, end);
        return true;
    }
    case Expr_Compare: {
        int n = e->v.Compare.ops.n - 1;
        TRY(check_compare(c, e));
        if (n > 0) {
            Location l = LOC(e);
            NEW_LABEL(c, cleanup);
            TRY(visit_expr(c, e->v.Compare.left));
            for (int i = 0; i < n; i++) {
                TRY(visit_expr(c, e->v.Compare.comparators.items[i]));
                TRY(emit(c, OP_SWAP, 2, l));
                TRY(emit(c, OP_COPY, 2, l));
                TRY(emit_compare(c, l, e->v.Compare.ops.items[i]));
                TRY(emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup, l));
            }
            TRY(visit_comparator(c, e, n));
            TRY(emit_compare(c, l, e->v.Compare.ops.items[n]));
            TRY(emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, next, l));
            NEW_LABEL(c, end);
            TRY(emit_jump(c, PS_JUMP, end, NO_LOC));
            use_label(c, cleanup);
            TRY(EMIT0(c, OP_POP_TOP, l));
            if (!cond) TRY(emit_jump(c, PS_JUMP, next, NO_LOC));
            use_label(c, end);
            return true;
        }
        /* x is None / x is not None: a single jump on None-ness */
        AstCmpOp op = e->v.Compare.ops.items[0];
        Expr *right = e->v.Compare.comparators.items[0];
        if ((op == Cmp_Is || op == Cmp_IsNot) && right->kind == Expr_Constant &&
            right->v.Constant.kind == Const_None) {
            TRY(visit_expr(c, e->v.Compare.left));
            bool jump_on_none = (op == Cmp_Is) == cond;
            return emit_jump(c, jump_on_none ? OP_POP_JUMP_IF_NONE : OP_POP_JUMP_IF_NOT_NONE,
                             next, LOC(e));
        }
        break;
    }
    default:
        break;
    }
    if (is_const_expr(c, e)) {
        Value v = fold(c, e);
        if (is_null(v)) return false;
        if (const_truth(v) == cond) return emit_jump(c, PS_JUMP, next, LOC(e));
        return EMIT0(c, OP_NOP, LOC(e));
    }
    if (e->kind == Expr_Compare) TRY(compile_compare_unchecked(c, e));
    else TRY(visit_expr(c, e));
    return emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, next, LOC(e));
}

static bool has_starred(ExprSeq elts) {
    for (int i = 0; i < elts.n; i++)
        if (elts.items[i]->kind == Expr_Starred) return true;
    return false;
}

/* What is only iterated over (`for x in [a, b]`, `x in [a, b]`) may be a tuple: CPython's
 * AST optimizer turns such a list display into a tuple, a constant one if it can. */
static bool visit_iterable(Compiler *c, Expr *e) {
    if (e->kind != Expr_List || e->v.List.ctx != Ctx_Load || has_starred(e->v.List.elts))
        return visit_expr(c, e);
    ExprSeq elts = e->v.List.elts;
    bool all_const = true;
    for (int i = 0; i < elts.n && all_const; i++) all_const = is_const_expr(c, elts.items[i]);
    if (all_const) {
        Tuple *t = tuple_new((size_t)elts.n);
        if (!t || !keep(c, v_obj(t))) return false;
        for (int i = 0; i < elts.n; i++) {
            Value v = fold(c, elts.items[i]);
            if (is_null(v)) return false;
            t->items[i] = v;
        }
        return emit_const(c, v_obj(t), LOC(e));
    }
    TRY(visit_exprs(c, elts));
    return emit(c, OP_BUILD_TUPLE, elts.n, LOC(e));
}

/* The i-th comparator; the last one of an `in` test is only iterated. */
static bool visit_comparator(Compiler *c, Expr *e, int i) {
    Expr *x = e->v.Compare.comparators.items[i];
    AstCmpOp op = e->v.Compare.ops.items[i];
    if (i == e->v.Compare.ops.n - 1 && (op == Cmp_In || op == Cmp_NotIn)) return visit_iterable(c, x);
    return visit_expr(c, x);
}

static bool compile_ifexp(Compiler *c, Expr *e) {
    NEW_LABEL(c, end);
    NEW_LABEL(c, next);
    TRY(jump_if(c, LOC(e), e->v.IfExp.test, next, false));
    TRY(visit_expr(c, e->v.IfExp.body));
    TRY(emit_jump(c, PS_JUMP, end, NO_LOC));
    use_label(c, next);
    TRY(visit_expr(c, e->v.IfExp.orelse));
    use_label(c, end);
    return true;
}

/* Build a list/tuple/set from elements that may contain *starred items. */
static bool starunpack(Compiler *c, Location loc, ExprSeq elts, int pushed, int build,
                       int add, int extend, bool tuple) {
    int n = elts.n;
    bool all_const = n > 2;
    for (int i = 0; i < n && all_const; i++) all_const = is_const_expr(c, elts.items[i]);
    if (all_const) {
        Tuple *t = tuple_new((size_t)n);
        if (!t || !keep(c, v_obj(t))) return false;
        for (int i = 0; i < n; i++) {
            Value v = fold(c, elts.items[i]);
            if (is_null(v)) return false;
            t->items[i] = v;
        }
        if (tuple && !pushed) return emit_const(c, v_obj(t), loc);
        Value folded = v_obj(t);
        if (build == OP_BUILD_SET) {
            /* CPython folds a constant set display into a frozenset, and its constant
             * merging rebuilds that frozenset from its own iteration order; doing the
             * same gives the same table layout, so the set iterates as in CPython */
            folded = frozenset_from(folded);
            Tuple *items = is_null(folded) ? NULL : seq_to_tuple(folded);
            folded = items ? frozenset_from(v_obj(items)) : NULLV;
            if (is_null(folded) || !keep(c, folded)) return false;
        }
        TRY(emit(c, build, pushed, loc));
        TRY(emit_const(c, folded, loc));
        TRY(emit(c, extend, 1, loc));
        if (tuple) TRY(emit(c, OP_CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc));
        return true;
    }
    bool big = n + pushed > STACK_USE_GUIDELINE, seen_star = false;
    for (int i = 0; i < n; i++)
        if (elts.items[i]->kind == Expr_Starred) { seen_star = true; break; }
    if (!seen_star && !big) {
        TRY(visit_exprs(c, elts));
        return emit(c, tuple ? OP_BUILD_TUPLE : build, n + pushed, loc);
    }
    bool built = false;
    if (big) {
        TRY(emit(c, build, pushed, loc));
        built = true;
    }
    for (int i = 0; i < n; i++) {
        Expr *elt = elts.items[i];
        if (elt->kind == Expr_Starred) {
            if (!built) {
                TRY(emit(c, build, i + pushed, loc));
                built = true;
            }
            TRY(visit_expr(c, elt->v.Starred.value));
            TRY(emit(c, extend, 1, loc));
        } else {
            TRY(visit_expr(c, elt));
            if (built) TRY(emit(c, add, 1, loc));
        }
    }
    if (tuple) TRY(emit(c, OP_CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc));
    return true;
}

static bool unpack_helper(Compiler *c, Location loc, ExprSeq elts) {
    int n = elts.n;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        Expr *elt = elts.items[i];
        if (elt->kind == Expr_Starred && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (OPARG_MAX >> 8))
                return compiler_error(c, loc, "too many expressions in star-unpacking assignment");
            TRY(emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8), loc));
            seen_star = true;
        } else if (elt->kind == Expr_Starred) {
            return compiler_error(c, loc, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star) TRY(emit(c, OP_UNPACK_SEQUENCE, n, loc));
    return true;
}

static bool assignment_helper(Compiler *c, Location loc, ExprSeq elts) {
    TRY(unpack_helper(c, loc, elts));
    for (int i = 0; i < elts.n; i++) {
        Expr *elt = elts.items[i];
        TRY(visit_expr(c, elt->kind == Expr_Starred ? elt->v.Starred.value : elt));
    }
    return true;
}

static bool compile_list_or_tuple(Compiler *c, Expr *e, bool tuple) {
    Location loc = LOC(e);
    ExprSeq elts = e->v.List.elts;
    switch (e->v.List.ctx) {
    case Ctx_Store: return assignment_helper(c, loc, elts);
    case Ctx_Load:
        if (tuple && is_const_expr(c, e)) {
            Value v = fold(c, e);
            if (is_null(v)) return false;
            return emit_const(c, v, loc);
        }
        return starunpack(c, loc, elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, tuple);
    default: return visit_exprs(c, elts);
    }
}

/* {k1: v1, ...} for keys[begin:end] (no ** among them). */
static bool subdict(Compiler *c, Expr *e, int begin, int end) {
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    Location loc = LOC(e);
    if (big) TRY(emit(c, OP_BUILD_MAP, 0, loc));
    for (int i = begin; i < end; i++) {
        TRY(visit_expr(c, e->v.Dict.keys.items[i]));
        TRY(visit_expr(c, e->v.Dict.values.items[i]));
        if (big) TRY(emit(c, OP_MAP_ADD, 1, loc));
    }
    if (!big) TRY(emit(c, OP_BUILD_MAP, n, loc));
    return true;
}

static bool compile_dict(Compiler *c, Expr *e) {
    Location loc = LOC(e);
    int n = e->v.Dict.values.n, elements = 0;
    bool have_dict = false;
    for (int i = 0; i < n; i++) {
        bool unpacking = e->v.Dict.keys.items[i] == NULL;
        if (unpacking) {
            if (elements) {
                TRY(subdict(c, e, i - elements, i));
                if (have_dict) TRY(emit(c, OP_DICT_UPDATE, 1, loc));
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                TRY(emit(c, OP_BUILD_MAP, 0, loc));
                have_dict = true;
            }
            TRY(visit_expr(c, e->v.Dict.values.items[i]));
            TRY(emit(c, OP_DICT_UPDATE, 1, loc));
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            TRY(subdict(c, e, i - elements, i + 1));
            if (have_dict) TRY(emit(c, OP_DICT_UPDATE, 1, loc));
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        TRY(subdict(c, e, n - elements, n));
        if (have_dict) TRY(emit(c, OP_DICT_UPDATE, 1, loc));
        have_dict = true;
    }
    if (!have_dict) TRY(emit(c, OP_BUILD_MAP, 0, loc));
    return true;
}

static bool is_two_element_slice(Expr *s) {
    return s->kind == Expr_Slice && s->v.Slice.step == NULL;
}

/* Push start, stop [, step]; returns the count pushed through *n. */
static bool compile_slice_parts(Compiler *c, Expr *s, int *n) {
    *n = 2;
    if (s->v.Slice.lower) TRY(visit_expr(c, s->v.Slice.lower));
    else TRY(emit_const(c, NONE, LOC(s)));
    if (s->v.Slice.upper) TRY(visit_expr(c, s->v.Slice.upper));
    else TRY(emit_const(c, NONE, LOC(s)));
    if (s->v.Slice.step) {
        (*n)++;
        TRY(visit_expr(c, s->v.Slice.step));
    }
    return true;
}

static bool compile_subscript(Compiler *c, Expr *e) {
    Location loc = LOC(e);
    AstExprContext ctx = e->v.Subscript.ctx;
    if (ctx == Ctx_Load) {
        Value k = fold(c, e);
        if (!is_null(k)) return emit_const(c, k, loc);
        if (err_occurred()) return false;
        TRY(check_subscripter(c, e->v.Subscript.value));
        TRY(check_index(c, e->v.Subscript.value, e->v.Subscript.slice));
    }
    TRY(visit_expr(c, e->v.Subscript.value));
    if (is_two_element_slice(e->v.Subscript.slice) && ctx != Ctx_Del) {
        int n;
        TRY(compile_slice_parts(c, e->v.Subscript.slice, &n));
        return EMIT0(c, ctx == Ctx_Load ? OP_BINARY_SLICE : OP_STORE_SLICE, loc);
    }
    TRY(visit_expr(c, e->v.Subscript.slice));
    return EMIT0(c, ctx == Ctx_Load ? OP_BINARY_SUBSCR :
                    ctx == Ctx_Store ? OP_STORE_SUBSCR : OP_DELETE_SUBSCR, loc);
}

/* In a method, `self.X = ...` records X in the class's __static_attributes__. */
static bool note_static_attribute(Compiler *c, Expr *e) {
    Expr *v = e->v.Attribute.value;
    if (v->kind != Expr_Name || e->v.Attribute.ctx != Ctx_Store || strcmp(v->v.Name.id, "self") != 0)
        return true;
    for (Unit *u = c->u; u; u = u->parent)
        if (u->kind == U_CLASS) {
            if (nm_add(&u->static_attrs, e->v.Attribute.attr) < 0) return no_memory();
            break;
        }
    return true;
}

static bool compile_attribute(Compiler *c, Expr *e) {
    TRY(note_static_attribute(c, e));
    TRY(visit_expr(c, e->v.Attribute.value));
    Location loc = loc_at_attr(LOC(e), e);
    const char *attr = mangle(c, c->u->private_name, e->v.Attribute.attr);
    switch (e->v.Attribute.ctx) {
    case Ctx_Load: return emit_name(c, OP_LOAD_ATTR, attr, loc);
    case Ctx_Store:
        if (forbidden_name(c, loc, e->v.Attribute.attr, Ctx_Store)) return false;
        return emit_name(c, OP_STORE_ATTR, attr, loc);
    default: return emit_name(c, OP_DELETE_ATTR, attr, loc);
    }
}

/* ---- calls ---- */

static bool validate_keywords(Compiler *c, KeywordSeq kws) {
    for (int i = 0; i < kws.n; i++) {
        Keyword *k = kws.items[i];
        if (!k->arg) continue;
        if (forbidden_name(c, LOC(k), k->arg, Ctx_Store)) return false;
        for (int j = i + 1; j < kws.n; j++) {
            Keyword *o = kws.items[j];
            if (o->arg && strcmp(k->arg, o->arg) == 0)
                return compiler_error(c, LOC(o), "keyword argument repeated: %s", k->arg);
        }
    }
    return true;
}

/* Push the tuple of keyword names (CALL_KW's last operand). */
static bool kwnames_const(Compiler *c, Location loc, KeywordSeq kws) {
    Tuple *t = tuple_new((size_t)kws.n);
    if (!t || !keep(c, v_obj(t))) return false;
    for (int i = 0; i < kws.n; i++) {
        Value s = make_cstr(c, kws.items[i]->arg);
        if (is_null(s)) return false;
        t->items[i] = s;
    }
    return emit_const(c, v_obj(t), loc);
}

/* {k: v, ...} from keywords[begin:end], for CALL_FUNCTION_EX. */
static bool subkwargs(Compiler *c, Location loc, KeywordSeq kws, int begin, int end) {
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (big) TRY(emit(c, OP_BUILD_MAP, 0, NO_LOC));
    for (int i = begin; i < end; i++) {
        Value k = make_cstr(c, kws.items[i]->arg);
        if (is_null(k)) return false;
        TRY(emit_const(c, k, loc));
        TRY(visit_expr(c, kws.items[i]->value));
        if (big) TRY(emit(c, OP_MAP_ADD, 1, NO_LOC));
    }
    if (!big) TRY(emit(c, OP_BUILD_MAP, n, loc));
    return true;
}

/* The arguments and the call, `n` positional values already pushed. */
static bool call_helper(Compiler *c, Location loc, int n, ExprSeq args, KeywordSeq kws) {
    TRY(validate_keywords(c, kws));
    int nelts = args.n, nkw = kws.n;
    bool ex = nelts + nkw * 2 > STACK_USE_GUIDELINE;
    for (int i = 0; i < nelts && !ex; i++)
        if (args.items[i]->kind == Expr_Starred) ex = true;
    for (int i = 0; i < nkw && !ex; i++)
        if (kws.items[i]->arg == NULL) ex = true;
    if (!ex) {
        TRY(visit_exprs(c, args));
        if (nkw) {
            for (int i = 0; i < nkw; i++) TRY(visit_expr(c, kws.items[i]->value));
            TRY(kwnames_const(c, loc, kws));
            return emit(c, OP_CALL_KW, n + nelts + nkw, loc);
        }
        return emit(c, OP_CALL, n + nelts, loc);
    }
    /* positional arguments as one tuple */
    if (CALL_EX_ANY_ITERABLE && n == 0 && nelts == 1 && args.items[0]->kind == Expr_Starred)
        TRY(visit_expr(c, args.items[0]->v.Starred.value));
    else
        TRY(starunpack(c, loc, args, n, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true));
    /* keyword arguments as one dict */
    if (nkw) {
        bool have_dict = false;
        int nseen = 0;
        for (int i = 0; i < nkw; i++) {
            Keyword *k = kws.items[i];
            if (k->arg == NULL) {
                if (nseen) {
                    TRY(subkwargs(c, loc, kws, i - nseen, i));
                    if (have_dict) TRY(emit(c, OP_DICT_MERGE, 1, loc));
                    have_dict = true;
                    nseen = 0;
                }
                if (!have_dict) {
                    TRY(emit(c, OP_BUILD_MAP, 0, loc));
                    have_dict = true;
                }
                TRY(visit_expr(c, k->value));
                TRY(emit(c, OP_DICT_MERGE, 1, loc));
            } else {
                nseen++;
            }
        }
        if (nseen) {
            TRY(subkwargs(c, loc, kws, nkw - nseen, nkw));
            if (have_dict) TRY(emit(c, OP_DICT_MERGE, 1, loc));
        }
    }
    return emit(c, OP_CALL_FUNCTION_EX, nkw > 0, loc);
}

/* Does `e` name something the module imports (then o.m() is not a method call)? */
static bool is_import_originated(Compiler *c, Expr *e) {
    if (e->kind != Expr_Name) return false;
    const Symbol *s = scope_symbol(symtable_top(c->st), e->v.Name.id);
    return s && (s->flags & DEF_IMPORT);
}

/* o.m(args): LOAD_ATTR in method form, args, CALL. */
static int maybe_method_call(Compiler *c, Expr *e) {
    Expr *meth = e->v.Call.func;
    ExprSeq args = e->v.Call.args;
    KeywordSeq kws = e->v.Call.keywords;
    if (meth->kind != Expr_Attribute || meth->v.Attribute.ctx != Ctx_Load) return 0;
    if (is_import_originated(c, meth->v.Attribute.value)) return 0;
    if (args.n + kws.n + (kws.n != 0) >= STACK_USE_GUIDELINE) return 0;
    for (int i = 0; i < args.n; i++)
        if (args.items[i]->kind == Expr_Starred) return 0;
    for (int i = 0; i < kws.n; i++)
        if (kws.items[i]->arg == NULL) return 0;
    Location loc = LOC(meth);
    if (!visit_expr(c, meth->v.Attribute.value)) return -1;
    loc = loc_at_attr(loc, meth);
    if (!emit_load_method(c, mangle(c, c->u->private_name, meth->v.Attribute.attr), loc)) return -1;
    if (!visit_exprs(c, args)) return -1;
    if (kws.n) {
        for (int i = 0; i < kws.n; i++)
            if (!visit_expr(c, kws.items[i]->value)) return -1;
        if (!kwnames_const(c, loc, kws)) return -1;
        loc = loc_at_attr(LOC(e), meth);
        return emit(c, OP_CALL_KW, args.n + kws.n, loc) ? 1 : -1;
    }
    loc = loc_at_attr(LOC(e), meth);
    return emit(c, OP_CALL, args.n, loc) ? 1 : -1;
}

static bool compile_call(Compiler *c, Expr *e) {
    TRY(validate_keywords(c, e->v.Call.keywords));
    int r = maybe_method_call(c, e);
    if (r < 0) return false;
    if (r > 0) return true;
    TRY(check_caller(c, e->v.Call.func));
    TRY(visit_expr(c, e->v.Call.func));
    TRY(EMIT0(c, OP_PUSH_NULL, LOC(e->v.Call.func)));
    return call_helper(c, LOC(e), 0, e->v.Call.args, e->v.Call.keywords);
}

/* ---- f-strings ---- */

static bool compile_joined_str(Compiler *c, Expr *e) {
    Location loc = LOC(e);
    int n = e->v.JoinedStr.values.n;
    if (n > STACK_USE_GUIDELINE) {
        Value empty = make_cstr(c, "");
        if (is_null(empty)) return false;
        TRY(emit_const(c, empty, loc));
        TRY(emit_load_method(c, "join", loc));
        TRY(emit(c, OP_BUILD_LIST, 0, loc));
        for (int i = 0; i < n; i++) {
            TRY(visit_expr(c, e->v.JoinedStr.values.items[i]));
            TRY(emit(c, OP_LIST_APPEND, 1, loc));
        }
        return emit(c, OP_CALL, 1, loc);
    }
    TRY(visit_exprs(c, e->v.JoinedStr.values));
    if (n > 1) return emit(c, OP_BUILD_STRING, n, loc);
    if (n == 0) {
        Value empty = make_cstr(c, "");
        if (is_null(empty)) return false;
        return emit_const(c, empty, loc);
    }
    return true;
}

static bool compile_formatted_value(Compiler *c, Expr *e) {
    TRY(visit_expr(c, e->v.FormattedValue.value));
    Location loc = LOC(e);
    int conv = e->v.FormattedValue.conversion;
    if (conv != -1) {
        int arg = conv == 's' ? 1 : conv == 'r' ? 2 : 3;
        TRY(emit(c, OP_CONVERT_VALUE, arg, loc));
    }
    if (e->v.FormattedValue.format_spec) {
        TRY(visit_expr(c, e->v.FormattedValue.format_spec));
        return EMIT0(c, OP_FORMAT_WITH_SPEC, loc);
    }
    return EMIT0(c, OP_FORMAT_SIMPLE, loc);
}

/* ---- 'fmt' % (args) ---- */

/* One %-conversion CPython's optimizer turns into a format field: [flags][width][.prec]
 * followed by s, r or a.  Returns the conversion char, or 0 when unsupported. */
static int parse_percent_spec(const char *f, size_t n, size_t *pos, char *spec, size_t specsize) {
    size_t p = *pos;
    bool ljust = false;
    int width = -1, prec = -1;
    char ch;
#define NEXTC do { if (p >= n) return 0; ch = f[p++]; } while (0)
    for (;;) {
        NEXTC;
        if (ch == '-') { ljust = true; continue; }
        if (ch == '+' || ch == ' ' || ch == '#' || ch == '0') continue;
        break;
    }
    if (ch >= '0' && ch <= '9') {
        width = 0;
        while (ch >= '0' && ch <= '9') {
            if (width >= 10) return 0;   /* at most two digits */
            width = width * 10 + (ch - '0');
            NEXTC;
        }
    }
    if (ch == '.') {
        NEXTC;
        prec = 0;
        while (ch >= '0' && ch <= '9') {
            if (prec >= 10) return 0;
            prec = prec * 10 + (ch - '0');
            NEXTC;
        }
    }
#undef NEXTC
    if (ch != 's' && ch != 'r' && ch != 'a') return 0;
    size_t k = 0;
    spec[0] = 0;
    if (!ljust && width > 0) spec[k++] = '>';
    if (width >= 0) k += (size_t)snprintf(spec + k, specsize - k, "%d", width);
    if (prec >= 0) k += (size_t)snprintf(spec + k, specsize - k, ".%d", prec);
    spec[k] = 0;
    *pos = p;
    return ch;
}

/* `'...%s...' % (a, b)` with only %s/%r/%a conversions compiles as the f-string it
 * means, as CPython 3.13 does.  1: done, 0: not applicable, -1: error. */
static int try_percent_format(Compiler *c, Expr *e) {
    Expr *left = e->v.BinOp.left, *right = e->v.BinOp.right;
    if (e->v.BinOp.op != Op_Mod || right->kind != Expr_Tuple || has_starred(right->v.Tuple.elts) ||
        is_const_expr(c, right))
        return 0;
    Value fmt = fold(c, left);
    if (!is_str(fmt)) return 0;
    const char *f = as_str(fmt)->data;
    size_t n = as_str(fmt)->nbytes;
    ExprSeq args = right->v.Tuple.elts;
    /* first pass: check that everything converts */
    size_t pos = 0;
    int cnt = 0;
    char spec[32];
    for (;;) {
        while (pos < n && (f[pos] != '%' || (pos + 1 < n && f[pos + 1] == '%')))
            pos += f[pos] == '%' ? 2 : 1;
        if (pos >= n) break;
        if (cnt >= args.n) return 0;
        pos++;
        if (!parse_percent_spec(f, n, &pos, spec, sizeof spec)) return 0;
        cnt++;
    }
    if (cnt < args.n) return 0;
    /* second pass: emit the pieces */
    Location loc = LOC(e);
    int pieces = 0;
    bool big = args.n * 2 + 1 > STACK_USE_GUIDELINE;
    if (big) return 0;
    pos = 0;
    cnt = 0;
    for (;;) {
        size_t start = pos;
        bool percents = false;
        while (pos < n && (f[pos] != '%' || (pos + 1 < n && f[pos + 1] == '%'))) {
            if (f[pos] == '%') { percents = true; pos += 2; }
            else pos++;
        }
        if (pos > start) {
            char *lit = malloc(pos - start + 1);
            if (!lit) { no_memory(); return -1; }
            size_t m = 0;
            for (size_t i = start; i < pos; i++) {
                lit[m++] = f[i];
                if (percents && f[i] == '%') i++;
            }
            Value v = make_str(c, lit, m);
            free(lit);
            if (is_null(v) || !emit_const(c, v, NO_LOC)) return -1;
            pieces++;
        }
        if (pos >= n) break;
        pos++;
        int conv = parse_percent_spec(f, n, &pos, spec, sizeof spec);
        Expr *arg = args.items[cnt++];
        Location aloc = LOC(arg);
        if (!visit_expr(c, arg)) return -1;
        if (!emit(c, OP_CONVERT_VALUE, conv == 's' ? 1 : conv == 'r' ? 2 : 3, aloc)) return -1;
        if (spec[0]) {
            Value sv = make_cstr(c, spec);
            if (is_null(sv) || !emit_const(c, sv, NO_LOC) || !EMIT0(c, OP_FORMAT_WITH_SPEC, aloc)) return -1;
        } else if (!EMIT0(c, OP_FORMAT_SIMPLE, aloc)) {
            return -1;
        }
        pieces++;
    }
    if (pieces > 1) return emit(c, OP_BUILD_STRING, pieces, loc) ? 1 : -1;
    if (pieces == 0) {
        Value empty = make_cstr(c, "");
        return !is_null(empty) && emit_const(c, empty, loc) ? 1 : -1;
    }
    return 1;
}

/* ---- yield ---- */

static bool emit_yield(Compiler *c, Location loc) {
    Scope *ste = c->u->ste;
    if (ste->is_generator && ste->is_coroutine)
        TRY(emit(c, OP_CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP, loc));
    TRY(EMIT0(c, OP_YIELD_VALUE, loc));
    return emit(c, OP_RESUME, 1, loc);
}

/* The SEND loop of `yield from` / `await`: receiver and None are on the stack; leaves
 * the result.  RESUME's argument says which (2 yield from, 3 await), as CPython's. */
static bool add_yield_from(Compiler *c, Location loc, bool await) {
    NEW_LABEL(c, send);
    NEW_LABEL(c, exit);
    use_label(c, send);
    TRY(emit_jump(c, OP_SEND, exit, loc));
    TRY(EMIT0(c, OP_YIELD_VALUE, loc));
    TRY(emit(c, OP_RESUME, await ? 3 : 2, loc));
    TRY(emit_jump(c, OP_JUMP_BACKWARD, send, loc));
    use_label(c, exit);
    return true;
}

/* ------------------------------------------------------------------ scopes of code */

static Code *assemble(Compiler *c, bool add_none);

/* Cells and free variables, sorted by name as CPython's dictbytype does. */
static int cmp_cstr(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool add_sorted(NameMap *m, Scope *ste, SymScope scope, int flag) {
    int n = 0;
    const char **tmp = malloc(sizeof(char *) * (size_t)(ste->nsymbols + 1));
    if (!tmp) return no_memory();
    for (int i = 0; i < ste->nsymbols; i++) {
        const Symbol *s = &ste->symbols[i];
        if (s->scope == scope || (s->flags & flag)) tmp[n++] = s->name;
    }
    qsort(tmp, (size_t)n, sizeof(char *), cmp_cstr);
    bool ok = true;
    for (int i = 0; i < n && ok; i++) ok = nm_add(m, tmp[i]) >= 0;
    free(tmp);
    return ok ? true : no_memory();
}

static bool set_qualname(Compiler *c) {
    Unit *u = c->u, *parent = u->parent;
    const char *base = NULL;
    if (parent && parent->kind != U_MODULE) {
        bool force_global = false;
        if (u->kind == U_FUNCTION || u->kind == U_ASYNC_FUNCTION || u->kind == U_CLASS) {
            const char *mangled = mangle(c, parent->private_name, u->name);
            if (scope_of(parent, mangled) == SYM_GLOBAL_EXPLICIT) force_global = true;
        }
        if (!force_global) {
            if (parent->kind == U_FUNCTION || parent->kind == U_ASYNC_FUNCTION ||
                parent->kind == U_LAMBDA)
                base = concat3(c, parent->qualname, ".<locals>", "");
            else
                base = parent->qualname;
            if (!base) return no_memory();
        }
    }
    u->qualname = base ? concat3(c, base, ".", u->name) : u->name;
    return u->qualname ? true : no_memory();
}

static bool enter_scope(Compiler *c, const char *name, UnitKind kind, const void *key,
                        int lineno) {
    Unit *u = calloc(1, sizeof(Unit));
    if (!u) return no_memory();
    u->kind = kind;
    u->name = name;
    u->firstlineno = lineno;
    u->last_label_pos = -1;
    u->ste = symtable_lookup_scope(c->st, key);
    if (!u->ste) {
        free(u);
        raise_fmt(&exc_SystemError, "no symbol table entry for %s", name);
        return false;
    }
    u->parent = c->u;
    u->private_name = c->u ? c->u->private_name : NULL;
    c->u = u;
    c->nestlevel++;
    /* parameters first, in co_varnames order; other locals as the code uses them */
    int nparams = 0;
    for (int i = 0; i < u->ste->nsymbols; i++)
        if (u->ste->symbols[i].flags & DEF_PARAM) nparams++;
    for (int i = 0; i < nparams && i < u->ste->varnames.n; i++)
        if (nm_add(&u->varnames, u->ste->varnames.items[i]) < 0) return no_memory();
    TRY(add_sorted(&u->cellvars, u->ste, SYM_CELL, DEF_COMP_CELL));
    if (u->ste->needs_class_closure && nm_add(&u->cellvars, "__class__") < 0) return no_memory();
    TRY(add_sorted(&u->freevars, u->ste, SYM_FREE, DEF_FREE_CLASS));
    Location loc = {lineno, lineno, 0, 0};
    if (kind == U_MODULE) loc.lineno = 0;
    else TRY(set_qualname(c));
    return emit(c, OP_RESUME, 0, loc);
}

static void free_unit(Unit *u) {
    free(u->code);
    free(u->labels);
    cm_free(&u->consts);
    nm_free(&u->names);
    nm_free(&u->varnames);
    nm_free(&u->cellvars);
    nm_free(&u->freevars);
    nm_free(&u->fasthidden);
    nm_free(&u->static_attrs);
    free(u->hidden_now);
    free(u->overrides);
    free(u);
}

static void exit_scope(Compiler *c) {
    Unit *u = c->u;
    c->u = u->parent;
    c->nestlevel--;
    free_unit(u);
}

/* MAKE_FUNCTION for a code object just built, with its closure tuple and the
 * attributes already pushed (flags: 1 defaults, 2 kwdefaults, 4 annotations). */
static bool make_closure(Compiler *c, Location loc, Code *co, int flags) {
    if (co->nfreevars) {
        for (int i = co->nlocalsplus - co->nfreevars; i < co->nlocalsplus; i++) {
            const char *name = as_str(co->localsplusnames->items[i])->data;
            SymScope reftype;
            if (c->u->kind == U_CLASS && strcmp(name, "__class__") == 0) reftype = SYM_CELL;
            else reftype = scope_of(c->u, name);
            int table = reftype == SYM_CELL ? T_CELL : T_FREE;
            if (nm_find(local_table(c->u, table), name) < 0) {
                raise_fmt(&exc_SystemError, "compiler: free variable %s of %s not found",
                          name, co->name->data);
                return false;
            }
            TRY(emit_local(c, OP_LOAD_CLOSURE, table, name, loc));
        }
        flags |= 8;
        TRY(emit(c, OP_BUILD_TUPLE, co->nfreevars, loc));
    }
    TRY(emit_const(c, v_obj(co), loc));
    TRY(EMIT0(c, OP_MAKE_FUNCTION, loc));
    if (flags & 8) TRY(emit(c, OP_SET_FUNCTION_ATTRIBUTE, 8, loc));
    if (flags & 4) TRY(emit(c, OP_SET_FUNCTION_ATTRIBUTE, 4, loc));
    if (flags & 2) TRY(emit(c, OP_SET_FUNCTION_ATTRIBUTE, 2, loc));
    if (flags & 1) TRY(emit(c, OP_SET_FUNCTION_ATTRIBUTE, 1, loc));
    return true;
}

/* Generators and coroutines turn an escaping StopIteration into RuntimeError. */
static bool wrap_in_stopiteration_handler(Compiler *c) {
    NEW_LABEL(c, handler);
    TRY(insert_instr(c, 0, PS_SETUP_CLEANUP, handler, NO_LOC));
    TRY(emit_const(c, NONE, NO_LOC));
    TRY(EMIT0(c, OP_RETURN_VALUE, NO_LOC));
    use_label(c, handler);
    TRY(emit(c, OP_CALL_INTRINSIC_1, INTRINSIC_STOPITERATION_ERROR, NO_LOC));
    return emit(c, OP_RERAISE, 1, NO_LOC);
}

/* ---- comprehensions ---- */

typedef enum { COMPT_GENEXP, COMPT_LIST, COMPT_SET, COMPT_DICT } CompType;

static bool comprehension_generator(Compiler *c, Location loc, ComprehensionSeq gens,
                                    int gen_index, int depth, Expr *elt, Expr *val,
                                    CompType type, bool iter_on_stack);

static bool comprehension_element(Compiler *c, Expr *elt, Expr *val, CompType type,
                                  int depth, Location *elt_loc) {
    *elt_loc = LOC(elt);
    switch (type) {
    case COMPT_GENEXP:
        TRY(visit_expr(c, elt));
        TRY(emit_yield(c, *elt_loc));
        return EMIT0(c, OP_POP_TOP, *elt_loc);
    case COMPT_LIST:
        TRY(visit_expr(c, elt));
        return emit(c, OP_LIST_APPEND, depth + 1, *elt_loc);
    case COMPT_SET:
        TRY(visit_expr(c, elt));
        return emit(c, OP_SET_ADD, depth + 1, *elt_loc);
    case COMPT_DICT:
        TRY(visit_expr(c, elt));
        TRY(visit_expr(c, val));
        *elt_loc = (Location){elt->lineno, val->end_lineno, elt->col_offset, val->end_col_offset};
        return emit(c, OP_MAP_ADD, depth + 1, *elt_loc);
    }
    return false;
}

static bool sync_comprehension_generator(Compiler *c, Location loc, ComprehensionSeq gens,
                                         int gen_index, int depth, Expr *elt, Expr *val,
                                         CompType type, bool iter_on_stack) {
    NEW_LABEL(c, start);
    NEW_LABEL(c, if_cleanup);
    NEW_LABEL(c, anchor);
    Comprehension *gen = gens.items[gen_index];
    bool loop = true;
    if (!iter_on_stack) {
        if (gen_index == 0) {
            /* the outermost iterator is the implicit argument .0 */
            c->u->argcount = 1;
            TRY(emit_local(c, OP_LOAD_FAST, T_VAR, ".0", loc));
        } else {
            /* `for y in [f(x)]`: just bind y */
            ExprSeq *elts = NULL;
            if (gen->iter->kind == Expr_List) elts = &gen->iter->v.List.elts;
            else if (gen->iter->kind == Expr_Tuple) elts = &gen->iter->v.Tuple.elts;
            if (elts && elts->n == 1 && elts->items[0]->kind != Expr_Starred) {
                TRY(visit_expr(c, elts->items[0]));
                loop = false;
            } else {
                TRY(visit_iterable(c, gen->iter));
                TRY(EMIT0(c, OP_GET_ITER, LOC(gen->iter)));
            }
        }
    }
    if (loop) {
        depth++;
        use_label(c, start);
        TRY(emit_jump(c, OP_FOR_ITER, anchor, LOC(gen->iter)));
    }
    TRY(visit_expr(c, gen->target));
    for (int i = 0; i < gen->ifs.n; i++) TRY(jump_if(c, loc, gen->ifs.items[i], if_cleanup, false));
    Location elt_loc = LOC(elt);
    if (++gen_index < gens.n)
        TRY(comprehension_generator(c, loc, gens, gen_index, depth, elt, val, type, false));
    else
        TRY(comprehension_element(c, elt, val, type, depth, &elt_loc));
    use_label(c, if_cleanup);
    if (loop) {
        TRY(emit_jump(c, PS_JUMP, start, elt_loc));
        use_label(c, anchor);
    }
    return true;
}

static bool async_comprehension_generator(Compiler *c, Location loc, ComprehensionSeq gens,
                                          int gen_index, int depth, Expr *elt, Expr *val,
                                          CompType type, bool iter_on_stack) {
    NEW_LABEL(c, start);
    NEW_LABEL(c, except);
    NEW_LABEL(c, if_cleanup);
    Comprehension *gen = gens.items[gen_index];
    if (!iter_on_stack) {
        if (gen_index == 0) {
            c->u->argcount = 1;
            TRY(emit_local(c, OP_LOAD_FAST, T_VAR, ".0", loc));
        } else {
            TRY(visit_expr(c, gen->iter));
            TRY(EMIT0(c, OP_GET_AITER, LOC(gen->iter)));
        }
    }
    use_label(c, start);
    TRY(push_fblock(c, loc, FB_ASYNC_COMPREHENSION_GENERATOR, start, -1, NULL));
    TRY(emit_jump(c, PS_SETUP_FINALLY, except, loc));
    TRY(EMIT0(c, OP_GET_ANEXT, loc));
    TRY(emit_const(c, NONE, loc));
    TRY(add_yield_from(c, loc, true));
    TRY(EMIT0(c, PS_POP_BLOCK, loc));
    TRY(visit_expr(c, gen->target));
    for (int i = 0; i < gen->ifs.n; i++) TRY(jump_if(c, loc, gen->ifs.items[i], if_cleanup, false));
    depth++;
    Location elt_loc = LOC(elt);
    if (++gen_index < gens.n)
        TRY(comprehension_generator(c, loc, gens, gen_index, depth, elt, val, type, false));
    else
        TRY(comprehension_element(c, elt, val, type, depth, &elt_loc));
    use_label(c, if_cleanup);
    TRY(emit_jump(c, PS_JUMP, start, elt_loc));
    pop_fblock(c);
    use_label(c, except);
    return EMIT0(c, OP_END_ASYNC_FOR, loc);
}

static bool comprehension_generator(Compiler *c, Location loc, ComprehensionSeq gens,
                                    int gen_index, int depth, Expr *elt, Expr *val,
                                    CompType type, bool iter_on_stack) {
    if (gens.items[gen_index]->is_async)
        return async_comprehension_generator(c, loc, gens, gen_index, depth, elt, val, type,
                                             iter_on_stack);
    return sync_comprehension_generator(c, loc, gens, gen_index, depth, elt, val, type,
                                        iter_on_stack);
}

typedef struct InlineState {
    const char **pushed;        /* names saved on the stack */
    int npushed;
    int noverrides_before;      /* overrides to drop afterwards */
    const char **made_hidden;   /* names turned into hidden fast locals here */
    int nhidden;
    int cleanup, end;
} InlineState;

static bool push_override(Unit *u, const char *name, int flags, SymScope scope) {
    if (u->noverrides == u->capoverrides) {
        int cap = u->capoverrides ? u->capoverrides * 2 : 8;
        Override *o = realloc(u->overrides, sizeof(Override) * (size_t)cap);
        if (!o) return no_memory();
        u->overrides = o;
        u->capoverrides = cap;
    }
    u->overrides[u->noverrides++] = (Override){name, flags, scope};
    return true;
}

static bool set_hidden(Unit *u, const char *name, bool on) {
    int i = nm_add(&u->fasthidden, name);
    if (i < 0) return no_memory();
    if (i >= u->caphidden) {
        int cap = u->caphidden ? u->caphidden * 2 : 8;
        while (cap <= i) cap *= 2;
        bool *h = realloc(u->hidden_now, sizeof(bool) * (size_t)cap);
        if (!h) return no_memory();
        u->hidden_now = h;
        u->caphidden = cap;
    }
    u->hidden_now[i] = on;
    return true;
}

/* PEP 709: run the comprehension in the current frame.  Its names get the scope they
 * have inside it; names it binds are saved (LOAD_FAST_AND_CLEAR) and restored after,
 * also when it raises. */
static bool push_inlined_state(Compiler *c, Location loc, Scope *entry, InlineState *st) {
    Unit *u = c->u;
    bool in_class_block = u->ste->kind == SCOPE_CLASS && !u->in_inlined_comp;
    u->in_inlined_comp++;
    st->noverrides_before = u->noverrides;
    st->pushed = malloc(sizeof(char *) * (size_t)(entry->nsymbols + 1));
    st->made_hidden = malloc(sizeof(char *) * (size_t)(entry->nsymbols + 1));
    if (!st->pushed || !st->made_hidden) return no_memory();
    for (int i = 0; i < entry->nsymbols; i++) {
        const Symbol *sym = &entry->symbols[i];
        if (sym->scope == SYM_UNRESOLVED && sym->flags == 0) continue;   /* removed */
        const char *k = sym->name;
        SymScope scope = sym->scope, outsc = scope_of(u, k);
        if ((scope != outsc && scope != SYM_FREE && !(scope == SYM_CELL && outsc == SYM_FREE)) ||
            in_class_block)
            TRY(push_override(u, k, sym->flags, scope));
        if (((sym->flags & DEF_LOCAL) && !(sym->flags & DEF_NONLOCAL)) || in_class_block) {
            if (!is_function_like(u)) {
                int h = nm_find(&u->fasthidden, k);
                if (h < 0 || !u->hidden_now[h]) {
                    TRY(set_hidden(u, k, true));
                    st->made_hidden[st->nhidden++] = k;
                }
            }
            TRY(emit_local(c, OP_LOAD_FAST_AND_CLEAR, T_VAR, k, loc));
            if (scope == SYM_CELL)
                TRY(emit_local(c, OP_MAKE_CELL, outsc == SYM_FREE ? T_FREE : T_CELL, k, loc));
            st->pushed[st->npushed++] = k;
        }
    }
    if (st->npushed) {
        TRY(emit(c, OP_SWAP, st->npushed + 1, loc));
        st->cleanup = new_label(c);
        st->end = new_label(c);
        if (st->cleanup < 0 || st->end < 0) return false;
        TRY(emit_jump(c, PS_SETUP_FINALLY, st->cleanup, loc));
    }
    return true;
}

static bool restore_inlined_locals(Compiler *c, Location loc, InlineState *st) {
    TRY(emit(c, OP_SWAP, st->npushed + 1, loc));
    for (int i = st->npushed - 1; i >= 0; i--)
        TRY(emit_local(c, OP_STORE_FAST, T_VAR, st->pushed[i], loc));
    return true;
}

static bool pop_inlined_state(Compiler *c, Location loc, InlineState *st) {
    Unit *u = c->u;
    u->in_inlined_comp--;
    u->noverrides = st->noverrides_before;
    if (st->npushed) {
        TRY(EMIT0(c, PS_POP_BLOCK, NO_LOC));
        TRY(emit_jump(c, PS_JUMP, st->end, NO_LOC));
        use_label(c, st->cleanup);
        TRY(emit(c, OP_SWAP, 2, NO_LOC));
        TRY(EMIT0(c, OP_POP_TOP, NO_LOC));
        TRY(restore_inlined_locals(c, loc, st));
        TRY(emit(c, OP_RERAISE, 0, NO_LOC));
        use_label(c, st->end);
        TRY(restore_inlined_locals(c, loc, st));
    }
    for (int i = 0; i < st->nhidden; i++) TRY(set_hidden(u, st->made_hidden[i], false));
    return true;
}

static bool comprehension_iter(Compiler *c, Comprehension *comp) {
    TRY(visit_iterable(c, comp->iter));
    return EMIT0(c, comp->is_async ? OP_GET_AITER : OP_GET_ITER, LOC(comp->iter));
}

static bool compile_comprehension(Compiler *c, Expr *e, CompType type, const char *name,
                                  ComprehensionSeq gens, Expr *elt, Expr *val) {
    UnitKind outer_kind = c->u->kind;
    Scope *entry = symtable_lookup_scope(c->st, e);
    if (!entry) {
        raise_msg(&exc_SystemError, "compiler: no symbol table entry for a comprehension");
        return false;
    }
    bool inlined = entry->comp_inlined, is_async = entry->is_coroutine;
    Location loc = LOC(e);
    Comprehension *outermost = gens.items[0];
    InlineState st;
    memset(&st, 0, sizeof st);
    bool ok = true;
    if (inlined) {
        ok = comprehension_iter(c, outermost) && push_inlined_state(c, loc, entry, &st);
    } else {
        ok = enter_scope(c, name, U_COMPREHENSION, e, e->lineno);
        if (!ok) goto done;
    }
    if (ok && is_async && type != COMPT_GENEXP && outer_kind != U_ASYNC_FUNCTION &&
        outer_kind != U_COMPREHENSION) {
        ok = compiler_error(c, loc, "asynchronous comprehension outside of an asynchronous function");
    }
    if (ok && type != COMPT_GENEXP) {
        int op = type == COMPT_LIST ? OP_BUILD_LIST : type == COMPT_SET ? OP_BUILD_SET : OP_BUILD_MAP;
        ok = emit(c, op, 0, loc) && (!inlined || emit(c, OP_SWAP, 2, loc));
    }
    ok = ok && comprehension_generator(c, loc, gens, 0, 0, elt, val, type, inlined);
    if (inlined) {
        ok = ok && pop_inlined_state(c, loc, &st);
        goto done;
    }
    if (ok && type != COMPT_GENEXP) ok = EMIT0(c, OP_RETURN_VALUE, loc);
    if (ok && type == COMPT_GENEXP) ok = wrap_in_stopiteration_handler(c);
    Code *co = ok ? assemble(c, true) : NULL;
    exit_scope(c);
    if (!co) { ok = false; goto done; }
    ok = make_closure(c, loc, co, 0) && comprehension_iter(c, outermost) &&
         emit(c, OP_CALL, 0, loc);
    if (ok && is_async && type != COMPT_GENEXP)
        ok = emit(c, OP_GET_AWAITABLE, 0, loc) && emit_const(c, NONE, loc) &&
             add_yield_from(c, loc, true);
done:
    free(st.pushed);
    free(st.made_hidden);
    return ok;
}

/* ---- functions ---- */

static bool check_debug_args_seq(Compiler *c, ArgSeq args) {
    for (int i = 0; i < args.n; i++)
        if (forbidden_name(c, LOC(args.items[i]), args.items[i]->arg, Ctx_Store)) return false;
    return true;
}

static bool check_debug_args(Compiler *c, Arguments *a) {
    TRY(check_debug_args_seq(c, a->posonlyargs));
    TRY(check_debug_args_seq(c, a->args));
    if (a->vararg && forbidden_name(c, LOC(a->vararg), a->vararg->arg, Ctx_Store)) return false;
    TRY(check_debug_args_seq(c, a->kwonlyargs));
    if (a->kwarg && forbidden_name(c, LOC(a->kwarg), a->kwarg->arg, Ctx_Store)) return false;
    return true;
}

/* Push the defaults tuple and kwdefaults dict; returns the MAKE_FUNCTION flags via *flags. */
static bool default_arguments(Compiler *c, Location loc, Arguments *a, int *flags) {
    *flags = 0;
    if (a->defaults.n) {
        TRY(visit_exprs(c, a->defaults));
        TRY(emit(c, OP_BUILD_TUPLE, a->defaults.n, loc));
        *flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < a->kwonlyargs.n; i++) {
        Expr *d = i < a->kw_defaults.n ? a->kw_defaults.items[i] : NULL;
        if (!d) continue;
        Value k = make_cstr(c, mangle(c, c->u->private_name, a->kwonlyargs.items[i]->arg));
        if (is_null(k)) return false;
        TRY(emit_const(c, k, loc));
        TRY(visit_expr(c, d));
        nkw++;
    }
    if (nkw) {
        TRY(emit(c, OP_BUILD_MAP, nkw, loc));
        *flags |= 2;
    }
    return true;
}

static bool annexpr(Compiler *c, Expr *e);

static bool argannotation(Compiler *c, const char *id, Expr *ann, int *n, Location loc) {
    if (!ann) return true;
    Value k = make_cstr(c, mangle(c, c->u->private_name, id));
    if (is_null(k)) return false;
    TRY(emit_const(c, k, loc));
    if (c->future_flags & CO_FUTURE_ANNOTATIONS) TRY(annexpr(c, ann));
    else if (ann->kind == Expr_Starred) {
        TRY(visit_expr(c, ann->v.Starred.value));
        TRY(emit(c, OP_UNPACK_SEQUENCE, 1, loc));
    } else TRY(visit_expr(c, ann));
    (*n)++;
    return true;
}

/* Push the annotations dict; *pushed tells whether there was one. */
static bool visit_annotations(Compiler *c, Location loc, Arguments *a, Expr *returns,
                              bool *pushed) {
    int n = 0;
    for (int i = 0; i < a->args.n; i++)
        TRY(argannotation(c, a->args.items[i]->arg, a->args.items[i]->annotation, &n, loc));
    for (int i = 0; i < a->posonlyargs.n; i++)
        TRY(argannotation(c, a->posonlyargs.items[i]->arg, a->posonlyargs.items[i]->annotation, &n, loc));
    if (a->vararg) TRY(argannotation(c, a->vararg->arg, a->vararg->annotation, &n, loc));
    for (int i = 0; i < a->kwonlyargs.n; i++)
        TRY(argannotation(c, a->kwonlyargs.items[i]->arg, a->kwonlyargs.items[i]->annotation, &n, loc));
    if (a->kwarg) TRY(argannotation(c, a->kwarg->arg, a->kwarg->annotation, &n, loc));
    TRY(argannotation(c, "return", returns, &n, loc));
    *pushed = n > 0;
    if (n) TRY(emit(c, OP_BUILD_MAP, n, loc));
    return true;
}

/* The docstring of a body: its first statement, if a string constant. */
static Expr *docstring_of(StmtSeq body) {
    if (body.n == 0) return NULL;
    Stmt *s = body.items[0];
    if (s->kind != Stmt_Expr) return NULL;
    Expr *e = s->v.Expr.value;
    if (e->kind != Expr_Constant || e->v.Constant.kind != Const_Str) return NULL;
    return e;
}

/* CPython 3.13 strips docstring indentation at compile time (inspect.cleandoc-like):
 * tabs expanded, leading spaces of the first line removed, the common indentation of
 * the following lines removed. */
static Value clean_doc(Compiler *c, const char *s, size_t n) {
    StrBuf b;
    strbuf_init(&b);
    size_t col = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch == '\t') {
            size_t spaces = 8 - col % 8;
            for (size_t k = 0; k < spaces; k++) strbuf_addc(&b, ' ');
            col += spaces;
        } else {
            strbuf_addc(&b, ch);
            if (ch == '\n' || ch == '\r') col = 0;
            else if (((uint8_t)ch & 0xc0) != 0x80) col++;
        }
    }
    if (b.failed) { strbuf_free(&b); raise_no_memory(); return NULLV; }
    const char *doc = b.data ? b.data : "", *p = doc, *pend = doc + b.len;
    while (p < pend && *p++ != '\n') {}
    size_t margin = (size_t)-1;
    while (p < pend) {
        const char *st = p;
        while (p < pend && *p == ' ') p++;
        if (p < pend && *p != '\n' && (size_t)(p - st) < margin) margin = (size_t)(p - st);
        while (p < pend && *p++ != '\n') {}
    }
    if (margin == (size_t)-1) margin = 0;
    p = doc;
    while (p < pend && *p == ' ') p++;
    Value r;
    if (p == doc && margin == 0) {
        r = make_str(c, doc, b.len);
    } else {
        char *out = malloc(b.len + 1), *w = out;
        if (!out) { strbuf_free(&b); raise_no_memory(); return NULLV; }
        while (p < pend) {
            char ch = *w++ = *p++;
            if (ch == '\n') break;
        }
        while (p < pend) {
            for (size_t i = 0; i < margin && p < pend && *p == ' '; i++) p++;
            while (p < pend) {
                char ch = *w++ = *p++;
                if (ch == '\n') break;
            }
        }
        r = make_str(c, out, (size_t)(w - out));
        free(out);
    }
    strbuf_free(&b);
    return r;
}

static bool apply_decorators(Compiler *c, ExprSeq decos) {
    for (int i = decos.n - 1; i >= 0; i--) TRY(emit(c, OP_CALL, 0, LOC(decos.items[i])));
    return true;
}

static bool compile_function_body(Compiler *c, Stmt *s, bool is_async, int funcflags,
                                  int firstlineno) {
    AstFunctionDef *f = &s->v.FunctionDef;
    TRY(enter_scope(c, f->name, is_async ? U_ASYNC_FUNCTION : U_FUNCTION, s, firstlineno));
    Unit *u = c->u;
    u->argcount = f->args->posonlyargs.n + f->args->args.n;
    u->posonlyargcount = f->args->posonlyargs.n;
    u->kwonlyargcount = f->args->kwonlyargs.n;
    Expr *doc = docstring_of(f->body);
    Value d = doc && c->optimize < 2 ? clean_doc(c, doc->v.Constant.v.s.data, doc->v.Constant.v.s.len) : NONE;
    bool ok = !is_null(d) && cm_add(&u->consts, d) >= 0;
    for (int i = doc ? 1 : 0; ok && i < f->body.n; i++) ok = visit_stmt(c, f->body.items[i]);
    if (ok && (u->ste->is_coroutine || u->ste->is_generator)) ok = wrap_in_stopiteration_handler(c);
    Code *co = ok ? assemble(c, true) : NULL;
    exit_scope(c);
    if (!co) return false;
    return make_closure(c, LOC(s), co, funcflags);
}

static bool compile_function(Compiler *c, Stmt *s, bool is_async) {
    AstFunctionDef *f = &s->v.FunctionDef;
    if (f->type_params.n)
        return compiler_error(c, LOC(s), "type parameter lists are not supported yet");
    TRY(check_debug_args(c, f->args));
    TRY(visit_exprs(c, f->decorator_list));
    int firstlineno = s->lineno;
    if (f->decorator_list.n) firstlineno = f->decorator_list.items[0]->lineno;
    Location loc = LOC(s);
    int funcflags;
    TRY(default_arguments(c, loc, f->args, &funcflags));
    bool ann;
    TRY(visit_annotations(c, loc, f->args, f->returns, &ann));
    if (ann) funcflags |= 4;
    TRY(compile_function_body(c, s, is_async, funcflags, firstlineno));
    TRY(apply_decorators(c, f->decorator_list));
    return nameop(c, loc, f->name, Ctx_Store);
}

static bool compile_lambda(Compiler *c, Expr *e) {
    Arguments *a = e->v.Lambda.args;
    TRY(check_debug_args(c, a));
    Location loc = LOC(e);
    int funcflags;
    TRY(default_arguments(c, loc, a, &funcflags));
    TRY(enter_scope(c, "<lambda>", U_LAMBDA, e, e->lineno));
    Unit *u = c->u;
    u->argcount = a->posonlyargs.n + a->args.n;
    u->posonlyargcount = a->posonlyargs.n;
    u->kwonlyargcount = a->kwonlyargs.n;
    bool ok = cm_add(&u->consts, NONE) >= 0 && visit_expr(c, e->v.Lambda.body);
    Code *co = NULL;
    if (ok) {
        if (u->ste->is_generator) co = assemble(c, false);
        else if (EMIT0(c, OP_RETURN_VALUE, LOC(e->v.Lambda.body))) co = assemble(c, true);
    }
    exit_scope(c);
    if (!co) return false;
    return make_closure(c, loc, co, funcflags);
}

/* ---- classes ---- */

static bool compile_body(Compiler *c, Location loc, StmtSeq stmts);

static bool compile_class_body(Compiler *c, Stmt *s, int firstlineno) {
    TRY(enter_scope(c, s->v.ClassDef.name, U_CLASS, s, firstlineno));
    Unit *u = c->u;
    Location loc = {firstlineno, firstlineno, 0, 0};
    u->private_name = s->v.ClassDef.name;
    Value qual = make_cstr(c, u->qualname);
    bool ok = !is_null(qual) && nameop(c, loc, "__name__", Ctx_Load) &&
              nameop(c, loc, "__module__", Ctx_Store) && emit_const(c, qual, loc) &&
              nameop(c, loc, "__qualname__", Ctx_Store) &&
              emit_const(c, v_int(u->firstlineno), loc) &&
              nameop(c, loc, "__firstlineno__", Ctx_Store) &&
              compile_body(c, loc, s->v.ClassDef.body);
    if (ok) {
        /* __static_attributes__: sorted names */
        int n = u->static_attrs.n;
        const char **names_ = malloc(sizeof(char *) * (size_t)(n + 1));
        Tuple *t = tuple_new((size_t)n);
        ok = names_ && t && keep(c, v_obj(t));
        if (ok) {
            if (n) memcpy(names_, u->static_attrs.keys, sizeof(char *) * (size_t)n);
            qsort(names_, (size_t)n, sizeof(char *), cmp_cstr);
            for (int i = 0; ok && i < n; i++) {
                Value v = make_cstr(c, names_[i]);
                ok = !is_null(v);
                if (ok) t->items[i] = v;
            }
        } else if (!names_) no_memory();
        free(names_);
        ok = ok && emit_const(c, v_obj(t), NO_LOC) &&
             nameop(c, NO_LOC, "__static_attributes__", Ctx_Store);
    }
    if (ok) {
        if (u->ste->needs_class_closure) {
            ok = emit_local(c, OP_LOAD_CLOSURE, T_CELL, "__class__", NO_LOC) &&
                 emit(c, OP_COPY, 1, NO_LOC) && nameop(c, NO_LOC, "__classcell__", Ctx_Store);
        } else {
            ok = emit_const(c, NONE, NO_LOC);
        }
        ok = ok && EMIT0(c, OP_RETURN_VALUE, NO_LOC);
    }
    Code *co = ok ? assemble(c, true) : NULL;
    exit_scope(c);
    if (!co) return false;
    loc = LOC(s);
    TRY(EMIT0(c, OP_LOAD_BUILD_CLASS, loc));
    TRY(EMIT0(c, OP_PUSH_NULL, loc));
    TRY(make_closure(c, loc, co, 0));
    Value name = make_cstr(c, s->v.ClassDef.name);
    if (is_null(name)) return false;
    return emit_const(c, name, loc);
}

static bool compile_class(Compiler *c, Stmt *s) {
    if (s->v.ClassDef.type_params.n)
        return compiler_error(c, LOC(s), "type parameter lists are not supported yet");
    ExprSeq decos = s->v.ClassDef.decorator_list;
    TRY(visit_exprs(c, decos));
    int firstlineno = s->lineno;
    if (decos.n) firstlineno = decos.items[0]->lineno;
    TRY(compile_class_body(c, s, firstlineno));
    Location loc = LOC(s);
    TRY(call_helper(c, loc, 2, s->v.ClassDef.bases, s->v.ClassDef.keywords));
    TRY(apply_decorators(c, decos));
    return nameop(c, loc, s->v.ClassDef.name, Ctx_Store);
}

/* ---- the expression dispatcher ---- */

static bool visit_expr(Compiler *c, Expr *e) {
    Location loc = LOC(e);
    switch (e->kind) {
    case Expr_NamedExpr:
        TRY(visit_expr(c, e->v.NamedExpr.value));
        TRY(emit(c, OP_COPY, 1, loc));
        return visit_expr(c, e->v.NamedExpr.target);
    case Expr_BoolOp:
        return compile_boolop(c, e);
    case Expr_BinOp: {
        Value k = fold(c, e);
        if (!is_null(k)) return emit_const(c, k, loc);
        if (err_occurred()) return false;
        int r = try_percent_format(c, e);
        if (r) return r > 0;
        TRY(visit_expr(c, e->v.BinOp.left));
        TRY(visit_expr(c, e->v.BinOp.right));
        return emit(c, OP_BINARY_OP, binop_arg(e->v.BinOp.op), loc);
    }
    case Expr_UnaryOp:
        if (is_const_expr(c, e)) {
            Value v = fold(c, e);
            if (is_null(v)) return false;
            return emit_const(c, v, loc);
        }
        if (e->v.UnaryOp.op == Unary_Not && e->v.UnaryOp.operand->kind == Expr_Compare &&
            e->v.UnaryOp.operand->v.Compare.ops.n == 1) {
            /* not (a in b) is a not in b; likewise is / is not (CPython's AST optimizer) */
            Expr *cmp = e->v.UnaryOp.operand;
            AstCmpOp op = cmp->v.Compare.ops.items[0], inv = 0;
            switch (op) {
            case Cmp_In: inv = Cmp_NotIn; break;
            case Cmp_NotIn: inv = Cmp_In; break;
            case Cmp_Is: inv = Cmp_IsNot; break;
            case Cmp_IsNot: inv = Cmp_Is; break;
            default: break;
            }
            if (inv) {
                TRY(visit_expr(c, cmp->v.Compare.left));
                TRY(visit_comparator(c, cmp, 0));
                return emit_compare(c, LOC(cmp), inv);
            }
        }
        TRY(visit_expr(c, e->v.UnaryOp.operand));
        switch (e->v.UnaryOp.op) {
        case Unary_UAdd: return emit(c, OP_CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, loc);
        case Unary_Not: return EMIT0(c, OP_UNARY_NOT, loc);
        case Unary_USub: return EMIT0(c, OP_UNARY_NEGATIVE, loc);
        default: return EMIT0(c, OP_UNARY_INVERT, loc);
        }
    case Expr_Lambda:
        return compile_lambda(c, e);
    case Expr_IfExp:
        return compile_ifexp(c, e);
    case Expr_Dict:
        return compile_dict(c, e);
    case Expr_Set:
        return starunpack(c, loc, e->v.Set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
    case Expr_GeneratorExp:
        return compile_comprehension(c, e, COMPT_GENEXP, "<genexpr>", e->v.GeneratorExp.generators,
                                     e->v.GeneratorExp.elt, NULL);
    case Expr_ListComp:
        return compile_comprehension(c, e, COMPT_LIST, "<listcomp>", e->v.ListComp.generators,
                                     e->v.ListComp.elt, NULL);
    case Expr_SetComp:
        return compile_comprehension(c, e, COMPT_SET, "<setcomp>", e->v.SetComp.generators,
                                     e->v.SetComp.elt, NULL);
    case Expr_DictComp:
        return compile_comprehension(c, e, COMPT_DICT, "<dictcomp>", e->v.DictComp.generators,
                                     e->v.DictComp.key, e->v.DictComp.value);
    case Expr_Yield:
        if (!is_function_like(c->u)) return compiler_error(c, loc, "'yield' outside function");
        if (e->v.Yield.value) TRY(visit_expr(c, e->v.Yield.value));
        else TRY(emit_const(c, NONE, loc));
        return emit_yield(c, loc);
    case Expr_YieldFrom:
        if (!is_function_like(c->u)) return compiler_error(c, loc, "'yield' outside function");
        if (c->u->kind == U_ASYNC_FUNCTION)
            return compiler_error(c, loc, "'yield from' inside async function");
        TRY(visit_expr(c, e->v.YieldFrom.value));
        TRY(EMIT0(c, OP_GET_YIELD_FROM_ITER, loc));
        TRY(emit_const(c, NONE, loc));
        return add_yield_from(c, loc, false);
    case Expr_Await:
        if (!is_function_like(c->u)) return compiler_error(c, loc, "'await' outside function");
        if (c->u->kind != U_ASYNC_FUNCTION && c->u->kind != U_COMPREHENSION)
            return compiler_error(c, loc, "'await' outside async function");
        TRY(visit_expr(c, e->v.Await.value));
        TRY(emit(c, OP_GET_AWAITABLE, 0, loc));
        TRY(emit_const(c, NONE, loc));
        return add_yield_from(c, loc, true);
    case Expr_Compare:
        return compile_compare(c, e);
    case Expr_Call:
        return compile_call(c, e);
    case Expr_FormattedValue:
        return compile_formatted_value(c, e);
    case Expr_JoinedStr:
        return compile_joined_str(c, e);
    case Expr_Constant: {
        Value v = const_of(c, &e->v.Constant, loc);
        if (is_null(v)) return false;
        return emit_const(c, v, loc);
    }
    case Expr_Attribute:
        return compile_attribute(c, e);
    case Expr_Subscript:
        return compile_subscript(c, e);
    case Expr_Starred:
        if (e->v.Starred.ctx == Ctx_Store)
            return compiler_error(c, loc, "starred assignment target must be in a list or tuple");
        return compiler_error(c, loc, "can't use starred expression here");
    case Expr_Slice: {
        int n;
        TRY(compile_slice_parts(c, e, &n));
        return emit(c, OP_BUILD_SLICE, n, loc);
    }
    case Expr_Name:
        if (e->v.Name.ctx == Ctx_Load && strcmp(e->v.Name.id, "__debug__") == 0)
            return emit_const(c, v_bool(c->optimize < 1), loc);
        return nameop(c, loc, e->v.Name.id, e->v.Name.ctx);
    case Expr_List:
        return compile_list_or_tuple(c, e, false);
    case Expr_Tuple:
        return compile_list_or_tuple(c, e, true);
    }
    raise_msg(&exc_SystemError, "compiler: unknown expression kind");
    return false;
}

/* ------------------------------------------------------------------ statements */

static bool call_exit_with_nones(Compiler *c, Location loc) {
    TRY(emit_const(c, NONE, loc));
    TRY(emit_const(c, NONE, loc));
    TRY(emit_const(c, NONE, loc));
    return emit(c, OP_CALL, 2, loc);
}

/* Emit what leaving `info` on a break/continue/return path requires. */
static bool unwind_fblock(Compiler *c, Location *loc, FBlock *info, bool preserve_tos) {
    switch (info->kind) {
    case FB_WHILE_LOOP: case FB_EXCEPTION_HANDLER: case FB_EXCEPTION_GROUP_HANDLER:
    case FB_ASYNC_COMPREHENSION_GENERATOR: case FB_STOP_ITERATION:
        return true;
    case FB_FOR_LOOP:
        if (preserve_tos) TRY(emit(c, OP_SWAP, 2, *loc));
        return EMIT0(c, OP_POP_TOP, *loc);
    case FB_TRY_EXCEPT:
        return EMIT0(c, PS_POP_BLOCK, *loc);
    case FB_FINALLY_TRY:
        TRY(EMIT0(c, PS_POP_BLOCK, *loc));
        if (preserve_tos) TRY(push_fblock(c, *loc, FB_POP_VALUE, -1, -1, NULL));
        TRY(visit_stmts(c, *(const StmtSeq *)info->datum));
        if (preserve_tos) pop_fblock(c);
        /* the finally body runs after the unwinding statement */
        *loc = NO_LOC;
        return true;
    case FB_FINALLY_END:
        if (preserve_tos) TRY(emit(c, OP_SWAP, 2, *loc));
        TRY(EMIT0(c, OP_POP_TOP, *loc));
        if (preserve_tos) TRY(emit(c, OP_SWAP, 2, *loc));
        TRY(EMIT0(c, PS_POP_BLOCK, *loc));
        return EMIT0(c, OP_POP_EXCEPT, *loc);
    case FB_WITH: case FB_ASYNC_WITH:
        *loc = info->loc;
        TRY(EMIT0(c, PS_POP_BLOCK, *loc));
        /* the stack holds the bound __exit__ (BEFORE_WITH pushes one value) */
        if (preserve_tos) TRY(emit(c, OP_SWAP, 2, *loc));
        TRY(call_exit_with_nones(c, *loc));
        if (info->kind == FB_ASYNC_WITH) {
            TRY(emit(c, OP_GET_AWAITABLE, 2, *loc));
            TRY(emit_const(c, NONE, *loc));
            TRY(add_yield_from(c, *loc, true));
        }
        TRY(EMIT0(c, OP_POP_TOP, *loc));
        *loc = NO_LOC;
        return true;
    case FB_HANDLER_CLEANUP:
        if (info->datum) TRY(EMIT0(c, PS_POP_BLOCK, *loc));
        if (preserve_tos) TRY(emit(c, OP_SWAP, 2, *loc));
        TRY(EMIT0(c, PS_POP_BLOCK, *loc));
        TRY(EMIT0(c, OP_POP_EXCEPT, *loc));
        if (info->datum) {
            TRY(emit_const(c, NONE, *loc));
            TRY(nameop(c, *loc, info->datum, Ctx_Store));
            TRY(nameop(c, *loc, info->datum, Ctx_Del));
        }
        return true;
    case FB_POP_VALUE:
        if (preserve_tos) TRY(emit(c, OP_SWAP, 2, *loc));
        return EMIT0(c, OP_POP_TOP, *loc);
    }
    return true;
}

/* Unwind every block up to the innermost loop (when `loop` is given) or all of them. */
static bool unwind_fblock_stack(Compiler *c, Location *loc, bool preserve_tos, FBlock **loop) {
    Unit *u = c->u;
    if (u->nfblocks == 0) return true;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (top->kind == FB_EXCEPTION_GROUP_HANDLER)
        return compiler_error(c, *loc, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top->kind == FB_WHILE_LOOP || top->kind == FB_FOR_LOOP)) {
        *loop = top;
        return true;
    }
    FBlock copy = *top;
    u->nfblocks--;
    bool ok = unwind_fblock(c, loc, &copy, preserve_tos) &&
              unwind_fblock_stack(c, loc, preserve_tos, loop);
    u->fblocks[u->nfblocks++] = copy;
    return ok;
}

static bool compile_return(Compiler *c, Stmt *s) {
    Location loc = LOC(s);
    Expr *v = s->v.Return.value;
    bool preserve_tos = v && !is_const_expr(c, v);
    if (!is_function_like(c->u)) return compiler_error(c, loc, "'return' outside function");
    if (v && c->u->ste->is_coroutine && c->u->ste->is_generator)
        return compiler_error(c, loc, "'return' with value in async generator");
    if (preserve_tos) {
        TRY(visit_expr(c, v));
    } else if (v) {
        loc = LOC(v);
        TRY(EMIT0(c, OP_NOP, loc));
    }
    if (!v || v->lineno != s->lineno) {
        loc = LOC(s);
        TRY(EMIT0(c, OP_NOP, loc));
    }
    TRY(unwind_fblock_stack(c, &loc, preserve_tos, NULL));
    if (!v) TRY(emit_const(c, NONE, loc));
    else if (!preserve_tos) {
        Value k = fold(c, v);
        if (is_null(k)) return false;
        TRY(emit_const(c, k, loc));
    }
    return EMIT0(c, OP_RETURN_VALUE, loc);
}

static bool compile_break(Compiler *c, Location loc) {
    FBlock *loop = NULL;
    Location origin = loc;
    TRY(EMIT0(c, OP_NOP, loc));
    TRY(unwind_fblock_stack(c, &loc, false, &loop));
    if (!loop) return compiler_error(c, origin, "'break' outside loop");
    TRY(unwind_fblock(c, &loc, loop, false));
    return emit_jump(c, PS_JUMP, loop->exit, loc);
}

static bool compile_continue(Compiler *c, Location loc) {
    FBlock *loop = NULL;
    Location origin = loc;
    TRY(EMIT0(c, OP_NOP, loc));
    TRY(unwind_fblock_stack(c, &loc, false, &loop));
    if (!loop) return compiler_error(c, origin, "'continue' not properly in loop");
    return emit_jump(c, PS_JUMP, loop->block, loc);
}

static bool compile_if(Compiler *c, Stmt *s) {
    NEW_LABEL(c, end);
    int next = end;
    if (s->v.If.orelse.n) {
        next = new_label(c);
        if (next < 0) return false;
    }
    TRY(jump_if(c, LOC(s), s->v.If.test, next, false));
    TRY(visit_stmts(c, s->v.If.body));
    if (s->v.If.orelse.n) {
        TRY(emit_jump(c, PS_JUMP, end, NO_LOC));
        use_label(c, next);
        TRY(visit_stmts(c, s->v.If.orelse));
    }
    use_label(c, end);
    return true;
}

/* The test is compiled twice, at the top and after the body (CPython 3.13's shape),
 * so that an iteration costs one jump. */
static bool compile_while(Compiler *c, Stmt *s) {
    NEW_LABEL(c, loop);
    NEW_LABEL(c, body);
    NEW_LABEL(c, anchor);
    NEW_LABEL(c, end);
    use_label(c, loop);
    TRY(push_fblock(c, LOC(s), FB_WHILE_LOOP, loop, end, NULL));
    TRY(jump_if(c, LOC(s), s->v.While.test, anchor, false));
    use_label(c, body);
    TRY(visit_stmts(c, s->v.While.body));
    TRY(jump_if(c, LOC(s), s->v.While.test, anchor, false));
    TRY(emit_jump(c, PS_JUMP, body, NO_LOC));
    pop_fblock(c);
    use_label(c, anchor);
    TRY(visit_stmts(c, s->v.While.orelse));
    use_label(c, end);
    return true;
}

static bool compile_for(Compiler *c, Stmt *s) {
    Location loc = LOC(s);
    NEW_LABEL(c, start);
    NEW_LABEL(c, cleanup);
    NEW_LABEL(c, end);
    TRY(push_fblock(c, loc, FB_FOR_LOOP, start, end, NULL));
    TRY(visit_iterable(c, s->v.For.iter));
    loc = LOC(s->v.For.iter);
    TRY(EMIT0(c, OP_GET_ITER, loc));
    use_label(c, start);
    TRY(emit_jump(c, OP_FOR_ITER, cleanup, loc));
    /* keeps line tracing right for multi-line for statements */
    TRY(EMIT0(c, OP_NOP, LOC(s->v.For.target)));
    TRY(visit_expr(c, s->v.For.target));
    TRY(visit_stmts(c, s->v.For.body));
    TRY(emit_jump(c, PS_JUMP, start, NO_LOC));
    use_label(c, cleanup);
    pop_fblock(c);
    TRY(visit_stmts(c, s->v.For.orelse));
    use_label(c, end);
    return true;
}

static bool compile_async_for(Compiler *c, Stmt *s) {
    Location loc = LOC(s);
    if (c->u->kind != U_ASYNC_FUNCTION)
        return compiler_error(c, loc, "'async for' outside async function");
    NEW_LABEL(c, start);
    NEW_LABEL(c, except);
    NEW_LABEL(c, end);
    TRY(visit_expr(c, s->v.For.iter));
    TRY(EMIT0(c, OP_GET_AITER, loc));
    use_label(c, start);
    TRY(push_fblock(c, loc, FB_FOR_LOOP, start, end, NULL));
    TRY(emit_jump(c, PS_SETUP_FINALLY, except, loc));
    TRY(EMIT0(c, OP_GET_ANEXT, loc));
    TRY(emit_const(c, NONE, loc));
    TRY(add_yield_from(c, loc, true));
    TRY(EMIT0(c, PS_POP_BLOCK, loc));
    TRY(visit_expr(c, s->v.For.target));
    TRY(visit_stmts(c, s->v.For.body));
    TRY(emit_jump(c, PS_JUMP, start, NO_LOC));
    pop_fblock(c);
    use_label(c, except);
    TRY(EMIT0(c, OP_END_ASYNC_FOR, LOC(s->v.For.iter)));
    TRY(visit_stmts(c, s->v.For.orelse));
    use_label(c, end);
    return true;
}

/* Exception handler epilogue:  [prev_exc, lasti, exc] → restore prev_exc, reraise. */
static bool pop_except_and_reraise(Compiler *c, Location loc) {
    TRY(emit(c, OP_COPY, 3, loc));
    TRY(EMIT0(c, OP_POP_EXCEPT, loc));
    return emit(c, OP_RERAISE, 1, loc);
}

static bool compile_try_except(Compiler *c, Stmt *s) {
    Location loc = LOC(s);
    NEW_LABEL(c, body);
    NEW_LABEL(c, except);
    NEW_LABEL(c, end);
    NEW_LABEL(c, cleanup);
    TRY(emit_jump(c, PS_SETUP_FINALLY, except, loc));
    use_label(c, body);
    TRY(push_fblock(c, loc, FB_TRY_EXCEPT, body, -1, NULL));
    TRY(visit_stmts(c, s->v.Try.body));
    pop_fblock(c);
    TRY(EMIT0(c, PS_POP_BLOCK, NO_LOC));
    TRY(visit_stmts(c, s->v.Try.orelse));
    TRY(emit_jump(c, PS_JUMP, end, NO_LOC));
    int n = s->v.Try.handlers.n;
    use_label(c, except);
    TRY(emit_jump(c, PS_SETUP_CLEANUP, cleanup, NO_LOC));
    TRY(EMIT0(c, OP_PUSH_EXC_INFO, NO_LOC));
    TRY(push_fblock(c, loc, FB_EXCEPTION_HANDLER, -1, -1, NULL));
    for (int i = 0; i < n; i++) {
        ExceptHandler *h = s->v.Try.handlers.items[i];
        Location hloc = LOC(h);
        if (!h->type && i < n - 1) return compiler_error(c, hloc, "default 'except:' must be last");
        NEW_LABEL(c, next_except);
        except = next_except;
        if (h->type) {
            TRY(visit_expr(c, h->type));
            TRY(EMIT0(c, OP_CHECK_EXC_MATCH, hloc));
            TRY(emit_jump(c, OP_POP_JUMP_IF_FALSE, except, hloc));
        }
        if (h->name) {
            NEW_LABEL(c, cleanup_end);
            NEW_LABEL(c, cleanup_body);
            TRY(nameop(c, hloc, h->name, Ctx_Store));
            /* try: body  finally: name = None; del name */
            TRY(emit_jump(c, PS_SETUP_CLEANUP, cleanup_end, hloc));
            use_label(c, cleanup_body);
            TRY(push_fblock(c, hloc, FB_HANDLER_CLEANUP, cleanup_body, -1, h->name));
            TRY(visit_stmts(c, h->body));
            pop_fblock(c);
            TRY(EMIT0(c, PS_POP_BLOCK, NO_LOC));
            TRY(EMIT0(c, PS_POP_BLOCK, NO_LOC));
            TRY(EMIT0(c, OP_POP_EXCEPT, NO_LOC));
            TRY(emit_const(c, NONE, NO_LOC));
            TRY(nameop(c, NO_LOC, h->name, Ctx_Store));
            TRY(nameop(c, NO_LOC, h->name, Ctx_Del));
            TRY(emit_jump(c, PS_JUMP, end, NO_LOC));
            use_label(c, cleanup_end);
            TRY(emit_const(c, NONE, NO_LOC));
            TRY(nameop(c, NO_LOC, h->name, Ctx_Store));
            TRY(nameop(c, NO_LOC, h->name, Ctx_Del));
            TRY(emit(c, OP_RERAISE, 1, NO_LOC));
        } else {
            NEW_LABEL(c, cleanup_body);
            TRY(EMIT0(c, OP_POP_TOP, hloc));
            use_label(c, cleanup_body);
            TRY(push_fblock(c, hloc, FB_HANDLER_CLEANUP, cleanup_body, -1, NULL));
            TRY(visit_stmts(c, h->body));
            pop_fblock(c);
            TRY(EMIT0(c, PS_POP_BLOCK, NO_LOC));
            TRY(EMIT0(c, OP_POP_EXCEPT, NO_LOC));
            TRY(emit_jump(c, PS_JUMP, end, NO_LOC));
        }
        use_label(c, except);
    }
    pop_fblock(c);
    TRY(emit(c, OP_RERAISE, 0, NO_LOC));
    use_label(c, cleanup);
    TRY(pop_except_and_reraise(c, NO_LOC));
    use_label(c, end);
    return true;
}

static bool compile_try_finally(Compiler *c, Stmt *s) {
    Location loc = LOC(s);
    NEW_LABEL(c, body);
    NEW_LABEL(c, end);
    NEW_LABEL(c, exit);
    NEW_LABEL(c, cleanup);
    TRY(emit_jump(c, PS_SETUP_FINALLY, end, loc));
    use_label(c, body);
    TRY(push_fblock(c, loc, FB_FINALLY_TRY, body, end, &s->v.Try.finalbody));
    if (s->v.Try.handlers.n) TRY(compile_try_except(c, s));
    else TRY(visit_stmts(c, s->v.Try.body));
    TRY(EMIT0(c, PS_POP_BLOCK, NO_LOC));
    pop_fblock(c);
    TRY(visit_stmts(c, s->v.Try.finalbody));
    TRY(emit_jump(c, PS_JUMP, exit, NO_LOC));
    /* the exceptional path */
    use_label(c, end);
    TRY(emit_jump(c, PS_SETUP_CLEANUP, cleanup, NO_LOC));
    TRY(EMIT0(c, OP_PUSH_EXC_INFO, NO_LOC));
    TRY(push_fblock(c, NO_LOC, FB_FINALLY_END, end, -1, NULL));
    TRY(visit_stmts(c, s->v.Try.finalbody));
    pop_fblock(c);
    TRY(emit(c, OP_RERAISE, 0, NO_LOC));
    use_label(c, cleanup);
    TRY(pop_except_and_reraise(c, NO_LOC));
    use_label(c, exit);
    return true;
}

static bool compile_try(Compiler *c, Stmt *s) {
    if (s->v.Try.finalbody.n) return compile_try_finally(c, s);
    return compile_try_except(c, s);
}

/* After WITH_EXCEPT_START: suppress the exception if __exit__ returned true. */
static bool with_except_finish(Compiler *c, int cleanup) {
    (void)cleanup;
    NEW_LABEL(c, suppress);
    TRY(emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress, NO_LOC));
    TRY(emit(c, OP_RERAISE, 2, NO_LOC));
    use_label(c, suppress);
    TRY(EMIT0(c, OP_POP_TOP, NO_LOC));     /* exc_value */
    TRY(EMIT0(c, PS_POP_BLOCK, NO_LOC));
    TRY(EMIT0(c, OP_POP_EXCEPT, NO_LOC));
    TRY(EMIT0(c, OP_POP_TOP, NO_LOC));     /* lasti */
    return EMIT0(c, OP_POP_TOP, NO_LOC);   /* __exit__ */
}

static bool compile_with(Compiler *c, Stmt *s, int pos) {
    WithItem *item = s->v.With.items.items[pos];
    NEW_LABEL(c, block);
    NEW_LABEL(c, final);
    NEW_LABEL(c, exit);
    NEW_LABEL(c, cleanup);
    TRY(visit_expr(c, item->context_expr));
    Location loc = LOC(item->context_expr);
    TRY(EMIT0(c, OP_BEFORE_WITH, loc));
    TRY(emit_jump(c, PS_SETUP_WITH, final, loc));
    use_label(c, block);
    TRY(push_fblock(c, loc, FB_WITH, block, final, s));
    if (item->optional_vars) TRY(visit_expr(c, item->optional_vars));
    else TRY(EMIT0(c, OP_POP_TOP, loc));
    if (pos + 1 == s->v.With.items.n) TRY(visit_stmts(c, s->v.With.body));
    else TRY(compile_with(c, s, pos + 1));
    TRY(EMIT0(c, PS_POP_BLOCK, NO_LOC));
    pop_fblock(c);
    /* normal exit: __exit__(None, None, None) */
    TRY(call_exit_with_nones(c, loc));
    TRY(EMIT0(c, OP_POP_TOP, loc));
    TRY(emit_jump(c, PS_JUMP, exit, loc));
    /* exceptional exit */
    use_label(c, final);
    TRY(emit_jump(c, PS_SETUP_CLEANUP, cleanup, loc));
    TRY(EMIT0(c, OP_PUSH_EXC_INFO, loc));
    TRY(EMIT0(c, OP_WITH_EXCEPT_START, loc));
    TRY(with_except_finish(c, cleanup));
    TRY(emit_jump(c, PS_JUMP, exit, NO_LOC));
    use_label(c, cleanup);
    TRY(pop_except_and_reraise(c, NO_LOC));
    use_label(c, exit);
    return true;
}

static bool compile_async_with(Compiler *c, Stmt *s, int pos) {
    Location loc = LOC(s);
    WithItem *item = s->v.With.items.items[pos];
    if (c->u->kind != U_ASYNC_FUNCTION)
        return compiler_error(c, loc, "'async with' outside async function");
    NEW_LABEL(c, block);
    NEW_LABEL(c, final);
    NEW_LABEL(c, exit);
    NEW_LABEL(c, cleanup);
    TRY(visit_expr(c, item->context_expr));
    loc = LOC(item->context_expr);
    TRY(EMIT0(c, OP_BEFORE_ASYNC_WITH, loc));
    TRY(emit(c, OP_GET_AWAITABLE, 1, loc));
    TRY(emit_const(c, NONE, loc));
    TRY(add_yield_from(c, loc, true));
    TRY(emit_jump(c, PS_SETUP_WITH, final, loc));
    use_label(c, block);
    TRY(push_fblock(c, loc, FB_ASYNC_WITH, block, final, s));
    if (item->optional_vars) TRY(visit_expr(c, item->optional_vars));
    else TRY(EMIT0(c, OP_POP_TOP, loc));
    if (pos + 1 == s->v.With.items.n) TRY(visit_stmts(c, s->v.With.body));
    else TRY(compile_async_with(c, s, pos + 1));
    pop_fblock(c);
    TRY(EMIT0(c, PS_POP_BLOCK, NO_LOC));
    TRY(call_exit_with_nones(c, loc));
    TRY(emit(c, OP_GET_AWAITABLE, 2, loc));
    TRY(emit_const(c, NONE, loc));
    TRY(add_yield_from(c, loc, true));
    TRY(EMIT0(c, OP_POP_TOP, loc));
    TRY(emit_jump(c, PS_JUMP, exit, loc));
    use_label(c, final);
    TRY(emit_jump(c, PS_SETUP_CLEANUP, cleanup, loc));
    TRY(EMIT0(c, OP_PUSH_EXC_INFO, loc));
    TRY(EMIT0(c, OP_WITH_EXCEPT_START, loc));
    TRY(emit(c, OP_GET_AWAITABLE, 2, loc));
    TRY(emit_const(c, NONE, loc));
    TRY(add_yield_from(c, loc, true));
    TRY(with_except_finish(c, cleanup));
    TRY(emit_jump(c, PS_JUMP, exit, NO_LOC));
    use_label(c, cleanup);
    TRY(pop_except_and_reraise(c, NO_LOC));
    use_label(c, exit);
    return true;
}

/* `x op= v` */
static bool compile_augassign(Compiler *c, Stmt *s) {
    Expr *e = s->v.AugAssign.target;
    Location loc = LOC(e);
    const char *attr = NULL;
    switch (e->kind) {
    case Expr_Attribute:
        TRY(visit_expr(c, e->v.Attribute.value));
        TRY(emit(c, OP_COPY, 1, loc));
        attr = mangle(c, c->u->private_name, e->v.Attribute.attr);
        TRY(emit_name(c, OP_LOAD_ATTR, attr, loc_at_attr(loc, e)));
        break;
    case Expr_Subscript:
        TRY(visit_expr(c, e->v.Subscript.value));
        if (is_two_element_slice(e->v.Subscript.slice)) {
            int n;
            TRY(compile_slice_parts(c, e->v.Subscript.slice, &n));
            TRY(emit(c, OP_COPY, 3, loc));
            TRY(emit(c, OP_COPY, 3, loc));
            TRY(emit(c, OP_COPY, 3, loc));
            TRY(EMIT0(c, OP_BINARY_SLICE, loc));
        } else {
            TRY(visit_expr(c, e->v.Subscript.slice));
            TRY(emit(c, OP_COPY, 2, loc));
            TRY(emit(c, OP_COPY, 2, loc));
            TRY(EMIT0(c, OP_BINARY_SUBSCR, loc));
        }
        break;
    case Expr_Name: {
        int at = c->u->ncode;
        TRY(nameop(c, loc, e->v.Name.id, Ctx_Load));
        if (s->v.AugAssign.op == Op_Add && c->u->ncode == at + 1 && c->u->code[at].op == OP_LOAD_FAST) {
            /* `local += value`: one instruction adds and stores, so that a string only
             * this local holds can grow in place (eval.c, STR_UNIQUE) */
            CInstr load = c->u->code[at];
            c->u->code[at].op = OP_LOAD_FAST_FOR_UPDATE;
            TRY(visit_expr(c, s->v.AugAssign.value));
            return emit_raw(c, OP_INPLACE_ADD_STORE_FAST, load.arg, load.table, LOC(s));
        }
        break;
    }
    default:
        raise_msg(&exc_SystemError, "invalid node type for augmented assignment");
        return false;
    }
    TRY(visit_expr(c, s->v.AugAssign.value));
    TRY(emit(c, OP_BINARY_OP, NB_INPLACE(binop_arg(s->v.AugAssign.op)), LOC(s)));
    switch (e->kind) {
    case Expr_Attribute:
        loc = loc_at_attr(loc, e);
        TRY(emit(c, OP_SWAP, 2, loc));
        return emit_name(c, OP_STORE_ATTR, attr, loc);
    case Expr_Subscript:
        if (is_two_element_slice(e->v.Subscript.slice)) {
            TRY(emit(c, OP_SWAP, 4, loc));
            TRY(emit(c, OP_SWAP, 3, loc));
            TRY(emit(c, OP_SWAP, 2, loc));
            return EMIT0(c, OP_STORE_SLICE, loc);
        }
        TRY(emit(c, OP_SWAP, 3, loc));
        TRY(emit(c, OP_SWAP, 2, loc));
        return EMIT0(c, OP_STORE_SUBSCR, loc);
    default:
        return nameop(c, loc, e->v.Name.id, Ctx_Store);
    }
}

static bool check_ann_expr(Compiler *c, Expr *e) {
    TRY(visit_expr(c, e));
    return EMIT0(c, OP_POP_TOP, LOC(e));
}

static bool check_ann_subscr(Compiler *c, Expr *e) {
    if (e->kind == Expr_Slice) {
        if (e->v.Slice.lower) TRY(check_ann_expr(c, e->v.Slice.lower));
        if (e->v.Slice.upper) TRY(check_ann_expr(c, e->v.Slice.upper));
        if (e->v.Slice.step) TRY(check_ann_expr(c, e->v.Slice.step));
        return true;
    }
    if (e->kind == Expr_Tuple) {
        for (int i = 0; i < e->v.Tuple.elts.n; i++) TRY(check_ann_subscr(c, e->v.Tuple.elts.items[i]));
        return true;
    }
    return check_ann_expr(c, e);
}

static bool compile_annassign(Compiler *c, Stmt *s) {
    Location loc = LOC(s);
    Expr *targ = s->v.AnnAssign.target;
    if (s->v.AnnAssign.value) {
        TRY(visit_expr(c, s->v.AnnAssign.value));
        TRY(visit_expr(c, targ));
    }
    bool module_or_class = c->u->kind == U_MODULE || c->u->kind == U_CLASS;
    switch (targ->kind) {
    case Expr_Name:
        if (forbidden_name(c, loc, targ->v.Name.id, Ctx_Store)) return false;
        if (s->v.AnnAssign.simple && module_or_class) {
            if (c->future_flags & CO_FUTURE_ANNOTATIONS) TRY(annexpr(c, s->v.AnnAssign.annotation));
            else TRY(visit_expr(c, s->v.AnnAssign.annotation));
            TRY(emit_name(c, OP_LOAD_NAME, "__annotations__", loc));
            Value k = make_cstr(c, mangle(c, c->u->private_name, targ->v.Name.id));
            if (is_null(k)) return false;
            TRY(emit_const(c, k, loc));
            TRY(EMIT0(c, OP_STORE_SUBSCR, loc));
        }
        break;
    case Expr_Attribute:
        if (forbidden_name(c, loc, targ->v.Attribute.attr, Ctx_Store)) return false;
        if (!s->v.AnnAssign.value && module_or_class) TRY(check_ann_expr(c, targ->v.Attribute.value));
        break;
    case Expr_Subscript:
        if (!s->v.AnnAssign.value && module_or_class) {
            TRY(check_ann_expr(c, targ->v.Subscript.value));
            TRY(check_ann_subscr(c, targ->v.Subscript.slice));
        }
        break;
    default:
        raise_msg(&exc_SystemError, "invalid node type for annotated assignment");
        return false;
    }
    if (!s->v.AnnAssign.simple && !(c->future_flags & CO_FUTURE_ANNOTATIONS) && module_or_class)
        TRY(check_ann_expr(c, s->v.AnnAssign.annotation));
    return true;
}

static bool compile_assert(Compiler *c, Stmt *s) {
    Expr *test = s->v.Assert.test;
    if (test->kind == Expr_Tuple && test->v.Tuple.elts.n > 0)
        TRY(compiler_warn(c, LOC(s), "assertion is always true, perhaps remove parentheses?"));
    if (c->optimize) return true;
    NEW_LABEL(c, end);
    Location loc = LOC(s);
    TRY(jump_if(c, loc, s->v.Assert.test, end, true));
    TRY(EMIT0(c, OP_LOAD_ASSERTION_ERROR, loc));
    if (s->v.Assert.msg) {
        TRY(visit_expr(c, s->v.Assert.msg));
        TRY(emit(c, OP_CALL, 0, loc));
    }
    /* the raise points at the failed test, as CPython's traceback carets show */
    TRY(emit(c, OP_RAISE_VARARGS, 1, LOC(s->v.Assert.test)));
    use_label(c, end);
    return true;
}

/* `import a.b.c as d`: IMPORT_FROM down the dotted path. */
static bool import_as(Compiler *c, Location loc, const char *name, const char *asname) {
    const char *dot = strchr(name, '.');
    if (dot) {
        for (;;) {
            const char *pos = dot + 1;
            dot = strchr(pos, '.');
            size_t len = dot ? (size_t)(dot - pos) : strlen(pos);
            const char *attr = arena_strndup(c->arena, pos, len);
            if (!attr) return no_memory();
            TRY(emit_name(c, OP_IMPORT_FROM, attr, loc));
            if (!dot) break;
            TRY(emit(c, OP_SWAP, 2, loc));
            TRY(EMIT0(c, OP_POP_TOP, loc));
        }
        TRY(nameop(c, loc, asname, Ctx_Store));
        return EMIT0(c, OP_POP_TOP, loc);
    }
    return nameop(c, loc, asname, Ctx_Store);
}

static bool compile_import(Compiler *c, Stmt *s) {
    Location loc = LOC(s);
    for (int i = 0; i < s->v.Import.names.n; i++) {
        Alias *a = s->v.Import.names.items[i];
        TRY(emit_const(c, v_int(0), loc));
        TRY(emit_const(c, NONE, loc));
        TRY(emit_name(c, OP_IMPORT_NAME, a->name, loc));
        if (a->asname) {
            TRY(import_as(c, loc, a->name, a->asname));
        } else {
            const char *dot = strchr(a->name, '.');
            const char *store = dot ? arena_strndup(c->arena, a->name, (size_t)(dot - a->name)) : a->name;
            if (!store) return no_memory();
            TRY(nameop(c, loc, store, Ctx_Store));
        }
    }
    return true;
}

static bool compile_from_import(Compiler *c, Stmt *s) {
    Location loc = LOC(s);
    AliasSeq names_ = s->v.ImportFrom.names;
    TRY(emit_const(c, v_int(s->v.ImportFrom.level), loc));
    Tuple *t = tuple_new((size_t)names_.n);
    if (!t || !keep(c, v_obj(t))) return false;
    for (int i = 0; i < names_.n; i++) {
        Value v = make_cstr(c, names_.items[i]->name);
        if (is_null(v)) return false;
        t->items[i] = v;
    }
    TRY(emit_const(c, v_obj(t), loc));
    TRY(emit_name(c, OP_IMPORT_NAME, s->v.ImportFrom.module ? s->v.ImportFrom.module : "", loc));
    for (int i = 0; i < names_.n; i++) {
        Alias *a = names_.items[i];
        if (i == 0 && a->name[0] == '*') {
            TRY(emit(c, OP_CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR, loc));
            return EMIT0(c, OP_POP_TOP, NO_LOC);
        }
        TRY(emit_name(c, OP_IMPORT_FROM, a->name, loc));
        TRY(nameop(c, loc, a->asname ? a->asname : a->name, Ctx_Store));
    }
    return EMIT0(c, OP_POP_TOP, NO_LOC);
}

static bool compile_stmt_expr(Compiler *c, Location loc, Expr *value) {
    if (c->interactive && c->nestlevel <= 1) {
        TRY(visit_expr(c, value));
        TRY(emit(c, OP_CALL_INTRINSIC_1, INTRINSIC_PRINT, loc));
        return EMIT0(c, OP_POP_TOP, NO_LOC);
    }
    if (value->kind == Expr_Constant) return EMIT0(c, OP_NOP, loc);
    TRY(visit_expr(c, value));
    return EMIT0(c, OP_POP_TOP, NO_LOC);
}

static bool compile_match(Compiler *c, Stmt *s);

static bool visit_stmt(Compiler *c, Stmt *s) {
    Location loc = LOC(s);
    switch (s->kind) {
    case Stmt_FunctionDef: return compile_function(c, s, false);
    case Stmt_AsyncFunctionDef: return compile_function(c, s, true);
    case Stmt_ClassDef: return compile_class(c, s);
    case Stmt_Return: return compile_return(c, s);
    case Stmt_Delete: return visit_exprs(c, s->v.Delete.targets);
    case Stmt_Assign: {
        ExprSeq targets = s->v.Assign.targets;
        TRY(visit_expr(c, s->v.Assign.value));
        for (int i = 0; i < targets.n; i++) {
            if (i < targets.n - 1) TRY(emit(c, OP_COPY, 1, loc));
            TRY(visit_expr(c, targets.items[i]));
        }
        return true;
    }
    case Stmt_AugAssign: return compile_augassign(c, s);
    case Stmt_AnnAssign: return compile_annassign(c, s);
    case Stmt_For: return compile_for(c, s);
    case Stmt_AsyncFor: return compile_async_for(c, s);
    case Stmt_While: return compile_while(c, s);
    case Stmt_If: return compile_if(c, s);
    case Stmt_Match: return compile_match(c, s);
    case Stmt_Raise: {
        int n = 0;
        if (s->v.Raise.exc) {
            TRY(visit_expr(c, s->v.Raise.exc));
            n++;
            if (s->v.Raise.cause) {
                TRY(visit_expr(c, s->v.Raise.cause));
                n++;
            }
        }
        return emit(c, OP_RAISE_VARARGS, n, loc);
    }
    case Stmt_Try: return compile_try(c, s);
    case Stmt_TryStar: return compiler_error(c, loc, "'except*' is not supported yet");
    case Stmt_Assert: return compile_assert(c, s);
    case Stmt_Import: return compile_import(c, s);
    case Stmt_ImportFrom: return compile_from_import(c, s);
    case Stmt_Global: case Stmt_Nonlocal: return true;
    case Stmt_Expr: return compile_stmt_expr(c, loc, s->v.Expr.value);
    case Stmt_Pass: return EMIT0(c, OP_NOP, loc);
    case Stmt_Break: return compile_break(c, loc);
    case Stmt_Continue: return compile_continue(c, loc);
    case Stmt_With: return compile_with(c, s, 0);
    case Stmt_AsyncWith: return compile_async_with(c, s, 0);
    case Stmt_TypeAlias: return compiler_error(c, loc, "type alias statements are not supported yet");
    }
    raise_msg(&exc_SystemError, "compiler: unknown statement kind");
    return false;
}

static bool visit_stmts(Compiler *c, StmtSeq body) {
    for (int i = 0; i < body.n; i++) TRY(visit_stmt(c, body.items[i]));
    return true;
}

/* Is there an annotated assignment in these statements (not in nested scopes)? */
static bool find_ann(StmtSeq stmts) {
    for (int i = 0; i < stmts.n; i++) {
        Stmt *s = stmts.items[i];
        switch (s->kind) {
        case Stmt_AnnAssign: return true;
        case Stmt_For: case Stmt_AsyncFor:
            if (find_ann(s->v.For.body) || find_ann(s->v.For.orelse)) return true;
            break;
        case Stmt_While: case Stmt_If:
            if (find_ann(s->v.While.body) || find_ann(s->v.While.orelse)) return true;
            break;
        case Stmt_With: case Stmt_AsyncWith:
            if (find_ann(s->v.With.body)) return true;
            break;
        case Stmt_Try: case Stmt_TryStar:
            for (int j = 0; j < s->v.Try.handlers.n; j++)
                if (find_ann(s->v.Try.handlers.items[j]->body)) return true;
            if (find_ann(s->v.Try.body) || find_ann(s->v.Try.finalbody) || find_ann(s->v.Try.orelse))
                return true;
            break;
        case Stmt_Match:
            for (int j = 0; j < s->v.Match.cases.n; j++)
                if (find_ann(s->v.Match.cases.items[j]->body)) return true;
            break;
        default:
            break;
        }
    }
    return false;
}

/* Module and class bodies: annotations setup, docstring, statements. */
static bool compile_body(Compiler *c, Location loc, StmtSeq stmts) {
    if (c->u->kind == U_MODULE && stmts.n) loc = LOC(stmts.items[0]);
    if (find_ann(stmts)) TRY(EMIT0(c, OP_SETUP_ANNOTATIONS, loc));
    if (!stmts.n) return true;
    int first = 0;
    Expr *doc = docstring_of(stmts);
    if (doc) first = 1;
    if (doc && c->optimize < 2) {
        Value d = clean_doc(c, doc->v.Constant.v.s.data, doc->v.Constant.v.s.len);
        if (is_null(d)) return false;
        TRY(emit_const(c, d, LOC(doc)));
        TRY(nameop(c, NO_LOC, "__doc__", Ctx_Store));
    }
    for (int i = first; i < stmts.n; i++) TRY(visit_stmt(c, stmts.items[i]));
    return true;
}

/* ------------------------------------------------------------------ assembly */

typedef struct Flow {
    int n;                  /* instructions */
    int *depth;             /* stack depth before each, -1 = unreachable */
    int *node;              /* handler-stack node of each */
    int *node_parent, *node_setup, nnodes;
    bool *is_target;        /* some jump or handler lands here */
    int *work, nwork;
} Flow;

static void flow_free(Flow *f) {
    free(f->depth);
    free(f->node);
    free(f->node_parent);
    free(f->node_setup);
    free(f->is_target);
    free(f->work);
}

static bool internal_error(const char *what, Unit *u) {
    raise_fmt(&exc_SystemError, "compiler: %s in %s", what, u->qualname ? u->qualname : u->name);
    return false;
}

static bool flow_reach(Flow *f, Unit *u, int target, int depth, int node) {
    if (target < 0 || target >= f->n) return internal_error("jump out of the code", u);
    f->is_target[target] = true;
    if (f->depth[target] >= 0) {
        if (f->depth[target] != depth) return internal_error("inconsistent stack depth", u);
        return true;
    }
    f->depth[target] = depth;
    f->node[target] = node;
    f->work[f->nwork++] = target;
    return true;
}

/* Stack depths, reachability and the exception-handler stack of every instruction. */
static bool flow_analyze(Flow *f, Unit *u) {
    int n = f->n = u->ncode;
    f->depth = malloc(sizeof(int) * (size_t)n);
    f->node = malloc(sizeof(int) * (size_t)n);
    f->node_parent = malloc(sizeof(int) * (size_t)(n + 1));
    f->node_setup = malloc(sizeof(int) * (size_t)(n + 1));
    f->is_target = calloc((size_t)n, sizeof(bool));
    f->work = malloc(sizeof(int) * (size_t)(n + 1));
    if (!f->depth || !f->node || !f->node_parent || !f->node_setup || !f->is_target || !f->work)
        return no_memory();
    for (int i = 0; i < n; i++) f->depth[i] = -1;
    f->node_parent[0] = -1;
    f->node_setup[0] = -1;
    f->nnodes = 1;
    f->nwork = 0;
    TRY(flow_reach(f, u, 0, 0, 0));
    f->is_target[0] = false;
    while (f->nwork) {
        int j = f->work[--f->nwork];
        int d = f->depth[j], node = f->node[j];
        for (;;) {
            CInstr *in = &u->code[j];
            f->depth[j] = d;
            f->node[j] = node;
            int op = in->op;
            if (is_setup(op)) {
                TRY(flow_reach(f, u, u->labels[in->arg], d + stack_effect(op, in->arg, true), node));
                f->node_parent[f->nnodes] = node;
                f->node_setup[f->nnodes] = j;
                node = f->nnodes++;
                f->node[j] = node;
            } else if (op == PS_POP_BLOCK) {
                if (node == 0) return internal_error("POP_BLOCK without a handler", u);
                node = f->node_parent[node];
                f->node[j] = node;
            } else if (has_target(op)) {
                TRY(flow_reach(f, u, u->labels[in->arg], d + stack_effect(op, in->arg, true), node));
            }
            d += stack_effect(op, in->arg, false);
            if (d < 0) return internal_error("stack underflow", u);
            if (is_terminator(op)) break;
            if (++j >= n) return internal_error("code falls off the end", u);
            if (f->depth[j] >= 0) {
                if (f->depth[j] != d) return internal_error("inconsistent stack depth", u);
                break;
            }
        }
    }
    return true;
}

static int first_lineno_from(Unit *u, const bool *keep, int from) {
    for (int k = from; k < u->ncode; k++) {
        if (!keep[k]) continue;
        if (u->code[k].op == OP_NOP && u->code[k].loc.lineno < 0) continue;
        return u->code[k].loc.lineno;
    }
    return -1;
}

/* Starts of basic blocks among kept instructions: jump targets and what follows a jump. */
/* Starts of basic blocks among kept instructions: labels (as CPython, every label used
 * starts a block) and what follows a jump. */
static void mark_block_starts(Unit *u, const bool *keep, const bool *is_target, bool *start) {
    bool *is_label = calloc((size_t)u->ncode + 1, sizeof(bool));
    if (is_label)
        for (int i = 0; i < u->nlabels; i++)
            if (u->labels[i] >= 0 && u->labels[i] <= u->ncode) is_label[u->labels[i]] = true;
    bool after_jump = true, pending = false;
    for (int j = 0; j < u->ncode; j++) {
        if ((is_label && is_label[j]) || is_target[j]) pending = true;
        if (!keep[j]) continue;
        start[j] = after_jump || pending;
        pending = false;
        int op = u->code[j].op;
        after_jump = has_target(op) || is_terminator(op);
    }
    free(is_label);
}

/* CPython's NOP removal: a NOP survives only to carry a line number no neighbour has. */
static void remove_redundant_nops(Unit *u, bool *keep, const bool *start) {
    int prev_lineno = -1;
    for (int j = 0; j < u->ncode; j++) {
        if (!keep[j]) continue;
        if (start[j]) prev_lineno = -1;
        CInstr *in = &u->code[j];
        int lineno = in->loc.lineno;
        if (in->op == OP_NOP) {
            if (lineno < 0 || prev_lineno == lineno) { keep[j] = false; continue; }
            int k = j + 1;
            while (k < u->ncode && !keep[k]) k++;
            if (k < u->ncode && !start[k]) {
                int next_lineno = u->code[k].loc.lineno;
                if (next_lineno == lineno || next_lineno < 0) {
                    u->code[k].loc = in->loc;
                    keep[j] = false;
                    continue;
                }
            } else if (k < u->ncode && first_lineno_from(u, keep, k) == lineno) {
                keep[j] = false;
                continue;
            }
        }
        prev_lineno = lineno;
    }
}

/* Instructions without a location inherit the one before them in their block, and a
 * block's first one from its only predecessor. */
static void propagate_locations(Unit *u, const bool *keep, const bool *start, const int *target_of,
                                const int *preds) {
    Location prev = NO_LOC;
    int last = -1;
    for (int j = 0; j < u->ncode; j++) {
        if (!keep[j]) continue;
        CInstr *in = &u->code[j];
        if (start[j]) {
            /* entering from the previous block by fall-through */
            if (last >= 0 && !is_terminator(u->code[last].op) && preds[j] == 1 && in->loc.lineno < 0)
                in->loc = prev;
            prev = NO_LOC;
        }
        if (in->loc.lineno < 0) in->loc = prev;
        else prev = in->loc;
        if (has_target(in->op) && !is_setup(in->op)) {
            int t = target_of[j];
            if (t >= 0 && t < u->ncode && preds[t] == 1 && u->code[t].loc.lineno < 0 && t > j)
                u->code[t].loc = prev;
        }
        last = j;
    }
}

static bool is_uncond_jump(int op) {
    return op == PS_JUMP || op == OP_JUMP_FORWARD || op == OP_JUMP_BACKWARD;
}

static Tuple *names_tuple(Compiler *c, NameMap *m) {
    Tuple *t = tuple_new((size_t)m->n);
    if (!t || !keep(c, v_obj(t))) return NULL;
    for (int i = 0; i < m->n; i++) {
        Str *s = str_intern_cstr(m->keys[i]);
        if (!s) return NULL;
        t->items[i] = v_str(s);
    }
    return t;
}

static int code_flags(Compiler *c, Unit *u) {
    Scope *ste = u->ste;
    int flags = 0;
    if (scope_is_function_like(ste)) {
        flags |= CO_NEWLOCALS | CO_OPTIMIZED;
        if (ste->is_nested) flags |= CO_NESTED;
        if (ste->is_generator && !ste->is_coroutine) flags |= CO_GENERATOR;
        if (ste->is_generator && ste->is_coroutine) flags |= CO_ASYNC_GENERATOR;
        if (ste->has_varargs) flags |= CO_VARARGS;
        if (ste->has_varkeywords) flags |= CO_VARKEYWORDS;
    }
    if (ste->is_coroutine && !ste->is_generator) flags |= CO_COROUTINE;
    return flags | c->future_flags;
}

/* A jump to a small block that leaves the function (at most four instructions ending in
 * a return or raise) is replaced by a copy of the block, as CPython does. */
static bool inline_small_exit_blocks(Compiler *c) {
    Unit *u = c->u;
    int n = u->ncode;
    bool *is_label = calloc((size_t)n + 1, sizeof(bool));
    int *newpos = malloc(sizeof(int) * (size_t)(n + 1));
    CInstr *out = NULL;
    int nout = 0, cap = n + 16;
    if (!is_label || !newpos || !(out = malloc(sizeof(CInstr) * (size_t)cap))) {
        free(is_label);
        free(newpos);
        return no_memory();
    }
    for (int i = 0; i < u->nlabels; i++)
        if (u->labels[i] >= 0 && u->labels[i] <= n) is_label[u->labels[i]] = true;
    for (int j = 0; j < n; j++) {
        CInstr *in = &u->code[j];
        newpos[j] = nout;
        int t = in->op == PS_JUMP ? u->labels[in->arg] : -1, len = 0;
        bool exits = false;
        if (t >= 0 && t != j + 1) {
            /* a small block that exits the scope */
            for (int k = t; k < n && len < 4; k++) {
                int op = u->code[k].op;
                if ((k > t && is_label[k]) || has_target(op)) break;
                len++;
                if (op == OP_RETURN_VALUE || op == OP_RETURN_CONST || op == OP_RAISE_VARARGS ||
                    op == OP_RERAISE) {
                    exits = true;
                    break;
                }
            }
            /* or a block without line numbers that does not fall through (it typically
             * ends in the jump back of a loop) */
            if (!exits) {
                len = 0;
                for (int k = t; k < n; k++) {
                    CInstr *x = &u->code[k];
                    if ((k > t && is_label[k]) || x->loc.lineno >= 0 || is_setup(x->op)) break;
                    len++;
                    if (is_terminator(x->op) && t + len - 1 != j) { exits = true; break; }
                    if (has_target(x->op)) break;
                }
            }
        }
        if (nout + 1 + (exits ? len : 0) > cap) {
            cap = cap * 2 + len + 1;
            CInstr *r = realloc(out, sizeof(CInstr) * (size_t)cap);
            if (!r) { free(out); free(is_label); free(newpos); return no_memory(); }
            out = r;
        }
        if (!exits) {
            out[nout++] = *in;
            continue;
        }
        out[nout] = *in;            /* the jump becomes a NOP keeping its location */
        out[nout].op = OP_NOP;
        out[nout++].arg = 0;
        for (int k = t; k < t + len; k++) out[nout++] = u->code[k];
    }
    newpos[n] = nout;
    for (int i = 0; i < u->nlabels; i++)
        if (u->labels[i] >= 0) u->labels[i] = newpos[u->labels[i]];
    free(u->code);
    u->code = out;
    u->ncode = nout;
    u->capcode = cap;
    free(is_label);
    free(newpos);
    return true;
}

static bool exits_scope(int op) {
    return op == OP_RETURN_VALUE || op == OP_RETURN_CONST || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

/* Length of the block without line numbers starting at t that exits the scope or
 * jumps back (an eval-breaker check), or 0. */
static int exit_block_without_lineno(Unit *u, int t, const bool *is_label) {
    for (int k = t; k < u->ncode; k++) {
        CInstr *in = &u->code[k];
        if ((k > t && is_label[k]) || in->loc.lineno >= 0 || is_setup(in->op)) return 0;
        if ((in->op == PS_JUMP || in->op == OP_JUMP_BACKWARD) && u->labels[in->arg] <= t)
            return k - t + 1;
        if (has_target(in->op)) return 0;
        if (exits_scope(in->op)) return k - t + 1;
        if (is_terminator(in->op)) return 0;
    }
    return 0;
}

/* An exit block (return/raise) without a line number reached by several jumps gets a
 * copy per jump, carrying that jump's location, as CPython's
 * duplicate_exits_without_lineno: the implicit `return None` then reports the line
 * that led to it. */
static bool duplicate_exits_without_lineno(Compiler *c) {
    Unit *u = c->u;
    int n = u->ncode;
    bool *is_label = calloc((size_t)n + 1, sizeof(bool));
    int *preds = calloc((size_t)n + 1, sizeof(int));
    if (!is_label || !preds) { free(is_label); free(preds); return no_memory(); }
    for (int i = 0; i < u->nlabels; i++)
        if (u->labels[i] >= 0 && u->labels[i] <= n) is_label[u->labels[i]] = true;
    for (int j = 0; j < n; j++) {
        int op = u->code[j].op;
        if (has_target(op) && !is_setup(op)) preds[u->labels[u->code[j].arg]]++;
        if (j + 1 < n && !is_terminator(op)) preds[j + 1]++;
    }
    bool ok = true;
    for (int j = 0; ok && j < n; j++) {
        CInstr in = u->code[j];
        if (!has_target(in.op) || is_setup(in.op)) continue;
        int t = u->labels[in.arg];
        int len = exit_block_without_lineno(u, t, is_label);
        if (!len || preds[t] <= 1) continue;
        int label = new_label(c);
        if (label < 0) { ok = false; break; }
        u->labels[label] = u->ncode;
        for (int k = 0; ok && k < len; k++) {
            ok = grow_code(u);
            if (ok) u->code[u->ncode++] = u->code[t + k];
        }
        if (!ok) break;
        u->code[u->labels[label]].loc = in.loc;
        u->code[j].arg = label;
        preds[t]--;
    }
    /* an exit block without line number reached by falling through takes the line
     * of the instruction before it */
    for (int j = 1; ok && j < n; j++)
        if (is_label[j] && !is_terminator(u->code[j - 1].op) && exit_block_without_lineno(u, j, is_label))
            u->code[j].loc = u->code[j - 1].loc;
    free(is_label);
    free(preds);
    return ok;
}

/* Turn the unit into a code object. */
static Code *assemble(Compiler *c, bool add_none) {
    Unit *u = c->u;
    if (add_none && !emit_const(c, NONE, NO_LOC)) return NULL;
    if (!EMIT0(c, OP_RETURN_VALUE, NO_LOC)) return NULL;
    if (!inline_small_exit_blocks(c) || !duplicate_exits_without_lineno(c)) return NULL;

    /* localsplus: variables, then cells that are not variables, then free variables */
    int nvar = u->varnames.n, ncell = u->cellvars.n, nfree = u->freevars.n;
    int *cell_slot = malloc(sizeof(int) * (size_t)(ncell + 1));
    if (!cell_slot) { no_memory(); return NULL; }
    int nplain_cells = 0;
    for (int i = 0; i < ncell; i++) {
        int v = nm_find(&u->varnames, u->cellvars.keys[i]);
        cell_slot[i] = v >= 0 ? v : nvar + nplain_cells++;
    }
    int nlocalsplus = nvar + nplain_cells + nfree;

    /* prefix: MAKE_CELL for each cell in slot order, COPY_FREE_VARS */
    int at = 0;
    for (int slot = 0; slot < nvar + nplain_cells; slot++)
        for (int i = 0; i < ncell; i++)
            if (cell_slot[i] == slot) {
                if (!insert_instr(c, at, OP_MAKE_CELL, i, NO_LOC)) { free(cell_slot); return NULL; }
                u->code[at++].table = T_CELL;
            }
    if (nfree && !insert_instr(c, at, OP_COPY_FREE_VARS, nfree, NO_LOC)) { free(cell_slot); return NULL; }

    Flow f;
    memset(&f, 0, sizeof f);
    Code *co = NULL;
    bool *keepi = NULL, *start = NULL;
    int *newidx = NULL, *target_of = NULL, *preds = NULL, *fdepth = NULL, *work = NULL;
    int *setup_op = NULL, *setup_target = NULL;
    Instr *instrs = NULL;
    Location *locs = NULL;
    ExcEntry *exc = NULL;
    uint8_t *kinds = NULL;
    if (!flow_analyze(&f, u)) goto done;
    int n = u->ncode;
    keepi = calloc((size_t)n, sizeof(bool));
    start = calloc((size_t)n, sizeof(bool));
    newidx = malloc(sizeof(int) * (size_t)(n + 1));
    target_of = malloc(sizeof(int) * (size_t)n);
    preds = calloc((size_t)(n + 1), sizeof(int));
    if (!keepi || !start || !newidx || !target_of || !preds) { no_memory(); goto done; }
    setup_op = malloc(sizeof(int) * (size_t)n);
    setup_target = malloc(sizeof(int) * (size_t)n);
    if (!setup_op || !setup_target) { no_memory(); goto done; }
    for (int j = 0; j < n; j++) {
        keepi[j] = f.depth[j] >= 0;
        target_of[j] = has_target(u->code[j].op) ? u->labels[u->code[j].arg] : -1;
        setup_op[j] = u->code[j].op;
        setup_target[j] = target_of[j];
        if (is_setup(u->code[j].op) || u->code[j].op == PS_POP_BLOCK) {
            /* the handler is recorded in the flow; the instruction is a line marker at most */
            u->code[j].op = OP_NOP;
            u->code[j].arg = 0;
            target_of[j] = -1;
        }
    }
    /* LOAD_CONST + RETURN_VALUE → RETURN_CONST */
    for (int j = 0; j + 1 < n; j++)
        if (keepi[j] && keepi[j + 1] && u->code[j].op == OP_LOAD_CONST &&
            u->code[j + 1].op == OP_RETURN_VALUE && !f.is_target[j + 1]) {
            u->code[j].op = OP_RETURN_CONST;
            keepi[j + 1] = false;
        }
    /* a jump to `return <const>` returns right there */
    for (int j = 0; j < n; j++) {
        if (!keepi[j] || !is_uncond_jump(u->code[j].op)) continue;
        int t = target_of[j];
        while (t < n && !keepi[t]) t++;
        if (t < n && u->code[t].op == OP_RETURN_CONST) {
            u->code[j].op = OP_RETURN_CONST;
            u->code[j].arg = u->code[t].arg;
            if (u->code[t].loc.lineno >= 0) u->code[j].loc = u->code[t].loc;
            target_of[j] = -1;
        }
    }
    /* what those returns made unreachable */
    {
        bool *reach = calloc((size_t)n, sizeof(bool));
        if (!reach) { no_memory(); goto done; }
        int nw = 0;
        if (n) { reach[0] = true; f.work[nw++] = 0; }
        while (nw) {
            int j = f.work[--nw];
            for (;;) {
                int op = u->code[j].op;
                int h = f.node_setup[f.node[j]];
                int succ[2] = {target_of[j], h >= 0 ? setup_target[h] : -1};
                for (int k = 0; k < 2; k++)
                    if (succ[k] >= 0 && succ[k] < n && !reach[succ[k]]) {
                        reach[succ[k]] = true;
                        f.work[nw++] = succ[k];
                    }
                if (is_terminator(op) || ++j >= n || reach[j]) break;
                reach[j] = true;
            }
        }
        for (int j = 0; j < n; j++)
            if (!reach[j]) keepi[j] = false;
        free(reach);
    }
    /* unconditional jumps to the next instruction */
    for (int j = 0; j < n; j++) {
        if (!keepi[j] || !is_uncond_jump(u->code[j].op)) continue;
        int t = target_of[j], k = j + 1;
        while (k < n && !keepi[k]) k++;
        if (t > j && t <= k) {
            bool only_dead = true;
            for (int m = j + 1; m < t; m++) if (keepi[m]) only_dead = false;
            if (only_dead) { u->code[j].op = OP_NOP; u->code[j].arg = 0; }
        }
    }
    mark_block_starts(u, keepi, f.is_target, start);

    /* new indexes; a removed instruction maps to the next kept one */
    int m = 0;
    for (int j = 0; j < n; j++) { newidx[j] = m; if (keepi[j]) m++; }
    newidx[n] = m;
    for (int j = n - 1; j >= 0; j--)
        if (!keepi[j]) {
            int k = j + 1;
            while (k < n && !keepi[k]) k++;
            newidx[j] = newidx[k];
        }
    /* predecessors, in old indexes of kept instructions */
    {
        int last = -1;
        for (int j = 0; j < n; j++) {
            if (!keepi[j]) continue;
            if (last >= 0 && !is_terminator(u->code[last].op)) preds[j]++;
            if (has_target(u->code[j].op)) {
                int t = target_of[j];
                while (t < n && !keepi[t]) t++;
                target_of[j] = t;
                preds[t]++;
            }
            last = j;
        }
        for (int k = 1; k < f.nnodes; k++) {
            int s = f.node_setup[k];
            if (s >= 0 && f.depth[s] >= 0) {
                int t = setup_target[s];
                while (t < n && !keepi[t]) t++;
                if (t < n) preds[t]++;
            }
        }
    }
    /* as CPython: locations are propagated first, then NOPs that carry nothing new go */
    propagate_locations(u, keepi, start, target_of, preds);
    remove_redundant_nops(u, keepi, start);
    for (int j = 0; j < n; j++) { newidx[j] = 0; }
    {
        int m2 = 0;
        for (int j = 0; j < n; j++) { newidx[j] = m2; if (keepi[j]) m2++; }
        newidx[n] = m2;
        for (int j = n - 1; j >= 0; j--)
            if (!keepi[j]) {
                int k = j + 1;
                while (k < n && !keepi[k]) k++;
                newidx[j] = newidx[k];
            }
        m = m2;
    }

    /* final instructions */
    instrs = malloc(sizeof(Instr) * (size_t)(m ? m : 1));
    locs = malloc(sizeof(Location) * (size_t)(m ? m : 1));
    exc = malloc(sizeof(ExcEntry) * (size_t)(m ? m : 1));
    if (!instrs || !locs || !exc) { no_memory(); goto done; }
    int nexc = 0;
    int cur_setup = -2, cur_start = 0;
    for (int j = 0, k = 0; j < n; j++) {
        if (!keepi[j]) continue;
        CInstr *in = &u->code[j];
        int op = in->op, arg = in->arg;
        if (has_target(op)) {
            int t = newidx[target_of[j]];
            if (is_uncond_jump(op)) op = t > k ? OP_JUMP_FORWARD : OP_JUMP_BACKWARD;
            arg = t;
        } else if (op < OP_COUNT && opcode_argkinds[op] == ARG_LOCAL) {
            if (in->table == T_VAR) arg = in->arg;
            else if (in->table == T_CELL) arg = cell_slot[in->arg];
            else arg = nvar + nplain_cells + in->arg;
        }
        if (arg < 0 || arg > OPARG_MAX) { internal_error("argument out of range", u); goto done; }
        instrs[k] = INSTR(op, arg);
        locs[k] = in->loc;
        /* exception table: runs of instructions with the same handler */
        int setup = f.node_setup[f.node[j]];
        if (setup != cur_setup) {
            if (cur_setup >= 0) exc[nexc++] = (ExcEntry){cur_start, k, cur_setup, 0, false};
            cur_setup = setup;
            cur_start = k;
        }
        k++;
    }
    if (cur_setup >= 0) exc[nexc++] = (ExcEntry){cur_start, m, cur_setup, 0, false};
    /* each entry's target, depth and lasti come from its SETUP (old index in .target) */
    for (int i = 0; i < nexc; i++) {
        int s = exc[i].target, t = setup_target[s], sdepth = f.depth[s];
        switch (setup_op[s]) {
        case PS_SETUP_FINALLY: exc[i].depth = sdepth; exc[i].push_lasti = false; break;
        case PS_SETUP_CLEANUP: exc[i].depth = sdepth; exc[i].push_lasti = true; break;
        default: exc[i].depth = sdepth - 1; exc[i].push_lasti = true; break;   /* SETUP_WITH */
        }
        while (t < n && !keepi[t]) t++;
        if (t >= n) { internal_error("handler out of the code", u); goto done; }
        exc[i].target = newidx[t];
    }
    /* merge adjacent entries with the same handler */
    {
        int w = 0;
        for (int i = 0; i < nexc; i++) {
            if (w && exc[w - 1].end == exc[i].start && exc[w - 1].target == exc[i].target &&
                exc[w - 1].depth == exc[i].depth && exc[w - 1].push_lasti == exc[i].push_lasti)
                exc[w - 1].end = exc[i].end;
            else if (exc[i].end > exc[i].start)
                exc[w++] = exc[i];
        }
        nexc = w;
    }

    /* co_stacksize from the final code, checking every path */
    int maxdepth = 0;
    fdepth = malloc(sizeof(int) * (size_t)(m ? m : 1));
    work = malloc(sizeof(int) * (size_t)(m + nexc + 1));
    if (!fdepth || !work) { no_memory(); goto done; }
    for (int i = 0; i < m; i++) fdepth[i] = -1;
    int nwork = 0;
    if (m) { fdepth[0] = 0; work[nwork++] = 0; }
    for (int i = 0; i < nexc; i++) {
        int t = exc[i].target, d = exc[i].depth + exc[i].push_lasti + 1;
        if (fdepth[t] >= 0 && fdepth[t] != d) { internal_error("inconsistent handler depth", u); goto done; }
        if (fdepth[t] < 0) { fdepth[t] = d; work[nwork++] = t; }
    }
    while (nwork) {
        int j = work[--nwork], d = fdepth[j];
        for (;;) {
            int op = INSTR_OP(instrs[j]), arg = INSTR_ARG(instrs[j]);
            if (d > maxdepth) maxdepth = d;
            if ((op == OP_SWAP || op == OP_COPY) && arg > d) { internal_error("stack underflow in SWAP/COPY", u); goto done; }
            if (opcode_is_jump(op)) {
                int td = d + opcode_stack_effect(op, arg, true);
                if (fdepth[arg] < 0) { fdepth[arg] = td; work[nwork++] = arg; }
                else if (fdepth[arg] != td) { internal_error("inconsistent final stack depth", u); goto done; }
                if (td > maxdepth) maxdepth = td;
            }
            d += opcode_stack_effect(op, arg, false);
            if (d < 0) { internal_error("final stack underflow", u); goto done; }
            if (d > maxdepth) maxdepth = d;
            if (opcode_is_terminator(op)) break;
            if (++j >= m) { internal_error("final code falls off the end", u); goto done; }
            if (fdepth[j] >= 0) {
                if (fdepth[j] != d) { internal_error("inconsistent final stack depth", u); goto done; }
                break;
            }
            fdepth[j] = d;
        }
    }

    /* drop constants no instruction uses any more (folded tuple items, ...); the first
     * one stays, it may be the docstring */
    {
        int nc = u->consts.n;
        int *map = malloc(sizeof(int) * (size_t)(nc + 1));
        if (!map) { no_memory(); goto done; }
        for (int i = 0; i < nc; i++) map[i] = i == 0 ? 0 : -1;
        for (int i = 0; i < m; i++) {
            int op = INSTR_OP(instrs[i]);
            if (opcode_argkinds[op] == ARG_CONST) map[INSTR_ARG(instrs[i])] = 0;
        }
        int w = 0;
        for (int i = 0; i < nc; i++) {
            if (map[i] < 0) continue;
            map[i] = w;
            u->consts.items[w++] = u->consts.items[i];
        }
        for (int i = 0; i < m; i++) {
            int op = INSTR_OP(instrs[i]);
            if (opcode_argkinds[op] == ARG_CONST) instrs[i] = INSTR(op, map[INSTR_ARG(instrs[i])]);
        }
        u->consts.n = w;
        free(map);
    }

    /* the code object */
    co = code_new();
    if (!co || !keep(c, v_obj(co))) { co = NULL; goto done; }
    co->instrs = instrs;
    co->ninstrs = m;
    co->locations = locs;
    co->exctable = exc;
    co->nexc = nexc;
    instrs = NULL;
    locs = NULL;
    exc = NULL;
    co->consts = tuple_from(u->consts.items, (size_t)u->consts.n);
    co->names = names_tuple(c, &u->names);
    if (!co->consts || !co->names) { co = NULL; goto done; }
    Tuple *lpn = tuple_new((size_t)nlocalsplus);
    kinds = malloc((size_t)(nlocalsplus ? nlocalsplus : 1));
    if (!lpn || !kinds) { if (!kinds) no_memory(); co = NULL; goto done; }
    co->localsplusnames = lpn;
    int nargs_total = u->argcount + u->kwonlyargcount + (u->ste->has_varargs ? 1 : 0) +
                      (u->ste->has_varkeywords ? 1 : 0);
    for (int i = 0; i < nvar; i++) {
        const char *name = u->varnames.keys[i];
        uint8_t k = CO_FAST_LOCAL;
        if (i < nargs_total) k |= CO_FAST_ARG;
        if (nm_find(&u->cellvars, name) >= 0) k |= CO_FAST_CELL;
        if (nm_find(&u->fasthidden, name) >= 0) k |= CO_FAST_HIDDEN;
        kinds[i] = k;
        Str *s = str_intern_cstr(name);
        if (!s) { co = NULL; goto done; }
        lpn->items[i] = v_str(s);
    }
    for (int i = 0; i < ncell; i++) {
        if (cell_slot[i] < nvar) continue;
        kinds[cell_slot[i]] = CO_FAST_CELL;
        Str *s = str_intern_cstr(u->cellvars.keys[i]);
        if (!s) { co = NULL; goto done; }
        lpn->items[cell_slot[i]] = v_str(s);
    }
    for (int i = 0; i < nfree; i++) {
        int slot = nvar + nplain_cells + i;
        kinds[slot] = CO_FAST_FREE;
        Str *s = str_intern_cstr(u->freevars.keys[i]);
        if (!s) { co = NULL; goto done; }
        lpn->items[slot] = v_str(s);
    }
    co->localspluskinds = kinds;
    kinds = NULL;
    co->nlocalsplus = nlocalsplus;
    co->nlocals = nvar;
    co->ncellvars = ncell;
    co->nfreevars = nfree;
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->flags = code_flags(c, u);
    co->stacksize = maxdepth;
    co->framesize = nlocalsplus + maxdepth;
    co->firstlineno = u->firstlineno;
    co->name = str_intern_cstr(u->kind == U_MODULE ? "<module>" : u->name);
    co->qualname = str_intern_cstr(u->kind == U_MODULE ? "<module>" : u->qualname);
    co->filename = c->filename;
    if (!co->name || !co->qualname) co = NULL;
done:
    flow_free(&f);
    free(cell_slot);
    free(keepi);
    free(start);
    free(newidx);
    free(target_of);
    free(preds);
    free(setup_op);
    free(setup_target);
    free(fdepth);
    free(work);
    free(instrs);
    free(locs);
    free(exc);
    free(kinds);
    return co;
}

/* ------------------------------------------------------------------ entry points */

static bool future_features(Compiler *c, Mod *mod) {
    if (mod->kind != Mod_Module) return true;
    StmtSeq body = mod->v.Module.body;
    bool done = false;
    for (int i = 0; i < body.n; i++) {
        Stmt *s = body.items[i];
        bool is_future = s->kind == Stmt_ImportFrom && s->v.ImportFrom.module &&
                         s->v.ImportFrom.level == 0 && strcmp(s->v.ImportFrom.module, "__future__") == 0;
        if (i == 0 && docstring_of(body)) continue;
        if (!is_future) { done = true; continue; }
        if (done)
            return compiler_error(c, LOC(s), "from __future__ imports must occur at the beginning of the file");
        for (int j = 0; j < s->v.ImportFrom.names.n; j++) {
            const char *f = s->v.ImportFrom.names.items[j]->name;
            static const char *const known[] = {"nested_scopes", "generators", "division",
                "absolute_import", "with_statement", "print_function", "unicode_literals",
                "barry_as_FLUFL", "generator_stop", NULL};
            if (strcmp(f, "annotations") == 0) { c->future_flags |= CO_FUTURE_ANNOTATIONS; continue; }
            if (strcmp(f, "braces") == 0) return compiler_error(c, LOC(s), "not a chance");
            bool ok = false;
            for (int k = 0; known[k]; k++) if (strcmp(f, known[k]) == 0) ok = true;
            if (!ok) return compiler_error(c, LOC(s), "future feature %s is not defined", f);
        }
    }
    return true;
}

Code *compile_ast(Mod *mod, SymTable *st, Str *filename, ParseMode mode) {
    return compile_ast_ex(mod, st, filename, mode, 0, 0);
}

Code *compile_ast_ex(Mod *mod, SymTable *st, Str *filename, ParseMode mode, int flags,
                     int optimize) {
    Compiler cc, *c = &cc;
    memset(c, 0, sizeof cc);
    c->st = st;
    c->filename = filename;
    c->future_flags = flags & CO_FUTURE_ANNOTATIONS;
    c->optimize = optimize < 0 ? 0 : optimize;
    c->keepalive = list_with_capacity(16);
    c->arena = arena_new();
    if (!c->keepalive || !c->arena) {
        arena_free(c->arena);
        if (c->keepalive) raise_no_memory();
        return NULL;
    }
    Code *co = NULL;
    if (!future_features(c, mod)) goto done;
    if (!enter_scope(c, "<module>", U_MODULE, mod, 1)) goto done;
    bool ok;
    switch (mod->kind) {
    case Mod_Module:
        ok = compile_body(c, (Location){1, 1, 0, 0}, mod->v.Module.body);
        break;
    case Mod_Interactive:
        c->interactive = true;
        ok = visit_stmts(c, mod->v.Interactive.body);
        break;
    case Mod_Expression:
        ok = visit_expr(c, mod->v.Expression.body);
        break;
    default:
        ok = compiler_error(c, NO_LOC, "unsupported kind of module");
        break;
    }
    (void)mode;
    if (ok) co = assemble(c, mod->kind != Mod_Expression);
    while (c->u) exit_scope(c);
done:
    while (c->u) exit_scope(c);
    arena_free(c->arena);
    free(c->fold_cache.keys);
    free(c->fold_cache.values);
    return co;
}

static Type *parse_error_type(ParseErrorKind k) {
    switch (k) {
    case PERR_INDENTATION: return &exc_IndentationError;
    case PERR_TAB: return &exc_TabError;
    default: return &exc_SyntaxError;
    }
}

/* The text of line `lineno` of src (with its newline), or None. */
static Value source_line(const char *src, size_t len, int lineno) {
    if (!src || lineno < 1) return NONE;
    size_t i = 0;
    for (int line = 1; line < lineno; line++) {
        while (i < len && src[i] != '\n') i++;
        if (i >= len) return NONE;
        i++;
    }
    size_t j = i;
    while (j < len && src[j] != '\n') j++;
    if (j < len) j++;
    if (!utf8_valid(src + i, j - i)) return NONE;
    Value v = v_obj(str_new(src + i, j - i));
    return as_obj(v) ? v : NULLV;
}

void *compile_raise_parse_error(const ParseError *err, const char *filename, const char *src,
                                size_t len) {
    if (err->kind == PERR_MEMORY) { raise_no_memory(); return NULL; }
    if (err->kind == PERR_RECURSION) { raise_msg(&exc_RecursionError, err->msg); return NULL; }
    Value text;
    if (err->text) {
        size_t n = strlen(err->text);
        text = utf8_valid(err->text, n) ? v_obj(str_new(err->text, n)) : NONE;
        if (is_obj(text) && !as_obj(text)) return NULL;
    } else {
        text = source_line(src, len, err->lineno);
        if (is_null(text)) return NULL;
    }
    Str *fn = filename ? str_from_cstr(filename) : NULL;
    if (filename && !fn) return NULL;
    raise_syntax(parse_error_type(err->kind), err->msg, fn, err->lineno, err->offset, text,
                 err->end_lineno, err->end_offset);
    return NULL;
}

Code *compile_source(const char *src, size_t len, const char *filename, ParseMode mode) {
    return compile_source_ex(src, len, filename, mode, 0, 0);
}

Code *compile_source_ex(const char *src, size_t len, const char *filename, ParseMode mode,
                        int flags, int optimize) {
    if (!filename) filename = "<string>";
    Arena *arena = arena_new();
    if (!arena) { raise_no_memory(); return NULL; }
    ParseError err;
    memset(&err, 0, sizeof err);
    Code *co = NULL;
    Mod *mod = parse_source(src, len, filename, mode, arena, &err);
    if (!mod) {
        compile_raise_parse_error(&err, filename, src, len);
        goto done;
    }
    SymTable *st = symtable_build(mod, filename, arena, &err);
    if (!st) {
        if (err.kind != PERR_SYNTAX) { compile_raise_parse_error(&err, filename, src, len); goto done; }
        /* scope errors carry no text: CPython reads it from the file */
        Str *fn = str_from_cstr(filename);
        if (!fn) goto done;
        Value text = program_text(fn, err.lineno);
        if (is_null(text)) goto done;
        raise_syntax(&exc_SyntaxError, err.msg, fn, err.lineno, err.offset, text, err.end_lineno,
                     err.end_offset);
        goto done;
    }
    Str *fn = str_from_cstr(filename);
    if (fn) co = compile_ast_ex(mod, st, fn, mode, flags, optimize);
done:
    parse_error_clear(&err);
    arena_free(arena);
    return co;
}

/* ------------------------------------------------------------------ not yet */

/* A postponed annotation: its source text. */
static bool annexpr(Compiler *c, Expr *e) {
    Str *s = unparse_expr(e);
    if (!s) return false;
    Value v = make_str(c, s->data, s->nbytes);
    if (is_null(v)) return false;
    return emit_const(c, v, LOC(e));
}

/* ------------------------------------------------------------------ match */

/* Pattern compilation state (CPython's pattern_context). */
typedef struct PC {
    const char **stores;        /* names captured so far, in stack order */
    int nstores, capstores;
    bool allow_irrefutable;
    int *fail_pop;              /* fail_pop[i]: label that pops i items and fails */
    int fail_pop_size;
    int on_top;                 /* items that must stay above the captures */
} PC;

static bool compile_pattern(Compiler *c, Pattern *p, PC *pc);

#define WILDCARD(p) ((p)->kind == Pattern_MatchAs && !(p)->v.MatchAs.name && !(p)->v.MatchAs.pattern)
#define WILDCARD_STAR(p) ((p)->kind == Pattern_MatchStar && !(p)->v.MatchStar.name)

static bool ensure_fail_pop(Compiler *c, PC *pc, int n) {
    int size = n + 1;
    if (size <= pc->fail_pop_size) return true;
    int *r = realloc(pc->fail_pop, sizeof(int) * (size_t)size);
    if (!r) return no_memory();
    pc->fail_pop = r;
    while (pc->fail_pop_size < size) {
        int l = new_label(c);
        if (l < 0) return false;
        pc->fail_pop[pc->fail_pop_size++] = l;
    }
    return true;
}

/* Jump (with `op`) to the fail_pop label that pops what is above the subject. */
static bool jump_to_fail_pop(Compiler *c, Location loc, PC *pc, int op) {
    int pops = pc->on_top + pc->nstores;
    TRY(ensure_fail_pop(c, pc, pops));
    return emit_jump(c, op, pc->fail_pop[pops], loc);
}

static bool emit_and_reset_fail_pop(Compiler *c, Location loc, PC *pc) {
    if (!pc->fail_pop_size) return true;
    bool ok = true;
    while (ok && --pc->fail_pop_size) {
        use_label(c, pc->fail_pop[pc->fail_pop_size]);
        ok = EMIT0(c, OP_POP_TOP, loc);
    }
    if (ok) use_label(c, pc->fail_pop[0]);
    free(pc->fail_pop);
    pc->fail_pop = NULL;
    pc->fail_pop_size = 0;
    return ok;
}

static bool pattern_rotate(Compiler *c, Location loc, int count) {
    while (1 < count) TRY(emit(c, OP_SWAP, count--, loc));
    return true;
}

static bool stores_has(PC *pc, const char *name) {
    for (int i = 0; i < pc->nstores; i++)
        if (strcmp(pc->stores[i], name) == 0) return true;
    return false;
}

static bool stores_append(PC *pc, const char *name) {
    if (pc->nstores == pc->capstores) {
        int cap = pc->capstores ? pc->capstores * 2 : 8;
        const char **r = realloc(pc->stores, sizeof(char *) * (size_t)cap);
        if (!r) return no_memory();
        pc->stores = r;
        pc->capstores = cap;
    }
    pc->stores[pc->nstores++] = name;
    return true;
}

static bool pattern_store_name(Compiler *c, Location loc, const char *n, PC *pc) {
    if (!n) return EMIT0(c, OP_POP_TOP, loc);
    if (forbidden_name(c, loc, n, Ctx_Store)) return false;
    if (stores_has(pc, n)) return compiler_error(c, loc, "multiple assignments to name '%s' in pattern", n);
    TRY(pattern_rotate(c, loc, pc->on_top + pc->nstores + 1));
    return stores_append(pc, n);
}

static bool compile_subpattern(Compiler *c, Pattern *p, PC *pc) {
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    TRY(compile_pattern(c, p, pc));
    pc->allow_irrefutable = allow;
    return true;
}

static bool pattern_unpack(Compiler *c, Location loc, PatternSeq elts) {
    int n = elts.n;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        Pattern *elt = elts.items[i];
        if (elt->kind == Pattern_MatchStar && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (OPARG_MAX >> 8))
                return compiler_error(c, loc, "too many expressions in star-unpacking sequence pattern");
            TRY(emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8), loc));
            seen_star = true;
        } else if (elt->kind == Pattern_MatchStar) {
            return compiler_error(c, loc, "multiple starred expressions in sequence pattern");
        }
    }
    if (!seen_star) TRY(emit(c, OP_UNPACK_SEQUENCE, n, loc));
    return true;
}

static bool pattern_sequence_unpack(Compiler *c, Location loc, PatternSeq patterns, PC *pc) {
    TRY(pattern_unpack(c, loc, patterns));
    pc->on_top += patterns.n;
    for (int i = 0; i < patterns.n; i++) {
        pc->on_top--;
        TRY(compile_subpattern(c, patterns.items[i], pc));
    }
    return true;
}

/* [a, *_, b]: subscript the subject instead of unpacking it. */
static bool pattern_sequence_subscr(Compiler *c, Location loc, PatternSeq patterns, int star,
                                    PC *pc) {
    pc->on_top++;
    int size = patterns.n;
    for (int i = 0; i < size; i++) {
        Pattern *pattern = patterns.items[i];
        if (WILDCARD(pattern) || i == star) continue;
        TRY(emit(c, OP_COPY, 1, loc));
        if (i < star) {
            TRY(emit_const(c, v_int(i), loc));
        } else {
            /* the subject may not support negative indexes */
            TRY(EMIT0(c, OP_GET_LEN, loc));
            TRY(emit_const(c, v_int(size - i), loc));
            TRY(emit(c, OP_BINARY_OP, NB_SUBTRACT, loc));
        }
        TRY(EMIT0(c, OP_BINARY_SUBSCR, loc));
        TRY(compile_subpattern(c, pattern, pc));
    }
    pc->on_top--;
    return EMIT0(c, OP_POP_TOP, loc);
}

static bool pattern_as(Compiler *c, Pattern *p, PC *pc) {
    Location loc = LOC(p);
    if (!p->v.MatchAs.pattern) {
        if (!pc->allow_irrefutable) {
            if (p->v.MatchAs.name)
                return compiler_error(c, loc, "name capture '%s' makes remaining patterns unreachable",
                                      p->v.MatchAs.name);
            return compiler_error(c, loc, "wildcard makes remaining patterns unreachable");
        }
        return pattern_store_name(c, loc, p->v.MatchAs.name, pc);
    }
    pc->on_top++;
    TRY(emit(c, OP_COPY, 1, loc));
    TRY(compile_pattern(c, p->v.MatchAs.pattern, pc));
    pc->on_top--;
    return pattern_store_name(c, loc, p->v.MatchAs.name, pc);
}

static bool pattern_class(Compiler *c, Pattern *p, PC *pc) {
    Location loc = LOC(p);
    PatternSeq patterns = p->v.MatchClass.patterns, kwd_patterns = p->v.MatchClass.kwd_patterns;
    IdentSeq kwd_attrs = p->v.MatchClass.kwd_attrs;
    int nargs = patterns.n, nattrs = kwd_attrs.n;
    for (int i = 0; i < nattrs; i++) {
        Location l = LOC(kwd_patterns.items[i]);
        if (forbidden_name(c, l, kwd_attrs.items[i], Ctx_Store)) return false;
        for (int j = i + 1; j < nattrs; j++)
            if (strcmp(kwd_attrs.items[i], kwd_attrs.items[j]) == 0)
                return compiler_error(c, LOC(kwd_patterns.items[j]),
                                      "attribute name repeated in class pattern: %s", kwd_attrs.items[i]);
    }
    TRY(visit_expr(c, p->v.MatchClass.cls));
    Tuple *names_ = tuple_new((size_t)nattrs);
    if (!names_ || !keep(c, v_obj(names_))) return false;
    for (int i = 0; i < nattrs; i++) {
        Value v = make_cstr(c, kwd_attrs.items[i]);
        if (is_null(v)) return false;
        names_->items[i] = v;
    }
    TRY(emit_const(c, v_obj(names_), loc));
    TRY(emit(c, OP_MATCH_CLASS, nargs, loc));
    TRY(emit(c, OP_COPY, 1, loc));
    pc->on_top++;
    TRY(jump_to_fail_pop(c, loc, pc, OP_POP_JUMP_IF_NONE));
    TRY(emit(c, OP_UNPACK_SEQUENCE, nargs + nattrs, loc));
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        Pattern *pattern = i < nargs ? patterns.items[i] : kwd_patterns.items[i - nargs];
        if (WILDCARD(pattern)) {
            TRY(EMIT0(c, OP_POP_TOP, loc));
            continue;
        }
        TRY(compile_subpattern(c, pattern, pc));
    }
    return true;
}

/* Equal as Python's == on the literal keys a mapping pattern allows. */
static bool key_equal(Value a, Value b) {
    if ((is_int(a) || is_bool(a)) && (is_int(b) || is_bool(b))) return a.u.i == b.u.i;
    if ((is_float(a) || is_int(a) || is_bool(a)) && (is_float(b) || is_int(b) || is_bool(b))) {
        double x = is_float(a) ? a.u.f : (double)a.u.i, y = is_float(b) ? b.u.f : (double)b.u.i;
        return x == y;
    }
    return const_eq(a, b);
}

static bool pattern_mapping(Compiler *c, Pattern *p, PC *pc) {
    Location loc = LOC(p);
    ExprSeq keys = p->v.MatchMapping.keys;
    PatternSeq patterns = p->v.MatchMapping.patterns;
    int size = keys.n;
    const char *star_target = p->v.MatchMapping.rest;
    pc->on_top++;
    TRY(EMIT0(c, OP_MATCH_MAPPING, loc));
    TRY(jump_to_fail_pop(c, loc, pc, OP_POP_JUMP_IF_FALSE));
    if (!size && !star_target) {
        pc->on_top--;
        return EMIT0(c, OP_POP_TOP, loc);
    }
    if (size) {
        TRY(EMIT0(c, OP_GET_LEN, loc));
        TRY(emit_const(c, v_int(size), loc));
        TRY(emit(c, OP_COMPARE_OP, CMP_GE, loc));
        TRY(jump_to_fail_pop(c, loc, pc, OP_POP_JUMP_IF_FALSE));
    }
    Value *seen = malloc(sizeof(Value) * (size_t)(size + 1));
    if (!seen) return no_memory();
    int nseen = 0;
    for (int i = 0; i < size; i++) {
        Expr *key = keys.items[i];
        if (!key) {
            free(seen);
            return compiler_error(c, LOC(patterns.items[i]),
                                  "can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
        }
        if (is_const_expr(c, key)) {
            Value v = fold(c, key);
            if (is_null(v)) { free(seen); return false; }
            for (int j = 0; j < nseen; j++)
                if (key_equal(seen[j], v)) {
                    free(seen);
                    Value r = obj_repr(v);
                    if (is_null(r)) return false;
                    return compiler_error(c, loc, "mapping pattern checks duplicate key (%s)", as_str(r)->data);
                }
            seen[nseen++] = v;
        } else if (key->kind != Expr_Attribute) {
            free(seen);
            return compiler_error(c, loc, "mapping pattern keys may only match literals and attribute lookups");
        }
        if (!visit_expr(c, key)) { free(seen); return false; }
    }
    free(seen);
    TRY(emit(c, OP_BUILD_TUPLE, size, loc));
    TRY(EMIT0(c, OP_MATCH_KEYS, loc));
    pc->on_top += 2;
    TRY(emit(c, OP_COPY, 1, loc));
    TRY(jump_to_fail_pop(c, loc, pc, OP_POP_JUMP_IF_NONE));
    TRY(emit(c, OP_UNPACK_SEQUENCE, size, loc));
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        TRY(compile_subpattern(c, patterns.items[i], pc));
    }
    pc->on_top -= 2;
    if (star_target) {
        /* rest = dict(subject); del rest[key] for each key */
        TRY(emit(c, OP_BUILD_MAP, 0, loc));
        TRY(emit(c, OP_SWAP, 3, loc));
        TRY(emit(c, OP_DICT_UPDATE, 2, loc));
        TRY(emit(c, OP_UNPACK_SEQUENCE, size, loc));
        while (size) {
            TRY(emit(c, OP_COPY, 1 + size--, loc));
            TRY(emit(c, OP_SWAP, 2, loc));
            TRY(EMIT0(c, OP_DELETE_SUBSCR, loc));
        }
        return pattern_store_name(c, loc, star_target, pc);
    }
    TRY(EMIT0(c, OP_POP_TOP, loc));     /* the tuple of keys */
    return EMIT0(c, OP_POP_TOP, loc);   /* the subject */
}

static bool pattern_or(Compiler *c, Pattern *p, PC *pc) {
    Location loc = LOC(p);
    NEW_LABEL(c, end);
    int size = p->v.MatchOr.patterns.n;
    PC old = *pc;
    const char **control = NULL;
    int ncontrol = 0;
    bool ok = true;
    for (int i = 0; ok && i < size; i++) {
        Pattern *alt = p->v.MatchOr.patterns.items[i];
        pc->stores = NULL;
        pc->nstores = pc->capstores = 0;
        pc->allow_irrefutable = i == size - 1 && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        ok = emit(c, OP_COPY, 1, LOC(alt)) && compile_pattern(c, alt, pc);
        if (!ok) break;
        int nstores = pc->nstores;
        if (i == 0) {
            control = pc->stores;
            ncontrol = nstores;
            pc->stores = NULL;
        } else if (nstores != ncontrol) {
            ok = compiler_error(c, loc, "alternative patterns bind different names");
        } else if (nstores) {
            /* reorder the captures on the stack to the first alternative's order */
            for (int icontrol = nstores - 1; ok && icontrol >= 0; icontrol--) {
                int istores = -1;
                for (int k = 0; k < nstores; k++)
                    if (strcmp(pc->stores[k], control[icontrol]) == 0) istores = k;
                if (istores < 0) {
                    ok = compiler_error(c, loc, "alternative patterns bind different names");
                    break;
                }
                if (icontrol != istores) {
                    int rotations = istores + 1;
                    /* rotated = stores[:rotations]; del stores[:rotations];
                     * stores[icontrol-istores:icontrol-istores] = rotated */
                    const char **tmp = malloc(sizeof(char *) * (size_t)nstores);
                    if (!tmp) { ok = no_memory(); break; }
                    int at = icontrol - istores, w = 0;
                    const char **rest = pc->stores + rotations;
                    int nrest = nstores - rotations;
                    for (int k = 0; k < at; k++) tmp[w++] = rest[k];
                    for (int k = 0; k < rotations; k++) tmp[w++] = pc->stores[k];
                    for (int k = at; k < nrest; k++) tmp[w++] = rest[k];
                    memcpy(pc->stores, tmp, sizeof(char *) * (size_t)nstores);
                    free(tmp);
                    while (ok && rotations--) ok = pattern_rotate(c, LOC(alt), icontrol + 1);
                }
            }
        }
        free(pc->stores);
        pc->stores = NULL;
        ok = ok && emit_jump(c, PS_JUMP, end, LOC(alt)) && emit_and_reset_fail_pop(c, LOC(alt), pc);
    }
    free(pc->fail_pop);
    *pc = old;
    if (ok) ok = EMIT0(c, OP_POP_TOP, loc) && jump_to_fail_pop(c, loc, pc, PS_JUMP);
    if (ok) {
        use_label(c, end);
        int nrots = ncontrol + 1 + pc->on_top + pc->nstores;
        for (int i = 0; ok && i < ncontrol; i++) {
            ok = pattern_rotate(c, loc, nrots);
            if (!ok) break;
            if (stores_has(pc, control[i]))
                ok = compiler_error(c, loc, "multiple assignments to name '%s' in pattern", control[i]);
            else
                ok = stores_append(pc, control[i]);
        }
        ok = ok && EMIT0(c, OP_POP_TOP, loc);
    }
    free(control);
    return ok;
}

static bool pattern_sequence(Compiler *c, Pattern *p, PC *pc) {
    Location loc = LOC(p);
    PatternSeq patterns = p->v.MatchSequence.patterns;
    int size = patterns.n, star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; i++) {
        Pattern *pattern = patterns.items[i];
        if (pattern->kind == Pattern_MatchStar) {
            if (star >= 0) return compiler_error(c, loc, "multiple starred names in sequence pattern");
            star_wildcard = WILDCARD_STAR(pattern);
            only_wildcard = only_wildcard && star_wildcard;
            star = i;
            continue;
        }
        only_wildcard = only_wildcard && WILDCARD(pattern);
    }
    pc->on_top++;
    TRY(EMIT0(c, OP_MATCH_SEQUENCE, loc));
    TRY(jump_to_fail_pop(c, loc, pc, OP_POP_JUMP_IF_FALSE));
    if (star < 0) {
        TRY(EMIT0(c, OP_GET_LEN, loc));
        TRY(emit_const(c, v_int(size), loc));
        TRY(emit(c, OP_COMPARE_OP, CMP_EQ, loc));
        TRY(jump_to_fail_pop(c, loc, pc, OP_POP_JUMP_IF_FALSE));
    } else if (size > 1) {
        TRY(EMIT0(c, OP_GET_LEN, loc));
        TRY(emit_const(c, v_int(size - 1), loc));
        TRY(emit(c, OP_COMPARE_OP, CMP_GE, loc));
        TRY(jump_to_fail_pop(c, loc, pc, OP_POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard) return EMIT0(c, OP_POP_TOP, loc);
    if (star_wildcard) return pattern_sequence_subscr(c, loc, patterns, star, pc);
    return pattern_sequence_unpack(c, loc, patterns, pc);
}

static bool compile_pattern(Compiler *c, Pattern *p, PC *pc) {
    Location loc = LOC(p);
    switch (p->kind) {
    case Pattern_MatchValue: {
        Expr *value = p->v.MatchValue.value;
        if (!is_const_expr(c, value) && value->kind != Expr_Attribute)
            return compiler_error(c, loc, "patterns may only match literals and attribute lookups");
        TRY(visit_expr(c, value));
        TRY(emit(c, OP_COMPARE_OP, CMP_EQ, loc));
        return jump_to_fail_pop(c, loc, pc, OP_POP_JUMP_IF_FALSE);
    }
    case Pattern_MatchSingleton: {
        AstConstKind k = p->v.MatchSingleton.value;
        TRY(emit_const(c, k == Const_True ? TRUEV : k == Const_False ? FALSEV : NONE, loc));
        TRY(emit(c, OP_IS_OP, 0, loc));
        return jump_to_fail_pop(c, loc, pc, OP_POP_JUMP_IF_FALSE);
    }
    case Pattern_MatchSequence: return pattern_sequence(c, p, pc);
    case Pattern_MatchMapping: return pattern_mapping(c, p, pc);
    case Pattern_MatchClass: return pattern_class(c, p, pc);
    case Pattern_MatchStar: return pattern_store_name(c, loc, p->v.MatchStar.name, pc);
    case Pattern_MatchAs: return pattern_as(c, p, pc);
    case Pattern_MatchOr: return pattern_or(c, p, pc);
    }
    return compiler_error(c, loc, "invalid match pattern node in AST");
}

static bool compile_match_inner(Compiler *c, Stmt *s, PC *pc) {
    TRY(visit_expr(c, s->v.Match.subject));
    NEW_LABEL(c, end);
    int cases = s->v.Match.cases.n;
    MatchCase *m = s->v.Match.cases.items[cases - 1];
    bool has_default = WILDCARD(m->pattern) && cases > 1;
    for (int i = 0; i < cases - has_default; i++) {
        m = s->v.Match.cases.items[i];
        Location ploc = LOC(m->pattern);
        /* copy the subject unless this is the last case */
        if (i != cases - has_default - 1) TRY(emit(c, OP_COPY, 1, ploc));
        pc->nstores = 0;
        pc->allow_irrefutable = m->guard != NULL || i == cases - 1;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        TRY(compile_pattern(c, m->pattern, pc));
        for (int n = 0; n < pc->nstores; n++) TRY(nameop(c, ploc, pc->stores[n], Ctx_Store));
        if (m->guard) {
            TRY(ensure_fail_pop(c, pc, 0));
            TRY(jump_if(c, ploc, m->guard, pc->fail_pop[0], false));
        }
        if (i != cases - has_default - 1) TRY(EMIT0(c, OP_POP_TOP, NO_LOC));
        TRY(visit_stmts(c, m->body));
        TRY(emit_jump(c, PS_JUMP, end, NO_LOC));
        TRY(emit_and_reset_fail_pop(c, ploc, pc));
    }
    if (has_default) {
        m = s->v.Match.cases.items[cases - 1];
        if (cases == 1) TRY(EMIT0(c, OP_POP_TOP, LOC(m->pattern)));
        else TRY(EMIT0(c, OP_NOP, LOC(m->pattern)));
        if (m->guard) TRY(jump_if(c, LOC(m->pattern), m->guard, end, false));
        TRY(visit_stmts(c, m->body));
    }
    use_label(c, end);
    return true;
}

static bool compile_match(Compiler *c, Stmt *s) {
    PC pc;
    memset(&pc, 0, sizeof pc);
    bool ok = compile_match_inner(c, s, &pc);
    free(pc.fail_pop);
    free(pc.stores);
    return ok;
}
