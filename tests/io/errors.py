# open() errors: OSError subclasses with errno/strerror/filename, bad modes and arguments.
import io
import os

DIR = "_tmp_io_errors_dir"
NAME = DIR + "/f.txt"
os.mkdir(DIR)

def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(type(e).__name__, str(e).replace(DIR, "DIR"))
        if isinstance(e, OSError) and e.errno:
            print("  ", e.errno, e.strerror, e.filename.replace(DIR, "DIR"))
        return None
    return r

attempt(open, DIR + "/missing.txt")
attempt(open, DIR + "/missing.txt", "rb")
attempt(open, DIR + "/no/such/dir.txt", "w")
attempt(open, DIR)
attempt(open, DIR, "w")
with open(NAME, "w") as f:
    f.write("x")
attempt(open, NAME, "x")

for mode in ["q", "rw", "rr", "rt b", "tb", "+", "b", "", "wa", "r++", "xa"]:
    attempt(open, NAME, mode)
attempt(open, NAME, "rb", encoding="utf-8")
attempt(open, NAME, "rb", errors="strict")
attempt(open, NAME, "rb", newline="")
attempt(open, NAME, newline="x")
attempt(open, NAME, "r", buffering=0)
attempt(open, 3.5)
attempt(open, NAME, 5)
attempt(open, NAME, encoding="no-such-codec")

with open(NAME, "w") as f:
    attempt(f.read)
    attempt(f.readline)
    attempt(f.write, b"bytes")
    print(isinstance(attempt(f.write, "ok"), int))
with open(NAME) as f:
    attempt(f.write, "x")
with open(NAME, "rb") as f:
    attempt(f.write, b"x")
with open(NAME, "wb") as f:
    attempt(f.read)

f = open(NAME)
f.close()
for op in ("read", "readline", "readlines", "tell", "flush", "__iter__", "__enter__"):
    attempt(getattr(f, op))
attempt(f.write, "x")
attempt(next, f)

try:
    open(DIR + "/missing.txt")
except OSError as e:
    print(type(e).__mro__[:3], e.args)
try:
    open(DIR + "/missing.txt")
except FileNotFoundError:
    print("caught FileNotFoundError")
try:
    f.read()
except io.UnsupportedOperation:
    print("wrong")
except ValueError:
    print("ValueError for closed file")
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    open(NAME, "w").read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)

e = OSError(2, "No such file or directory")
print(type(e).__name__, e, e.errno, e.strerror, e.filename)
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e)

os.remove(NAME)
os.rmdir(DIR)
print(os.path.exists(DIR))
