/* code.h — code objects: what the compiler produces and frames execute. */
#ifndef MINNOW_CODE_H
#define MINNOW_CODE_H

#include "object.h"
#include "opcodes.h"

/* co_flags, CPython's values. */
enum {
    CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40, CO_COROUTINE = 0x80,
    CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200,
    CO_HAS_DOCSTRING = 0x4000000,   /* co_consts[0] is the docstring */
};

/* Kinds of localsplus slots (one byte each, may combine). */
enum { CO_FAST_ARG = 0x08, CO_FAST_HIDDEN = 0x10, CO_FAST_LOCAL = 0x20, CO_FAST_CELL = 0x40,
       CO_FAST_FREE = 0x80 };

/* Source span of one instruction; lineno -1 = no location (artificial instruction). */
typedef struct Location {
    int32_t lineno, end_lineno;
    int32_t col, end_col;       /* 0-based UTF-8 byte offsets; -1 unknown */
} Location;

/* Zero-cost exceptions: an exception raised by an instruction in [start, end) unwinds
 * the value stack to `depth` entries, pushes lasti (the raising instruction's index, as
 * an int) if `push_lasti`, pushes the exception, and jumps to `target`. */
typedef struct ExcEntry {
    int32_t start, end, target, depth;
    bool push_lasti;
} ExcEntry;

/* Per-instruction cache of the eval loop (allocated on first use): LOAD_GLOBAL keeps the
 * value it found with the versions of the globals and builtins dicts it looked in. */
typedef struct InlineCache {
    uint64_t version1, version2;
    Value value;            /* not traced: valid only while the versions match */
} InlineCache;

typedef struct Code {
    Obj hdr;
    Instr *instrs;              /* malloc'd; quickening may rewrite opcodes in place */
    int32_t ninstrs;
    Location *locations;        /* one per instruction, malloc'd */
    ExcEntry *exctable;         /* sorted by start, innermost first for nested ranges */
    int32_t nexc;

    Tuple *consts;              /* co_consts */
    Tuple *names;               /* co_names: Str */
    Tuple *localsplusnames;     /* Str for each localsplus slot */
    uint8_t *localspluskinds;   /* CO_FAST_* per slot, malloc'd */
    int32_t nlocalsplus;        /* locals + cells + frees */
    int32_t nlocals;            /* slots that are plain locals or args (co_nlocals) */
    int32_t ncellvars, nfreevars;

    int32_t argcount, posonlyargcount, kwonlyargcount;
    int32_t flags;
    int32_t stacksize;          /* max value-stack depth, from stack-effect analysis */
    int32_t framesize;          /* nlocalsplus + stacksize */
    int32_t firstlineno;

    Str *name, *qualname, *filename;
    InlineCache *caches;        /* one per instruction, or NULL until needed (eval.c) */
} Code;

Code *code_new(void);           /* zeroed code object; the compiler fills it */
int code_addr_to_line(Code *co, int instr_index);   /* -1 if none */
Tuple *code_varnames(Code *co);     /* co_varnames */
Tuple *code_cellvars(Code *co);
Tuple *code_freevars(Code *co);

#endif
