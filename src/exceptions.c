/* exceptions.c — the built-in exception types (one Type per EXCEPTION_TYPES row). */
#include "containers.h"
#include "error.h"
#include "func.h"
#include "gc.h"
#include "str.h"

#include <errno.h>
#include <stddef.h>
#include <string.h>

/* Per-type extra fields live in ExcObj.extra[]. */
enum { SYSEXIT_CODE = 0, STOPITER_VALUE = 0 };
enum { SYNTAX_MSG, SYNTAX_FILENAME, SYNTAX_LINENO, SYNTAX_OFFSET };  /* more in a dict */
enum { OS_ERRNO, OS_STRERROR, OS_FILENAME, OS_FILENAME2 };

static ExcObj *as_exc(Value v) { return (ExcObj *)as_obj(v); }

static void exc_trace(Obj *o) {
    ExcObj *e = (ExcObj *)o;
    gc_mark_obj(e->dict);
    gc_mark_obj(e->args);
    gc_mark_value(e->traceback);
    gc_mark_value(e->cause);
    gc_mark_value(e->context);
    gc_mark_value(e->notes);
    gc_mark_values(e->extra, 4);
}

static bool exc_set_args(ExcObj *e, Value *args, size_t nargs) {
    Tuple *t = tuple_from(args, nargs);
    if (!t) return false;
    e->args = t;
    Type *type = e->hdr.type;
    if (type_is_subtype(type, &exc_SystemExit))
        e->extra[SYSEXIT_CODE] = nargs == 0 ? NONE : nargs == 1 ? args[0] : v_obj(t);
    else if (type_is_subtype(type, &exc_StopIteration))
        e->extra[STOPITER_VALUE] = nargs ? args[0] : NONE;
    else if (type_is_subtype(type, &exc_SyntaxError)) {
        e->extra[0] = nargs >= 1 ? args[0] : NONE;           /* msg */
        for (int i = 1; i < 4; i++) e->extra[i] = NONE;
        if (!e->dict && !(e->dict = dict_new())) return false;
        static const char *const detail[] = {"filename", "lineno", "offset", "text",
                                             "end_lineno", "end_offset"};
        Tuple *info = nargs >= 2 && is_tuple(args[1]) ? as_tuple(args[1]) : NULL;
        for (int i = 0; i < 6; i++) {
            Value v = info && (size_t)i < info->len ? info->items[i] : NONE;
            if (dict_set_cstr(e->dict, detail[i], v) < 0) return false;
        }
        if (dict_set_cstr(e->dict, "msg", e->extra[0]) < 0) return false;
        if (dict_set_cstr(e->dict, "print_file_and_line", NONE) < 0) return false;
    } else if (type_is_subtype(type, &exc_OSError)) {
        /* OSError(errno, strerror[, filename[, winerror[, filename2]]]) */
        for (int i = 0; i < 4; i++) e->extra[i] = NONE;
        if (nargs >= 2 && nargs <= 5) {
            e->extra[OS_ERRNO] = args[0];
            e->extra[OS_STRERROR] = args[1];
            if (nargs >= 3) e->extra[OS_FILENAME] = args[2];
            if (nargs == 5) e->extra[OS_FILENAME2] = args[4];
            if (nargs >= 3 && !is_none(args[2]) && !(e->args = tuple_from(args, 2))) return false;
        }
    }
    return true;
}

/* OSError(errno, ...) builds the subclass that names that errno, as CPython does. */
static Type *oserror_subclass(Value errnum) {
    if (!is_int(errnum)) return &exc_OSError;
    switch (as_int(errnum)) {
    case EAGAIN: case EALREADY: case EINPROGRESS:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
        return &exc_BlockingIOError;
    case ECHILD: return &exc_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &exc_BrokenPipeError;
    case ECONNABORTED: return &exc_ConnectionAbortedError;
    case ECONNREFUSED: return &exc_ConnectionRefusedError;
    case ECONNRESET: return &exc_ConnectionResetError;
    case EEXIST: return &exc_FileExistsError;
    case ENOENT: return &exc_FileNotFoundError;
    case EISDIR: return &exc_IsADirectoryError;
    case ENOTDIR: return &exc_NotADirectoryError;
    case EINTR: return &exc_InterruptedError;
    case EACCES: case EPERM: return &exc_PermissionError;
    case ESRCH: return &exc_ProcessLookupError;
    case ETIMEDOUT: return &exc_TimeoutError;
    default: return &exc_OSError;
    }
}

