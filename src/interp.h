/* interp.h — starting the interpreter and running the main program. */
#ifndef MINNOW_INTERP_H
#define MINNOW_INTERP_H

#include <stdbool.h>
#include <stddef.h>

bool interp_init(void *stack_base);
bool run_main_source(const char *src, size_t len, const char *filename);
bool run_main_module(const char *src, size_t len, const char *filename, const char *package);
bool sys_set_argv(int argc, char **argv);
bool import_find_main(const char *name, char **src, size_t *len, char **filename, char **modname);

#endif
