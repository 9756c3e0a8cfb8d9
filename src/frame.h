/* frame.h — activation records on per-thread data stacks, and lazily built frame objects.
 *
 * A Frame is a plain struct bump-allocated in the thread's data stack: a linked list of
 * chunks.  Pushing a frame moves a pointer; popping moves it back and keeps the chunk.
 * Nothing on the call path allocates a GC object.  A FrameObject (types.FrameType) is
 * built only when somebody asks (sys._getframe, tracebacks, tracers, gi_frame); when a
 * frame whose object is still reachable returns, its Frame is copied into the object.
 */
#ifndef MINNOW_FRAME_H
#define MINNOW_FRAME_H

#include "code.h"

typedef struct Function Function;
typedef struct FrameObject FrameObject;

enum FrameOwner {
    OWNED_BY_THREAD,        /* on a data stack */
    OWNED_BY_GENERATOR,     /* embedded in a generator/coroutine object */
    OWNED_BY_FRAME_OBJECT,  /* copied into its FrameObject after returning */
    OWNED_BY_CSTACK,        /* entry frame of a C → Python call (eval.c) */
};

enum FrameState { FRAME_CREATED, FRAME_RUNNING, FRAME_SUSPENDED, FRAME_COMPLETED };

typedef struct Frame {
    Code *code;
    Function *func;         /* NULL for module bodies run directly */
    Dict *globals;
    Dict *builtins;
    Dict *locals;           /* module / class bodies (LOAD_NAME); NULL for functions */
    struct Frame *previous; /* caller: the frame chain the thread walks */
    const Instr *ip;        /* next instruction (while running: saved on calls) */
    Value *sp;              /* top of the value stack (saved on calls) */
    FrameObject *frame_obj; /* NULL until materialized */
    uint8_t owner;          /* enum FrameOwner */
    bool is_entry;          /* returning from it leaves the C activation of eval */
    bool is_init;           /* an inline __init__: the caller keeps the new instance as the result */
    uint8_t state;          /* enum FrameState */
    Value localsplus[];     /* nlocalsplus slots, then stacksize value-stack slots */
} Frame;

static inline Value *frame_stack_base(Frame *f) { return f->localsplus + f->code->nlocalsplus; }
/* Index of the instruction being executed (-1 before the first). */
static inline int frame_lasti(Frame *f) { return f->ip ? (int)(f->ip - f->code->instrs) - 1 : -1; }
static inline size_t frame_size_bytes(Code *co) {
    return sizeof(Frame) + (size_t)co->framesize * sizeof(Value);
}

/* One chunk of a thread's data stack. */
typedef struct StackChunk {
    struct StackChunk *previous;
    size_t size;            /* bytes, including this header */
    size_t top;             /* bytes in use (saved when moving to the next chunk) */
    char data[];
} StackChunk;

typedef struct ThreadState {
    StackChunk *chunk;      /* current chunk */
    char *top, *limit;      /* bump pointer and end of the current chunk */
    StackChunk *spare;      /* one freed chunk kept for reuse */
    Frame *frame;           /* innermost executing frame */
    int64_t py_depth;       /* Python frames on the stack */
    int64_t recursion_limit;
    int c_depth;            /* nested C → Python re-entries */
    int c_limit;
    Value exc;              /* the exception being raised (NULLV if none) */
    Value handled;          /* the exception being handled (sys.exc_info()), or None */
    Value trace_func, profile_func;   /* NULLV when off */
    bool tracing;           /* inside a trace/profile callback */
    bool instrumented;      /* a trace or profile function is set: eval uses the traced dispatch */
    Frame *pending;         /* a pushed frame whose arguments are being bound (not linked yet) */
} ThreadState;

extern ThreadState *tstate;

void thread_init(ThreadState *ts);
/* Push a frame for `co` with zeroed localsplus; NULL + MemoryError if out of memory. */
Frame *frame_push(ThreadState *ts, Code *co);
void frame_pop(ThreadState *ts, Frame *f);

/* The frame object of a frame, building it on first request. */
FrameObject *frame_object_get(Frame *f);
/* Called as the frame is popped: if it has a live object, move the data into it. */
void frame_detach(Frame *f);
int frame_lineno(Frame *f);
void frame_trace_slots(Frame *f);       /* mark everything a frame references */
void thread_trace_pending(ThreadState *ts);

struct FrameObject {
    Obj hdr;
    Frame *frame;           /* live frame, or `owned` after it returned */
    FrameObject *back;      /* f_back captured when the frame was detached */
    Value trace;            /* f_trace */
    bool trace_lines, trace_opcodes;
    int last_line, last_lasti;  /* where the last 'line' event fired */
    Frame *owned;           /* malloc'd copy after the frame returned, else NULL */
};

#endif
