/* eval.h — running code: the eval loop, calls into Python from C, generators. */
#ifndef MINNOW_EVAL_H
#define MINNOW_EVAL_H

#include "func.h"

/* Run a module or class body (or exec) with the given namespaces. */
Value eval_code(Code *co, Dict *globals, Dict *locals);
/* The `call` slot of functions: a C -> Python call (re-enters the eval loop). */
Value function_call(Value f, Value *args, size_t nargs, Tuple *kwnames);
/* Run a class body function with `ns` as its locals; returns the __classcell__ or None. */
Value eval_class_body(Function *f, Dict *ns);
Dict *builtins_of(Dict *globals);
/* Zero-argument super(): the class and first argument of the calling frame. */
bool super_from_frame(Value *type, Value *obj);

/* Generators (gen.c) */
Value gen_new(Frame *f, Function *func);     /* moves the frame into a new generator */
/* Resume: sets *yielded to true when the generator yielded; false when it returned
 * (result = return value) or raised (NULLV). */
Value gen_send_ex(Value gen, Value value, Value exc, bool *yielded);
bool is_generator_like(Value v);
Value gen_throw_into(Value gen, Value exc);

/* Traceback objects (traceback.c) */
typedef struct Traceback {
    Obj hdr;
    Value next;             /* Traceback or None */
    FrameObject *frame;
    int32_t lasti;
    int32_t lineno;
} Traceback;
bool traceback_add(Value exc, Frame *f, int lasti);
void print_exception(Value exc);            /* CPython's uncaught-exception text to stderr */
bool print_exception_to(Value exc, Value file);
/* The same text in pieces, for lib/traceback.py (src/modules/_traceback.c): */
Str *format_exception(Value exc);           /* the whole report */
Str *format_exception_only_str(Value exc);  /* "Type: message\n" (+ SyntaxError lines, notes) */
Str *format_frame_source(Code *co, int lasti, int lineno);  /* indented source + carets, or "" */
Str *source_line_str(const char *filename, int lineno);     /* NULL when unavailable */

/* Evaluation entry with the current frame chain: eval.c */
Value eval_frame(ThreadState *ts, Frame *f);
Frame *push_call_frame(ThreadState *ts, Function *func, Value *args, size_t nargs, Tuple *kwnames);
/* sys.settrace / sys.setprofile: fn NULLV turns it off. */
void eval_set_trace(Value fn, bool profile);
#endif
