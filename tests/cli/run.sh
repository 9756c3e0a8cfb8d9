#!/usr/bin/env bash
# Command-line checks that a differential test cannot express: -c, -m, - (stdin),
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

tmp=$(mktemp -d)
printf 'import sys\nprint(__name__, sys.argv[1:])\n' > "$tmp/climod.py"
printf 'import unittest\nclass T(unittest.TestCase):\n    def test_ok(self):\n        self.assertEqual(2, 1 + 1)\n    def test_bad(self):\n        self.assertEqual(1, 2)\n' > "$tmp/test_cli.py"
abs=$(cd "$(dirname "$minnow")" && pwd)/$(basename "$minnow")
check "-m module" "__main__ ['a', 'b']" "$(cd "$tmp" && "$abs" -m climod a b)"
(cd "$tmp" && "$abs" -m unittest test_cli 2>/dev/null); check "-m unittest fails" "1" "$?"
check "-m unittest report" "FAILED (failures=1)" "$(cd "$tmp" && "$abs" -m unittest test_cli 2>&1 | tail -1)"
"$minnow" -m no_such_module_here 2>/dev/null; check "-m missing" "1" "$?"
rm -rf "$tmp"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
