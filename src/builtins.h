/* builtins.h — what the builtins module (src/modules/builtins.c) and the iterator types
 * (iterobjects.c) offer the rest of the runtime, and what they need from the sys module. */
#ifndef MINNOW_BUILTINS_H
#define MINNOW_BUILTINS_H

#include "object.h"

/* The sys module (integrator) provides the current sys.stdout / sys.stderr / sys.stdin:
 * the object (possibly None), or NULLV with an exception set if the attribute is gone. */
extern Value sys_get_stdout(void);
extern Value sys_get_stderr(void);
extern Value sys_get_stdin(void);

/* The default attribute listing behind dir(obj): a sorted list of the names in the
 * instance __dict__ and the class dicts along the MRO; for a class, its own MRO dicts;
 * for a module, its dict.  object.__dir__, type.__dir__ and module.__dir__ can use it. */
Value dir_of(Value obj);

/* isinstance() / issubclass(): tuples (nested), __instancecheck__ / __subclasscheck__ on
 * the metaclass, the __class__ / __bases__ protocol.  1, 0, or -1 with an exception. */
int obj_isinstance(Value inst, Value cls);
int obj_issubclass(Value derived, Value cls);
/* The checks without the hooks: what type.__instancecheck__ / type.__subclasscheck__ do. */
int obj_real_isinstance(Value inst, Value cls);
int obj_real_issubclass(Value derived, Value cls);

/* type(obj).name bound to obj (how the interpreter finds dunders: no instance dict):
 * NULLV without an exception when absent, NULLV with one if binding failed. */
Value lookup_special(Value obj, Str *name);

/* format(v, spec): int/float/str directly, anything else through __format__.
 * spec NULLV means "". */
Value builtin_format(Value v, Value spec);

/* Argument-count check of positional-only functions, with CPython's messages:
 * "f() takes no keyword arguments", "f expected at least 1 argument, got 0". */
bool check_positional(const char *fname, size_t nargs, Tuple *kwnames, size_t min, size_t max);

/* ---- iterobjects.c ---- */

/* One step of an iterator, like CPython's PyIter_Next: 1 with *out set, 0 when
 * exhausted (a StopIteration left by the iterator is cleared), -1 on error. */
int iter_step(Value it, Value *out);

extern Type type_enumerate, type_zip, type_map, type_filter, type_reversed,
    type_callable_iterator, type_seq_iterator, type_anext_awaitable;

/* The iterator iter(seq) returns for objects with __getitem__ but no __iter__. */
Value seqiter_new(Value seq);
/* iter(callable, sentinel). */
Value calliter_new(Value callable, Value sentinel);
/* anext(aiterator, default): awaits `awaitable`, giving `deflt` at StopAsyncIteration. */
Value anext_awaitable_new(Value awaitable, Value deflt);
/* type_ready() the iterator types; false with an exception on failure. */
bool iterobjects_init(void);

#endif