Value exc_new(Type *type, Value *args, size_t nargs) {
    ExcObj *e = gc_alloc(type, type->basicsize ? type->basicsize : sizeof(ExcObj));
    if (!e) return NULLV;
    e->traceback = NONE;
    e->cause = NONE;
    e->context = NONE;
    for (int i = 0; i < 4; i++) e->extra[i] = NONE;
    if (!exc_set_args(e, args, nargs)) return NULLV;
    return v_obj(e);
}

static Value exc_tp_new(Type *type, Value *args, size_t nargs, Tuple *kwnames) {
    if (type == &exc_OSError && nargs >= 2 && nargs <= 5) type = oserror_subclass(args[0]);
    return exc_new(type, args, nargs);
}

static Value exc_tp_init(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len && !type_is_subtype(type_of(self), &exc_BaseException))
        return NULLV;
    if (!exc_set_args(as_exc(self), args, nargs)) return NULLV;
    return NONE;
}

static Value exc_str(Value self) {
    ExcObj *e = as_exc(self);
    Tuple *a = e->args;
    if (type_is_subtype(e->hdr.type, &exc_KeyError) && a && a->len == 1) return obj_repr(a->items[0]);
    if (type_is_subtype(e->hdr.type, &exc_SyntaxError)) {
        Value msg = dict_get_cstr(e->dict, "msg");
        Value lineno = dict_get_cstr(e->dict, "lineno");
        Value filename = dict_get_cstr(e->dict, "filename");
        if (!is_null(msg) && !is_null(lineno) && is_int(lineno)) {
            if (is_str(filename)) {
                const char *fn = as_str(filename)->data, *slash = strrchr(fn, '/');
                return v_str(str_fmt("%S (%s, line %lld)", &msg, slash ? slash + 1 : fn,
                                     (long long)as_int(lineno)));
            }
            return v_str(str_fmt("%S (line %lld)", &msg, (long long)as_int(lineno)));
        }
        if (!is_null(msg)) return obj_str(msg);
    }
    if (type_is_subtype(e->hdr.type, &exc_OSError)) {
        Value *x = e->extra;
        if (!is_none(x[OS_FILENAME]) && !is_none(x[OS_FILENAME2]))
            return v_str(str_fmt("[Errno %S] %S: %R -> %R", &x[OS_ERRNO], &x[OS_STRERROR],
                                 &x[OS_FILENAME], &x[OS_FILENAME2]));
        if (!is_none(x[OS_FILENAME]))
            return v_str(str_fmt("[Errno %S] %S: %R", &x[OS_ERRNO], &x[OS_STRERROR], &x[OS_FILENAME]));
        if (!is_none(x[OS_ERRNO]) && !is_none(x[OS_STRERROR]))
            return v_str(str_fmt("[Errno %S] %S", &x[OS_ERRNO], &x[OS_STRERROR]));
    }
    if (!a || a->len == 0) return v_str(str_empty());
    if (a->len == 1) return obj_str(a->items[0]);
    return obj_str(v_obj(a));
}

static Value exc_repr(Value self) {
    ExcObj *e = as_exc(self);
    const char *name = e->hdr.type->name;
    Tuple *a = e->args;
    if (!a || a->len == 0) return v_str(str_fmt("%s()", name));
    if (a->len == 1) return v_str(str_fmt("%s(%R)", name, &a->items[0]));
    Value t = v_obj(a);
    return v_str(str_fmt("%s%R", name, &t));
}

/* ---- attributes ---- */

