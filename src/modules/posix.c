/* posix.c (module) — the thin layer of operating-system calls under lib/os.py.
 * Paths are str (or bytes); failures raise OSError(errno, strerror, path), which the
 * exception constructor turns into the subclass for that errno (FileNotFoundError...). */
#include "containers.h"
#include "error.h"
#include "gc.h"
#include "module.h"
#include "str.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

extern char **environ;

#define POSIX_FN(name) static Value name(Value self, Value *args, size_t nargs, Tuple *kwnames)

static Value raise_errno(int err, Value path) {
    Value a[3] = {v_int(err), str_value_cstr(strerror(err)), path};
    Value exc = obj_call(v_obj(&exc_OSError), a, is_null(path) ? 2 : 3, NULL);
    return is_null(exc) ? NULLV : raise_value(exc);
}

/* The C string of a path argument (str or bytes); NULL with TypeError otherwise. */
static const char *path_arg(const char *fname, Value v) {
    if (is_str(v)) {
        if (strlen(as_str(v)->data) != as_str(v)->nbytes) {
            raise_fmt(&exc_ValueError, "%s: embedded null character in path", fname);
            return NULL;
        }
        return as_str(v)->data;
    }
    if (is_bytes(v)) return as_bytes(v)->data;
    raise_fmt(&exc_TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fname, type_name_of(v));
    return NULL;
}

/* A file name from the system: str when it is valid UTF-8 (nearly always). */
static Value name_value(const char *s, bool as_bytes_result) {
    size_t n = strlen(s);
    if (as_bytes_result || !utf8_valid(s, n)) return bytes_new(s, n);
    Str *r = str_new(s, n);
    return r ? v_str(r) : NULLV;
}

POSIX_FN(px_getcwd) {
    if (!check_nargs("getcwd", nargs, 0, 0)) return NULLV;
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return raise_errno(errno, NULLV);
    return name_value(buf, false);
}

POSIX_FN(px_chdir) {
    if (!check_nargs("chdir", nargs, 1, 1)) return NULLV;
    const char *p = path_arg("chdir", args[0]);
    if (!p) return NULLV;
    if (chdir(p) != 0) return raise_errno(errno, args[0]);
    return NONE;
}

