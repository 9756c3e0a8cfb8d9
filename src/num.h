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

/* ---- added by the numbers subsystem ---- */

/* Instances of user subclasses of int and float (class MyInt(int)) hold the value after
 * the header; type.c puts the instance dict after them (at the heap type's dictoffset).
 * int.__new__/float.__new__ build them; the int trace slot marks value and dict. */
typedef struct IntSub {
    Obj hdr;
    Value value;            /* small int or BigInt */
} IntSub;
typedef struct FloatSub {
    Obj hdr;
    double value;
} FloatSub;

Value int_value(Value v);                   /* any int-like → small int or BigInt (bool → int) */
bool num_is_float_like(Value v);            /* float or float subclass instance */
double float_value(Value v);                /* the double of a float-like value */
Value int_from_value(Value v);              /* int(v), one argument: __int__, __index__, __trunc__, str */
Value num_divmod(Value a, Value b);         /* divmod(); NotImplemented for non-numbers */
Value num_round(Value v, Value ndigits);    /* round(v[, ndigits]) for int/float; ndigits NULLV/None */

/* complex: a heap object (subclass instances keep the same fields, dict after them). */
typedef struct Complex {
    Obj hdr;
    double re, im;
} Complex;
extern Type type_complex;
Value complex_new(double re, double im);
bool is_complex_like(Value v);              /* complex or a subclass instance */
Str *complex_repr(double re, double im);    /* '(1+2j)', '1j', '(nan+infj)' */
Value complex_format(double re, double im, Str *spec);     /* format() with a non-empty spec */
Value complex_pow_doubles(double x, double y);  /* x ** y as complexes (negative ** fraction) */

/* sys.get_int_max_str_digits / set_int_max_str_digits (0 = unlimited; CPython's default
 * 4300, minimum 640 when not 0). */
extern int64_t int_max_str_digits;
/* The sys functions themselves, ready for sys's MethodDef table. */
Value int_set_max_str_digits(Value module, Value *args, size_t nargs, Tuple *kwnames);
Value int_get_max_str_digits(Value module, Value *args, size_t nargs, Tuple *kwnames);

/* Internal to int.c / float.c / format.c. */
#define NUM_METHOD(fn, selfname) \
    static Value fn(__attribute__((unused)) Value selfname, __attribute__((unused)) Value *args, \
                    size_t nargs, __attribute__((unused)) Tuple *kwnames)
Value float_binop(double x, double y, int op);          /* float OP float, Python semantics */
int num_to_double(Value v, double *out);    /* int-like/float-like → 1; 0 not a number; -1 error */
/* The double nearest m * 2**e (m >= 0), ties to even; `sticky`: the true value lies a
 * little above m * 2**e.  *overflow when it exceeds DBL_MAX. */
double mpz_scaled_to_double(mpz_srcptr m, int64_t e, bool sticky, bool *overflow);
/* str → ASCII for int()/float() parsing: Unicode decimal digits become '0'..'9', Unicode
 * whitespace ' ', anything else non-ASCII '\x01'.  Returns a malloc'd NUL-terminated
 * buffer (NULL + MemoryError). */
char *num_ascii_copy(const char *s, size_t n, bool is_bytes, size_t *outlen);
int num_decimal_value(uint32_t cp);         /* Unicode decimal digit value, or -1 */
Value float_from_string(const char *s, size_t n, Value orig);   /* float(str/bytes) */
Value float_new_value(Type *type, double d);                    /* a float or a FloatSub */
Value float_round_value(double x, Value ndigits);   /* float.__round__; ndigits NULLV or an int */
#endif
