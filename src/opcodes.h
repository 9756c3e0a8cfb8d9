/* opcodes.h — the one definition of minnow's instruction set.
 *
 * An instruction is a 32-bit word: opcode in the low 8 bits, argument in the high 24.
 * Each row: OP(NAME, ARGKIND, POPS, PUSHES, JUMP_DELTA) where POPS/PUSHES are the stack
 * effect on the fall-through path as expressions of `oparg`, and JUMP_DELTA is the net
 * effect when the jump is taken (only read for ARG_JUMP instructions).  The enum, the
 * names `dis` prints, the compiler's stack-depth analysis and the eval loop's dispatch
 * table are all generated from this list.  Jump arguments are absolute instruction
 * indexes.  Stack pictures below read bottom → top; NULL is an empty (NULLV) slot.
 */
#ifndef MINNOW_OPCODES_H
#define MINNOW_OPCODES_H

#include <stdbool.h>
#include <stdint.h>

typedef enum {
    ARG_NONE,       /* argument unused (0) */
    ARG_CONST,      /* index into co_consts */
    ARG_LOCAL,      /* index into localsplus (locals, cells, free vars) */
    ARG_NAME,       /* index into co_names */
    ARG_GLOBAL,     /* co_names[oparg >> 1]; bit 0: also push NULL */
    ARG_ATTR,       /* co_names[oparg >> 1]; bit 0: method form */
    ARG_JUMP,       /* absolute target instruction index */
    ARG_COUNT,      /* a count */
    ARG_COMPARE,    /* CMP_LT .. CMP_GE */
    ARG_BINOP,      /* NB_x, NB_INPLACE(NB_x) */
    ARG_INTRINSIC,  /* INTRINSIC_x */
    ARG_OTHER,      /* flags described in the row's comment */
} OpArgKind;

