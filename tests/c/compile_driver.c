/* compile_driver.c — compile Python files and print their disassembly.
 *
 * Build (from the repository root):
 *   cc -std=gnu11 -g -fsanitize=address,undefined -Isrc -Itests/c -o build/compile_driver \
 *      tests/c/compile_driver.c tests/c/stubs_compiler.c tests/c/ast_reader.c \
 *      src/symtable.c src/compile.c src/code.c src/opcodes.c src/disasm.c \
 *      src/ast.c src/parser.c src/tokenizer.c -lgmp -lm
 * (tests/c/run_compile_tests.sh does this.)
 *
 * Usage: compile_driver [options] file.py...
 *   --ast          the files are CPython ASTs dumped by tests/c/ast_dump.py
 *   --positions    print co_positions() of every code object instead of dis output
 *   --instrs       print "qualname firstlineno opname line end_line col end_col" per instruction
 *   --quiet        only report errors (for compiling many files)
 * Every code object is also checked: jump targets inside the code, exception table
 * sane, stack depth never negative (the assembler verifies depths on all paths).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast_reader.h"
#include "compile.h"
#include "containers.h"
#include "error.h"
#include "symtable.h"

void stub_free_all(void);
void stub_free_interned(void);

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (fread(buf, 1, (size_t)n, f) != (size_t)n) { fclose(f); free(buf); return NULL; }
    buf[n] = 0;
    fclose(f);
    *len = (size_t)n;
    return buf;
}

static void print_exception(const char *path) {
    Value e = err_fetch();
    ExcObj *x = (ExcObj *)as_obj(e);
    Value r = obj_repr(v_obj(x->args));
    printf("%s: %s: %s\n", path, x->hdr.type->name, as_str(r)->data);
}

static int check_code(Code *co, const char *path) {
    int bad = 0;
    for (int i = 0; i < co->ninstrs; i++) {
        int op = INSTR_OP(co->instrs[i]), arg = (int)INSTR_ARG(co->instrs[i]);
        if (op >= OP_COUNT) { printf("%s: bad opcode at %d\n", path, i); bad++; continue; }
        switch (opcode_argkinds[op]) {
        case ARG_JUMP: if (arg >= co->ninstrs) { printf("%s: jump out of code at %d\n", path, i); bad++; } break;
        case ARG_CONST: if (arg >= (int)co->consts->len) { printf("%s: bad const at %d\n", path, i); bad++; } break;
        case ARG_LOCAL: if (arg >= co->nlocalsplus) { printf("%s: bad local at %d\n", path, i); bad++; } break;
        case ARG_NAME: if (arg >= (int)co->names->len) { printf("%s: bad name at %d\n", path, i); bad++; } break;
        case ARG_GLOBAL: case ARG_ATTR:
            if ((arg >> 1) >= (int)co->names->len) { printf("%s: bad name at %d\n", path, i); bad++; }
            break;
        default: break;
        }
    }
    for (int i = 0; i < co->nexc; i++) {
        ExcEntry *e = &co->exctable[i];
        if (e->start >= e->end || e->end > co->ninstrs || e->target >= co->ninstrs ||
            e->depth < 0 || e->depth > co->stacksize || (i && e->start < co->exctable[i - 1].end)) {
            printf("%s: bad exception table entry %d in %s\n", path, i, co->qualname->data);
            bad++;
        }
    }
    if (co->ninstrs == 0 || INSTR_OP(co->instrs[co->ninstrs - 1]) == OP_NOP) {
        printf("%s: code %s does not end in a terminator\n", path, co->qualname->data);
        bad++;
    }
    for (size_t i = 0; i < co->consts->len; i++)
        if (is_type(co->consts->items[i], &type_code)) bad += check_code((Code *)as_obj(co->consts->items[i]), path);
    return bad;
}

static void print_instrs(Code *co) {
    for (int i = 0; i < co->ninstrs; i++) {
        Location *p = &co->locations[i];
        printf("%s %d %s %d %d %d %d\n", co->qualname->data, co->firstlineno,
               opcode_names[INSTR_OP(co->instrs[i])], p->lineno, p->end_lineno, p->col, p->end_col);
    }
    for (size_t i = 0; i < co->consts->len; i++)
        if (is_type(co->consts->items[i], &type_code)) print_instrs((Code *)as_obj(co->consts->items[i]));
}

static void print_positions(Code *co) {
    printf("%s:", co->qualname->data);
    for (int i = 0; i < co->ninstrs; i++) {
        Location *p = &co->locations[i];
        if (p->lineno < 0) printf(" (None, None, None, None)");
        else printf(" (%d, %d, %d, %d)", p->lineno, p->end_lineno, p->col, p->end_col);
    }
    printf("\n");
    for (size_t i = 0; i < co->consts->len; i++)
        if (is_type(co->consts->items[i], &type_code)) print_positions((Code *)as_obj(co->consts->items[i]));
}

int main(int argc, char **argv) {
    bool use_ast = false, positions = false, quiet = false, instrs = false;
    int failures = 0, files = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--ast")) { use_ast = true; continue; }
        if (!strcmp(argv[i], "--positions")) { positions = true; continue; }
        if (!strcmp(argv[i], "--quiet")) { quiet = true; continue; }
        if (!strcmp(argv[i], "--instrs")) { instrs = true; continue; }
        const char *path = argv[i];
        size_t len;
        char *src = read_file(path, &len);
        if (!src) { printf("%s: cannot read\n", path); failures++; continue; }
        files++;
        Code *co = NULL;
        if (use_ast) {
            Arena *arena = arena_new();
            Mod *mod = ast_read(src, arena);
            if (!mod) { printf("%s: bad AST dump\n", path); failures++; }
            else {
                ParseError err;
                memset(&err, 0, sizeof err);
                SymTable *st = symtable_build(mod, path, arena, &err);
                if (!st) printf("%s: SyntaxError: %s (%d:%d)\n", path, err.msg, err.lineno, err.offset);
                else co = compile_ast(mod, st, str_from_cstr(path), PARSE_FILE);
            }
            arena_free(arena);
        } else {
            co = compile_source(src, len, path, PARSE_FILE);
        }
        free(src);
        if (!co) {
            if (err_occurred()) print_exception(path);
            failures++;
        } else {
            failures += check_code(co, path) > 0;
            if (instrs) print_instrs(co);
            else if (positions) print_positions(co);
            else if (!quiet) disasm(co, stdout, true);
        }
        stub_free_all();
        stub_free_interned();
    }
    if (quiet) printf("%d files, %d failed\n", files, failures);
    return failures != 0;
}
