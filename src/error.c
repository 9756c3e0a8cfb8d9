/* error.c — the current exception of the thread, and raising from C. */
#include "error.h"
#include "containers.h"
#include "frame.h"
#include "gc.h"
#include "str.h"

#include <stdarg.h>

static Value make_exc(Type *type, Value msg) {
    Value args[1] = {msg};
    return exc_new(type, args, is_null(msg) ? 0 : 1);
}

Value raise_value(Value exc) {
    if (is_obj(exc) && type_is_subtype(OBJ_TYPE(as_obj(exc)), &type_type)) {
        Type *t = (Type *)as_obj(exc);
        Value inst = obj_call0(exc);
        if (is_null(inst)) return NULLV;
        if (!is_instance(inst, &exc_BaseException))
            return raise_fmt(&exc_TypeError,
                             "calling %s should have returned an instance of BaseException, not %s",
                             t->name, type_name_of(inst));
        exc = inst;
    }
    tstate->exc = exc;
    return NULLV;
}

Value raise_msg(Type *type, const char *msg) {
    Value s = str_value_cstr(msg);
    if (is_null(s)) return NULLV;
    Value e = make_exc(type, s);
    if (is_null(e)) return NULLV;
    tstate->exc = e;
    return NULLV;
}

Value raise_fmt(Type *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Str *msg = str_vfmt(fmt, ap);
    va_end(ap);
    if (!msg) return NULLV;
    Value e = make_exc(type, v_str(msg));
    if (is_null(e)) return NULLV;
    tstate->exc = e;
    return NULLV;
}

Value raise_with_arg(Type *type, Value arg) {
    Value e = make_exc(type, arg);
    if (is_null(e)) return NULLV;
    tstate->exc = e;
    return NULLV;
}

/* Raised without allocating: a preallocated instance. */
static Value memory_error;

Value raise_no_memory(void) {
    if (is_null(memory_error)) {
        /* before start-up finished there is nothing to raise: the caller sees NULL */
        return NULLV;
    }
    ((ExcObj *)as_obj(memory_error))->traceback = NONE;
    tstate->exc = memory_error;
    return NULLV;
}

void error_init(void) {
    gc_add_root(&memory_error);
    memory_error = exc_new(&exc_MemoryError, NULL, 0);
}

Value raise_stop_iteration(Value value) {
    if (is_null(value) || is_none(value)) return raise_with_arg(&exc_StopIteration, NULLV);
    /* a tuple value must not be unpacked into args */
    Value e = exc_new(&exc_StopIteration, &value, 1);
    if (is_null(e)) return NULLV;
    tstate->exc = e;
    return NULLV;
}

bool err_occurred(void) { return !is_null(tstate->exc); }

bool err_matches(Type *type) {
    return !is_null(tstate->exc) && type_is_subtype(type_of(tstate->exc), type);
}

Value err_fetch(void) {
    Value e = tstate->exc;
    tstate->exc = NULLV;
    return e;
}

Value err_peek(void) { return tstate->exc; }
void err_restore(Value exc) { tstate->exc = exc; }
void err_clear(void) { tstate->exc = NULLV; }

Value raise_unsupported_binop(Value a, Value b, const char *sym) {
    return raise_fmt(&exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym,
                     type_name_of(a), type_name_of(b));
}
