/* num.h — int (small unboxed int64 overflowing into GMP big ints), bool and float. */
#ifndef MINNOW_NUM_H
#define MINNOW_NUM_H

#include <gmp.h>
#include "object.h"

/* An int that does not fit in int64.  Invariant: every int that fits in int64 is a
 * small (unboxed) int, so a BigInt never holds a value in int64 range. */
typedef struct BigInt {
    Obj hdr;
    mpz_t z;
} BigInt;

static inline bool is_bigint(Value v) { return is_obj(v) && v.u.o->type == &type_int; }
/* Any int, bool included (bool is an int subclass). */
bool is_int_like(Value v);
Value int_from_mpz(const mpz_t z);          /* normalizes to a small int when it fits */
void int_to_mpz(Value v, mpz_t out);        /* v: small int, bool or BigInt; out initialized */
Value int_from_str(const char *s, size_t n, int base);  /* int(s, base) semantics */
Value int_from_double(double d);            /* int(3.7) == 3; OverflowError for inf, ValueError nan */
Str *int_to_str_base(Value v, int base, bool prefix);   /* repr (base 10), hex/oct/bin */
bool int_to_double(Value v, double *out);   /* OverflowError if too large */
int int_sign(Value v);
int int_compare(Value a, Value b);          /* both ints */

/* Arithmetic on ints (small or big), floats and mixed: the fast paths live inline in
 * the eval loop; these are the complete semantics. */
Value num_binary_op(Value a, Value b, int op);  /* NotImplemented for non-numbers */
Value num_compare(Value a, Value b, int op);    /* NotImplemented for non-numbers */
bool num_hash(Value v, int64_t *out);           /* hash(1) == hash(1.0) == hash(True) */
/* pow(base, exp, mod) for numbers: ints (bool included) compute it, floats raise
 * "pow() 3rd argument not allowed unless all arguments are integers"; NotImplemented
 * when an operand is not a number.  (Used by builtins.pow.) */
Value num_pow3(Value base, Value exp, Value mod);

Value float_from_value(Value v);            /* float(x) for numbers and strings */
Str *float_repr(double d);                  /* shortest round-trip, CPython format */
double float_round(double x, int ndigits);

/* format(value, spec) for int, float, str (the format mini-language). */
Value format_value(Value v, Str *spec);
Value num_format(Value v, Str *spec);       /* int/float/bool */
Value str_format_spec(Str *s, Str *spec);

void num_init(void);
#endif
