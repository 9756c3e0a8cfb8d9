/* containers.h — tuple, list, dict, set/frozenset, range and slice. */
#ifndef MINNOW_CONTAINERS_H
#define MINNOW_CONTAINERS_H

#include "object.h"

/* ---- tuple: immutable, items inline ---- */
struct Tuple {
    Obj hdr;
    int64_t hash;           /* -1 until computed */
    size_t len;
    Dict *dict;             /* __dict__ of instances of tuple subclasses, else NULL */
    Value items[];
};
Tuple *tuple_new(size_t len);                 /* items NULLV: fill them before use */
Tuple *tuple_from(const Value *items, size_t len);
Tuple *tuple_from_list(List *l);        /* GC-safe copy of a (possibly temporary) list */
Tuple *tuple_pack(size_t n, ...);             /* n Values */
Tuple *tuple_empty(void);
static inline Tuple *as_tuple(Value v) { return (Tuple *)v.u.o; }
static inline bool is_tuple(Value v) { return is_obj(v) && v.u.o->type == &type_tuple; }
/* tuple or a subclass (the TPF_*_SUBCLASS flags are inherited by subclasses) */
static inline bool tuple_check(Value v) {
    return is_obj(v) && (v.u.o->type == &type_tuple || (v.u.o->type->flags & TPF_TUPLE_SUBCLASS));
}

/* ---- list ---- */
struct List {
    Obj hdr;
    size_t len, cap;
    Value *items;           /* malloc'd */
};
List *list_new(size_t len);                   /* len items set to None */
List *list_with_capacity(size_t cap);         /* empty */
List *list_from(const Value *items, size_t len);
List *list_from_list(List *src);        /* GC-safe copy of a (possibly temporary) list */
bool list_append(List *l, Value v);
bool list_extend(List *l, Value iterable);
bool list_insert(List *l, int64_t index, Value v);
bool list_sort(List *l, Value key, bool reverse);  /* stable; key may be NULLV */
void list_reverse(List *l);
static inline List *as_list(Value v) { return (List *)v.u.o; }
static inline bool is_list(Value v) { return is_obj(v) && v.u.o->type == &type_list; }
static inline bool list_check(Value v) {
    return is_obj(v) && (v.u.o->type == &type_list || (v.u.o->type->flags & TPF_LIST_SUBCLASS));
}

/* ---- dict: insertion-ordered compact hash table ---- */
typedef struct DictEntry {
    int64_t hash;
    Value key;              /* NULLV: deleted slot */
    Value value;
} DictEntry;
struct Dict {
    Obj hdr;
    size_t len;             /* live entries */
    size_t nentries;        /* used entries, including deleted */
    size_t capacity;        /* entries array capacity */
    size_t nindices;        /* power of two */
    int64_t *indices;       /* -1 empty, -2 dummy, else index into entries */
    DictEntry *entries;
    uint64_t version;       /* bumped on every change (for caches) */
    size_t fill;            /* index slots not empty (live + dummy) */
};
/* Dict.hdr.flags: the dict is a type's __dict__, so changing it invalidates the attribute
 * lookup cache (type_epoch, object.c). */
enum { DICT_OF_TYPE = 1 };
extern uint64_t type_epoch;
Dict *dict_new(void);
Value dict_get(Dict *d, Value key);           /* NULLV if missing (check err_occurred) */
int dict_set(Dict *d, Value key, Value value);    /* 0 / -1 */
int dict_del(Dict *d, Value key);             /* 0, -1 (KeyError raised) */
int dict_contains(Dict *d, Value key);        /* 1, 0, -1 */
Value dict_get_str(Dict *d, Str *key);        /* str keys: never raises */
int dict_set_str(Dict *d, Str *key, Value value);
int dict_set_cstr(Dict *d, const char *key, Value value);
Value dict_get_cstr(Dict *d, const char *key);
int dict_del_str(Dict *d, Str *key);          /* 0, -1 with KeyError */
Value dict_pop(Dict *d, Value key, Value deflt);  /* deflt NULLV: KeyError when missing */
bool dict_next(Dict *d, size_t *pos, Value *key, Value *value);  /* iterate from pos=0 */
bool dict_update(Dict *d, Value other);       /* dict or mapping or iterable of pairs */
bool dict_merge(Dict *d, Dict *other, bool override);
Dict *dict_copy(Dict *d);
void dict_mark_changed(Dict *d);              /* after writing an entry's value directly */
void dict_clear(Dict *d);
static inline Dict *as_dict(Value v) { return (Dict *)v.u.o; }
static inline bool is_dict(Value v) { return is_obj(v) && v.u.o->type == &type_dict; }
static inline bool dict_check(Value v) {
    return is_obj(v) && (v.u.o->type == &type_dict || (v.u.o->type->flags & TPF_DICT_SUBCLASS));
}

