"""Higher-order functions: partial application, caching, wrappers, ordering."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch',
           'singledispatchmethod', 'cached_property']

from collections import namedtuple
from types import GenericAlias, MappingProxyType

_missing = object()


# Wrappers

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the `assigned` attributes, merge
    the `updated` dicts, and set wrapper.__wrapped__ = wrapped."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so a __wrapped__ copied from wrapped.__dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper()."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# reduce

def reduce(function, iterable, initial=_missing, /):
    """Fold iterable from the left: reduce(f, [a, b, c]) is f(f(a, b), c)."""
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial '
                            'value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# Ordering helpers

def _derived_comparisons():
    """For each root comparison, how the other three follow from its result
    r = (self <root> other), given that it is not NotImplemented."""
    return {
        '__lt__': {'__gt__': lambda r, a, b: not r and a != b,
                   '__le__': lambda r, a, b: r or a == b,
                   '__ge__': lambda r, a, b: not r},
        '__le__': {'__ge__': lambda r, a, b: not r or a == b,
                   '__lt__': lambda r, a, b: r and a != b,
                   '__gt__': lambda r, a, b: not r},
        '__gt__': {'__lt__': lambda r, a, b: not r and a != b,
                   '__ge__': lambda r, a, b: r or a == b,
                   '__le__': lambda r, a, b: not r},
        '__ge__': {'__le__': lambda r, a, b: not r or a == b,
                   '__gt__': lambda r, a, b: r and a != b,
                   '__lt__': lambda r, a, b: not r},
    }

_DERIVED = _derived_comparisons()


def _make_comparison(root, name, rule):
    def compare(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        return rule(result, self, other)
    compare.__name__ = name
    compare.__qualname__ = name
    return compare


def total_ordering(cls):
    """Class decorator filling in the missing rich comparisons from one of
    __lt__, __le__, __gt__, __ge__ (and __eq__)."""
    roots = {op for op in _DERIVED
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: '
                         '< > <= >=')
    # Prefer __lt__, then __le__, __gt__, __ge__.
    root = max(roots)
    for name, rule in _DERIVED[root].items():
        if name not in roots:
            method = _make_comparison(root, name, rule)
            method.__qualname__ = f'{cls.__qualname__}.{name}'
            setattr(cls, name, method)
    return cls


def cmp_to_key(mycmp):
    """Turn an old-style comparison function into a key function."""
    class KeyWrapper:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def _cmp(self, other):
            if not isinstance(other, KeyWrapper):
                raise TypeError('other argument must be K instance')
            return mycmp(self.obj, other.obj)

        def __lt__(self, other): return self._cmp(other) < 0
        def __gt__(self, other): return self._cmp(other) > 0
        def __eq__(self, other): return self._cmp(other) == 0
        def __le__(self, other): return self._cmp(other) <= 0
        def __ge__(self, other): return self._cmp(other) >= 0
        __hash__ = None

    return KeyWrapper


# partial application

_PARTIAL_FIELDS = {'func', 'args', 'keywords'}


class partial:
    """partial(func, /, *args, **keywords): a callable that calls func with
    args prepended and keywords merged into the call's own."""

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # Flatten partial(partial(f, a), b) into partial(f, a, b), unless the
        # inner one carries attributes of its own.
        if isinstance(func, partial) and func.__dict__.keys() == _PARTIAL_FIELDS:
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        if self in _repr_running:
            return '...'
        _repr_running.append(self)
        try:
            parts = [repr(self.func)]
            parts.extend(repr(arg) for arg in self.args)
            parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        finally:
            _repr_running.remove(self)
        cls = type(self)
        return f'{cls.__module__}.{cls.__qualname__}({", ".join(parts)})'

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords, self.__dict__ or None))

    __class_getitem__ = classmethod(GenericAlias)


_repr_running = []


