"""Differential fuzzing of syntax errors: mutates real sources and
compares minnow's error (kind, message, line, offset, end line, end
offset) with CPython's.  Prints the share that agree and the first
differences.

    python3 tests/front/errfuzz.py [N] [--seed S] [--show K]
"""
import ast
import glob
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from fuzz import TOKENS  # noqa: E402


def small_mutation(data, rnd):
    """One local edit, so the error stays a 'typical' one."""
    lines = data.split(b"\n")
    i = rnd.randrange(len(lines))
    line = bytearray(lines[i])
    op = rnd.randrange(4)
    pos = rnd.randrange(len(line) + 1)
    if op == 0 and line:
        del line[min(pos, len(line) - 1)]
    elif op == 1:
        line[pos:pos] = rnd.choice(TOKENS[:40])
    elif op == 2 and line:
        line[min(pos, len(line) - 1)] = rnd.choice(b"()[]{}:,=.'\"#\\ab1 ")
    else:
        line[pos:pos] = rnd.choice([b" ", b"  ", b"\t"])
    lines[i] = bytes(line)
    return b"\n".join(lines)


def cpython(data):
    try:
        ast.parse(data)
        return None
    except SyntaxError as e:
        return "%s: %s (%s, %s, %s, %s)" % (type(e).__name__, e.msg, e.lineno or 0,
                                           e.offset or 0, e.end_lineno or 0, e.end_offset or 0)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


def main(argv):
    n, seed, show = 300, 1, 20
    i = 0
    while i < len(argv):
        if argv[i] == "--seed":
            seed = int(argv[i + 1]); i += 1
        elif argv[i] == "--show":
            show = int(argv[i + 1]); i += 1
        else:
            n = int(argv[i])
        i += 1
    rnd = random.Random(seed)
    files = sorted(glob.glob(os.path.join(HERE, "corpus", "*.py")))
    files += sorted(glob.glob(os.path.join(os.path.dirname(os.__file__), "*.py")))[:80]
    pool = []
    for p in files:
        with open(p, "rb") as f:
            d = f.read()
        if 0 < len(d) < 30000:
            pool.append(d)
    binary = os.path.join(ROOT, "build", "astdump")
    path = os.path.join(ROOT, "build", "errfuzz-input.py")
    same = total = 0
    shown = 0
    for k in range(n):
        data = small_mutation(rnd.choice(pool), rnd)
        want = cpython(data)
        if want is None or "codec can't decode" in want:
            continue            # invalid UTF-8: minnow reports it as for a file
        with open(path, "wb") as f:
            f.write(data)
        r = subprocess.run([binary, path], capture_output=True, timeout=30)
        got = r.stdout.decode("utf-8", "replace").strip() if r.returncode == 1 else "OK"
        total += 1
        if got == want:
            same += 1
        elif shown < show:
            shown += 1
            os.makedirs(os.path.join(ROOT, "build", "errfuzz-diffs"), exist_ok=True)
            with open(os.path.join(ROOT, "build", "errfuzz-diffs", "%d-%d.py" % (seed, k)), "wb") as f:
                f.write(data)
            w = want.split(" (")[0]
            line = int(want.rsplit("(", 1)[1].split(",")[0]) if "(" in want else 0
            ctx = data.split(b"\n")[max(0, line - 1)] if line else b""
            print("DIFF line %r\n  want: %s\n  got:  %s" % (ctx[:100], want, got))
    print("errfuzz: %d/%d errors identical (%.1f%%)" % (same, total, 100.0 * same / max(total, 1)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
