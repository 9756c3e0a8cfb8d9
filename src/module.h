/* module.h — module objects and the registry of modules written in C. */
#ifndef MINNOW_MODULE_H
#define MINNOW_MODULE_H

#include "object.h"

typedef struct Module {
    Obj hdr;
    Dict *dict;             /* the module's globals (second field, like Instance) */
    Str *name;
} Module;

Value module_new(const char *name);
Dict *module_dict(Value module);
bool module_add_functions(Value module, const MethodDef *defs);  /* builtins bound to the module */
bool module_add_value(Value module, const char *name, Value v);
bool module_add_int(Value module, const char *name, int64_t i);

/* Modules written in C: X(name).  src/modules/<name>.c defines Value module_init_<name>(void),
 * called on first import. */
#define NATIVE_MODULES(X) X(sys) X(math) X(time) X(gc) X(posix) X(_traceback) X(_io) X(_re)
#define X(n) Value module_init_##n(void);
NATIVE_MODULES(X)
#undef X

/* The builtins module (src/modules/builtins.c): its dict is every frame's builtins. */
Value module_init_builtins(void);
extern Dict *builtins_dict;

/* The builtin open() (src/modules/io.c), added to the builtins module at startup. */
bool io_add_builtins(Value builtins_module);

/* sys.stdlib_module_names, NULL-terminated (stdlib_names.c) */
extern const char *const stdlib_module_names[];

/* import machinery (import.c) */
Value module_dict_sys_modules(void);        /* sys.modules */
Value import_module(Str *name, Dict *globals, Value fromlist, int level);
#endif
