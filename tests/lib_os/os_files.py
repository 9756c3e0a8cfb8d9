import os

base = "_tmp_os_files_dir"
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
os.mkdir(base)
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename)
os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "a"))
except FileExistsError as e:
    print("FileExistsError", e.filename)
fd = os.open(os.path.join(base, "a", "f.txt"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"hello world\n"), os.write(fd, "second line\n".encode()))
os.close(fd)
fd = os.open(os.path.join(base, "a", "f.txt"), os.O_RDONLY)
data = b""
while True:
    chunk = os.read(fd, 5)
    if not chunk:
        break
    data += chunk
os.close(fd)
print(data.decode().splitlines())
st = os.stat(os.path.join(base, "a", "f.txt"))
print(st.st_size, st[6], len(st), type(st).__name__, st.st_mode & 0o777, isinstance(st.st_mtime, float))
print(os.path.getsize(os.path.join(base, "a", "f.txt")))
os.rename(os.path.join(base, "a", "f.txt"), os.path.join(base, "g.txt"))
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
for root, dirs, files in os.walk(base):
    print(root, sorted(dirs), sorted(files))
print(os.access(os.path.join(base, "g.txt"), os.R_OK), os.access(os.path.join(base, "zz"), os.F_OK))
os.remove(os.path.join(base, "g.txt"))
os.removedirs(os.path.join(base, "a", "b", "c"))
print(os.path.exists(base))
os.mkdir(base)
os.mkdir(os.path.join(base, "sub"))
fd = os.open(os.path.join(base, "f.txt"), os.O_WRONLY | os.O_CREAT, 0o644)
os.write(fd, b"abc")
os.close(fd)
with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else None) for e in entries])
print(entries[0].path == os.path.join(base, entries[0].name), repr(entries[0]), os.fspath(entries[1]) == entries[1].path)
os.remove(os.path.join(base, "f.txt"))
os.rmdir(os.path.join(base, "sub"))
os.rmdir(base)
print(isinstance(os.cpu_count(), int), os.path.exists(base))
