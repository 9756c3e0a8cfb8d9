/* sys.c — the sys module, and the text streams behind sys.stdout/stderr/stdin. */
#include "containers.h"
#include "error.h"
#include "eval.h"
#include "gc.h"
#include "module.h"
#include "num.h"
#include "str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern Value sys_modules, sys_path;
static Value sys_module;

/* ---- text streams ---- */

typedef struct TextStream {
    Obj hdr;
    FILE *fp;
    const char *name;
    int fd;
    bool closed;
} TextStream;

Type type_text_stream;

static Value stream_new(FILE *fp, const char *name, int fd) {
    TextStream *s = gc_alloc(&type_text_stream, sizeof *s);
    if (!s) return NULLV;
    s->fp = fp;
    s->name = name;
    s->fd = fd;
    return v_obj(s);
}

#define TS(v) ((TextStream *)as_obj(v))

static Value stream_write(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("write", nargs, 1, 1)) return NULLV;
    if (!is_str(args[0]))
        return raise_fmt(&exc_TypeError, "write() argument must be str, not %s", type_name_of(args[0]));
    TextStream *s = TS(self);
    if (s->closed) return raise_msg(&exc_ValueError, "I/O operation on closed file.");
    Str *str = as_str(args[0]);
    if (str_has_surrogates(str)) {
        /* stdout is strict UTF-8 (this raises); stderr escapes them, as CPython's streams do */
        Value b = codec_encode(str, "utf-8", s->fp == stderr ? "backslashreplace" : "strict");
        if (is_null(b)) return NULLV;
        if (s->fp == stderr) fflush(stdout);
        fwrite(as_bytes(b)->data, 1, as_bytes(b)->len, s->fp);
        return v_int((int64_t)str->len);
    }
    if (s->fp == stderr) fflush(stdout);
    fwrite(str->data, 1, str->nbytes, s->fp);
    return v_int((int64_t)str->len);
}

static Value stream_flush(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    fflush(TS(self)->fp);
    return NONE;
}

static Value stream_readline(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    StrBuf b;
    strbuf_init(&b);
    fflush(stdout);
    int c;
    while ((c = fgetc(TS(self)->fp)) != EOF) {
        strbuf_addc(&b, (char)c);
        if (c == '\n') break;
    }
    Str *s = strbuf_finish(&b);
    return s ? v_str(s) : NULLV;
}

static Value stream_read(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    StrBuf b;
    strbuf_init(&b);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, TS(self)->fp)) > 0) strbuf_add(&b, buf, n);
    Str *s = strbuf_finish(&b);
    return s ? v_str(s) : NULLV;
}

static Value stream_readlines(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    List *l = list_with_capacity(0);
    if (!l) return NULLV;
    for (;;) {
        Value line = stream_readline(self, NULL, 0, NULL);
        if (is_null(line)) return NULLV;
        if (as_str(line)->nbytes == 0) break;
        if (!list_append(l, line)) return NULLV;
    }
    return v_obj(l);
}

static Value stream_fileno(Value self, Value *args, size_t nargs, Tuple *kwnames) { return v_int(TS(self)->fd); }
static Value stream_isatty(Value self, Value *args, size_t nargs, Tuple *kwnames) { return v_bool(isatty(TS(self)->fd)); }
static Value stream_true(Value self, Value *args, size_t nargs, Tuple *kwnames) { return TRUEV; }
static Value stream_close(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    fflush(TS(self)->fp);
    TS(self)->closed = true;
    return NONE;
}
static Value stream_iter(Value self) { return self; }
static Value stream_next(Value self) {
    Value line = stream_readline(self, NULL, 0, NULL);
    if (is_null(line) || as_str(line)->nbytes == 0) return NULLV;
    return line;
}

