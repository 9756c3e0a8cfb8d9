/* value.h — the 16-byte tagged Value that every slot in minnow holds.
 *
 * Small ints (int64), floats, bools and None live unboxed; everything else is a
 * pointer to a heap object (Obj).  Tag 0 is NULLV: "no value".  It marks an
 * unbound local, an empty slot, and — as a return value — "an exception was
 * raised" (the exception itself sits in the thread state, see error.h).
 */
#ifndef MINNOW_VALUE_H
#define MINNOW_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Obj Obj;

typedef enum {
    TAG_NULL = 0,   /* no value / error / unbound */
    TAG_NONE,
    TAG_BOOL,
    TAG_INT,        /* int64 fits; bigger ints are BigInt objects (int.h) */
    TAG_FLOAT,
    TAG_OBJ,
} ValueTag;

typedef struct Value {
    uint32_t tag;
    uint32_t aux;   /* reserved; always 0 for now */
    union {
        int64_t i;
        double f;
        Obj *o;
    } u;
} Value;

#define NULLV ((Value){.tag = TAG_NULL})
#define NONE ((Value){.tag = TAG_NONE})
#define TRUEV ((Value){.tag = TAG_BOOL, .u.i = 1})
#define FALSEV ((Value){.tag = TAG_BOOL, .u.i = 0})

static inline Value v_int(int64_t i) { Value v = {.tag = TAG_INT}; v.u.i = i; return v; }
static inline Value v_float(double f) { Value v = {.tag = TAG_FLOAT}; v.u.f = f; return v; }
static inline Value v_bool(bool b) { Value v = {.tag = TAG_BOOL}; v.u.i = b; return v; }
static inline Value v_obj(void *o) { Value v = {.tag = TAG_OBJ}; v.u.o = (Obj *)o; return v; }

static inline bool is_null(Value v) { return v.tag == TAG_NULL; }
static inline bool is_none(Value v) { return v.tag == TAG_NONE; }
static inline bool is_bool(Value v) { return v.tag == TAG_BOOL; }
static inline bool is_int(Value v) { return v.tag == TAG_INT; }     /* small int only */
static inline bool is_float(Value v) { return v.tag == TAG_FLOAT; }
static inline bool is_obj(Value v) { return v.tag == TAG_OBJ; }

static inline int64_t as_int(Value v) { return v.u.i; }
static inline double as_float(Value v) { return v.u.f; }
static inline Obj *as_obj(Value v) { return v.u.o; }

/* Identity, as Python's `is`. */
static inline bool v_is(Value a, Value b) {
    if (a.tag != b.tag) return false;
    switch (a.tag) {
    case TAG_NULL: case TAG_NONE: return true;
    case TAG_FLOAT: return a.u.i == b.u.i;  /* same bits */
    default: return a.u.i == b.u.i;
    }
}

#endif
