#!/usr/bin/env python3
"""Differential test runner for minnow.

Runs every tests/**/*.py script with an interpreter and compares what it
observes (stdout, stderr, exit status) with the .exp file stored beside the
script.  The .exp files are recorded from CPython 3.13 with --regen.

    python3 tests/run.py [--minnow PATH] [-j N] [--timeout SECS] [PATTERN...]
    python3 tests/run.py --regen [--cpython CMD] [PATTERN...]

See tests/README.md for the format of the .exp files.
"""

import argparse
import concurrent.futures
import difflib
import os
import shlex
import shutil
import signal
import subprocess
import sys

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(TESTS_DIR)

MAX_DIFF_LINES = 30
DEFAULT_CPYTHON = "python3"
CPYTHON_ENV = {"PYENV_VERSION": "3.13.0"}


def is_helper(relpath):
    """Helper modules: anything under a _lib dir, or whose name starts with _."""
    parts = relpath.split(os.sep)
    if any(p == "_lib" or p == "__pycache__" for p in parts[:-1]):
        return True
    return parts[-1].startswith("_")


# Areas whose .py files are tools and inputs of other test kinds (C unit tests, the
# front end's parser checks), not differential tests.
NOT_DIFFERENTIAL = ("c", "front")


def collect_tests(patterns):
    found = []
    for dirpath, dirnames, filenames in os.walk(TESTS_DIR):
        dirnames[:] = sorted(d for d in dirnames
                             if d not in ("_lib", "__pycache__"))
        if os.path.samefile(os.path.dirname(dirpath), TESTS_DIR) and \
                os.path.basename(dirpath) in NOT_DIFFERENTIAL:
            dirnames[:] = []
            continue
        if os.path.samefile(dirpath, TESTS_DIR):
            continue  # run.py and friends live directly in tests/
        for name in sorted(filenames):
            if not name.endswith(".py"):
                continue
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, REPO_ROOT)
            if is_helper(os.path.relpath(full, TESTS_DIR)):
                continue
            if patterns and not any(p in rel for p in patterns):
                continue
            found.append((rel, full))
    found.sort()
    return found


def read_args_directive(path):
    """First line `# args: a b c` gives extra argv (shell-like quoting)."""
    try:
        with open(path, "rb") as f:
            first = f.readline().decode("utf-8", "replace").strip()
    except OSError:
        return []
    if first.startswith("# args:"):
        return shlex.split(first[len("# args:"):])
    return []


def make_env(extra=None):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PYTHON") and k not in ("FORCE_COLOR",)}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHON_COLORS"] = "0"
    env["NO_COLOR"] = "1"
    if extra:
        env.update(extra)
    return env


def normalize(text, testdir):
    """Strip the absolute test directory from paths printed by the program."""
    prefixes = {testdir, os.path.realpath(testdir)}
    for p in sorted(prefixes, key=len, reverse=True):
        text = text.replace(p.rstrip("/") + "/", "")
    return text


def decode(b):
    return b.decode("utf-8", "surrogateescape")


def run_one(cmd, full, timeout, env):
    """Run a test; returns (observed_text or None, error message or None)."""
    testdir = os.path.dirname(full)
    argv = list(cmd) + [os.path.basename(full)] + read_args_directive(full)
    try:
        proc = subprocess.Popen(argv, cwd=testdir, env=env,
                                stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
    except OSError as e:
        return None, "cannot run %s: %s" % (argv[0], e)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        proc.communicate()
        return None, "timeout after %gs" % timeout
    text = decode(out)
    if err:
        if text and not text.endswith("\n"):
            text += "\n"
        text += "--- stderr ---\n" + decode(err)
    rc = proc.returncode
    if rc != 0:
        if text and not text.endswith("\n"):
            text += "\n"
        if rc < 0:
            try:
                name = signal.Signals(-rc).name
            except ValueError:
                name = "?"
            text += "--- killed by signal %d (%s) ---\n" % (-rc, name)
        else:
            text += "--- exit %d ---\n" % rc
    return normalize(text, testdir), None


def short_diff(expected, actual):
    lines = list(difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True),
        "expected", "actual", n=2))
    out = []
    for line in lines[:MAX_DIFF_LINES]:
        if not line.endswith("\n"):
            line += "\n\\ No newline at end of file\n"
        out.append("    " + line)
    if len(lines) > MAX_DIFF_LINES:
        out.append("    ... (%d more diff lines)\n" % (len(lines) - MAX_DIFF_LINES))
    return "".join(out)


def resolve_interp(path):
    if os.sep in path or os.path.exists(path):
        return os.path.abspath(path)
    found = shutil.which(path)
    return found or os.path.abspath(path)


