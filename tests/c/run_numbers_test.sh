#!/bin/sh
# Build and run the numbers differential unit test (see tests/c/test_numbers.c): the
# runtime's objects from `make`, minus main.o, plus the test driver.
#   sh tests/c/run_numbers_test.sh [-v] [VECTORS]
set -e
cd "$(dirname "$0")/../.."
make -s minnow >/dev/null
mkdir -p build/numtest
cc -std=gnu11 -O1 -g -Wall -Wextra -Isrc -c -o build/numtest/test.o tests/c/test_numbers.c
OBJS=$(ls build/src/*.o build/src/modules/*.o | grep -v '/main\.o$')
cc -o build/test_numbers build/numtest/test.o $OBJS build/frozen.o -lgmp -lm -lpthread
[ -f tests/c/numbers_vectors.txt ] || PYENV_VERSION=3.13.0 python3 tests/c/gen_numbers_vectors.py
exec build/test_numbers "$@"
