/* opcodes.c — the tables derived from the OPCODES X-macro in opcodes.h. */
#include "opcodes.h"

const char *const opcode_names[OP_COUNT] = {
#define OP(name, kind, pops, pushes, jump) #name,
    OPCODES(OP)
#undef OP
};

const OpArgKind opcode_argkinds[OP_COUNT] = {
#define OP(name, kind, pops, pushes, jump) kind,
    OPCODES(OP)
#undef OP
};

/* The macro rows write their stack effects as expressions of `oparg`; the unused
 * parameter warnings for rows that ignore it are harmless. */
int opcode_stack_effect(int op, int oparg, bool jump) {
    (void)oparg;
    switch (op) {
#define OP(name, kind, pops, pushes, jdelta) \
    case OP_##name: \
        if (jump && (kind) == ARG_JUMP) return (jdelta); \
        return (pushes) - (pops);
    OPCODES(OP)
#undef OP
    default:
        return 0;
    }
}

bool opcode_is_jump(int op) {
    return op >= 0 && op < OP_COUNT && opcode_argkinds[op] == ARG_JUMP;
}

bool opcode_is_terminator(int op) {
    switch (op) {
    case OP_RETURN_VALUE: case OP_RETURN_CONST: case OP_RERAISE: case OP_RAISE_VARARGS:
    case OP_JUMP_FORWARD: case OP_JUMP_BACKWARD:
        return true;
    default:
        return false;
    }
}
