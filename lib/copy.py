"""Shallow and deep copies of objects.

Classes control copying with __copy__(self) and __deepcopy__(self, memo),
or through the pickle protocol: __reduce_ex__/__reduce__, __getnewargs__,
__getstate__ and __setstate__. Instances of plain classes and of subclasses
of list, dict, set and the immutable built-ins are copied without them.
"""

__all__ = ['Error', 'copy', 'deepcopy', 'replace']

import builtins as _builtins
import types as _types


class Error(Exception):
    pass


error = Error   # the old name

_atomic = frozenset({
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
    getattr(_builtins, 'complex', int), str, bytes, range,
    slice, property, _types.FunctionType, _types.BuiltinFunctionType,
    _types.CodeType,
})
_immutable_containers = frozenset({tuple, frozenset})


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _atomic or cls in _immutable_containers or issubclass(cls, type):
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    reduced = _reduce(x)
    if isinstance(reduced, str):
        return x
    return _reconstruct(x, None, *reduced)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: contained objects are copied recursively, each one
    once (memo maps id(original) to its copy, so shared references and
    cycles are preserved)."""
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    copier = _deep_copiers.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            reduced = _reduce(x)
            if isinstance(reduced, str):
                return x
            y = _reconstruct(x, memo, *reduced)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def replace(obj, /, **changes):
    """A new object like obj with some fields changed, by obj.__replace__."""
    cls = obj.__class__
    replacer = getattr(cls, '__replace__', None)
    if replacer is None:
        raise TypeError(f'replace() does not support {cls.__name__} objects')
    return replacer(obj, **changes)


def _keep_alive(x, memo):
    """Keep the originals alive while memo is in use, so their ids (the
    memo's keys) cannot be reused by new objects."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for item in x:
        append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(item, memo) for item in x]
    # A cycle through the tuple may already have produced its copy.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for old, new in zip(x, y):
        if old is not new:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


_deep_copiers = {cls: _deepcopy_atomic for cls in _atomic}
_deep_copiers.update({list: _deepcopy_list, tuple: _deepcopy_tuple,
                      dict: _deepcopy_dict, bytearray: _deepcopy_bytearray,
                      _types.MethodType: _deepcopy_method})


# The pickle protocol, as far as copying needs it

def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _defined_in_python(cls):
    return any('__module__' in vars(k) for k in cls.__mro__ if k is not object)


def _overrides(cls, name):
    method = getattr(cls, name, None)
    return method is not None and method is not getattr(object, name, None)


def _reduce(x):
    """(callable, args, state, listitems, dictitems) rebuilding x, or a str
    if x is a global that copies as itself."""
    cls = type(x)
    if _overrides(cls, '__reduce_ex__'):
        return x.__reduce_ex__(4)
    if _overrides(cls, '__reduce__'):
        return x.__reduce__()
    if isinstance(x, (set, frozenset)):
        return cls, (list(x),), getattr(x, '__dict__', None) or None
    if not _defined_in_python(cls):
        raise TypeError(f'cannot pickle {cls.__name__!r} object')
    if _overrides(cls, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
        func, args = _newobj_ex, (cls, args, kwargs)
    else:
        if _overrides(cls, '__getnewargs__'):
            args = x.__getnewargs__()
        else:
            args = ()
            for base in (int, float, str, bytes, tuple):
                if isinstance(x, base):
                    args = (base(x),)
                    break
        func, args = _newobj, (cls,) + tuple(args)
    if _overrides(cls, '__getstate__'):
        state = x.__getstate__()
    else:
        state = getattr(x, '__dict__', None) or None
        slots = _slot_values(x)
        if slots:
            state = (state, slots)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return func, args, state, listitems, dictitems


def _slot_values(x):
    """The values of x's __slots__ that are set, as object.__getstate__ reports them."""
    values = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_' + klass.__name__.lstrip('_') + name
            try:
                values[name] = getattr(x, name)
            except AttributeError:
                pass
    return values


def _reconstruct(x, memo, func, args, state=None, listitems=None,
                 dictitems=None, state_setter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if state_setter is not None:
            state_setter(y, state)
        elif hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for key, value in dictitems:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
