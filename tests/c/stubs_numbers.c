/* stubs_numbers.c — the compiler's symbols the runtime links against, for the numbers
 * unit test (tests/c/test_numbers.c), which drives the number API without Python source. */
#include "compile.h"
#include "error.h"
#include "opcodes.h"

Type type_code = {.hdr = {.type = &type_type}, .name = "code", .basicsize = sizeof(Code)};

const char *const opcode_names[OP_COUNT];

int code_addr_to_line(Code *co, int instr_index) {
    (void)co;
    (void)instr_index;
    return -1;
}

Code *compile_source(const char *src, size_t len, const char *filename, ParseMode mode) {
    (void)src;
    (void)len;
    (void)filename;
    (void)mode;
    raise_msg(&exc_SystemError, "no compiler in the numbers unit test");
    return NULL;
}
