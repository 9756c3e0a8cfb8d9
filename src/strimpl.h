/* strimpl.h — helpers shared by the files of the strings subsystem (str.c, strmethods.c,
 * strformat.c, codecs.c, bytes.c); not part of the public API. */
#ifndef MINNOW_STRIMPL_H
#define MINNOW_STRIMPL_H

#include <sys/types.h>
#include "str.h"
#include "error.h"
#include "containers.h"

#define UNUSED __attribute__((unused))

/* str_new when the code-point count is already known. */
Str *str_new_len(const char *utf8, size_t nbytes, size_t len);

static inline Value str_value(Str *s) { return s ? v_str(s) : NULLV; }

/* ---- argument checking with the messages of CPython's str/bytes methods ----
 * type is "str", "bytes" or "bytearray"; name the method's name. */
/* "str.upper() takes no arguments (1 given)" */
bool args_none(const char *type, const char *name, size_t nargs, Tuple *kwnames);
/* "str.join() takes exactly one argument (0 given)" */
bool args_one(const char *type, const char *name, size_t nargs, Tuple *kwnames);
/* "find expected at least 1 argument, got 0" / "... at most 3 arguments, got 4" and
 * "str.find() takes no keyword arguments" */
bool args_pos(const char *type, const char *name, size_t nargs, Tuple *kwnames, size_t min, size_t max);
/* bind_args, with CPython's messages for too many positional arguments ("split() takes
 * at most 2 arguments (3 given)") and too few positional-only ones. */
bool args_bind(const ArgSpec *spec, Value *args, size_t nargs, Tuple *kwnames, Value *out);
/* A slice bound argument (start/end of find, count, ...): None keeps *out; ints and
 * __index__ objects are clamped to the int64 range. */
bool slice_bound(Value v, int64_t *out);
/* CPython's ADJUST_INDICES: negative bounds count from the end, end is capped at len. */
void adjust_indices(int64_t *start, int64_t *end, int64_t len);
/* An integer argument through __index__ ("'str' object cannot be interpreted as an
 * integer"); big values raise OverflowError. */
bool index_arg(Value v, int64_t *out);
/* A flag argument converted like CPython's clinic bool: ints must fit a C int
 * (OverflowError), anything else by truth value.  1, 0, -1 on error. */
int flag_arg(Value v);

/* ---- byte-level search (UTF-8 strings are searched as bytes: matches always fall on
 * character boundaries) ---- */
ssize_t mem_find(const char *h, size_t hn, const char *n, size_t nn);
ssize_t mem_rfind(const char *h, size_t hn, const char *n, size_t nn);
size_t mem_count(const char *h, size_t hn, const char *n, size_t nn, size_t max);

/* ---- shared by str and bytes (strmethods.c) ---- */
/* The repeat count of seq * other: NONE with *count set, NotImplemented (a user type
 * that may handle it), or NULLV with TypeError. */
Value repeat_count(Value other, int64_t *count);
/* data[0..n) repeated count times, as bytes or as str (len: code points of data). */
Value repeat_bytes(const char *data, size_t n, int64_t count, bool is_bytes_result, size_t len);
/* Split d[0..n) by sep (at most maxsplit times, from the right when reverse). */
Value split_sep(const char *d, size_t n, const char *sep, size_t sn, int64_t maxsplit, bool reverse,
                Value (*make)(const char *, size_t));

/* ---- codecs (codecs.c) ---- */
/* The C string of an encoding/errors argument, or NULL with TypeError
 * "<fname>() argument '<argname>' must be str, not int". */
const char *codec_arg(Value v, const char *fname, const char *argname);

/* ---- bytes internals (bytes.c) ---- */
Bytes *bytes_alloc(size_t len);             /* data to fill; NUL-terminated already */
/* The contents of a bytes-like object (bytes, bytearray); false if v is not one. */
bool bytes_like(Value v, const char **data, size_t *len);

#endif
