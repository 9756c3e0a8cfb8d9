/* Stand-in for the compiler's compile.h, for the numbers unit test only (the runtime's
 * interp.c and import.c include it; the test never compiles Python source). */
#ifndef MINNOW_COMPILE_H
#define MINNOW_COMPILE_H
#include "parser.h"
#include "code.h"
Code *compile_source(const char *src, size_t len, const char *filename, ParseMode mode);
#endif
