#!/usr/bin/env bash
# Command-line checks that a differential test cannot express: -c, - (stdin),
# --version, argv and exit statuses.  Usage: tests/cli/run.sh [./minnow]
minnow=${1:-./minnow}
passed=0 failed=0

check() {   # check NAME EXPECTED ACTUAL
    if [ "$2" == "$3" ]; then passed=$((passed + 1))
    else failed=$((failed + 1)); printf 'FAIL cli %s\n  expected: %q\n  actual:   %q\n' "$1" "$2" "$3"; fi
}

check "-c argv" "['-c', 'a', 'b']" "$("$minnow" -c 'import sys; print(sys.argv)' a b)"
check "stdin" "42" "$(echo 'print(6 * 7)' | "$minnow" -)"
check "stdin argv" "['-', 'x']" "$(echo 'import sys; print(sys.argv)' | "$minnow" - x)"
check "--version" "minnow" "$("$minnow" --version | cut -d' ' -f1)"
"$minnow" -c 'raise SystemExit(3)'; check "SystemExit code" "3" "$?"
"$minnow" -c 'import sys; sys.exit()'; check "sys.exit()" "0" "$?"
"$minnow" -c '1/0' 2>/dev/null; check "uncaught exception" "1" "$?"
check "uncaught text" "ZeroDivisionError: division by zero" "$("$minnow" -c '1/0' 2>&1 | tail -1)"
check "sys.exit(str)" "bye" "$("$minnow" -c 'import sys; sys.exit("bye")' 2>&1)"
"$minnow" /nonexistent/file.py 2>/dev/null; check "missing file" "2" "$?"
check "syntax error exit" "1" "$("$minnow" -c 'x = (' 2>/dev/null; echo $?)"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
