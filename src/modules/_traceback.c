/* _traceback.c (module) — the interpreter's own exception report, in pieces, so that
 * lib/traceback.py prints exactly what an uncaught exception prints (traceback.c). */
#include "code.h"
#include "error.h"
#include "eval.h"
#include "module.h"
#include "str.h"

static Value str_or_empty(Str *s) {
    if (s) return v_str(s);
    return err_occurred() ? NULLV : v_str(str_empty());
}

/* format_exception(exc) -> the full report (chained exceptions included) */
static Value tb_format_exception(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_no_kwargs("format_exception", kwnames) || !check_nargs("format_exception", nargs, 1, 1)) return NULLV;
    if (!is_instance(args[0], &exc_BaseException)) return raise_msg(&exc_TypeError, "an exception is required");
    return str_or_empty(format_exception(args[0]));
}

/* format_exception_only(exc) -> "Type: message\n" (with SyntaxError details and notes) */
static Value tb_format_exception_only(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_no_kwargs("format_exception_only", kwnames) || !check_nargs("format_exception_only", nargs, 1, 1))
        return NULLV;
    if (!is_instance(args[0], &exc_BaseException)) return raise_msg(&exc_TypeError, "an exception is required");
    return str_or_empty(format_exception_only_str(args[0]));
}

/* format_source(code, lasti, lineno) -> the indented source lines with carets for the
 * instruction at byte offset lasti (as tb_lasti / f_lasti give it), or "" */
static Value tb_format_source(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_no_kwargs("format_source", kwnames) || !check_nargs("format_source", nargs, 3, 3)) return NULLV;
    if (!is_type(args[0], &type_code)) return raise_msg(&exc_TypeError, "a code object is required");
    int64_t lasti, lineno;
    if (!obj_as_int64(args[1], &lasti) || !obj_as_int64(args[2], &lineno)) return NULLV;
    return str_or_empty(format_frame_source((Code *)as_obj(args[0]), (int)(lasti / 2), (int)lineno));
}

/* getline(filename, lineno) -> the source line without its newline, or None */
static Value tb_getline(Value self, Value *args, size_t nargs, Tuple *kwnames) {
    if (!check_no_kwargs("getline", kwnames) || !check_nargs("getline", nargs, 2, 2)) return NULLV;
    int64_t lineno;
    if (!is_str(args[0])) return raise_msg(&exc_TypeError, "getline() filename must be str");
    if (!obj_as_int64(args[1], &lineno)) return NULLV;
    Str *s = source_line_str(as_str(args[0])->data, (int)lineno);
    if (s) return v_str(s);
    return err_occurred() ? NULLV : NONE;
}

static const MethodDef functions[] = {
    {"format_exception", tb_format_exception, 0, NULL},
    {"format_exception_only", tb_format_exception_only, 0, NULL},
    {"format_source", tb_format_source, 0, NULL},
    {"getline", tb_getline, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value module_init__traceback(void) {
    Value m = module_new("_traceback");
    if (is_null(m) || !module_add_functions(m, functions)) return NULLV;
    return m;
}