def check_cpython(cmd, env):
    try:
        r = subprocess.run(cmd + ["-c", "import sys; print(sys.version_info[:2])"],
                           env=env, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return "cannot run %s: %s" % (shlex.join(cmd), e)
    if r.stdout.strip() != "(3, 13)":
        return "%s is not CPython 3.13 (says %r %r)" % (
            shlex.join(cmd), r.stdout.strip(), r.stderr.strip()[-200:])
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minnow", default=os.path.join(REPO_ROOT, "minnow"),
                    help="interpreter to test (default: ./minnow in the repo root)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=30.0,
                    help="seconds per test (default 30)")
    ap.add_argument("--regen", action="store_true",
                    help="write the .exp files using CPython 3.13")
    ap.add_argument("--cpython", default=None,
                    help="command for CPython 3.13 used by --regen "
                         "(default: python3 with PYENV_VERSION=3.13.0)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="also print a line for each passing test")
    ap.add_argument("--strict", action="store_true",
                    help="count tests in tests/known_failures.txt as failures too")
    ap.add_argument("patterns", nargs="*", metavar="PATTERN",
                    help="only run tests whose path contains one of these")
    args = ap.parse_args()

    tests = collect_tests(args.patterns)

    if args.regen:
        if args.cpython:
            cmd = shlex.split(args.cpython)
            env = make_env()
        else:
            cmd = [DEFAULT_CPYTHON]
            env = make_env(CPYTHON_ENV)
            # When this script itself runs under a pyenv shim, `pyenv exec`
            # has put that version's bin dir first on PATH; drop such entries
            # so that `python3` goes through the shim and honours PYENV_VERSION.
            root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
            vers = os.path.join(root, "versions") + os.sep
            env["PATH"] = os.pathsep.join(
                d for d in env.get("PATH", "").split(os.pathsep)
                if not (d + os.sep).startswith(vers))
            cmd = [shutil.which(DEFAULT_CPYTHON, path=env["PATH"]) or DEFAULT_CPYTHON]
        problem = check_cpython(cmd, env)
        if problem:
            print("run.py: " + problem, file=sys.stderr)
            return 2
    else:
        cmd = [resolve_interp(args.minnow)]
        env = make_env()
        if not os.path.exists(cmd[0]):
            print("run.py: interpreter %s does not exist" % cmd[0])

    jobs = max(1, args.jobs)
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        futures = [pool.submit(run_one, cmd, full, args.timeout, env)
                   for rel, full in tests]
        results = [f.result() for f in futures]

    known = load_known_failures()
    passed = failed = 0
    expected_failures = []
    for (rel, full), (actual, error) in zip(tests, results):
        exp_path = full[:-3] + ".exp"
        if args.regen:
            if error is not None:
                failed += 1
                print("FAIL %s (%s)" % (rel, error))
                continue
            with open(exp_path, "w", encoding="utf-8", errors="surrogateescape",
                      newline="") as f:
                f.write(actual)
            passed += 1
            if args.verbose:
                print("wrote %s" % os.path.relpath(exp_path, REPO_ROOT))
            continue
        if error is not None:
            failed += 1
            print("FAIL %s (%s)" % (rel, error))
            continue
        try:
            with open(exp_path, encoding="utf-8", errors="surrogateescape",
                      newline="") as f:
                expected = f.read()
        except FileNotFoundError:
            failed += 1
            print("FAIL %s (missing .exp)" % rel)
            continue
        if actual == expected:
            if rel in known:
                failed += 1
                print("XPASS %s (listed in tests/known_failures.txt: remove it)" % rel)
                continue
            passed += 1
            if args.verbose:
                print("ok   %s" % rel)
        elif rel in known and not args.strict:
            expected_failures.append(rel)
        else:
            failed += 1
            print("FAIL %s" % rel)
            sys.stdout.write(short_diff(expected, actual))
    sys.stdout.flush()
    if expected_failures:
        print("known failures (tests/known_failures.txt): %d" % len(expected_failures))
        for rel in expected_failures:
            print("  %s: %s" % (rel, known[rel]))
    line = "%d passed, %d failed" % (passed, failed)
    if expected_failures:
        line += ", %d skipped" % len(expected_failures)
    print(line)
    return 0 if failed == 0 else 1


def load_known_failures():
    """tests/known_failures.txt: `path  # why` per line, tests that document work still
    to do.  They are reported (as skipped) but do not fail the run; one that starts
    passing fails the run until it is removed from the list."""
    known = {}
    try:
        with open(os.path.join(TESTS_DIR, "known_failures.txt"), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                path, _, why = line.partition("#")
                known[path.strip()] = why.strip() or "no reason given"
    except FileNotFoundError:
        pass
    return known


if __name__ == "__main__":
    sys.exit(main())