#define OPCODES(OP) \
    OP(NOP,               ARG_NONE,   0, 0, 0) \
    OP(RESUME,            ARG_OTHER,  0, 0, 0)  /* function/generator entry point: tracing "call" hook; 0 = start, 1 = after yield */ \
    OP(POP_TOP,           ARG_NONE,   1, 0, 0)  /* v -- */ \
    OP(PUSH_NULL,         ARG_NONE,   0, 1, 0)  /* -- NULL */ \
    OP(COPY,              ARG_COUNT,  oparg, oparg + 1, 0)  /* ... v ...(n-1) -- ... v ... v : copy the n-th from top (1 = top) */ \
    OP(SWAP,              ARG_COUNT,  oparg, oparg, 0)      /* swap top with the n-th from top (n >= 2) */ \
    OP(LOAD_CONST,        ARG_CONST,  0, 1, 0) \
    OP(RETURN_VALUE,      ARG_NONE,   1, 0, 0)  /* v -- : return v from the frame */ \
    OP(RETURN_CONST,      ARG_CONST,  0, 0, 0) \
    /* locals: oparg indexes localsplus */ \
    OP(LOAD_FAST,         ARG_LOCAL,  0, 1, 0)  /* UnboundLocalError if unbound */ \
    OP(LOAD_FAST_AND_CLEAR, ARG_LOCAL, 0, 1, 0) /* push the slot (maybe NULL), then unbind it: inlined comprehensions save outer locals */ \
    OP(STORE_FAST,        ARG_LOCAL,  1, 0, 0)  /* v -- ; a NULL v unbinds (restoring after a comprehension) */ \
    OP(DELETE_FAST,       ARG_LOCAL,  0, 0, 0) \
    OP(LOAD_FAST_FOR_UPDATE, ARG_LOCAL, 0, 1, 0)  /* `x += ...` on a local: LOAD_FAST that leaves a string's STR_UNIQUE alone */ \
    OP(INPLACE_ADD_STORE_FAST, ARG_LOCAL, 2, 0, 0)  /* a b -- : local := a += b; a string held only by this local grows in place */ \
    OP(MAKE_CELL,         ARG_LOCAL,  0, 0, 0)  /* slot := new cell holding the slot's current value (maybe NULL) */ \
    OP(COPY_FREE_VARS,    ARG_COUNT,  0, 0, 0)  /* the last n slots := the function's closure cells */ \
    OP(LOAD_CLOSURE,      ARG_LOCAL,  0, 1, 0)  /* -- cell : the cell object itself */ \
    OP(LOAD_DEREF,        ARG_LOCAL,  0, 1, 0)  /* -- cell contents; NameError/UnboundLocalError when empty */ \
    OP(STORE_DEREF,       ARG_LOCAL,  1, 0, 0) \
    OP(DELETE_DEREF,      ARG_LOCAL,  0, 0, 0) \
    OP(LOAD_FROM_DICT_OR_DEREF, ARG_LOCAL, 1, 1, 0)  /* mapping -- v : class bodies reading a free variable */ \
    /* names */ \
    OP(LOAD_NAME,         ARG_NAME,   0, 1, 0)  /* locals dict, then globals, then builtins */ \
    OP(STORE_NAME,        ARG_NAME,   1, 0, 0) \
    OP(DELETE_NAME,       ARG_NAME,   0, 0, 0) \
    OP(LOAD_GLOBAL,       ARG_GLOBAL, 0, 1 + (oparg & 1), 0)  /* -- v [NULL] */ \
    OP(STORE_GLOBAL,      ARG_NAME,   1, 0, 0) \
    OP(DELETE_GLOBAL,     ARG_NAME,   0, 0, 0) \
    OP(LOAD_LOCALS,       ARG_NONE,   0, 1, 0)  /* -- the frame's locals dict (class bodies) */ \
    OP(LOAD_ATTR,         ARG_ATTR,   1, 1 + (oparg & 1), 0)  /* owner -- v  |  method form: owner -- meth self   or   owner -- v NULL */ \
    OP(STORE_ATTR,        ARG_NAME,   2, 0, 0)  /* v owner -- */ \
    OP(DELETE_ATTR,       ARG_NAME,   1, 0, 0)  /* owner -- */ \
    /* operators */ \
    OP(BINARY_OP,         ARG_BINOP,  2, 1, 0)  /* a b -- a OP b */ \
    OP(UNARY_NEGATIVE,    ARG_NONE,   1, 1, 0) \
    OP(UNARY_NOT,         ARG_NONE,   1, 1, 0) \
    OP(UNARY_INVERT,      ARG_NONE,   1, 1, 0) \
    OP(COMPARE_OP,        ARG_COMPARE, 2, 1, 0) /* a b -- a OP b */ \
    OP(IS_OP,             ARG_OTHER,  2, 1, 0)  /* a b -- a is b (oparg 1: is not) */ \
    OP(CONTAINS_OP,       ARG_OTHER,  2, 1, 0)  /* a b -- a in b (oparg 1: not in) */ \
    OP(BINARY_SUBSCR,     ARG_NONE,   2, 1, 0)  /* container key -- v */ \
    OP(STORE_SUBSCR,      ARG_NONE,   3, 0, 0)  /* v container key -- */ \
    OP(DELETE_SUBSCR,     ARG_NONE,   2, 0, 0)  /* container key -- */ \
    OP(BINARY_SLICE,      ARG_NONE,   3, 1, 0)  /* container start stop -- v */ \
    OP(STORE_SLICE,       ARG_NONE,   4, 0, 0)  /* v container start stop -- */ \
    OP(BUILD_SLICE,       ARG_COUNT,  oparg, 1, 0)  /* start stop [step] -- slice */ \
    /* building */ \
    OP(BUILD_TUPLE,       ARG_COUNT,  oparg, 1, 0) \
    OP(BUILD_LIST,        ARG_COUNT,  oparg, 1, 0) \
    OP(BUILD_SET,         ARG_COUNT,  oparg, 1, 0) \
    OP(BUILD_MAP,         ARG_COUNT,  2 * oparg, 1, 0)  /* k1 v1 .. kn vn -- dict */ \
    OP(BUILD_STRING,      ARG_COUNT,  oparg, 1, 0)      /* str * n -- joined */ \
    OP(LIST_APPEND,       ARG_COUNT,  1, 0, 0)  /* list ...(n-1) v -- list ...(n-1) */ \
    OP(SET_ADD,           ARG_COUNT,  1, 0, 0) \
    OP(MAP_ADD,           ARG_COUNT,  2, 0, 0)  /* dict ...(n-1) k v -- dict ...(n-1) */ \
    OP(LIST_EXTEND,       ARG_COUNT,  1, 0, 0)  /* list ...(n-1) iterable -- list ...(n-1) */ \
    OP(SET_UPDATE,        ARG_COUNT,  1, 0, 0) \
    OP(DICT_UPDATE,       ARG_COUNT,  1, 0, 0)  /* {**m} */ \
    OP(DICT_MERGE,        ARG_COUNT,  1, 0, 0)  /* f(**m): TypeError on a repeated keyword */ \
    OP(UNPACK_SEQUENCE,   ARG_COUNT,  1, oparg, 0)  /* seq -- item[n-1] .. item[0] (item 0 on top) */ \
    OP(UNPACK_EX,         ARG_OTHER,  1, (oparg & 0xff) + (oparg >> 8) + 1, 0)  /* oparg = before | after << 8 */ \
    /* control flow */ \
    OP(JUMP_FORWARD,      ARG_JUMP,   0, 0, 0) \
    OP(JUMP_BACKWARD,     ARG_JUMP,   0, 0, 0)  /* loops: also the periodic check point */ \
    OP(POP_JUMP_IF_FALSE, ARG_JUMP,   1, 0, -1) \
    OP(POP_JUMP_IF_TRUE,  ARG_JUMP,   1, 0, -1) \
    OP(POP_JUMP_IF_NONE,  ARG_JUMP,   1, 0, -1) \
    OP(POP_JUMP_IF_NOT_NONE, ARG_JUMP, 1, 0, -1) \
    OP(GET_ITER,          ARG_NONE,   1, 1, 0)  /* iterable -- iterator */ \
    OP(FOR_ITER,          ARG_JUMP,   1, 2, -1) /* it -- it next ; exhausted: it -- and jump */ \
    /* calls */ \
    OP(CALL,              ARG_COUNT,  2 + oparg, 1, 0)  /* callable self_or_NULL arg*n -- result */ \
    OP(CALL_KW,           ARG_COUNT,  3 + oparg, 1, 0)  /* callable self_or_NULL arg*n kwnames -- result; n counts keyword values too */ \
    OP(CALL_FUNCTION_EX,  ARG_OTHER,  3 + (oparg & 1), 1, 0)  /* callable NULL args_tuple [kwargs_dict if oparg & 1] -- result */ \
    OP(CALL_INTRINSIC_1,  ARG_INTRINSIC, 1, 1, 0) \
    OP(MAKE_FUNCTION,     ARG_NONE,   1, 1, 0)  /* code -- function */ \
    OP(SET_FUNCTION_ATTRIBUTE, ARG_OTHER, 2, 1, 0)  /* attr func -- func; oparg 1 defaults tuple, 2 kwdefaults dict, 4 annotations, 8 closure tuple */ \
    OP(LOAD_BUILD_CLASS,  ARG_NONE,   0, 1, 0) \
    /* generators */ \
    OP(YIELD_VALUE,       ARG_NONE,   1, 1, 0)  /* v -- sent : suspend, hand v out; resumed with the sent value */ \
    OP(SEND,              ARG_JUMP,   2, 2, -1) /* receiver v -- receiver yielded ; when the receiver returns: receiver v -- retval and jump */ \
    OP(GET_YIELD_FROM_ITER, ARG_NONE, 1, 1, 0) \
    OP(GET_AWAITABLE,     ARG_OTHER,  1, 1, 0) \
    OP(GET_AITER,         ARG_NONE,   1, 1, 0) \
    OP(GET_ANEXT,         ARG_NONE,   1, 2, 0) \
    OP(END_ASYNC_FOR,     ARG_NONE,   2, 0, 0) \
    OP(BEFORE_ASYNC_WITH, ARG_NONE,   1, 2, 0) \
    /* exceptions: handlers are found through the exception table */ \
    OP(PUSH_EXC_INFO,     ARG_NONE,   1, 2, 0)  /* exc -- prev_handled exc : exc becomes the handled exception */ \
    OP(POP_EXCEPT,        ARG_NONE,   1, 0, 0)  /* prev_handled -- : restore it */ \
    OP(CHECK_EXC_MATCH,   ARG_NONE,   2, 2, 0)  /* exc type -- exc bool */ \
    OP(CHECK_EG_MATCH,    ARG_NONE,   2, 2, 0)  /* exc type -- rest match */ \
    OP(RERAISE,           ARG_OTHER,  1 + oparg, oparg, 0)  /* [lasti] exc -- [lasti] : raise again, no new traceback entry; oparg 1: restore the frame's lasti */ \
    OP(RAISE_VARARGS,     ARG_COUNT,  oparg, 0, 0)  /* 0: re-raise handled; 1: exc; 2: exc cause */ \
    OP(BEFORE_WITH,       ARG_NONE,   1, 2, 0)  /* mgr -- bound__exit__ enter_result */ \
    OP(WITH_EXCEPT_START, ARG_NONE,   4, 5, 0)  /* exit lasti prev_handled exc -- exit lasti prev_handled exc exit(type, exc, tb) */ \
    OP(LOAD_ASSERTION_ERROR, ARG_NONE, 0, 1, 0) \
    /* modules */ \
    OP(IMPORT_NAME,       ARG_NAME,   2, 1, 0)  /* level fromlist -- module */ \
    OP(IMPORT_FROM,       ARG_NAME,   1, 2, 0)  /* module -- module attr */ \
    /* f-strings */ \
    OP(CONVERT_VALUE,     ARG_OTHER,  1, 1, 0)  /* 1 str(), 2 repr(), 3 ascii() */ \
    OP(FORMAT_SIMPLE,     ARG_NONE,   1, 1, 0)  /* v -- format(v, '') */ \
    OP(FORMAT_WITH_SPEC,  ARG_NONE,   2, 1, 0)  /* v spec -- format(v, spec) */ \
    OP(SETUP_ANNOTATIONS, ARG_NONE,   0, 0, 0) \
    /* match statements */ \
    OP(GET_LEN,           ARG_NONE,   1, 2, 0) \
    OP(MATCH_MAPPING,     ARG_NONE,   1, 2, 0) \
    OP(MATCH_SEQUENCE,    ARG_NONE,   1, 2, 0) \
    OP(MATCH_KEYS,        ARG_NONE,   2, 3, 0) \
    OP(MATCH_CLASS,       ARG_COUNT,  3, 1, 0)

