#!/bin/sh
# Build the compiler test driver (ASan + UBSan) into build/compile_driver, then compile
# the compiler's differential tests with it (every code object is checked: jump targets,
# exception table, stack depth on every path).
#
# More thorough, with CPython 3.13 at hand:
#   python3.13 tests/c/compare_positions.py --ast build/compile_driver FILE.py...
# compares instruction positions with CPython's; and
#   python3.13 tests/c/ast_dump.py FILE.py > F.ast && build/compile_driver --ast F.ast
# compiles CPython's own AST of a file.
set -e
cd "$(dirname "$0")/../.."
mkdir -p build
${CC:-cc} -std=gnu11 -g -O1 -Wall -Wextra -Wno-unused-parameter -fsanitize=address,undefined \
    -fno-omit-frame-pointer -Isrc -Itests/c -o build/compile_driver \
    tests/c/compile_driver.c tests/c/stubs_compiler.c tests/c/ast_reader.c src/symtable.c \
    src/compile.c src/code.c src/opcodes.c src/disasm.c src/unparse.c src/ast.c src/parser.c \
    src/tokenizer.c -lgmp -lm
build/compile_driver --quiet tests/compiler/*.py
