# TextIOWrapper over BytesIO, write after read, file descriptors, PathLike, keywords.
import io
import os

NAME = "_tmp_io_misc.txt"

t = io.TextIOWrapper(io.BytesIO("a\r\nb\nc€".encode()))
print(t, t.readlines(), t.encoding)
t = io.TextIOWrapper(io.BytesIO(b"x\ny"), encoding="ascii", newline="")
print(t.readline(), t.read(), t.encoding)
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
print(t.write("hi\n"))
t.flush()
print(t.buffer.getvalue())

with open(file=NAME, mode="w", encoding="utf-8") as f:
    f.write("abc\ndef\nghi\n")
f = open(NAME, "r+")
print(repr(f.readline()), f.tell())
f.write("X")
print(f.tell())
f.close()
with open(NAME) as f:
    print(repr(f.read()))

class P:
    def __fspath__(self):
        return NAME

with open(P()) as f:
    print(f.readline(), end="")

fd = os.open(NAME, os.O_RDONLY)
with open(fd, closefd=False) as f:
    print(f.name == fd, repr(f.readline()))
os.close(fd)

with open(NAME, "rb") as f:
    print(f.peek(3)[:3], f.read(3), f.read1(2))

with open(NAME, "w") as f:
    print("flushed", file=f, flush=True)
    with open(NAME) as g:
        print(repr(g.read()))

with open(NAME, "a+") as f:
    f.write("more\n")
    f.seek(0)
    print(f.readlines())

with open(NAME, "x" if not os.path.exists(NAME) else "w") as f:
    pass
os.remove(NAME)
with open(NAME, "x") as f:
    print(f.mode, f.writable(), f.readable())
os.remove(NAME)

lines = [line.rstrip("\n") for line in io.StringIO("p\nq\nr")]
print(lines)
print(io.open is open, open.__name__)

def opener(path, flags):
    print("opening", path, flags & os.O_CREAT != 0)
    return os.open(path, flags, 0o644)
with open(NAME, "w", opener=opener) as f:
    f.write("via opener\n")
    print(f)
with open(NAME, opener=opener) as f:
    print(f.read(), f.name)
os.remove(NAME)