typedef enum {
#define OP(name, kind, pops, pushes, jump) OP_##name,
    OPCODES(OP)
#undef OP
    OP_COUNT
} Opcode;

/* CALL_INTRINSIC_1 arguments (CPython's numbering). */
#define INTRINSICS(X) \
    X(INVALID) X(PRINT) X(IMPORT_STAR) X(STOPITERATION_ERROR) X(ASYNC_GEN_WRAP) \
    X(UNARY_POSITIVE) X(LIST_TO_TUPLE)
enum {
#define X(n) INTRINSIC_##n,
    INTRINSICS(X)
#undef X
};

typedef uint32_t Instr;
#define INSTR(op, arg) ((Instr)(op) | ((Instr)(arg) << 8))
#define INSTR_OP(w) ((w) & 0xff)
#define INSTR_ARG(w) ((w) >> 8)
#define OPARG_MAX 0xffffff

extern const char *const opcode_names[OP_COUNT];
extern const OpArgKind opcode_argkinds[OP_COUNT];
/* Net stack effect; jump selects the taken-branch effect of jump instructions. */
int opcode_stack_effect(int op, int oparg, bool jump);
bool opcode_is_jump(int op);
bool opcode_is_terminator(int op);   /* no fall-through: returns, raises, unconditional jumps */

#endif