POSIX_FN(px_listdir) {
    if (!check_nargs("listdir", nargs, 0, 1)) return NULLV;
    Value path = nargs ? args[0] : NULLV;
    const char *p = is_null(path) || is_none(path) ? "." : path_arg("listdir", path);
    if (!p) return NULLV;
    DIR *d = opendir(p);
    if (!d) return raise_errno(errno, is_null(path) ? str_value_cstr(".") : path);
    List *l = list_with_capacity(0);
    struct dirent *e;
    while (l && (e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        Value name = name_value(e->d_name, !is_null(path) && is_bytes(path));
        if (is_null(name) || !list_append(l, name)) l = NULL;
    }
    closedir(d);
    return l ? v_obj(l) : NULLV;
}

/* stat results as a plain tuple; os.py wraps it in os.stat_result. */
static Value stat_tuple(struct stat *st) {
    Value f[10] = {
        v_int(st->st_mode), v_int((int64_t)st->st_ino), v_int((int64_t)st->st_dev),
        v_int((int64_t)st->st_nlink), v_int(st->st_uid), v_int(st->st_gid), v_int(st->st_size),
        v_float((double)st->st_atim.tv_sec + st->st_atim.tv_nsec * 1e-9),
        v_float((double)st->st_mtim.tv_sec + st->st_mtim.tv_nsec * 1e-9),
        v_float((double)st->st_ctim.tv_sec + st->st_ctim.tv_nsec * 1e-9),
    };
    Tuple *t = tuple_from(f, 10);
    return t ? v_obj(t) : NULLV;
}

static Value do_stat(const char *fname, Value *args, size_t nargs, bool follow) {
    if (!check_nargs(fname, nargs, 1, 1)) return NULLV;
    struct stat st;
    int r;
    if (is_int(args[0])) r = fstat((int)as_int(args[0]), &st);
    else {
        const char *p = path_arg(fname, args[0]);
        if (!p) return NULLV;
        r = follow ? stat(p, &st) : lstat(p, &st);
    }
    if (r != 0) return raise_errno(errno, args[0]);
    return stat_tuple(&st);
}
POSIX_FN(px_stat) { return do_stat("stat", args, nargs, true); }
POSIX_FN(px_lstat) { return do_stat("lstat", args, nargs, false); }

POSIX_FN(px_mkdir) {
    if (!check_nargs("mkdir", nargs, 1, 2)) return NULLV;
    const char *p = path_arg("mkdir", args[0]);
    int64_t mode = 0777;
    if (!p || (nargs > 1 && !obj_as_int64(args[1], &mode))) return NULLV;
    if (mkdir(p, (mode_t)mode) != 0) return raise_errno(errno, args[0]);
    return NONE;
}

/* rmdir, unlink: one path, one call */
static Value path_call(const char *fname, int (*fn)(const char *), Value *args, size_t nargs) {
    if (!check_nargs(fname, nargs, 1, 1)) return NULLV;
    const char *p = path_arg(fname, args[0]);
    if (!p) return NULLV;
    if (fn(p) != 0) return raise_errno(errno, args[0]);
    return NONE;
}
POSIX_FN(px_rmdir) { return path_call("rmdir", rmdir, args, nargs); }
POSIX_FN(px_unlink) { return path_call("unlink", unlink, args, nargs); }

POSIX_FN(px_rename) {
    if (!check_nargs("rename", nargs, 2, 2)) return NULLV;
    const char *a = path_arg("rename", args[0]), *b = a ? path_arg("rename", args[1]) : NULL;
    if (!b) return NULLV;
    if (rename(a, b) != 0) {
        int err = errno;
        Value x[5] = {v_int(err), str_value_cstr(strerror(err)), args[0], NONE, args[1]};
        Value exc = obj_call(v_obj(&exc_OSError), x, 5, NULL);
        return is_null(exc) ? NULLV : raise_value(exc);
    }
    return NONE;
}

POSIX_FN(px_access) {
    if (!check_nargs("access", nargs, 2, 2)) return NULLV;
    const char *p = path_arg("access", args[0]);
    int64_t mode;
    if (!p || !obj_as_int64(args[1], &mode)) return NULLV;
    return v_bool(access(p, (int)mode) == 0);
}

POSIX_FN(px_getpid) { return check_nargs("getpid", nargs, 0, 0) ? v_int(getpid()) : NULLV; }
POSIX_FN(px_getppid) { return check_nargs("getppid", nargs, 0, 0) ? v_int(getppid()) : NULLV; }
POSIX_FN(px_getuid) { return check_nargs("getuid", nargs, 0, 0) ? v_int(getuid()) : NULLV; }

POSIX_FN(px_cpu_count) {
    if (!check_nargs("cpu_count", nargs, 0, 0)) return NULLV;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? v_int(n) : NONE;
}

POSIX_FN(px_strerror) {
    int64_t code;
    if (!check_nargs("strerror", nargs, 1, 1) || !obj_as_int64(args[0], &code)) return NULLV;
    return str_value_cstr(strerror((int)code));
}

POSIX_FN(px_urandom) {
    int64_t n;
    if (!check_nargs("urandom", nargs, 1, 1) || !obj_as_int64(args[0], &n)) return NULLV;
    if (n < 0) return raise_msg(&exc_ValueError, "negative argument not allowed");
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf) return raise_no_memory();
    int fd = open("/dev/urandom", O_RDONLY);
    ssize_t got = 0;
    while (fd >= 0 && got < n) {
        ssize_t r = read(fd, buf + got, (size_t)(n - got));
        if (r <= 0) break;
        got += r;
    }
    int err = errno;
    if (fd >= 0) close(fd);
    Value r = got == n ? bytes_new(buf, (size_t)n) : raise_errno(err ? err : EIO, NULLV);
    free(buf);
    return r;
}

/* The environment at the time of the call, as a dict of str (os.environ copies it). */
POSIX_FN(px_environ) {
    if (!check_nargs("_environ", nargs, 0, 0)) return NULLV;
    Dict *d = dict_new();
    for (char **e = environ; d && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        size_t kn = (size_t)(eq - *e), vn = strlen(eq + 1);
        if (!utf8_valid(*e, kn) || !utf8_valid(eq + 1, vn)) continue;
        Str *k = str_new(*e, kn), *v = str_new(eq + 1, vn);
        if (!k || !v || dict_set(d, v_str(k), v_str(v)) < 0) d = NULL;
    }
    return d ? v_obj(d) : NULLV;
}

static bool env_arg(Value v, const char **out) {
    if (!is_str(v)) {
        raise_fmt(&exc_TypeError, "str expected, not %s", type_name_of(v));
        return false;
    }
    if (strlen(as_str(v)->data) != as_str(v)->nbytes) {
        raise_msg(&exc_ValueError, "embedded null byte");
        return false;
    }
    *out = as_str(v)->data;
    return true;
}

POSIX_FN(px_putenv) {
    const char *k, *v;
    if (!check_nargs("putenv", nargs, 2, 2) || !env_arg(args[0], &k) || !env_arg(args[1], &v)) return NULLV;
    if (!*k || strchr(k, '=')) return raise_msg(&exc_ValueError, "illegal environment variable name");
    if (setenv(k, v, 1) != 0) return raise_errno(errno, NULLV);
    return NONE;
}

POSIX_FN(px_unsetenv) {
    const char *k;
    if (!check_nargs("unsetenv", nargs, 1, 1) || !env_arg(args[0], &k)) return NULLV;
    if (!*k || strchr(k, '=')) return raise_msg(&exc_ValueError, "illegal environment variable name");
    if (unsetenv(k) != 0) return raise_errno(errno, NULLV);
    return NONE;
}

/* ---- file descriptors ---- */