class partialmethod:
    """Like partial, but as a descriptor: the instance (or class) it is
    fetched through comes first, before the stored args."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        cls = type(self)
        return f'{cls.__module__}.{cls.__qualname__}({", ".join(parts)})'

    def _unbound(self):
        def method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        if get is not None and not isinstance(self.func, partial):
            bound = get(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._unbound().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(GenericAlias)


# Caching

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
_kwd_mark = object()
_plain_key_types = frozenset({int, str})


def _make_key(args, kwds, typed):
    """A hashable key for a call: the arguments, a marker, the keyword items,
    and with typed the argument types too."""
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _plain_key_types:
        return key[0]
    return key


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    hits = misses = 0
    sentinel = _missing

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            if kwds or typed:
                key = _make_key(args, kwds, typed)
            elif len(args) == 1 and type(args[0]) in _plain_key_types:
                key = args[0]
            else:
                key = args
            result = cache.get(key, sentinel)
            if result is not sentinel:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        # The dict keeps insertion order: the first key is the least
        # recently used one, and a hit moves its key to the end.
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            if kwds or typed:
                key = _make_key(args, kwds, typed)
            elif len(args) == 1 and type(args[0]) in _plain_key_types:
                key = args[0]
            else:   # the same key as _make_key's, without the call
                key = args
            result = cache.pop(key, sentinel)
            if result is not sentinel:
                cache[key] = result
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key not in cache:  # a recursive call may have stored it
                if len(cache) >= maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
            return result

    def cache_info():
        """Report cache statistics."""
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics."""
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Memoize a function, keeping the maxsize most recently used results
    (all of them with maxsize=None). Usable as @lru_cache and
    @lru_cache(maxsize, typed)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a '
                        'callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    """Unbounded memoization: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    """A property computed once per instance, then stored in the instance's
    __dict__ under the same name (so later lookups bypass it)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two '
                            f'different names ({self.attrname!r} and '
                            f'{name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without '
                            'calling __set_name__ on it.')
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on "
                            f"{type(instance).__name__!r} instance to cache "
                            f"{self.attrname!r} property.") from None
        value = store.get(self.attrname, _missing)
        if value is _missing:
            value = self.func(instance)
            store[self.attrname] = value
        return value

    __class_getitem__ = classmethod(GenericAlias)


# Single dispatch

def _dispatch_target(cls, registry):
    """The registered type that best matches cls: the first of cls's MRO,
    unless a registered virtual base class (an ABC) is more specific."""
    mro = cls.__mro__
    match = None
    for base in mro:
        if base in registry:
            match = base
            break
    for typ in registry:
        if typ in mro:
            continue
        try:
            if not issubclass(cls, typ):
                continue
        except TypeError:
            continue
        if match is None or (typ is not match and issubclass(typ, match)):
            match = typ
    return match


def singledispatch(func):
    """Make func a generic function dispatching on the type of its first
    argument; add implementations with .register(type)."""
    registry = {object: func}
    dispatch_cache = {}
    funcname = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        impl = dispatch_cache.get(cls)
        if impl is None:
            impl = registry[_dispatch_target(cls, registry)]
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        if isinstance(cls, type) or _is_union(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. '
                                f'{cls!r} is not a class or union type.')
            func = cls
            annotations = getattr(func, '__annotations__', {})
            if not annotations:
                raise TypeError(
                    f'Invalid first argument to `register()`: {cls!r}. '
                    'Use either `@register(some_class)` or plain `@register` '
                    'on an annotated function.')
            argname, cls = next(iter(annotations.items()))
            if not (isinstance(cls, type) or _is_union(cls)):
                raise TypeError(f'Invalid annotation for {argname!r}. '
                                f'{cls!r} is not a class.')
        for typ in getattr(cls, '__args__', None) or (cls,):
            registry[typ] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional '
                            'argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


def _is_union(obj):
    return type(obj).__name__ == 'UnionType'


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after
    self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def method(*args, **kwargs):
            impl = dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)
        method.register = self.register
        update_wrapper(method, self.func)
        return method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
