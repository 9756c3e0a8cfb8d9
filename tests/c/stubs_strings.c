/* stubs_strings.c — minimal stand-ins for the runtime parts str.c/bytes.c use, so the
 * strings subsystem can be unit-tested alone (see tests/c/test_str.c). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "str.h"
#include "gc.h"
#include "error.h"

#define X(n, base) Type exc_##n = {.name = #n};
EXCEPTION_TYPES(X)
#undef X

char last_error[512];
Type *last_error_type;

void *gc_alloc(Type *type, size_t size) {
    Obj *o = calloc(1, size);
    if (!o) { raise_no_memory(); return NULL; }
    o->type = type;
    return o;
}
void gc_mark_obj(void *o) { (void)o; }
void gc_mark_value(Value v) { (void)v; }
void gc_note_external(int64_t d) { (void)d; }
bool err_occurred(void) { return last_error_type != NULL; }
void err_clear(void) { last_error_type = NULL; last_error[0] = 0; }
Value raise_fmt(Type *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Str *s = str_vfmt(fmt, ap);
    va_end(ap);
    snprintf(last_error, sizeof last_error, "%s", s ? s->data : "?");
    last_error_type = type;
    return NULLV;
}
Value raise_msg(Type *type, const char *msg) { return raise_fmt(type, "%s", msg); }
Value raise_no_memory(void) { last_error_type = &exc_MemoryError; strcpy(last_error, ""); return NULLV; }
const char *type_name_of(Value v) { return type_of(v)->name; }
Value obj_repr(Value v) {
    if (is_str(v)) return str_repr(as_str(v));
    if (is_int(v)) { char b[32]; snprintf(b, 32, "%lld", (long long)as_int(v)); return str_value_cstr(b); }
    return str_value_cstr("<obj>");
}
Value obj_str(Value v) { return is_str(v) ? v : obj_repr(v); }