/* ---- set and frozenset ----
 * An open-addressing table laid out like CPython's (linear probes, then perturbation;
 * same sizes and resize points), so iteration order of small-int sets matches CPython.
 * Unused slot: key NULLV, hash 0.  Dummy (deleted) slot: key NULLV, hash -1. */
typedef struct SetEntry {
    Value key;
    int64_t hash;
} SetEntry;
enum { SET_MINSIZE = 8 };
typedef struct Set {
    Obj hdr;
    int64_t fill;           /* active + dummy slots */
    int64_t used;           /* active slots */
    int64_t mask;           /* table size - 1 */
    SetEntry *table;        /* smalltable or malloc'd */
    int64_t hash;           /* frozenset: -1 until computed */
    int64_t finger;         /* where pop() resumes */
    SetEntry smalltable[SET_MINSIZE];
} Set;
Set *set_new(Type *type);                     /* &type_set or &type_frozenset (or a subclass) */
int set_add(Set *s, Value v);
int set_contains(Set *s, Value v);
int set_discard(Set *s, Value v);             /* 1 removed, 0 absent, -1 error */
bool set_update(Set *s, Value iterable);
bool set_next(Set *s, size_t *pos, Value *key);   /* iterate from pos=0 */
Set *set_intersection(Set *s, Value other);   /* new set (frozenset if s is one) */
bool set_difference_update(Set *s, Value other);
bool set_symmetric_difference_update(Set *s, Value other);
Value frozenset_from(Value iterable);         /* frozenset(iterable) */
static inline Set *as_set(Value v) { return (Set *)v.u.o; }
bool is_anyset(Value v);                      /* set, frozenset or a subclass */

/* ---- range and slice ---- */
typedef struct Range {
    Obj hdr;
    int64_t start, stop, step, len;     /* valid when `small` */
    Value vstart, vstop, vstep, vlen;   /* always valid: ints, small or big */
    bool small;                         /* all four fit in int64 */
} Range;
typedef struct Slice {
    Obj hdr;
    Value start, stop, step;            /* None when omitted */
} Slice;
Value slice_new(Value start, Value stop, Value step);
/* Resolve a slice against a sequence length (CPython's PySlice_GetIndicesEx). */
bool slice_indices(Slice *s, int64_t length, int64_t *start, int64_t *stop, int64_t *step,
                   int64_t *slicelen);
/* Normalize an index for a sequence of length len: negative from the end; false +
 * IndexError("<what> index out of range") when outside. */
bool seq_index(Value key, int64_t len, const char *what, int64_t *out);
/* The integer value of an index key without the range check: TypeError "<what> indices
 * must be integers or slices, not str"; IndexError for ints beyond int64. */
bool seq_index_value(Value key, const char *what, int64_t *out);

/* ---- helpers shared by the sequence types (and others) ---- */
/* Repr recursion guard (per thread): false if o's repr is already in progress — print
 * "[...]" or the like instead; otherwise true, and call repr_leave(o) when done. */
bool repr_enter(Obj *o);
void repr_leave(Obj *o);
/* Instances of subclasses keep their __dict__ at type->dictoffset; the container traces
 * mark it through this. */
void trace_instance_dict(Obj *o);
/* A hash slot for unhashable types: TypeError "unhashable type: 'list'". */
bool hash_unhashable(Value self, int64_t *out);
/* For a sequence's nb[NB_MULTIPLY] slot (a * b, `self` one of them): 1 with *count set
 * to the repeat count, 0 when the slot should return NotImplemented (the other operand
 * may handle it), -1 on error ("can't multiply sequence by non-int of type 'float'"). */