POSIX_FN(px_open) {
    static const char *const kw[] = {"path", "flags", "mode"};
    static const ArgSpec spec = {"open", kw, 3, 0, 2, 3};
    Value a[3];
    if (!bind_args(&spec, args, nargs, kwnames, a)) return NULLV;
    const char *p = path_arg("open", a[0]);
    int64_t flags, mode = 0777;
    if (!p || !obj_as_int64(a[1], &flags) || (!is_null(a[2]) && !obj_as_int64(a[2], &mode))) return NULLV;
    int fd = open(p, (int)flags | O_CLOEXEC, (mode_t)mode);
    if (fd < 0) return raise_errno(errno, a[0]);
    return v_int(fd);
}

static bool fd_arg(Value v, int *fd) {
    int64_t n;
    if (!obj_as_int64(v, &n)) return false;
    *fd = (int)n;
    return true;
}

POSIX_FN(px_close) {
    int fd;
    if (!check_nargs("close", nargs, 1, 1) || !fd_arg(args[0], &fd)) return NULLV;
    if (close(fd) != 0) return raise_errno(errno, NULLV);
    return NONE;
}

POSIX_FN(px_read) {
    int fd;
    int64_t n;
    if (!check_nargs("read", nargs, 2, 2) || !fd_arg(args[0], &fd) || !obj_as_int64(args[1], &n)) return NULLV;
    if (n < 0) return raise_msg(&exc_ValueError, "negative argument not allowed");
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf) return raise_no_memory();
    ssize_t r;
    do r = read(fd, buf, (size_t)n); while (r < 0 && errno == EINTR);
    Value out = r < 0 ? raise_errno(errno, NULLV) : bytes_new(buf, (size_t)r);
    free(buf);
    return out;
}

POSIX_FN(px_write) {
    int fd;
    if (!check_nargs("write", nargs, 2, 2) || !fd_arg(args[0], &fd)) return NULLV;
    const char *data;
    size_t len;
    if (is_bytes(args[1])) { data = as_bytes(args[1])->data; len = as_bytes(args[1])->len; }
    else if (is_type(args[1], &type_bytearray)) {
        data = ((ByteArray *)as_obj(args[1]))->data;
        len = ((ByteArray *)as_obj(args[1]))->len;
    } else return raise_fmt(&exc_TypeError, "a bytes-like object is required, not '%s'", type_name_of(args[1]));
    ssize_t r;
    do r = write(fd, data, len); while (r < 0 && errno == EINTR);
    if (r < 0) return raise_errno(errno, NULLV);
    return v_int(r);
}

POSIX_FN(px_isatty) {
    int fd;
    if (!check_nargs("isatty", nargs, 1, 1) || !fd_arg(args[0], &fd)) return NULLV;
    return v_bool(isatty(fd));
}

static const MethodDef posix_functions[] = {
    {"getcwd", px_getcwd, 0, "Return a unicode string representing the current working directory."},
    {"chdir", px_chdir, 0, "Change the current working directory to the specified path."},
    {"listdir", px_listdir, 0, "Return a list containing the names of the files in the directory."},
    {"stat", px_stat, 0, NULL},
    {"lstat", px_lstat, 0, NULL},
    {"mkdir", px_mkdir, 0, "Create a directory."},
    {"rmdir", px_rmdir, 0, "Remove a directory."},
    {"unlink", px_unlink, 0, "Remove a file (same as remove())."},
    {"remove", px_unlink, 0, "Remove a file (same as unlink())."},
    {"rename", px_rename, 0, "Rename a file or directory."},
    {"access", px_access, 0, NULL},
    {"getpid", px_getpid, 0, "Return the current process id."},
    {"getppid", px_getppid, 0, "Return the parent's process id."},
    {"getuid", px_getuid, 0, "Return the current process's user id."},
    {"strerror", px_strerror, 0, "Translate an error code to a message string."},
    {"cpu_count", px_cpu_count, 0, "Return the number of logical CPUs in the system."},
    {"urandom", px_urandom, 0, "Return a bytes object containing random bytes suitable for cryptographic use."},
    {"_environ", px_environ, 0, NULL},
    {"putenv", px_putenv, 0, "Change or add an environment variable."},
    {"unsetenv", px_unsetenv, 0, "Delete an environment variable."},
    {"open", px_open, 0, "Open a file for low level IO.  Returns a file descriptor (integer)."},
    {"close", px_close, 0, "Close a file descriptor."},
    {"read", px_read, 0, "Read from a file descriptor.  Returns a bytes object."},
    {"write", px_write, 0, "Write a bytes object to a file descriptor."},
    {"isatty", px_isatty, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value module_init_posix(void) {
    Value m = module_new("posix");
    if (is_null(m) || !module_add_functions(m, posix_functions)) return NULLV;
    static const struct { const char *name; int64_t v; } ints[] = {
        {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_APPEND", O_APPEND},
        {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC},
        {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
    };
    for (size_t i = 0; i < sizeof ints / sizeof *ints; i++)
        if (!module_add_int(m, ints[i].name, ints[i].v)) return NULLV;
    return m;
}
