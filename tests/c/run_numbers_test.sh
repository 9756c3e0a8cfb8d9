#!/bin/sh
# Build and run the numbers differential unit test (see tests/c/test_numbers.c).
# Uses the objects `make -k` leaves in build/; interp.c and import.c are compiled against
# the stand-in compile.h until the compiler lands.
set -e
cd "$(dirname "$0")/../.."
make -k -s >/dev/null 2>&1 || true
CFLAGS="-std=gnu11 -O1 -g -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Isrc"
mkdir -p build/numtest
for f in interp import; do
    cc $CFLAGS -Itests/c/stub_compile -c -o build/numtest/$f.o src/$f.c
done
cc $CFLAGS -Itests/c/stub_compile -c -o build/numtest/stubs.o tests/c/stubs_numbers.c
cc $CFLAGS -c -o build/numtest/test.o tests/c/test_numbers.c
OBJS=$(ls build/src/*.o build/src/modules/*.o | grep -v -E '/(main|interp|import|compile|code|opcodes|disasm|symtable)\.o$')
cc -z muldefs -o build/test_numbers build/numtest/*.o $OBJS build/frozen.o -lgmp -lm -lpthread
[ -f tests/c/numbers_vectors.txt ] || PYENV_VERSION=3.13.0 python3 tests/c/gen_numbers_vectors.py
exec build/test_numbers "$@"