static const MethodDef stream_methods[] = {
    {"write", stream_write, 0, NULL},
    {"flush", stream_flush, 0, NULL},
    {"readline", stream_readline, 0, NULL},
    {"read", stream_read, 0, NULL},
    {"readlines", stream_readlines, 0, NULL},
    {"fileno", stream_fileno, 0, NULL},
    {"isatty", stream_isatty, 0, NULL},
    {"writable", stream_true, 0, NULL},
    {"readable", stream_true, 0, NULL},
    {"close", stream_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value stream_get_encoding(Value self) { return str_value_cstr("utf-8"); }
static Value stream_get_name(Value self) { return str_value_cstr(TS(self)->name); }
static Value stream_get_closed(Value self) { return v_bool(TS(self)->closed); }
static const GetSetDef stream_getsets[] = {
    {"encoding", stream_get_encoding, NULL},
    {"name", stream_get_name, NULL},
    {"closed", stream_get_closed, NULL},
    {NULL, NULL, NULL},
};

static Value stream_repr(Value self) {
    return v_str(str_fmt("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", TS(self)->name,
                         TS(self)->fd == 0 ? "r" : "w"));
}

Type type_text_stream = {
    .hdr = {.type = &type_type},
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(TextStream),
    .methods = stream_methods,
    .getsets = stream_getsets,
    .repr = stream_repr,
    .iter = stream_iter,
    .next = stream_next,
};

static Value sys_attr(const char *name) {
    if (is_null(sys_module)) return NONE;
    Value v = dict_get_cstr(module_dict(sys_module), name);
    if (is_null(v)) return raise_fmt(&exc_RuntimeError, "lost sys.%s", name);
    return v;
}
Value sys_get_stdout(void) { return sys_attr("stdout"); }
Value sys_get_stderr(void) { return sys_attr("stderr"); }
Value sys_get_stdin(void) { return sys_attr("stdin"); }

/* ---- functions ---- */

static Value sys_exit(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("exit", nargs, 0, 1)) return NULLV;
    Value e = exc_new(&exc_SystemExit, args, nargs);
    if (is_null(e)) return NULLV;
    return raise_value(e);
}

static Value sys_getrecursionlimit(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return v_int(tstate->recursion_limit);
}

static Value sys_setrecursionlimit(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("setrecursionlimit", nargs, 1, 1)) return NULLV;
    if (!is_int(args[0]))
        return raise_fmt(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(args[0]));
    int64_t n = as_int(args[0]);
    if (n < 1) return raise_msg(&exc_ValueError, "recursion limit must be greater or equal than 1");
    if (n <= tstate->py_depth)
        return raise_fmt(&exc_RecursionError,
                         "cannot set the recursion limit to %lld at the recursion depth %lld: the limit is too low",
                         (long long)n, (long long)tstate->py_depth);
    tstate->recursion_limit = n;
    return NONE;
}

static Value sys_getframe(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("_getframe", nargs, 0, 1)) return NULLV;
    int64_t depth = 0;
    if (nargs && !obj_as_int64(args[0], &depth)) return NULLV;
    Frame *f = tstate->frame;
    while (depth > 0 && f) { f = f->previous; depth--; }
    if (!f) return raise_msg(&exc_ValueError, "call stack is not deep enough");
    FrameObject *fo = frame_object_get(f);
    return fo ? v_obj(fo) : NULLV;
}

static Value sys_exc_info(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    Value e = tstate->handled;
    if (is_none(e) || is_null(e)) return v_obj(tuple_pack(3, NONE, NONE, NONE));
    return v_obj(tuple_pack(3, v_obj(type_of(e)), e, ((ExcObj *)as_obj(e))->traceback));
}

static Value sys_exception(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    Value e = tstate->handled;
    return is_null(e) ? NONE : e;
}

static Value sys_intern(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("intern", nargs, 1, 1)) return NULLV;
    if (!is_str(args[0]))
        return raise_fmt(&exc_TypeError, "intern() argument must be str, not %s", type_name_of(args[0]));
    Str *s = str_intern_str(as_str(args[0]));
    return s ? v_str(s) : NULLV;
}

static Value sys_settrace(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("settrace", nargs, 1, 1)) return NULLV;
    eval_set_trace(is_none(args[0]) ? NULLV : args[0], false);
    return NONE;
}

static Value sys_setprofile(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("setprofile", nargs, 1, 1)) return NULLV;
    eval_set_trace(is_none(args[0]) ? NULLV : args[0], true);
    return NONE;
}

static Value sys_gettrace(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return is_null(tstate->trace_func) ? NONE : tstate->trace_func;
}
static Value sys_getprofile(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return is_null(tstate->profile_func) ? NONE : tstate->profile_func;
}

