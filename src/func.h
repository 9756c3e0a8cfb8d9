/* func.h — functions, cells, bound methods, native functions, generators. */
#ifndef MINNOW_FUNC_H
#define MINNOW_FUNC_H

#include "code.h"
#include "frame.h"

struct Function {
    Obj hdr;
    Dict *dict;             /* function attributes (second field, like Instance) */
    Code *code;
    Dict *globals;
    Dict *builtins;
    Tuple *defaults;        /* or NULL */
    Dict *kwdefaults;       /* or NULL */
    Tuple *closure;         /* cells, or NULL */
    Value annotations;      /* dict or NULLV */
    Str *name, *qualname;
    Value module;           /* __module__ */
    Value doc;
};

typedef struct Cell {
    Obj hdr;
    Value value;            /* NULLV: empty */
} Cell;

/* A bound method: function + self. */
typedef struct Method {
    Obj hdr;
    Value func, self;
} Method;

/* A native (C) function or a native method bound to self. */
typedef struct Builtin {
    Obj hdr;
    const char *name;
    MethodFn fn;            /* called with self (NULLV for plain functions) */
    Value self;             /* bound object, module, or NULLV */
    Str *qualname;
    const char *doc;
} Builtin;

/* A native method in a type's dict (list.append): binds on attribute access. */
typedef struct MethodDescr {
    Obj hdr;
    const MethodDef *def;
    Type *owner;
} MethodDescr;

typedef struct GetSetDescr {
    Obj hdr;
    const GetSetDef *def;
    Type *owner;
} GetSetDescr;

Function *function_new(Code *co, Dict *globals);
Cell *cell_new(Value v);
Value method_new(Value func, Value self);
Value builtin_new(const char *name, MethodFn fn, Value self);
/* func(self, *args): a small stack buffer covers the common case. */
Value call_with_self(Value func, Value self, Value *args, size_t nargs, Tuple *kwnames);
bool super_method(Value sup, Str *name, Value *meth, Value *self);

/* Generators and coroutines embed their frame. */
typedef struct Generator {
    Obj hdr;
    Str *name, *qualname;
    Code *code;
    Value exc_state;        /* the exception the generator is handling while suspended */
    bool running;
    bool finished;          /* frame dropped: gi_frame is None */
    bool started;
    Frame *frame;           /* points at `frame_storage` */
    _Alignas(16) char frame_storage[];   /* a Frame with its localsplus (variable size) */
} Generator;

#endif
