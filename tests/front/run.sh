#!/bin/sh
# Builds the front-end tools and runs the differential checks and fuzzers.
# Needs CPython 3.13 as python3 (or set PY).
set -e
cd "$(dirname "$0")/../.."
PY=${PY:-python3}
make -f tools/Makefile.front
$PY tests/front/check.py -q ${STDLIB:+--stdlib}
$PY tests/front/fuzz.py ${FUZZ_N:-300}
$PY tests/front/errfuzz.py ${ERRFUZZ_N:-500} --show 0
