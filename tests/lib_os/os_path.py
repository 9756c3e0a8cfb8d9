import os
import os.path
from os.path import join, basename, dirname, splitext, split, normpath, isabs

print(os.path is os.path, os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep, os.extsep)
for parts in [("a", "b"), ("a/", "b"), ("/a", "/b", "c"), ("", "x"), ("a", ""), ("a", "b", "")]:
    print(parts, repr(join(*parts)))
for p in ["", "a", "/", "/a", "a/b", "a/b/", "/a/b.txt", "//a//b", "a.b.c", ".bashrc", "..x", "a/.hidden",
          "dir.d/file", "x/y.", "...", "/usr/lib/"]:
    print(repr(p), split(p), repr(basename(p)), repr(dirname(p)), splitext(p), isabs(p))
for p in ["", ".", "a/./b", "a/../b", "../a", "/../a", "a//b///c", "/a/b/../../..", "a/b/../..",
          "//a", "///a", "./", "a/b/./../c/"]:
    print(repr(p), repr(normpath(p)))
print(os.path.splitroot("//a/b"), os.path.splitroot("/a"), os.path.splitroot("a"), os.path.splitdrive("/x"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), repr(os.path.commonprefix([])))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b", "a/c"]))
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError", e)
print(join(b"a", b"b"), splitext(b"x.py"), basename(b"/q/r"))
try:
    join("a", b"b")
except TypeError as e:
    print("TypeError", e)
try:
    join("a", 3)
except TypeError as e:
    print("TypeError", e)
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/a/b", "/a/b"))
print(os.path.abspath("/x/../y"), os.path.abspath("q") == join(os.getcwd(), "q"))
print(os.path.exists("."), os.path.exists("no_such_file_here"), os.path.isdir("."), os.path.isfile("os_path.py"),
      os.path.isfile("."), os.path.islink("."), os.path.exists(""))
print(os.path.getsize("os_path.py") > 100)
print(os.path.basename(__file__), os.path.splitext(os.path.basename(__file__)))


class P:
    def __fspath__(self):
        return "some/where.txt"


print(os.fspath(P()), os.path.basename(P()), os.path.splitext(P()), isinstance(P(), os.PathLike),
      issubclass(str, os.PathLike))
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError", e)
print(os.path.expanduser("~") == os.environ["HOME"], os.path.expanduser("x~"), os.path.expanduser("~nouser_x/y"))
os.environ["MINNOW_T"] = "val"
print(os.path.expandvars("$MINNOW_T/${MINNOW_T}/$NOPE_NOT_SET/$"), os.path.normcase("AbC"))
