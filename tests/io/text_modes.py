# Text reading in detail: newline modes, sizes, multi-byte characters, tell/seek, encodings.
import os

NAME = "_tmp_io_text_modes.txt"
RAW = "a€b\r\nc😀d\re\n\nf\r\r\ng\rh"

def write_bytes(b):
    with open(NAME, "wb") as f:
        f.write(b)

write_bytes(RAW.encode())
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(NAME, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(NAME, newline=nl) as f:
        print(repr(nl), repr(f.read()))
    with open(NAME, newline=nl) as f:
        parts = []
        while True:
            p = f.read(2)
            if not p:
                break
            parts.append(p)
        print(repr(nl), parts)
    with open(NAME, newline=nl) as f:
        print(repr(nl), [f.readline(3) for _ in range(8)])

with open(NAME) as f:
    print(f.newlines)
    f.read()
    print(f.newlines)

with open(NAME) as f:
    out = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        out.append((pos, line))
    print([line for pos, line in out])
    f.seek(out[2][0])
    print(repr(f.readline()), repr(f.read(3)))

with open(NAME, "w", newline="\r") as f:
    f.write("x\ny\n")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, newline="\r") as f:
    print(f.readlines())

for enc in ("latin-1", "ascii", "utf-16", "utf-32", "UTF8"):
    with open(NAME, "w", encoding=enc) as f:
        f.write("l1\nl2 é\r\nl3" if enc != "ascii" else "l1\nl2\r\nl3")
    with open(NAME, encoding=enc) as f:
        print(enc, f.readlines())
    with open(NAME, encoding=enc) as f:
        print(enc, repr(f.read(4)), repr(f.readline()), repr(f.read()))

write_bytes(b"ok\n\xff\xfe bad\n")
with open(NAME) as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e.reason)
with open(NAME, errors="replace") as f:
    print(f.readlines())
with open(NAME, errors="ignore") as f:
    print(f.read())

with open(NAME, "w") as f:
    f.write("0123456789\nabcdef\n")
with open(NAME, "r+") as f:
    print(f.read(3), f.tell())
    f.seek(0, 2)
    f.write("end\n")
    f.seek(0)
    print(f.readlines())

os.remove(NAME)
