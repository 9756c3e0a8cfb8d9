/* code.c — code objects: the compiler's product, and the `code` type's attributes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "containers.h"
#include "error.h"
#include "gc.h"
#include "str.h"

Code *code_new(void) {
    return gc_alloc(&type_code, sizeof(Code));
}

int code_addr_to_line(Code *co, int instr_index) {
    if (instr_index < 0 || instr_index >= co->ninstrs || co->locations == NULL) return -1;
    int line = co->locations[instr_index].lineno;
    return line < 0 ? -1 : line;
}

/* The names of the localsplus slots whose kind has any bit of `mask`, in slot order. */
static Tuple *names_of_kind(Code *co, uint8_t mask) {
    size_t n = 0;
    for (int32_t i = 0; i < co->nlocalsplus; i++)
        if (co->localspluskinds[i] & mask) n++;
    Tuple *t = tuple_new(n);
    if (t == NULL) return NULL;
    n = 0;
    for (int32_t i = 0; i < co->nlocalsplus; i++)
        if (co->localspluskinds[i] & mask) t->items[n++] = co->localsplusnames->items[i];
    return t;
}

Tuple *code_varnames(Code *co) { return names_of_kind(co, CO_FAST_LOCAL); }
Tuple *code_cellvars(Code *co) { return names_of_kind(co, CO_FAST_CELL); }
Tuple *code_freevars(Code *co) { return names_of_kind(co, CO_FAST_FREE); }

/* ---- the type ---- */

static void code_trace(Obj *o) {
    Code *co = (Code *)o;
    gc_mark_obj(co->consts);
    gc_mark_obj(co->names);
    gc_mark_obj(co->localsplusnames);
    gc_mark_obj(co->name);
    gc_mark_obj(co->qualname);
    gc_mark_obj(co->filename);
}

static void code_finalize(Obj *o) {
    Code *co = (Code *)o;
    free(co->caches);
    co->caches = NULL;
    free(co->instrs);
    free(co->locations);
    free(co->exctable);
    free(co->localspluskinds);
    co->instrs = NULL;
    co->locations = NULL;
    co->exctable = NULL;
    co->localspluskinds = NULL;
}

static Value code_repr(Value self) {
    Code *co = (Code *)as_obj(self);
    char head[64];
    snprintf(head, sizeof head, " at %p, file \"", (void *)co);
    StrBuf b;
    strbuf_init(&b);
    strbuf_adds(&b, "<code object ");
    if (co->name) strbuf_add_str(&b, co->name);
    strbuf_adds(&b, head);
    if (co->filename) strbuf_add_str(&b, co->filename);
    strbuf_addf(&b, "\", line %d>", (int)co->firstlineno);
    Str *s = strbuf_finish(&b);
    return s ? v_str(s) : NULLV;
}

#define CODE(v) ((Code *)as_obj(v))
#define OBJ_OR_NONE(p) ((p) ? v_obj(p) : NONE)

static Value get_name(Value self) { return OBJ_OR_NONE(CODE(self)->name); }
static Value get_qualname(Value self) { return OBJ_OR_NONE(CODE(self)->qualname); }
static Value get_filename(Value self) { return OBJ_OR_NONE(CODE(self)->filename); }
static Value get_firstlineno(Value self) { return v_int(CODE(self)->firstlineno); }
static Value get_argcount(Value self) { return v_int(CODE(self)->argcount); }
static Value get_posonlyargcount(Value self) { return v_int(CODE(self)->posonlyargcount); }
static Value get_kwonlyargcount(Value self) { return v_int(CODE(self)->kwonlyargcount); }
static Value get_nlocals(Value self) { return v_int(CODE(self)->nlocals); }
static Value get_flags(Value self) { return v_int(CODE(self)->flags); }
static Value get_stacksize(Value self) { return v_int(CODE(self)->stacksize); }
static Value get_consts(Value self) { return OBJ_OR_NONE(CODE(self)->consts); }
static Value get_names(Value self) { return OBJ_OR_NONE(CODE(self)->names); }

