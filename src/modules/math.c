/* math.c — placeholder while the module is written. */
#include "module.h"
Value module_init_math(void) { return module_new("math"); }
