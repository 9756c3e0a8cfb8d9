"""Differential checks of minnow's front end against CPython 3.13.

    python3 tests/front/check.py [--astdump build/astdump] [--stdlib] [FILES...]

1. For every .py file of tests/front/corpus (and the CPython standard
   library with --stdlib, or the FILES given), compares
   `astdump -a FILE` with ast.dump(ast.parse(src), include_attributes=True).
2. For every snippet of tests/front/errors/*.py, compares the error kind,
   message, line and offset (and end line/offset) with CPython's.
Prints a summary; exits 1 if anything differs.
"""
import ast
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def cpython_dump(data):
    try:
        tree = ast.parse(data)
    except SyntaxError as e:
        return "%s: %s (%s, %s, %s, %s)" % (type(e).__name__, e.msg, e.lineno or 0,
                                           e.offset or 0, e.end_lineno or 0,
                                           e.end_offset or 0)
    except (ValueError, RecursionError, MemoryError) as e:
        return "%s: %s" % (type(e).__name__, e)
    return ast.dump(tree, include_attributes=True)


def minnow_dump(astdump, path):
    r = subprocess.run([astdump, "-a", path], capture_output=True, timeout=60)
    out = r.stdout.decode("utf-8", "replace").rstrip("\n")
    if r.returncode not in (0, 1):
        return "CRASH(%d): %s" % (r.returncode, r.stderr.decode("utf-8", "replace")[-300:])
    return out


def first_diff(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return i


def cpython_symbols(data, path):
    """One line per code object, as tools/symdump prints them."""
    try:
        code = compile(data, path, "exec")
    except SyntaxError as e:
        return "%s: %s (%s, %s, %s, %s)" % (type(e).__name__, e.msg, e.lineno or 0,
                                           e.offset or 0, e.end_lineno or 0,
                                           e.end_offset or 0)
    except (ValueError, RecursionError, MemoryError) as e:
        return "%s: %s" % (type(e).__name__, e)
    lines = []

    def walk(co):
        lines.append("%s varnames=%r cellvars=%r freevars=%r" %
                     ("<module>" if co.co_name == "<module>" else co.co_qualname,
                      co.co_varnames, co.co_cellvars, co.co_freevars))
        for c in co.co_consts:
            if hasattr(c, "co_code"):
                walk(c)
    walk(code)
    return "\n".join(sorted(lines))


def check_symbols(symdump, files, verbose):
    bad = 0
    for path in files:
        with open(path, "rb") as f:
            data = f.read()
        want = cpython_symbols(data, path)
        if want.startswith("SyntaxError") and "outside" in want and "'yield'" not in want:
            continue            # compiler-only checks ('break' outside loop, ...)
        r = subprocess.run([symdump, path], capture_output=True, timeout=60)
        if r.returncode not in (0, 1):
            got = "CRASH(%d)" % r.returncode
        else:
            got = r.stdout.decode("utf-8", "replace").rstrip("\n")
            if r.returncode == 0:
                got = "\n".join(sorted(got.split("\n")))
        if want != got:
            bad += 1
            if verbose:
                w, g = set(want.split("\n")), set(got.split("\n"))
                print("SYMDIFF %s\n  want: %s\n  got:  %s" %
                      (path, "\n        ".join(sorted(w - g))[:600],
                       "\n        ".join(sorted(g - w))[:600]))
    return bad


def check_files(astdump, files, verbose):
    bad = 0
    for path in files:
        with open(path, "rb") as f:
            data = f.read()
        want = cpython_dump(data)
        got = minnow_dump(astdump, path)
        if want != got:
            bad += 1
            if verbose:
                i = first_diff(want, got)
                print("DIFF %s at %d\n  want: ...%s\n  got:  ...%s" %
                      (path, i, want[max(0, i - 80):i + 120], got[max(0, i - 80):i + 120]))
    return bad


def snippets():
    """(name, bytes) of every error snippet: errors/*.py files and the
    '#---'-separated snippets of errors.txt."""
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "errors", "*.py"))):
        with open(path, "rb") as f:
            out.append((os.path.relpath(path, ROOT), f.read()))
    txt = os.path.join(HERE, "errors.txt")
    if os.path.exists(txt):
        with open(txt, "rb") as f:
            parts = f.read().split(b"\n#---\n")
        for i, part in enumerate(parts):
            out.append(("errors.txt#%d" % (i + 1), part))
    return out