int seq_repeat_count(Value self, Value a, Value b, int64_t *count);
/* True when `other` is an instance of a user class with a slot for binary op `op`: a
 * sequence's slot returns NotImplemented then, so that its reflected method can run. */
bool binop_other_may_handle(Value other, int op);
/* Index arguments of index()/count()-like methods and slice bounds: an int or __index__,
 * big ints clamped to the int64 range.  TypeError "slice indices must be integers or
 * [None or ]have an __index__ method" otherwise (the "None or" part when none_ok; the
 * caller handles None itself). */
bool slice_index_clamp(Value v, bool none_ok, int64_t *out);
/* Clamp start/stop arguments of index()-like methods to [0, len] (negative from the end). */
static inline void seq_clamp_range(int64_t len, int64_t *start, int64_t *stop) {
    if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
    if (*stop < 0) { *stop += len; if (*stop < 0) *stop = 0; }
    if (*stop > len) *stop = len;
}
/* Does `a op b` hold for two integers (op: CMP_LT..CMP_GE)? */
static inline bool compare_int64(int64_t a, int64_t b, int op) {
    switch (op) {
    case CMP_LT: return a < b;
    case CMP_LE: return a <= b;
    case CMP_EQ: return a == b;
    case CMP_NE: return a != b;
    case CMP_GT: return a > b;
    default: return a >= b;
    }
}
/* The xxHash-based combination CPython uses for tuples (and slices): start with
 * HASH_XX_INIT, fold in each item hash with hash_xx_add. */
#define HASH_XX_PRIME_1 11400714785074694791ULL
#define HASH_XX_PRIME_2 14029467366897019727ULL
#define HASH_XX_PRIME_5 2870177450012600261ULL
#define HASH_XX_INIT HASH_XX_PRIME_5
static inline uint64_t hash_xx_add(uint64_t acc, int64_t lane) {
    acc += (uint64_t)lane * HASH_XX_PRIME_2;
    acc = (acc << 31) | (acc >> 33);
    return acc * HASH_XX_PRIME_1;
}
/* Methods taking exactly one argument: TypeError "list.append() takes exactly one
 * argument (2 given)" / "... takes no keyword arguments" otherwise. */
bool check_one_arg(const char *qualname, size_t nargs, Tuple *kwnames);
/* The other argument checks of native methods, with CPython's messages: no keywords
 * ("list.pop() takes no keyword arguments"), then no arguments at all ("list.copy() takes
 * no arguments (1 given)") when max is 0, else min..max positional ("pop expected at
 * most 1 argument, got 2").  qualname: "list.pop". */
bool check_method_args(const char *qualname, size_t nargs, Tuple *kwnames, size_t min, size_t max);
/* The `__iter__` of iterators: returns self. */
Value iter_return_self(Value self);

/* Iterator types (for specialization in the eval loop). */
typedef struct SeqIter {
    Obj hdr;
    Value seq;              /* NULLV once exhausted */
    int64_t index;
} SeqIter;
typedef struct RangeIter {
    Obj hdr;
    int64_t next, step, remaining;
} RangeIter;                /* iterates a small range; big ones get a longrange_iterator */
extern Type type_tuple_iterator, type_list_iterator, type_list_reverseiterator,
    type_range_iterator, type_longrange_iterator, type_set_iterator, type_dict_keys, type_dict_values,
    type_dict_items, type_dict_keyiterator, type_dict_valueiterator,
    type_dict_itemiterator, type_dict_reversekeyiterator,
    type_dict_reversevalueiterator, type_dict_reverseitemiterator;

/* types.GenericAlias: list[int] and the like (genericalias.c). */
extern Type type_generic_alias;
Value generic_alias_new(Value origin, Value args);
/* types.UnionType: X | Y for classes, None, generic aliases and unions (NotImplemented
 * for anything else); the nb OR slot of type and GenericAlias. */
extern Type type_union;
Value union_or(Value a, Value b);
/* The __class_getitem__ classmethod of list, tuple, dict, set and frozenset. */
Value class_getitem(Value cls, Value *args, size_t nargs, Tuple *kwnames);

/* Ready the helper types above (type_ready); call once at startup after the core types. */
void containers_init(void);
#endif
