/* error.h — raising and inspecting exceptions from C.
 *
 * Convention: a function that fails sets the thread's current exception and returns
 * NULLV (Value results), NULL (pointers), false (bool) or -1 (int).
 */
#ifndef MINNOW_ERROR_H
#define MINNOW_ERROR_H

#include "object.h"

/* The standard exception hierarchy: X(name, base).  exceptions.c defines a Type
 * exc_<name> for each and installs them in builtins. */
#define EXCEPTION_TYPES(X) \
    X(BaseException, object) \
    X(BaseExceptionGroup, BaseException) \
    X(SystemExit, BaseException) \
    X(KeyboardInterrupt, BaseException) \
    X(GeneratorExit, BaseException) \
    X(Exception, BaseException) \
    X(ArithmeticError, Exception) \
    X(FloatingPointError, ArithmeticError) \
    X(OverflowError, ArithmeticError) \
    X(ZeroDivisionError, ArithmeticError) \
    X(AssertionError, Exception) \
    X(AttributeError, Exception) \
    X(BufferError, Exception) \
    X(EOFError, Exception) \
    X(ExceptionGroup, BaseExceptionGroup) \
    X(ImportError, Exception) \
    X(ModuleNotFoundError, ImportError) \
    X(LookupError, Exception) \
    X(IndexError, LookupError) \
    X(KeyError, LookupError) \
    X(MemoryError, Exception) \
    X(NameError, Exception) \
    X(UnboundLocalError, NameError) \
    X(OSError, Exception) \
    X(BlockingIOError, OSError) \
    X(ChildProcessError, OSError) \
    X(ConnectionError, OSError) \
    X(BrokenPipeError, ConnectionError) \
    X(ConnectionAbortedError, ConnectionError) \
    X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) \
    X(FileExistsError, OSError) \
    X(FileNotFoundError, OSError) \
    X(InterruptedError, OSError) \
    X(IsADirectoryError, OSError) \
    X(NotADirectoryError, OSError) \
    X(PermissionError, OSError) \
    X(ProcessLookupError, OSError) \
    X(TimeoutError, OSError) \
    X(ReferenceError, Exception) \
    X(RuntimeError, Exception) \
    X(NotImplementedError, RuntimeError) \
    X(PythonFinalizationError, RuntimeError) \
    X(RecursionError, RuntimeError) \
    X(StopAsyncIteration, Exception) \
    X(StopIteration, Exception) \
    X(SyntaxError, Exception) \
    X(IndentationError, SyntaxError) \
    X(TabError, IndentationError) \
    X(SystemError, Exception) \
    X(TypeError, Exception) \
    X(ValueError, Exception) \
    X(UnicodeError, ValueError) \
    X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) \
    X(UnicodeTranslateError, UnicodeError) \
    X(Warning, Exception) \
    X(BytesWarning, Warning) \
    X(DeprecationWarning, Warning) \
    X(EncodingWarning, Warning) \
    X(FutureWarning, Warning) \
    X(ImportWarning, Warning) \
    X(PendingDeprecationWarning, Warning) \
    X(ResourceWarning, Warning) \
    X(RuntimeWarning, Warning) \
    X(SyntaxWarning, Warning) \
    X(UnicodeWarning, Warning) \
    X(UserWarning, Warning)

#define X(name, base) extern Type exc_##name;
EXCEPTION_TYPES(X)
#undef X

/* An exception instance. */
typedef struct ExcObj {
    Obj hdr;
    Dict *dict;             /* instance attributes (must stay second, like Instance) */
    Tuple *args;
    Value traceback;        /* Traceback object or None */
    Value cause, context;   /* None or exception */
    bool suppress_context;
    Value notes;            /* __notes__ list or NULLV */
    Value extra[4];         /* per-type fields: SystemExit.code, StopIteration.value,
                               KeyError/ImportError name/path, SyntaxError details, ... */
} ExcObj;

/* Raise `type(message)`; printf-style format (%s %d %ld %lld %zu %c %%, plus %R for
 * repr(Value*) and %S for str(Value*), %T for the type name of Value*).  Returns NULLV. */
Value raise_fmt(Type *type, const char *fmt, ...);
Value raise_msg(Type *type, const char *msg);
Value raise_value(Value exc);               /* an instance or a class; returns NULLV */
Value raise_with_arg(Type *type, Value arg);   /* type(arg), e.g. KeyError(key) */
Value raise_no_memory(void);
Value raise_stop_iteration(Value value);

bool err_occurred(void);
bool err_matches(Type *type);               /* current exception is an instance of type */
Value err_fetch(void);                      /* take the current exception (instance); clears */
Value err_peek(void);
void err_restore(Value exc);                /* set current exception (instance) */
void err_clear(void);
Value exc_new(Type *type, Value *args, size_t nargs);  /* instance, not raised */

/* AttributeError for a missing attribute, with CPython's wording for types, modules and
 * instances; sets the exception's name/obj. */
Value raise_attribute_error(Value obj, Str *name);

/* Used for the message text of the common TypeErrors. */
Value raise_unsupported_binop(Value a, Value b, const char *sym);

#endif