def check_errors(astdump, items, verbose):
    import tempfile
    bad = 0
    tmp = tempfile.NamedTemporaryFile(suffix=".py", delete=False)
    tmp.close()
    for name, data in items:
        with open(tmp.name, "wb") as f:
            f.write(data)
        want = cpython_dump(data).replace(tmp.name, "FILE")
        got = minnow_dump(astdump, tmp.name).replace(tmp.name, "FILE")
        if want != got:
            bad += 1
            if verbose:
                print("ERRDIFF %s\n  src:  %r\n  want: %s\n  got:  %s" %
                      (name, data[:120], want[:300], got[:300]))
    os.unlink(tmp.name)
    return bad


def cpython_compile_error(data):
    try:
        compile(data, "FILE", "exec")
    except SyntaxError as e:
        return "%s: %s (%s, %s, %s, %s)" % (type(e).__name__, e.msg, e.lineno or 0,
                                           e.offset or 0, e.end_lineno or 0,
                                           e.end_offset or 0)
    return "OK"


def check_scope_errors(astdump, verbose):
    """symerrors.txt: errors CPython finds after parsing (symtable, future
    imports), compared with `astdump -s`."""
    import tempfile
    txt = os.path.join(HERE, "symerrors.txt")
    if not os.path.exists(txt):
        return 0, 0
    with open(txt, "rb") as f:
        parts = f.read().split(b"\n#---\n")
    tmp = tempfile.NamedTemporaryFile(suffix=".py", delete=False)
    tmp.close()
    bad = 0
    for i, data in enumerate(parts):
        with open(tmp.name, "wb") as f:
            f.write(data)
        want = cpython_compile_error(data)
        r = subprocess.run([astdump, "-s", tmp.name], capture_output=True, timeout=60)
        got = "OK" if r.returncode == 0 else r.stdout.decode("utf-8", "replace").strip()
        if want != got:
            bad += 1
            if verbose:
                print("SCOPEDIFF symerrors.txt#%d\n  src:  %r\n  want: %s\n  got:  %s" %
                      (i + 1, data[:120], want, got))
    os.unlink(tmp.name)
    return len(parts), bad


def main(argv):
    astdump = os.path.join(ROOT, "build", "astdump")
    files, stdlib, quiet = [], False, False
    i = 0
    while i < len(argv):
        if argv[i] == "--astdump":
            astdump = argv[i + 1]
            i += 1
        elif argv[i] == "--stdlib":
            stdlib = True
        elif argv[i] == "-q":
            quiet = True
        else:
            files.append(argv[i])
        i += 1
    if not files:
        files = sorted(glob.glob(os.path.join(HERE, "corpus", "*.py")))
        errors = snippets()
    else:
        errors = []
    if stdlib:
        lib = os.path.dirname(os.__file__)
        files += sorted(glob.glob(os.path.join(lib, "**", "*.py"), recursive=True))
    bad = check_files(astdump, files, not quiet)
    print("ast: %d/%d files identical" % (len(files) - bad, len(files)))
    symdump = os.path.join(os.path.dirname(astdump), "symdump")
    sbad = check_symbols(symdump, files, not quiet)
    print("symtable: %d/%d files identical" % (len(files) - sbad, len(files)))
    bad += sbad
    ebad = check_errors(astdump, errors, not quiet)
    if errors:
        print("errors: %d/%d snippets identical" % (len(errors) - ebad, len(errors)))
        n, sbad = check_scope_errors(astdump, not quiet)
        print("scope errors: %d/%d snippets identical" % (n - sbad, n))
        ebad += sbad
    return 1 if bad or ebad else 0


if __name__ == "__main__":
    # ast.dump recurses once per tree level: give it room for deep.py
    import threading
    sys.setrecursionlimit(100000)
    threading.stack_size(512 * 1024 * 1024)
    result = []
    t = threading.Thread(target=lambda: result.append(main(sys.argv[1:])))
    t.start()
    t.join()
    sys.exit(result[0] if result else 2)