static Value sys_getsizeof(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("getsizeof", nargs, 1, 2)) return NULLV;
    return v_int(is_obj(args[0]) ? (int64_t)type_of(args[0])->basicsize : 16);
}

static Value sys_getdefaultencoding(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    return str_value_cstr("utf-8");
}

static Value sys_excepthook(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("excepthook", nargs, 3, 3)) return NULLV;
    print_exception(args[1]);
    return NONE;
}

static const MethodDef sys_functions[] = {
    {"exit", sys_exit, 0, NULL},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"_getframe", sys_getframe, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"settrace", sys_settrace, 0, NULL},
    {"setprofile", sys_setprofile, 0, NULL},
    {"gettrace", sys_gettrace, 0, NULL},
    {"getprofile", sys_getprofile, 0, NULL},
    {"getsizeof", sys_getsizeof, 0, NULL},
    {"getdefaultencoding", sys_getdefaultencoding, 0, NULL},
    {"excepthook", sys_excepthook, 0, NULL},
    {"set_int_max_str_digits", int_set_max_str_digits, 0, NULL},
    {"get_int_max_str_digits", int_get_max_str_digits, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- version_info and implementation: small record types ---- */

typedef struct Record {
    Obj hdr;
    Dict *dict;
    Tuple *fields;      /* ordered field names, for repr */
    const char *typename;
} Record;

Type type_record;

static void record_trace(Obj *o) {
    gc_mark_obj(((Record *)o)->dict);
    gc_mark_obj(((Record *)o)->fields);
}

static Value record_repr(Value self) {
    Record *r = (Record *)as_obj(self);
    StrBuf b;
    strbuf_init(&b);
    strbuf_adds(&b, r->typename);
    strbuf_addc(&b, '(');
    for (size_t i = 0; i < r->fields->len; i++) {
        Value v = dict_get(r->dict, r->fields->items[i]);
        Value rep = obj_repr(v);
        if (is_null(rep)) { strbuf_free(&b); return NULLV; }
        if (i) strbuf_adds(&b, ", ");
        strbuf_addf(&b, "%s=%s", as_str(r->fields->items[i])->data, as_str(rep)->data);
    }
    strbuf_addc(&b, ')');
    Str *s = strbuf_finish(&b);
    return s ? v_str(s) : NULLV;
}

Type type_record = {
    .hdr = {.type = &type_type},
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(Record),
    .dictoffset = offsetof(Record, dict),
    .trace = record_trace,
    .repr = record_repr,
};

static Value record_new(const char *typename, const char *const *fields, const Value *values, size_t n) {
    Record *r = gc_alloc(&type_record, sizeof *r);
    if (!r) return NULLV;
    r->typename = typename;
    r->dict = dict_new();
    r->fields = tuple_new(n);
    if (!r->dict || !r->fields) return NULLV;
    for (size_t i = 0; i < n; i++) {
        Value k = str_value_cstr(fields[i]);
        if (is_null(k) || dict_set(r->dict, k, values[i]) < 0) return NULLV;
        r->fields->items[i] = k;
    }
    return v_obj(r);
}

/* version_info: a tuple subclass instance with named fields */
typedef struct VersionInfo {
    Tuple tuple;
} VersionInfo;

static Value vi_field(Value self, size_t i) { return as_tuple(self)->items[i]; }
static Value vi_major(Value s) { return vi_field(s, 0); }
static Value vi_minor(Value s) { return vi_field(s, 1); }
static Value vi_micro(Value s) { return vi_field(s, 2); }
static Value vi_level(Value s) { return vi_field(s, 3); }
static Value vi_serial(Value s) { return vi_field(s, 4); }
static const GetSetDef vi_getsets[] = {
    {"major", vi_major, NULL}, {"minor", vi_minor, NULL}, {"micro", vi_micro, NULL},
    {"releaselevel", vi_level, NULL}, {"serial", vi_serial, NULL}, {NULL, NULL, NULL},
};
static Value vi_repr(Value self) {
    Tuple *t = as_tuple(self);
    return v_str(str_fmt("sys.version_info(major=%R, minor=%R, micro=%R, releaselevel=%R, serial=%R)",
                         &t->items[0], &t->items[1], &t->items[2], &t->items[3], &t->items[4]));
}
Type type_version_info = {
    .hdr = {.type = &type_type},
    .name = "sys.version_info",
    .base = &type_tuple,
    .getsets = vi_getsets,
    .repr = vi_repr,
};

static Value make_version_info(void) {
    Tuple *t = tuple_new(5);
    if (!t) return NULLV;
    t->items[0] = v_int(3);
    t->items[1] = v_int(13);
    t->items[2] = v_int(0);
    t->items[3] = str_value_cstr("final");
    t->items[4] = v_int(0);
    t->hdr.type = &type_version_info;
    return v_obj(t);
}

bool sys_set_argv(int argc, char **argv) {
    List *l = list_with_capacity((size_t)argc);
    if (!l) return false;
    for (int i = 0; i < argc; i++)
        if (!list_append(l, str_value_cstr(argv[i]))) return false;
    return module_add_value(sys_module, "argv", v_obj(l)) &&
           module_add_value(sys_module, "orig_argv", v_obj(list_from(l->items, l->len)));
}

Value module_init_sys(void) {
    if (!is_null(sys_module)) return sys_module;
    gc_add_root(&sys_module);
    if (!type_ready(&type_text_stream) || !type_ready(&type_record) || !type_ready(&type_version_info))
        return NULLV;
    Value m = module_new("sys");
    if (is_null(m)) return NULLV;
    sys_module = m;
    if (!module_add_functions(m, sys_functions)) return NULLV;
    Value out = stream_new(stdout, "<stdout>", 1), err = stream_new(stderr, "<stderr>", 2),
          in = stream_new(stdin, "<stdin>", 0);
    static const char *const impl_fields[] = {"name", "cache_tag", "version", "hexversion", "_multiarch"};
    Value impl_values[5] = {str_value_cstr("minnow"), NONE, make_version_info(), v_int(0x030d00f0),
                            str_value_cstr("x86_64-linux-gnu")};
    Value impl = record_new("namespace", impl_fields, impl_values, 5);
    static const char *const flag_fields[] = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                              "no_user_site", "no_site", "ignore_environment", "verbose",
                                              "bytes_warning", "quiet", "hash_randomization", "isolated",
                                              "dev_mode", "utf8_mode", "safe_path", "int_max_str_digits"};
    Value flag_values[17];
    for (int i = 0; i < 17; i++) flag_values[i] = v_int(0);
    flag_values[16] = v_int(4300);
    Value flags = record_new("sys.flags", flag_fields, flag_values, 17);
    Tuple *builtin_names = tuple_new(0);
    if (!builtin_names || is_null(impl) || is_null(flags)) return NULLV;
    if (!module_add_value(m, "stdout", out) || !module_add_value(m, "stderr", err) ||
        !module_add_value(m, "stdin", in) || !module_add_value(m, "__stdout__", out) ||
        !module_add_value(m, "__stderr__", err) || !module_add_value(m, "__stdin__", in) ||
        !module_add_value(m, "modules", sys_modules) || !module_add_value(m, "path", sys_path) ||
        !module_add_value(m, "version_info", make_version_info()) ||
        !module_add_value(m, "version", str_value_cstr("3.13.0 (minnow)")) ||
        !module_add_value(m, "hexversion", v_int(0x030d00f0)) ||
        !module_add_value(m, "implementation", impl) || !module_add_value(m, "flags", flags) ||
        !module_add_value(m, "maxsize", v_int(INT64_MAX)) ||
        !module_add_value(m, "byteorder", str_value_cstr("little")) ||
        !module_add_value(m, "platform", str_value_cstr("linux")) ||
        !module_add_value(m, "executable", str_value_cstr("minnow")) ||
        !module_add_value(m, "builtin_module_names", v_obj(builtin_names)) ||
        !module_add_value(m, "dont_write_bytecode", TRUEV) ||
        !module_add_value(m, "argv", v_obj(list_with_capacity(0))))
        return NULLV;
    Value maxunicode = v_int(0x10FFFF);
    module_add_value(m, "maxunicode", maxunicode);
    return m;
}
