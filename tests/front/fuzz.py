"""Mutation fuzzing of minnow's front end under AddressSanitizer.

    python3 tests/front/fuzz.py [N] [--seed S] [--bin build/astdump-asan]

Takes the corpus (tests/front/corpus, errors.txt snippets, and a sample of
the running Python's standard library), applies random byte and token
mutations and runs the sanitizer build of astdump (which also builds the
symbol table with -s) on each.  Any crash, sanitizer report or timeout is
saved under build/fuzz-crashes/ and reported; exit status 1 if any.
"""
import glob
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

TOKENS = [b"(", b")", b"[", b"]", b"{", b"}", b":", b",", b";", b"=", b"==", b"*",
          b"**", b"->", b":=", b"lambda", b"yield", b"await", b"async", b"def ",
          b"class ", b"if ", b"else", b"for ", b" in ", b"match ", b"case ", b"f'",
          b'f"{', b"}", b"'''", b'"', b"\\", b"\n", b"\n    ", b"\t", b"#", b"@",
          b"0x", b"1e", b"_", b"\xff", b"\xe2\x82\xac", b"\x00", b"!r", b"{x=}",
          b"global x", b"nonlocal x", b"return", b"import ", b"from . import *",
          b"with (", b"try:", b"except* E:", b"type X[T] = ", b"\r", b"\x0c"]


def mutate(data, rnd):
    data = bytearray(data)
    for _ in range(rnd.randint(1, 8)):
        op = rnd.randrange(7)
        pos = rnd.randrange(len(data) + 1)
        if op == 0 and data:
            data[min(pos, len(data) - 1)] = rnd.randrange(256)
        elif op == 1:
            data[pos:pos] = rnd.choice(TOKENS)
        elif op == 2 and data:
            end = min(len(data), pos + rnd.randint(1, 40))
            del data[pos:end]
        elif op == 3 and data:
            end = min(len(data), pos + rnd.randint(1, 80))
            data[pos:pos] = data[pos:end]
        elif op == 4:
            data = data[:pos]
        elif op == 5:
            depth = rnd.choice([10, 100, 250, 1000])
            opener, closer = rnd.choice([(b"(", b")"), (b"[", b"]"), (b"-", b""),
                                         (b"not ", b""), (b"lambda:", b""),
                                         (b"f'{", b"}'"), (b"x if y else ", b"")])
            data[pos:pos] = opener * depth + b"1" + closer * depth
        else:
            lines = bytes(data).split(b"\n")
            i = rnd.randrange(len(lines))
            lines.insert(i, lines[rnd.randrange(len(lines))])
            data = bytearray(b"\n".join(lines))
    return bytes(data)


def seeds():
    out = []
    for p in sorted(glob.glob(os.path.join(HERE, "corpus", "*.py"))):
        with open(p, "rb") as f:
            out.append(f.read())
    txt = os.path.join(HERE, "errors.txt")
    if os.path.exists(txt):
        with open(txt, "rb") as f:
            out += f.read().split(b"\n#---\n")
    lib = glob.glob(os.path.join(os.path.dirname(os.__file__), "*.py"))
    for p in sorted(lib)[:60]:
        with open(p, "rb") as f:
            data = f.read()
        if len(data) < 40000:
            out.append(data)
    return out


def main(argv):
    n, seed = 500, 1
    binary = os.path.join(ROOT, "build", "astdump-asan")
    i = 0
    while i < len(argv):
        if argv[i] == "--seed":
            seed = int(argv[i + 1]); i += 1
        elif argv[i] == "--bin":
            binary = argv[i + 1]; i += 1
        else:
            n = int(argv[i])
        i += 1
    rnd = random.Random(seed)
    pool = seeds()
    crashdir = os.path.join(ROOT, "build", "fuzz-crashes")
    os.makedirs(crashdir, exist_ok=True)
    path = os.path.join(ROOT, "build", "fuzz-input.py")
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1:abort_on_error=0",
               UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1")
    crashes = 0
    for k in range(n):
        data = mutate(rnd.choice(pool), rnd)
        with open(path, "wb") as f:
            f.write(data)
        try:
            r = subprocess.run([binary, "-s", path], capture_output=True, timeout=20, env=env)
            bad = r.returncode not in (0, 1) or b"Sanitizer" in r.stderr or b"runtime error" in r.stderr
            why = r.stderr.decode("utf-8", "replace")[-2000:]
        except subprocess.TimeoutExpired:
            bad, why = True, "timeout"
        if bad:
            crashes += 1
            out = os.path.join(crashdir, "crash-%d-%d.py" % (seed, k))
            with open(out, "wb") as f:
                f.write(data)
            print("CRASH %s\n%s" % (out, why))
    print("fuzz: %d inputs, %d crashes" % (n, crashes))
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