static Value tuple_or_null(Tuple *t) { return t ? v_obj(t) : NULLV; }
static Value get_varnames(Value self) { return tuple_or_null(code_varnames(CODE(self))); }
static Value get_cellvars(Value self) { return tuple_or_null(code_cellvars(CODE(self))); }
static Value get_freevars(Value self) { return tuple_or_null(code_freevars(CODE(self))); }

/* The instruction words, little-endian, four bytes each. */
static Value get_code(Value self) {
    Code *co = CODE(self);
    size_t n = (size_t)co->ninstrs * 4;
    char *buf = malloc(n ? n : 1);
    if (buf == NULL) return raise_no_memory();
    for (int32_t i = 0; i < co->ninstrs; i++) {
        Instr w = co->instrs[i];
        for (int k = 0; k < 4; k++) buf[i * 4 + k] = (char)((w >> (8 * k)) & 0xff);
    }
    Value r = bytes_new(buf, n);
    free(buf);
    return r;
}

static Value int_or_none(int32_t x) { return x < 0 ? NONE : v_int(x); }

/* co_lines(): (start, end, line) over byte offsets (two per instruction, as CPython
 * counts), consecutive instructions on the same line merged into one range. */
static Value code_co_lines(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    (void)args;
    if (!check_nargs("co_lines", nargs, 0, 0) || !check_no_kwargs("co_lines", kwnames))
        return NULLV;
    Code *co = CODE(self);
    List *l = list_with_capacity(0);
    if (l == NULL) return NULLV;
    int32_t i = 0;
    while (i < co->ninstrs) {
        int32_t line = co->locations[i].lineno, j = i + 1;
        while (j < co->ninstrs && co->locations[j].lineno == line) j++;
        Tuple *t = tuple_pack(3, v_int(i * 2), v_int(j * 2), int_or_none(line));
        if (t == NULL || !list_append(l, v_obj(t))) return NULLV;
        i = j;
    }
    return obj_iter(v_obj(l));
}

/* co_positions(): (lineno, end_lineno, col, end_col) for each instruction. */
static Value code_co_positions(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    (void)args;
    if (!check_nargs("co_positions", nargs, 0, 0) || !check_no_kwargs("co_positions", kwnames))
        return NULLV;
    Code *co = CODE(self);
    List *l = list_with_capacity((size_t)co->ninstrs);
    if (l == NULL) return NULLV;
    for (int32_t i = 0; i < co->ninstrs; i++) {
        Location *p = &co->locations[i];
        Value line = int_or_none(p->lineno);
        Value end_line = p->lineno < 0 ? NONE : int_or_none(p->end_lineno);
        Value col = p->lineno < 0 ? NONE : int_or_none(p->col);
        Value end_col = p->lineno < 0 ? NONE : int_or_none(p->end_col);
        Tuple *t = tuple_pack(4, line, end_line, col, end_col);
        if (t == NULL || !list_append(l, v_obj(t))) return NULLV;
    }
    return obj_iter(v_obj(l));
}

static const MethodDef code_methods[] = {
    {"co_lines", code_co_lines, 0, NULL},
    {"co_positions", code_co_positions, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef code_getsets[] = {
    {"co_name", get_name, NULL},
    {"co_qualname", get_qualname, NULL},
    {"co_filename", get_filename, NULL},
    {"co_firstlineno", get_firstlineno, NULL},
    {"co_argcount", get_argcount, NULL},
    {"co_posonlyargcount", get_posonlyargcount, NULL},
    {"co_kwonlyargcount", get_kwonlyargcount, NULL},
    {"co_nlocals", get_nlocals, NULL},
    {"co_varnames", get_varnames, NULL},
    {"co_cellvars", get_cellvars, NULL},
    {"co_freevars", get_freevars, NULL},
    {"co_consts", get_consts, NULL},
    {"co_names", get_names, NULL},
    {"co_flags", get_flags, NULL},
    {"co_stacksize", get_stacksize, NULL},
    {"co_code", get_code, NULL},
    {NULL, NULL, NULL},
};

Type type_code = {
    .hdr = {.type = &type_type},
    .name = "code",
    .basicsize = sizeof(Code),
    .trace = code_trace,
    .finalize = code_finalize,
    .repr = code_repr,
    .methods = code_methods,
    .getsets = code_getsets,
    .doc = "Create a code object.  Not for the faint of heart.",
};