static Value get_args(Value self) { return v_obj(as_exc(self)->args); }
static int set_args(Value self, Value v) {
    if (is_null(v)) { raise_msg(&exc_TypeError, "args may not be deleted"); return -1; }
    Tuple *t = seq_to_tuple(v);
    if (!t) return -1;
    as_exc(self)->args = t;
    return 0;
}
static Value get_traceback(Value self) { return as_exc(self)->traceback; }
static int set_traceback(Value self, Value v) {
    if (is_null(v)) { raise_msg(&exc_TypeError, "__traceback__ may not be deleted"); return -1; }
    if (!is_none(v) && !is_type(v, &type_traceback)) {
        raise_msg(&exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    as_exc(self)->traceback = v;
    return 0;
}
static Value get_cause(Value self) { return as_exc(self)->cause; }
static int set_cause(Value self, Value v) {
    if (is_null(v)) { raise_msg(&exc_TypeError, "__cause__ may not be deleted"); return -1; }
    if (!is_none(v) && !is_instance(v, &exc_BaseException)) {
        raise_msg(&exc_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    as_exc(self)->cause = v;
    as_exc(self)->suppress_context = true;
    return 0;
}
static Value get_context(Value self) { return as_exc(self)->context; }
static int set_context(Value self, Value v) {
    if (is_null(v)) { raise_msg(&exc_TypeError, "__context__ may not be deleted"); return -1; }
    if (!is_none(v) && !is_instance(v, &exc_BaseException)) {
        raise_msg(&exc_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    as_exc(self)->context = v;
    return 0;
}
static Value get_suppress(Value self) { return v_bool(as_exc(self)->suppress_context); }
static int set_suppress(Value self, Value v) {
    int t = obj_truthy(v);
    if (t < 0) return -1;
    as_exc(self)->suppress_context = t;
    return 0;
}

static const GetSetDef base_getsets[] = {
    {"args", get_args, set_args},
    {"__traceback__", get_traceback, set_traceback},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress, set_suppress},
    {NULL, NULL, NULL},
};

static Value with_traceback(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("with_traceback", nargs, 1, 1) || set_traceback(self, args[0]) < 0) return NULLV;
    return self;
}

static Value add_note(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_nargs("add_note", nargs, 1, 1)) return NULLV;
    if (!is_str(args[0]))
        return raise_fmt(&exc_TypeError, "note must be a str, not '%s'", type_name_of(args[0]));
    ExcObj *e = as_exc(self);
    if (!e->dict && !(e->dict = dict_new())) return NULLV;
    Value notes = dict_get_str(e->dict, names.__notes__);
    if (is_null(notes)) {
        List *l = list_with_capacity(1);
        if (!l || dict_set_str(e->dict, names.__notes__, v_obj(l)) < 0) return NULLV;
        notes = v_obj(l);
    }
    if (!is_list(notes)) return raise_msg(&exc_TypeError, "Cannot add note: __notes__ is not a list");
    if (!list_append(as_list(notes), args[0])) return NULLV;
    return NONE;
}

static const MethodDef base_methods[] = {
    {"with_traceback", with_traceback, 0, NULL},
    {"add_note", add_note, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value get_code(Value self) { return as_exc(self)->extra[SYSEXIT_CODE]; }
static int set_code(Value self, Value v) { as_exc(self)->extra[SYSEXIT_CODE] = is_null(v) ? NONE : v; return 0; }
static const GetSetDef sysexit_getsets[] = {{"code", get_code, set_code}, {NULL, NULL, NULL}};

static Value get_value(Value self) { return as_exc(self)->extra[STOPITER_VALUE]; }
static int set_value(Value self, Value v) { as_exc(self)->extra[STOPITER_VALUE] = is_null(v) ? NONE : v; return 0; }
static const GetSetDef stopiter_getsets[] = {{"value", get_value, set_value}, {NULL, NULL, NULL}};

static Value get_name(Value self) { return is_null(as_exc(self)->extra[1]) ? NONE : as_exc(self)->extra[1]; }
static int set_name(Value self, Value v) { as_exc(self)->extra[1] = is_null(v) ? NONE : v; return 0; }
static Value get_obj(Value self) { return is_null(as_exc(self)->extra[2]) ? NONE : as_exc(self)->extra[2]; }
static int set_obj(Value self, Value v) { as_exc(self)->extra[2] = is_null(v) ? NONE : v; return 0; }
static const GetSetDef name_getsets[] = {{"name", get_name, set_name}, {"obj", get_obj, set_obj}, {NULL, NULL, NULL}};
#define OS_FIELD(f, i) \
    static Value get_##f(Value self) { return as_exc(self)->extra[i]; } \
    static int set_##f(Value self, Value v) { as_exc(self)->extra[i] = is_null(v) ? NONE : v; return 0; }
OS_FIELD(errno, OS_ERRNO)
OS_FIELD(strerror, OS_STRERROR)
OS_FIELD(filename, OS_FILENAME)
OS_FIELD(filename2, OS_FILENAME2)
#undef OS_FIELD
static const GetSetDef oserror_getsets[] = {
    {"errno", get_errno, set_errno}, {"strerror", get_strerror, set_strerror},
    {"filename", get_filename, set_filename}, {"filename2", get_filename2, set_filename2},
    {NULL, NULL, NULL},
};
static const GetSetDef import_getsets[] = {{"name", get_name, set_name}, {"path", get_obj, set_obj}, {NULL, NULL, NULL}};

#define X(n, parent) \
    Type exc_##n = { \
        .hdr = {.type = &type_type}, \
        .name = #n, \
        .basicsize = sizeof(ExcObj), \
        .dictoffset = offsetof(ExcObj, dict), \
        .flags = TPF_BASETYPE | TPF_EXC_SUBCLASS, \
    };
EXCEPTION_TYPES(X)
#undef X

/* BaseExceptionGroup(message, exceptions): "message (2 sub-exceptions)" */
static Value group_str(Value self) {
    Tuple *a = ((ExcObj *)as_obj(self))->args;
    if (!a || a->len < 2) return exc_str(self);
    int64_t n = obj_len(a->items[1]);
    if (n < 0) return NULLV;
    Value msg = obj_str(a->items[0]);
    if (is_null(msg)) return msg;
    return v_str(str_fmt("%S (%lld sub-exception%s)", &msg, (long long)n, n == 1 ? "" : "s"));
}
static Value group_message(Value self) {
    Tuple *a = ((ExcObj *)as_obj(self))->args;
    return a && a->len >= 1 ? a->items[0] : NONE;
}
static Value group_exceptions(Value self) {
    Tuple *a = ((ExcObj *)as_obj(self))->args;
    if (!a || a->len < 2) return v_obj(tuple_empty());
    Tuple *t = seq_to_tuple(a->items[1]);
    return t ? v_obj(t) : NULLV;
}
static const GetSetDef group_getsets[] = {
    {"message", group_message, NULL},
    {"exceptions", group_exceptions, NULL},
    {NULL, NULL, NULL},
};

void exceptions_init(void) {
#define exc_object type_object
#define X(n, parent) exc_##n.base = &exc_##parent;
    EXCEPTION_TYPES(X)
#undef X
#undef exc_object
    Type *b = &exc_BaseException;
    b->new = exc_tp_new;
    b->init = exc_tp_init;
    b->repr = exc_repr;
    b->str = exc_str;
    b->trace = exc_trace;
    b->getsets = base_getsets;
    b->methods = base_methods;
    exc_SystemExit.getsets = sysexit_getsets;
    exc_StopIteration.getsets = stopiter_getsets;
    exc_NameError.getsets = name_getsets;
    exc_AttributeError.getsets = name_getsets;
    exc_ImportError.getsets = import_getsets;
    exc_OSError.getsets = oserror_getsets;
    /* ExceptionGroup derives from both BaseExceptionGroup and Exception */
    exc_BaseExceptionGroup.str = group_str;
    exc_BaseExceptionGroup.getsets = group_getsets;
    Type *eg = &exc_ExceptionGroup;
    gc_defer++;     /* the tuples are unrooted until type_ready registers the type */
    eg->bases = tuple_pack(2, v_obj(&exc_BaseExceptionGroup), v_obj(&exc_Exception));
    eg->mro = tuple_pack(5, v_obj(eg), v_obj(&exc_BaseExceptionGroup), v_obj(&exc_Exception),
                         v_obj(&exc_BaseException), v_obj(&type_object));
    type_ready(eg);
    gc_defer--;
#define X(n, parent) type_ready(&exc_##n);
    EXCEPTION_TYPES(X)
#undef X
}
