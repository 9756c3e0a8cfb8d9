#!/bin/sh
# Build the compiler test driver (ASan + UBSan) into build/compile_driver.
set -e
cd "$(dirname "$0")/../.."
mkdir -p build
${CC:-cc} -std=gnu11 -g -O1 -Wall -Wextra -Wno-unused-parameter -fsanitize=address,undefined \
    -fno-omit-frame-pointer -Isrc -Itests/c -o build/compile_driver \
    tests/c/compile_driver.c tests/c/stubs_compiler.c tests/c/ast_reader.c src/symtable.c \
    src/compile.c src/code.c src/opcodes.c src/disasm.c src/unparse.c src/ast.c src/parser.c src/tokenizer.c \
    -lgmp -lm
