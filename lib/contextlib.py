"""Utilities for with-statement context managers."""

__all__ = ['contextmanager', 'closing', 'nullcontext',
           'AbstractContextManager', 'ContextDecorator', 'ExitStack',
           'redirect_stdout', 'redirect_stderr', 'suppress']

import sys as _sys
from functools import wraps as _wraps
from types import GenericAlias as _GenericAlias, MethodType as _MethodType
from _collections_abc import ABCMeta as _ABCMeta, _check_methods


class AbstractContextManager(metaclass=_ABCMeta):
    """Base class for context managers: __enter__ returns self; any class
    with __enter__ and __exit__ counts as a subclass."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _check_methods(C, '__enter__', '__exit__')
        return NotImplemented


class ContextDecorator:
    """Mixin letting a context manager decorate a function: each call runs
    inside a fresh `with` of the manager."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """Helper for @contextmanager: runs the generator up to its yield on
    enter, and resumes (or throws into) it on exit."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # Each decorated call needs a new generator.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator caught the exception and finished: suppress it,
            # unless the StopIteration is the exception itself.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # A StopIteration thrown in comes back as a RuntimeError (PEP 479).
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


def contextmanager(func):
    """Decorator turning a generator function that yields once into a
    context manager factory: code before the yield runs on enter, the
    yielded value is bound by `as`, code after it runs on exit."""
    @_wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """closing(thing): `with` gives thing, and calls thing.close() on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `as` gets enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []   # a stack, so the manager is reentrant

    def __enter__(self):
        self._old_targets.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Send sys.stdout to another file-like object inside the block."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Send sys.stderr to another file-like object inside the block."""
    _stream = 'stderr'


class suppress(AbstractContextManager):
    """suppress(*exceptions): ignore the listed exceptions inside the block
    (execution resumes after the with statement)."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        if issubclass(exctype, self._exceptions):
            return True
        if isinstance(excinst, BaseExceptionGroup) and hasattr(excinst, 'split'):
            match, rest = excinst.split(self._exceptions)
            if rest is None:
                return True
            raise rest
        return False


def _cm_protocol_error(cm):
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not "
                     'support the context manager protocol')


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks, run last-in first-out when the with block
    (or close()) ends; an exit callback returning true suppresses the
    exception, and each later callback sees the current exception."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move the callbacks to a new ExitStack and return it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Add a context manager's __exit__, or a callable with the same
        signature; return it (so it works as a decorator)."""
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(_MethodType(exit_method, exit))
        return exit

    def enter_context(self, cm):
        """Enter cm and push its __exit__; return what __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise _cm_protocol_error(cm) from None
        result = enter(cm)
        self._exit_callbacks.append(_MethodType(exit, cm))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit; return callback."""
        def exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(exit_wrapper)
        return callback

    def close(self):
        """Run the callbacks now, as if leaving a with block normally."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        exc = exc_details[1]
        received = exc is not None
        # The exception being handled around the with statement: a context
        # chain that reaches it must not be re-linked.
        outer = _sys.exception()
        suppressed = pending = False
        while self._exit_callbacks:
            callback = self._exit_callbacks.pop()
            try:
                details = (None, None, None) if exc is None else (
                    type(exc), exc, exc.__traceback__)
                if callback(*details):
                    suppressed, pending, exc = True, False, None
            except BaseException as new_exc:
                _link_context(new_exc, exc, outer)
                pending, exc = True, new_exc
        if pending:
            context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = context
                raise
        return received and suppressed


def _link_context(new_exc, old_exc, outer):
    """Make old_exc the context of the end of new_exc's context chain, as if
    the callbacks had been nested with statements."""
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is outer:
            break
        new_exc = context
    new_exc.__context__ = old_exc
