# Binary files: bytes and bytearray, lines, iteration, seek/tell, modes and reprs.
import os

NAME = "_tmp_binary_files.bin"

with open(NAME, "wb") as f:
    print(type(f).__name__, f.mode, f.name == NAME)
    print(f.write(b"abc\n"), f.write(bytearray(b"\x00\xff\n")), f.write(b"tail"))
    f.writelines([b"\n1", b"\n2\n"])
    print(f.tell())

with open(NAME, "rb") as f:
    print(type(f).__name__, f.mode)
    print(f.read())
    print(f.read(), f.tell())
    f.seek(0)
    print(f.read(2), f.read(2), f.readline(), f.readline(2), f.readline())
    f.seek(-3, 2)
    print(f.tell(), f.read())
    f.seek(1)
    f.seek(2, 1)
    print(f.tell(), f.read(1))
    f.seek(0)
    print(f.readlines())
    f.seek(0)
    print([line for line in f])
    print(f.readable(), f.writable(), f.seekable())

with open(NAME, "ab") as f:
    print(type(f).__name__, f.mode, f.tell())
    f.write(b"++")
with open(NAME, "r+b") as f:
    print(type(f).__name__, f.mode)
    f.seek(1)
    f.write(b"ZZ")
    f.seek(0)
    print(f.read())
    f.truncate(5)
    f.seek(0)
    print(f.read())
with open(NAME, "w+b") as f:
    f.write(b"fresh")
    f.seek(0)
    print(f.read())

f = open(NAME, "rb")
print(repr(f).replace(NAME, "NAME"))
print(repr(f.raw).replace(NAME, "NAME"))
print(f.fileno() > 2)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)

with open(NAME, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError", e)
    print(repr(f).replace(NAME, "NAME"))
with open(NAME, "rb", buffering=0) as f:
    print(type(f).__name__, f.read())

data = bytes(range(256)) * 100
with open(NAME, "wb") as f:
    f.write(data)
with open(NAME, "rb") as f:
    back = f.read()
print(len(back), back == data)

os.remove(NAME)
print(os.path.exists(NAME))
