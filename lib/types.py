"""Names for the types of the interpreter's objects, found from live objects,
plus SimpleNamespace, MappingProxyType and dynamic class creation helpers."""

import sys as _sys


def _function(): pass
async def _coroutine(): pass
def _generator(): yield 1


class _Class:
    def _method(self): pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
CellType = type((lambda x: lambda: x)(0).__closure__[0])
GeneratorType = type(_generator())
_coro = _coroutine()
CoroutineType = type(_coro)
_coro.close()
del _coro
MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(_sys)
GetSetDescriptorType = type(FunctionType.__code__)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)
    del _exc

try:
    UnionType = type(int | str)
except TypeError:
    pass

del _function, _coroutine, _generator, _Class


class SimpleNamespace:
    """An object whose attributes are set from a mapping or iterable of
    pairs, and from keyword arguments."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        if mapping_or_iterable:
            items = dict(mapping_or_iterable)
            for key in items:
                if not isinstance(key, str):
                    raise TypeError('keywords must be strings')
            self.__dict__.update(items)
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = ('namespace' if type(self) is SimpleNamespace
                else type(self).__name__)
        if self in _repr_running:
            return f'{name}(...)'
        _repr_running.append(self)
        try:
            fields = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            _repr_running.remove(self)
        return f'{name}({fields})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)

    def __replace__(self, /, **changes):
        result = type(self)(self.__dict__)
        result.__dict__.update(changes)
        return result


_repr_running = []


class MappingProxyType:
    """mappingproxy(mapping): a read-only view of a mapping."""

    __slots__ = ('_mapping',)

    def __new__(cls, mapping):
        if (not hasattr(type(mapping), '__getitem__')
                or not hasattr(type(mapping), 'keys')
                or isinstance(mapping, (list, tuple))):
            raise TypeError('mappingproxy() argument must be a mapping, not '
                            f'{type(mapping).__name__}')
        self = object.__new__(cls)
        object.__setattr__(self, '_mapping', mapping)
        return self

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute {name!r}")

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)

    __hash__ = None
    __class_getitem__ = classmethod(GenericAlias)


MappingProxyType.__name__ = MappingProxyType.__qualname__ = 'mappingproxy'


# Dynamic class creation

def resolve_bases(bases):
    """Replace non-class bases that define __mro_entries__ with what it
    returns (PEP 560)."""
    new_bases = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        entries = getattr(base, '__mro_entries__', None)
        if entries is None:
            continue
        found = entries(bases)
        changed = True
        if not isinstance(found, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = found
        shift += len(found) - 1
    return tuple(new_bases) if changed else bases


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class '
                        'must be a (non-strict) subclass of the metaclasses of '
                        'all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, remaining keywords) for creating a
    class, as the class statement would."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class dynamically, as a class statement would."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


def get_original_bases(cls, /):
    """The bases of cls as written in its class statement."""
    try:
        return cls.__dict__.get('__orig_bases__', cls.__bases__)
    except AttributeError:
        raise TypeError(f'Expected an instance of type, not '
                        f'{type(cls).__name__!r}') from None


class DynamicClassAttribute(property):
    """A property on instances; on the class, attribute lookup falls back to
    the metaclass's __getattr__ (used by enum)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, '__isabstractmethod__', False):
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)


def coroutine(func):
    """Mark a generator function as usable with await (accepted, unchanged)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func


__all__ = [n for n in globals() if n[:1] != '_' and n != 'sys']
