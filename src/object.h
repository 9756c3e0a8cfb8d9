/* object.h — the heap object header, type objects and the generic object protocol.
 *
 * Every heap object starts with Obj.  A Type describes its instances through C slots
 * (repr, hash, call, ...); a user class gets generic slots that look the matching dunder
 * up along the MRO (type.c), so the interpreter always dispatches through the slots.
 * No reference counting: the collector (gc.c) finds live objects by tracing.
 */
#ifndef MINNOW_OBJECT_H
#define MINNOW_OBJECT_H

#include "value.h"

typedef struct Type Type;
typedef struct Str Str;
typedef struct Tuple Tuple;
typedef struct List List;
typedef struct Dict Dict;

struct Obj {
    Type *type;
    uint32_t gcbits;    /* owned by gc.c */
    uint32_t flags;     /* free for the object's type to use */
};

/* Calling convention ("vectorcall"): positional arguments args[0..nargs), then one
 * value per keyword name in kwnames (a Tuple of Str, or NULL) at args[nargs..].
 * Returns NULLV with an exception set on failure. */
typedef Value (*CallFn)(Value callable, Value *args, size_t nargs, Tuple *kwnames);
/* A native method: self plus the same convention. */
typedef Value (*MethodFn)(Value self, Value *args, size_t nargs, Tuple *kwnames);

typedef Value (*UnaryFn)(Value a);
typedef Value (*BinaryFn)(Value a, Value b);   /* may return NotImplemented */

/* Rich comparison operators, in CPython's order (COMPARE_OP's argument). */
enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

/* Binary operators, in CPython's BINARY_OP numbering.  NB_INPLACE_x = NB_x + 13. */
#define BINARY_OPS(X) \
    X(ADD, "+", "__add__", "__radd__", "__iadd__") \
    X(AND, "&", "__and__", "__rand__", "__iand__") \
    X(FLOOR_DIVIDE, "//", "__floordiv__", "__rfloordiv__", "__ifloordiv__") \
    X(LSHIFT, "<<", "__lshift__", "__rlshift__", "__ilshift__") \
    X(MATRIX_MULTIPLY, "@", "__matmul__", "__rmatmul__", "__imatmul__") \
    X(MULTIPLY, "*", "__mul__", "__rmul__", "__imul__") \
    X(REMAINDER, "%", "__mod__", "__rmod__", "__imod__") \
    X(OR, "|", "__or__", "__ror__", "__ior__") \
    X(POWER, "**", "__pow__", "__rpow__", "__ipow__") \
    X(RSHIFT, ">>", "__rshift__", "__rrshift__", "__irshift__") \
    X(SUBTRACT, "-", "__sub__", "__rsub__", "__isub__") \
    X(TRUE_DIVIDE, "/", "__truediv__", "__rtruediv__", "__itruediv__") \
    X(XOR, "^", "__xor__", "__rxor__", "__ixor__")

enum {
#define X(name, sym, d, r, i) NB_##name,
    BINARY_OPS(X)
#undef X
    NB_COUNT,           /* 13 */
};
#define NB_INPLACE(op) ((op) + NB_COUNT)

/* A native method table entry (type dicts are filled from these by type_ready). */
typedef struct MethodDef {
    const char *name;
    MethodFn fn;
    int flags;          /* METH_STATIC, METH_CLASS */
    const char *doc;
} MethodDef;
enum { METH_STATIC = 1, METH_CLASS = 2 };

/* A computed attribute (becomes a getset descriptor in the type dict). */
typedef struct GetSetDef {
    const char *name;
    Value (*get)(Value self);
    int (*set)(Value self, Value v);   /* NULL = read-only; v NULLV = delete */
} GetSetDef;

/* Type flags. */
enum {
    TPF_HEAPTYPE = 1 << 0,      /* created by a class statement */
    TPF_BASETYPE = 1 << 1,      /* may be subclassed */
    TPF_READY = 1 << 3,
    TPF_READYING = 1 << 5,      /* type_ready in progress (it may look attributes up) */
    TPF_SLOT_FIELDS = 1 << 6,   /* a class whose __slots__ add fields to the instance layout */
    TPF_HAS_DEL = 1 << 7,       /* a class with __del__: instances are finalized before they die */
    TPF_ABSTRACT_DUNDERS = 1 << 4,
    /* fast subclass checks */
    TPF_INT_SUBCLASS = 1 << 8,
    TPF_STR_SUBCLASS = 1 << 9,
    TPF_TUPLE_SUBCLASS = 1 << 10,
    TPF_LIST_SUBCLASS = 1 << 11,
    TPF_DICT_SUBCLASS = 1 << 12,
    TPF_TYPE_SUBCLASS = 1 << 13,
    TPF_EXC_SUBCLASS = 1 << 14,  /* BaseException */
};

