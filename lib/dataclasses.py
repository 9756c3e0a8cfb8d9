"""Data classes: the @dataclass decorator generates __init__, __repr__, __eq__ (and
optionally ordering, __hash__ and frozen-ness) from a class's annotated fields.

The generated methods are closures over the field list; __init__ binds its arguments
itself, raising the same TypeErrors as a function with the equivalent signature."""

import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Assigning to or deleting a field of a frozen dataclass."""


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _ReadOnlyMapping:
    """A read-only view of a dict (Field.metadata)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def __eq__(self, other):
        return self._mapping == (other._mapping if isinstance(other, _ReadOnlyMapping) else other)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


_EMPTY_METADATA = _ReadOnlyMapping({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """Annotation for an __init__ argument that is passed to __post_init__, not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """The description of one field: name, type, default or default_factory, and
    whether it takes part in __init__, __repr__, comparisons and __hash__."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', 'doc', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only,
                 doc=None):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None else _ReadOnlyMapping(metadata))
        self.kw_only = kw_only
        self.doc = doc
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args',
                 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                 weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return ('_DataclassParams(' + ','.join(f'{name}={getattr(self, name)!r}'
                                               for name in self.__slots__) + ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING, doc=None):
    """Describe a field beyond its annotation and default value."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only, doc)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _tuple_of(obj, fields):
    return tuple(getattr(obj, f.name) for f in fields)


# ---- argument binding for the generated __init__ ----

def _name_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _plural(n, word):
    return f'{n} {word}' + ('' if n == 1 else 's')


def _bind(qualname, positional, kw_only, args, kwargs):
    """Match args/kwargs to the parameters (lists of (name, default or MISSING)) with
    the checks, order and messages of a real function call."""
    fname = qualname + '()'
    values = {}
    for (name, _), value in zip(positional, args):
        values[name] = value
    pos_names = [name for name, _ in positional]
    kw_names = [name for name, _ in kw_only]
    kw_given = 0
    for key, value in kwargs.items():
        if key in kw_names:
            kw_given += 1
        elif key not in pos_names:
            raise TypeError(f'{fname} got an unexpected keyword argument {key!r}')
        if key in values:
            raise TypeError(f'{fname} got multiple values for argument {key!r}')
        values[key] = value
    if len(args) > len(positional):
        required = sum(1 for _, d in positional if d is MISSING) + 1
        most = len(positional) + 1
        takes = (_plural(most, 'positional argument') if required == most
                 else f'from {required} to {most} positional arguments')
        given = len(args) + 1
        if kw_given:
            raise TypeError(f'{fname} takes {takes} but {_plural(given, "positional argument")} '
                            f'(and {_plural(kw_given, "keyword-only argument")}) were given')
        raise TypeError(f'{fname} takes {takes} but {given} {"was" if given == 1 else "were"} given')
    for params, kind in ((positional, 'positional'), (kw_only, 'keyword-only')):
        missing = [name for name, d in params if d is MISSING and name not in values]
        if missing:
            raise TypeError(f'{fname} missing {len(missing)} required {kind} '
                            f'argument{"s" if len(missing) > 1 else ""}: {_name_list(missing)}')
        for name, d in params:
            if name not in values:
                values[name] = d
    return values


def _make_init(cls, all_fields, frozen, has_post_init):
    qualname = cls.__qualname__ + '.__init__'
    pos_fields, kw_fields = _fields_in_init_order(all_fields)

    def param(f):
        if f.default_factory is not MISSING:
            return f.name, _HAS_DEFAULT_FACTORY
        return f.name, f.default

    positional = [param(f) for f in pos_fields]
    kw_only = [param(f) for f in kw_fields]
    seen_default = None
    for f in pos_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = f
        elif seen_default is not None:
            raise TypeError(f'non-default argument {f.name!r} follows default argument '
                            f'{seen_default.name!r}')
    initvars = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
    setter = object.__setattr__

    def __init__(self, *args, **kwargs):
        values = _bind(qualname, positional, kw_only, args, kwargs)
        for f in all_fields:
            if f._field_type is not _FIELD:
                continue
            if f.init:
                value = values[f.name]
                if value is _HAS_DEFAULT_FACTORY and f.default_factory is not MISSING:
                    value = f.default_factory()
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue    # the class attribute holds the default, if any
            if frozen:
                setter(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*[values[name] for name in initvars])

    __init__.__signature_parameters__ = (positional, kw_only, [
        f.type for f in pos_fields], [f.type for f in kw_fields])
    return __init__


def _init_signature(init):
    """inspect.Signature of a generated __init__ (used by inspect.signature)."""
    import inspect
    positional, kw_only, pos_types, kw_types = init.__signature_parameters__
    params = [inspect.Parameter('self', inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    for (name, default), ann in zip(positional, pos_types):
        params.append(inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                        default=inspect.Parameter.empty if default is MISSING else default,
                                        annotation=ann))
    for (name, default), ann in zip(kw_only, kw_types):
        params.append(inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY,
                                        default=inspect.Parameter.empty if default is MISSING else default,
                                        annotation=ann))
    return inspect.Signature(params, return_annotation=None)


# ---- the other generated methods ----

_repr_running = set()


def _make_repr(cls, fields):
    shown = [f for f in fields if f.repr]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            body = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in shown)
        finally:
            _repr_running.discard(key)
        return f'{self.__class__.__qualname__}({body})'
    return __repr__


def _make_compare(name, op, fields):
    compared = [f for f in fields if f.compare]

    def method(self, other):
        if other.__class__ is self.__class__:
            return op(_tuple_of(self, compared), _tuple_of(other, compared))
        return NotImplemented
    method.__name__ = name
    return method


def _make_hash(fields):
    hashed = [f for f in fields if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(_tuple_of(self, hashed))
    return __hash__


def _make_frozen_methods(cls, fields):
    names = {f.name for f in fields}

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _set_qualname(cls, value):
    if hasattr(value, '__qualname__') and hasattr(value, '__code__'):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    return value


def _set_new_attribute(cls, name, value):
    """Add a generated method unless the class defines that name itself."""
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


# ---- collecting fields ----

def _is_classvar(a_type):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return (a_type is typing.ClassVar
            or getattr(a_type, '__origin__', None) is typing.ClassVar)


def _string_names(annotation, names):
    """Does the string annotation name one of `names`, optionally qualified?"""
    head = annotation.strip().split('[', 1)[0].strip()
    return head in names


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type) or (isinstance(a_type, str) and
                                _string_names(a_type, ('ClassVar', 'typing.ClassVar'))):
        f._field_type = _FIELD_CLASSVAR
    if (a_type is InitVar or type(a_type) is InitVar or
            (isinstance(a_type, str) and _string_names(a_type, ('InitVar', 'dataclasses.InitVar')))):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default is not MISSING and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: '
                         'use default_factory')
    return f


def _is_kw_only_marker(a_type):
    return a_type is KW_ONLY or (isinstance(a_type, str) and
                                 _string_names(a_type, ('KW_ONLY', 'dataclasses.KW_ONLY')))


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen,
                                           match_args, kw_only, slots, weakref_slot))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only_marker(a_type):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_fields = [f for f in fields.values() if f._field_type is _FIELD]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__', _make_init(cls, all_init_fields, frozen, has_post_init))
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(cls, std_fields))
    if eq:
        _set_new_attribute(cls, '__eq__', _make_compare('__eq__', lambda a, b: a == b, std_fields))
    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if _set_new_attribute(cls, name, _make_compare(name, op, std_fields)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        for fn in _make_frozen_methods(cls, std_fields):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}')

    # __hash__: what to do depends on unsafe_hash, eq, frozen and an explicit __hash__
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _set_qualname(cls, _make_hash(std_fields))
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _set_qualname(cls, _make_hash(std_fields))
        else:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = cls.__name__ + _doc_signature(all_init_fields)
        except (TypeError, ValueError):
            cls.__doc__ = ''

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_fields if f.init and not f.kw_only))
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    try:
        import abc
        abc.update_abstractmethods(cls)
    except ImportError:
        pass
    return cls


def _annotation_text(a):
    if isinstance(a, type):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return f'{a.__module__}.{a.__qualname__}'
    if isinstance(a, str):
        return a
    return repr(a).replace('typing.', '')


def _doc_signature(init_fields):
    pos, kw = _fields_in_init_order(init_fields)

    def text(f):
        s = f'{f.name}: {_annotation_text(f.type)}'
        if f.default_factory is not MISSING:
            s += ' = <factory>'
        elif f.default is not MISSING:
            s += f' = {f.default!r}'
        return s
    parts = [text(f) for f in pos]
    if kw:
        parts.append('*')
        parts.extend(text(f) for f in kw)
    return '(' + ', '.join(parts) + ')'


def _add_slots(cls, is_frozen, weakref_slot):
    """A copy of cls with __slots__ for its fields."""
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, '__slots__', ()))
    cls_dict['__slots__'] = tuple(n for n in field_names if n not in inherited) + (
        ('__weakref__',) if weakref_slot else ())
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add generated special methods to a class with annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass (or instance), in definition order."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Is obj a dataclass or an instance of one?"""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _deepcopy(obj):
    try:
        import copy
    except ImportError:
        return obj
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, converting nested dataclasses,
    lists, tuples and dicts recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if type(obj) in (int, float, str, bool, type(None), bytes):
        return obj
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), 'default_factory'):
            result = type(obj)(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_asdict_inner(k, dict_factory)] = _asdict_inner(v, dict_factory)
            return result
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    if type(obj) in (int, float, str, bool, type(None), bytes):
        return obj
    return _deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError(f'field {f.name} is declared with init=False, it cannot be '
                                'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Create a dataclass named cls_name from (name[, type[, Field]]) items."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = None
    if module is not None:
        ns['__module__'] = module
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
