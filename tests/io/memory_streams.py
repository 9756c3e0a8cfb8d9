# io.StringIO and io.BytesIO.
import io
from io import StringIO, BytesIO

s = StringIO()
print(s.write("hello "), s.write("world\n"), s.write(""))
print("line two", 42, file=s)
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(4)), repr(s.read()), repr(s.read()))
s.seek(0)
print(list(s))
s.seek(0)
print(s.readlines())
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
s.write("!")
print(repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.closed)
s.close()
print(s.closed)
for op in ("getvalue", "read", "readline", "tell"):
    try:
        getattr(s, op)()
    except ValueError as e:
        print(op, "ValueError", e)

s = StringIO("a\nb\r\nc")
print(s.readlines(), s.tell())
s = StringIO("x\ny", newline=None)
print(repr(s.getvalue()))
s = StringIO("start")
print(repr(s.read(2)), s.tell())
s.write("XY")
print(repr(s.getvalue()))
s.seek(10)
s.write("Z")
print(repr(s.getvalue()))
try:
    StringIO().write(b"x")
except TypeError as e:
    print("TypeError", e)
try:
    StringIO(5)
except TypeError as e:
    print("TypeError", e)

with StringIO("ctx") as t:
    print(t.read())
print(t.closed)

many = StringIO()
for i in range(10000):
    many.write(str(i))
print(len(many.getvalue()))

b = BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"def\n")), b.write(b"ghi"))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(2), b.readline(), b.read(), b.read())
b.seek(1)
b.write(b"ZZ")
print(b.getvalue())
b.seek(-2, 2)
print(b.tell(), b.read())
b.seek(10)
b.write(b"!")
print(b.getvalue())
print(b.truncate(4), b.getvalue())
b = BytesIO(b"one\ntwo\nthree")
print(list(b))
b.seek(0)
print(b.readlines())
try:
    b.write("str")
except TypeError as e:
    print("TypeError", e)
b.close()
try:
    b.read()
except ValueError as e:
    print("ValueError", e)
with BytesIO(b"ctx") as c:
    print(c.read())
print(c.closed)

print(issubclass(StringIO, io.TextIOBase), issubclass(BytesIO, io.BufferedIOBase))
print(isinstance(StringIO(), io.IOBase))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(StringIO.__module__, BytesIO.__module__, io.TextIOWrapper)