struct Type {
    Obj hdr;
    const char *name;           /* tp_name: "int", "list", "MyClass" */
    Str *qualname;              /* set by type_ready / class creation */
    Type *base;                 /* primary base (solid base chain) */
    Tuple *bases;               /* __bases__ */
    Tuple *mro;                 /* __mro__ */
    Dict *dict;                 /* __dict__ */
    size_t basicsize;           /* bytes of an instance */
    size_t dictoffset;          /* offset of the instance's Dict* field, 0 = no __dict__ */
    uint32_t flags;
    Str *name_obj;              /* heap types: owns the storage `name` points into */

    /* GC: mark what the object references; release malloc'd buffers when swept. */
    void (*trace)(Obj *self);
    void (*finalize)(Obj *self);

    /* construction */
    Value (*new)(Type *type, Value *args, size_t nargs, Tuple *kwnames);
    Value (*init)(Value self, Value *args, size_t nargs, Tuple *kwnames); /* NONE or NULLV */

    /* basic protocol */
    Value (*repr)(Value self);                 /* returns a str */
    Value (*str)(Value self);
    bool (*hash)(Value self, int64_t *out);    /* false + exception on error */
    Value (*richcompare)(Value a, Value b, int op);
    int (*bool_)(Value self);                  /* 1, 0, -1 on error */
    Value (*getattr)(Value self, Str *name);   /* raises AttributeError when missing */
    int (*setattr)(Value self, Str *name, Value v); /* v NULLV = delete; 0 / -1 */
    CallFn call;
    Value (*descr_get)(Value descr, Value obj, Value type);  /* obj NULLV: via class */
    int (*descr_set)(Value descr, Value obj, Value v);       /* v NULLV = delete */

    /* iteration: next returns NULLV with no exception set when exhausted */
    Value (*iter)(Value self);
    Value (*next)(Value self);

    /* numbers */
    BinaryFn nb[NB_COUNT];          /* a OP b; either operand may be self */
    BinaryFn nb_inplace[NB_COUNT];  /* a OP= b; NULL falls back to nb */
    UnaryFn neg, pos, invert, abs;
    Value (*index)(Value self);     /* __index__: an int */

    /* containers */
    int64_t (*len)(Value self);                 /* -1 on error */
    Value (*getitem)(Value self, Value key);
    int (*setitem)(Value self, Value key, Value v);  /* v NULLV = delete */
    int (*contains)(Value self, Value item);    /* 1, 0, -1 */

    /* tables read by type_ready */
    const MethodDef *methods;
    const GetSetDef *getsets;
    const char *doc;
};

/* Instances of plain user classes.  Any object whose type has dictoffset keeps its
 * attribute dict at that offset (Instance, exceptions, functions, modules: 16). */
typedef struct Instance {
    Obj hdr;
    Dict *dict;
} Instance;

#define OBJ_TYPE(o) (((Obj *)(o))->type)

/* The type objects of the core types (defined beside their implementation). */
extern Type type_type, type_object, type_none, type_bool, type_int, type_float,
    type_str, type_bytes, type_tuple, type_list, type_dict, type_set, type_frozenset,
    type_range, type_slice, type_function, type_method, type_builtin, type_module,
    type_code, type_frame, type_traceback, type_generator, type_cell,
    type_notimplemented, type_ellipsis, type_property, type_staticmethod,
    type_classmethod, type_super, type_method_descr, type_getset_descr;

extern Value NotImplemented, Ellipsis;

/* type(v): works for unboxed values too. */
static inline Type *type_of(Value v) {
    switch (v.tag) {
    case TAG_OBJ: return v.u.o->type;
    case TAG_INT: return &type_int;
    case TAG_FLOAT: return &type_float;
    case TAG_BOOL: return &type_bool;
    default: return &type_none;
    }
}
static inline bool is_type(Value v, Type *t) { return is_obj(v) && v.u.o->type == t; }

