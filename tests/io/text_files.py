# Text files: write, read, lines, iteration, with-blocks, append, seek/tell, newlines.
import os

NAME = "_tmp_text_files.txt"

with open(NAME, "w") as f:
    print(type(f).__name__, f.name, f.mode, f.closed)
    print(f.write("hello\n"), f.write("wörld\n"), f.write("last line"))
    f.writelines(["\n", "a\n", "b\n"])
print(f.closed)

with open(NAME) as f:
    print(repr(f.read()))

with open(NAME, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline()), f.tell() if False else "")
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))

with open(NAME) as f:
    for i, line in enumerate(f):
        print(i, repr(line))

with open(NAME) as f:
    print(repr(f.read(3)), repr(f.read(4)), repr(f.readline(2)), repr(f.readline()))
    print(f.tell())
    f.seek(0)
    print(f.tell(), repr(f.readline()))
    f.seek(0, 2)
    print(repr(f.read()))

# append mode
with open(NAME, "a") as f:
    print(f.tell())
    f.write("\nappended")
with open(NAME) as f:
    print(f.read().splitlines())

# r+ and w+
with open(NAME, "w+") as f:
    f.write("abc\ndef\n")
    f.seek(0)
    print(repr(f.read()))
    f.write("ghi\n")
    f.seek(0)
    print(f.readlines())
with open(NAME, "r+") as f:
    print(repr(f.readline()))
    f.seek(0)
    f.write("XYZ")
with open(NAME) as f:
    print(repr(f.read()))

# newline translation
with open(NAME, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour\r\n")
with open(NAME) as f:
    print(f.readlines(), f.newlines)
with open(NAME, newline="") as f:
    print(f.readlines())
with open(NAME, newline="\n") as f:
    print(f.readlines())
with open(NAME) as f:
    print(repr(f.read(4)), repr(f.read(4)), repr(f.read(100)))
with open(NAME, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(NAME, "rb") as f:
    print(f.read())

# encodings
with open(NAME, "w", encoding="latin-1") as f:
    f.write("café\n")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, encoding="latin-1") as f:
    print(repr(f.read()), f.encoding)
with open(NAME, "w", encoding="ascii") as f:
    try:
        f.write("café")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)

# many lines, multi-byte characters across chunk boundaries
with open(NAME, "w") as f:
    for i in range(3000):
        f.write("ligne %d é€😀\n" % i)
with open(NAME) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], end="")
with open(NAME) as f:
    data = f.read()
print(len(data), data.count("😀"))
n = 0
with open(NAME) as f:
    while True:
        chunk = f.read(7)
        if not chunk:
            break
        n += len(chunk)
print(n)

# print to a file
with open(NAME, "w") as f:
    print("a", 1, 2.5, sep="-", file=f)
    print("second", file=f, end="!\n")
with open(NAME) as f:
    print(repr(f.read()))

# repr
f = open(NAME)
print(repr(f).replace(NAME, "NAME"))
f.close()
print(repr(f).replace(NAME, "NAME"))
print(f.closed)
f.close()

os.remove(NAME)
print(os.path.exists(NAME))
