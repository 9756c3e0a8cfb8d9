/* containers.h — tuple, list, dict, set/frozenset, range and slice. */
#ifndef MINNOW_CONTAINERS_H
#define MINNOW_CONTAINERS_H

#include "object.h"

/* ---- tuple: immutable, items inline ---- */
struct Tuple {
    Obj hdr;
    int64_t hash;           /* -1 until computed */
    size_t len;
    Value items[];
};
Tuple *tuple_new(size_t len);                 /* items NULLV: fill them before use */
Tuple *tuple_from(const Value *items, size_t len);
Tuple *tuple_pack(size_t n, ...);             /* n Values */
Tuple *tuple_empty(void);
static inline Tuple *as_tuple(Value v) { return (Tuple *)v.u.o; }
static inline bool is_tuple(Value v) { return is_obj(v) && v.u.o->type == &type_tuple; }

/* ---- list ---- */
struct List {
    Obj hdr;
    size_t len, cap;
    Value *items;           /* malloc'd */
};
List *list_new(size_t len);                   /* len items set to None */
List *list_with_capacity(size_t cap);         /* empty */
List *list_from(const Value *items, size_t len);
bool list_append(List *l, Value v);
bool list_extend(List *l, Value iterable);
bool list_insert(List *l, int64_t index, Value v);
bool list_sort(List *l, Value key, bool reverse);  /* stable; key may be NULLV */
void list_reverse(List *l);
static inline List *as_list(Value v) { return (List *)v.u.o; }
static inline bool is_list(Value v) { return is_obj(v) && v.u.o->type == &type_list; }

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
};
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
void dict_clear(Dict *d);
static inline Dict *as_dict(Value v) { return (Dict *)v.u.o; }
static inline bool is_dict(Value v) { return is_obj(v) && v.u.o->type == &type_dict; }

/* ---- set and frozenset ---- */
typedef struct Set {
    Obj hdr;
    Dict *table;            /* keys only; values None */
    int64_t hash;           /* frozenset: -1 until computed */
} Set;
Set *set_new(Type *type);                     /* &type_set or &type_frozenset */
int set_add(Set *s, Value v);
int set_contains(Set *s, Value v);
int set_discard(Set *s, Value v);             /* 1 removed, 0 absent, -1 error */
bool set_update(Set *s, Value iterable);
static inline Set *as_set(Value v) { return (Set *)v.u.o; }

/* ---- range and slice ---- */
typedef struct Range {
    Obj hdr;
    int64_t start, stop, step, len;     /* big-int ranges raise OverflowError for now */
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

void containers_init(void);
#endif