/* ---- generic object protocol (object.c) ---- */
bool type_is_subtype(Type *a, Type *b);
bool is_instance(Value v, Type *t);         /* isinstance without __instancecheck__ */
const char *type_name_of(Value v);          /* "int", "MyClass" */

Value obj_repr(Value v);                    /* str value */
Value obj_str(Value v);
Value obj_ascii(Value v);
bool obj_hash(Value v, int64_t *out);
int obj_truthy(Value v);                    /* 1, 0, -1 */
Value obj_richcompare(Value a, Value b, int op);  /* result object */
int obj_compare_bool(Value a, Value b, int op);  /* 1, 0, -1 */
int obj_eq(Value a, Value b);               /* identity shortcut, then ==; 1, 0, -1 */

Value obj_getattr(Value v, Str *name);
Value obj_getattr_cstr(Value v, const char *name);
Value obj_getattr_opt(Value v, Str *name);  /* NULLV without exception if missing */
int obj_setattr(Value v, Str *name, Value x);
int obj_delattr(Value v, Str *name);
Value generic_getattr(Value self, Str *name);   /* type MRO + descriptors + instance dict */
int generic_setattr(Value self, Str *name, Value v);
Value type_lookup(Type *t, Str *name);      /* along the MRO; NULLV if absent, no exception */

Value obj_call(Value f, Value *args, size_t nargs, Tuple *kwnames);
Value obj_call0(Value f);
Value obj_call1(Value f, Value a);
Value obj_call2(Value f, Value a, Value b);
Value obj_call_method(Value self, const char *name, Value *args, size_t nargs);
Value obj_call_tuple_dict(Value f, Tuple *args, Dict *kwargs);  /* f(*args, **kwargs) */

Value obj_iter(Value v);
Value obj_next(Value it);                   /* NULLV: exhausted (no exception) or error */
int64_t obj_len(Value v);
Value obj_getitem(Value v, Value key);
int obj_setitem(Value v, Value key, Value x);
int obj_delitem(Value v, Value key);
int obj_contains(Value container, Value item);

Value obj_binary_op(Value a, Value b, int op);  /* op: NB_x or NB_INPLACE(NB_x) */
Value obj_neg(Value v);
Value obj_pos(Value v);
Value obj_invert(Value v);
Value obj_abs(Value v);
Value obj_index(Value v);                   /* __index__ → int Value */
bool obj_as_int64(Value v, int64_t *out);   /* via __index__; OverflowError if too big */
bool obj_as_ssize(Value v, int64_t *out, const char *what);  /* index for sequences */

/* Sequence helpers: materialize any iterable (list/tuple fast paths). */
List *seq_to_list(Value iterable);
Tuple *seq_to_tuple(Value iterable);

/* Argument binding for native functions: names[] lists every parameter (positional or
 * keyword) in order; the first npos_only accept only positional, the first nrequired are
 * required, and at most maxpos may be passed positionally.  Fills out[] (NULLV = not
 * given).  Raises CPython's TypeError messages on mismatch. */
typedef struct ArgSpec {
    const char *fname;
    const char *const *names;
    int nnames, npos_only, nrequired, maxpos;
} ArgSpec;
bool bind_args(const ArgSpec *spec, Value *args, size_t nargs, Tuple *kwnames, Value *out);
bool check_nargs(const char *fname, size_t nargs, size_t min, size_t max);
bool check_no_kwargs(const char *fname, Tuple *kwnames);

/* Type machinery (type.c) */
bool type_ready(Type *t);                   /* fill dict from tables, compute MRO, inherit slots */
Dict **obj_dict_slot(Value v);              /* where v's __dict__ lives, or NULL */
bool c_recursion_enter(const char *where);  /* guard C -> C/Python re-entry depth */
void c_recursion_leave(void);
Value type_call(Value type, Value *args, size_t nargs, Tuple *kwnames);
Value object_new(Type *type, Value *args, size_t nargs, Tuple *kwnames);
/* Does calling t mean object.__new__ then an __init__ written in Python? (eval.c then runs
 * __init__ as an inline frame) */
bool type_plain_python_init(Type *t);
void type_add_method(Type *t, const char *name, MethodFn fn, int flags);

#endif
