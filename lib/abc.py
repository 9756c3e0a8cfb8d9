"""Abstract base classes: ABCMeta, ABC, abstractmethod and friends.

A class whose metaclass is ABCMeta records the names of its still-abstract methods in
__abstractmethods__; the interpreter refuses to instantiate a class while that set is
non-empty.  isinstance/issubclass against an ABC also accept classes registered with
ABC.register() and whatever the ABC's __subclasshook__ approves.
"""


def abstractmethod(funcobj):
    """Mark a method as abstract: subclasses must override it to be instantiable."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use @classmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use @staticmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use @property over @abstractmethod."""
    __isabstractmethod__ = True


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


def _compute_abstracts(cls, namespace_items):
    names = {name for name, value in namespace_items if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


# Bumped by every register(): negative caches older than this are stale.
_invalidation_counter = 0


class _AbcData:
    """Per-ABC bookkeeping, kept in the class's _abc_impl attribute."""
    __slots__ = ("registry", "cache", "negative_cache", "negative_version", "subclasses")

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _invalidation_counter
        # type.__subclasses__ is not tracked by the runtime, so ABCs keep their own list
        self.subclasses = []


class ABCMeta(type):
    """Metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items())
        cls._abc_impl = _AbcData()
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_impl.subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC; returns it (usable as a decorator)."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if impl.negative_version == _invalidation_counter and subclass in impl.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_version < _invalidation_counter:
            impl.negative_cache = set()
            impl.negative_version = _invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            (impl.cache if ok else impl.negative_cache).add(subclass)
            return ok
        if cls in getattr(subclass, "__mro__", ()):
            impl.cache.add(subclass)
            return True
        for candidate in list(impl.registry) + impl.subclasses:
            if issubclass(subclass, candidate):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        impl = cls._abc_impl
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def get_cache_token():
    """A token that changes whenever an ABC's registry changes."""
    return _invalidation_counter


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or removed."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__.items())
    return cls


class ABC(metaclass=ABCMeta):
    """Base class for abstract base classes (equivalent to metaclass=ABCMeta)."""
    __slots__ = ()
