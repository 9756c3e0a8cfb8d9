"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

An enum class is built by its metaclass EnumType: the class body runs in an EnumDict that
records member names in order (and resolves auto() values); EnumType.__new__ then turns
each recorded name into a member, an instance of the class carrying _name_ and _value_.
Members with an equal value become aliases of the first one."""

import sys

__all__ = ['EnumType', 'EnumMeta', 'EnumDict', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique', 'property', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'verify', 'EnumCheck',
           'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'global_enum', 'show_flag_values']

_builtin_property = property
_builtin_bin = bin

# Enum, Flag and ReprEnum are None while this module defines them.
Enum = Flag = ReprEnum = EJECT = None


class _Sentinel:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return self.text


_auto_null = _Sentinel('_auto_null')
_not_given = _Sentinel('_not_given')


class nonmember:
    """Protects a value in an enum body from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces a value in an enum body (such as a function) to become a member."""

    def __init__(self, value):
        self.value = value


class auto:
    """Stands for the next automatically generated member value."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name
    return len(name) > len(prefix) and name.startswith(prefix) and not name.endswith('__')


def _is_internal_class(cls_name, obj):
    # a class nested in the enum body is an attribute, not a member
    return isinstance(obj, type) and obj.__qualname__ == '%s.%s' % (cls_name, obj.__name__)


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _iter_bits_lsb(num):
    """The powers of two in num, lowest first."""
    original = num
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        low = num & -num
        yield low
        num ^= low


def _high_bit(value):
    return value.bit_length() - 1


def bin(num, max_bits=None):
    """Binary text of num with an explicit sign bit: bin(5) == '0b0 101', and negative
    numbers in two's complement (bin(~5) == '0b1 010')."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        text = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


class _MembersView:
    """A read-only view of an enum's name -> member mapping (EnumType.__members__)."""

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

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    def __eq__(self, other):
        return self._mapping == (other._mapping if isinstance(other, _MembersView) else other)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def copy(self):
        return dict(self._mapping)


class DynamicClassAttribute:
    """An attribute computed on instances; looking it up on the class raises
    AttributeError (so the metaclass's __getattr__ can answer instead)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


class property(DynamicClassAttribute):
    """Like property, but looked up on the enum class it gives the member of the same
    name (so members may be called 'name' or 'value')."""

    member = None
    _attr_type = None
    _cls_type = None

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is not None:
            return self.fget(instance)
        if self._attr_type == 'attr':
            return getattr(self._cls_type, self.name)
        if self._attr_type == 'desc':
            return getattr(instance._value_, self.name)
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name)) from None

    def __set__(self, instance, value):
        if self.fset is not None:
            return self.fset(instance, value)
        raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))

    def __delete__(self, instance):
        if self.fdel is not None:
            return self.fdel(instance)
        raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


class EnumDict(dict):
    """The namespace of an enum class body: records member names in definition order,
    refuses to redefine them, and fills in auto() values."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                           '_ignore_', '_iter_member_', '_iter_member_by_value_',
                           '_iter_member_by_def_', '_add_alias_', '_add_value_alias_'
                           ) and not key.startswith('_repr_'):
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = value.__func__ if isinstance(value, staticmethod) else value
            elif key == '_ignore_':
                value = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r' % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) or _is_internal_class(self._cls_name, value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._resolve_autos(key, value)
            self._member_names[key] = None
        super().__setitem__(key, value)

    def _resolve_autos(self, key, value):
        single = isinstance(value, auto)
        items = (value,) if single else value
        if not (isinstance(items, tuple) and any(isinstance(v, auto) for v in items)):
            self._last_values.append(value)
            return value
        resolved = []
        for v in items:
            if isinstance(v, auto):
                if v.value is _auto_null:
                    v.value = self._generate_next_value(key, 1, len(self._member_names),
                                                        self._last_values[:])
                    self._auto_called = True
                v = v.value
                self._last_values.append(v)
            resolved.append(v)
        if single:
            return resolved[0]
        try:
            return type(items)(resolved)
        except TypeError:
            return type(items)(*resolved)

    @_builtin_property
    def member_names(self):
        return list(self._member_names)

    def update(self, members=(), **more_members):
        pairs = members.items() if hasattr(members, 'items') else members
        for name, value in pairs:
            self[name] = value
        for name, value in more_members.items():
            self[name] = value


_EnumDict = EnumDict


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        ignore = list(classdict.get('_ignore_', [])) + ['_ignore_']
        member_names = list(classdict._member_names) if isinstance(classdict, EnumDict) else []
        invalid = set(member_names) & {'mro', ''}
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % ','.join(repr(n) for n in invalid))
        order = classdict.get('_order_')
        gnv = classdict.get('_generate_next_value_')
        ns = {k: v for k, v in classdict.items() if k not in ignore and k != '_order_'}
        if gnv is not None and type(gnv) is not staticmethod:
            ns['_generate_next_value_'] = staticmethod(gnv)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new, save_new, use_args = metacls._find_new_(ns, member_type, first_enum)
        values = {name: ns.pop(name) for name in member_names}
        ns.update(_new_member_=new, _use_args_=use_args, _member_names_=[], _member_map_={},
                  _value2member_map_={}, _unhashable_values_=[], _unhashable_values_map_={},
                  _member_type_=member_type,
                  _value_repr_=metacls._find_data_repr_(cls, bases),
                  _boundary_=boundary or getattr(first_enum, '_boundary_', None),
                  _flag_mask_=0, _singles_mask_=0, _all_bits_=0, _inverted_=None)
        # members are made by _MemberMaker.__set_name__, which type.__new__ calls before
        # __init_subclass__, so that hook sees the members
        for name in member_names:
            ns[name] = _MemberMaker(values[name])
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        own = enum_class.__dict__
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in own:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in own:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name not in own:
                found = getattr(enum_class, name)
                if found is getattr(member_type, name) or found is getattr(object, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if name not in own:
                    type.__setattr__(enum_class, name, getattr(Flag, name))
        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, '__new_member__', new)
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        if not is_flag and not (Flag is None and cls == 'Flag'):
            for name in ('_boundary_', '_flag_mask_', '_singles_mask_', '_all_bits_', '_inverted_'):
                type.__delattr__(enum_class, name)
        elif is_flag:
            values_in_order = [m._value_ for m in enum_class]
            if values_in_order != sorted(values_in_order):
                type.__setattr__(enum_class, '_iter_member_', enum_class._iter_member_by_def_)
            if order:
                order = [o for o in order if o not in enum_class._member_map_
                         or _is_single_bit(enum_class[o]._value_)]
        if order:
            order = [o for o in order if o not in enum_class._member_map_
                     or o in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=_not_given, *values, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """Look a member up by value -- Color(1) -- or, on an enum without members,
        create a new enum class: Enum('Color', 'RED GREEN')."""
        if cls._member_map_:
            if names is not _not_given:
                value = (value, names) + values
            return cls.__new__(cls, value)
        if names is _not_given and type is None:
            raise TypeError(f"{cls} has no members; specify `names=()` if you meant to "
                            f"create a new, empty, enum")
        if module is None:
            try:
                module = sys._getframe(1).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        return cls._create_(value, None if names is _not_given else names, module=module,
                            qualname=qualname, type=type, start=start, boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                       '__len__', '__members__', '__module__', '__name__', '__qualname__'}
        interesting.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add('__init_subclass__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        """Every member by name, aliases included (read-only)."""
        return _MembersView(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: a new enum class named class_name."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs, last_values = [], []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """(the data type of the members, the enum class being extended)"""
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        return mcls._find_data_type_(class_name, bases) or object, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if '__repr__' in base.__dict__:
                    if ('__dataclass_fields__' in base.__dict__
                            and '__dataclass_params__' in base.__dict__
                            and base.__dict__['__dataclass_params__'].repr):
                        return _dataclass_repr
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        return data_types.pop() if data_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """(the __new__ that makes members, whether to keep it as __new_member__,
        whether it takes the member's value as arguments)"""
        new = classdict.get('__new__')
        save_new = first_enum is not None and new is not None
        if new is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in (None, None.__new__, object.__new__,
                                      Enum.__new__ if Enum is not None else None):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (first_enum is None or new in (Enum.__new__ if Enum else None, object.__new__))
        return new, save_new, use_args

    def _add_member_(cls, name, member):
        if name in cls._member_map_:
            if cls._member_map_[name] is not member:
                raise NameError('%r is already bound: %r' % (name, cls._member_map_[name]))
            return
        # a member named like an inherited attribute (say 'name') gets a redirecting
        # enum.property, so member.name still works
        found, kind, owner = None, None, None
        for base in cls.__mro__[1:]:
            attr = base.__dict__.get(name)
            if attr is None:
                continue
            if isinstance(attr, DynamicClassAttribute):
                found, kind, owner = attr, 'enum', base
                break
            if _is_descriptor(attr):
                found, kind, owner = attr, kind or 'desc', owner or base
                continue
            kind, owner = 'attr', base
        if found is not None:
            redirect = property()
            redirect.member = member
            redirect.__set_name__(cls, name)
            if kind in ('enum', 'desc'):
                redirect.fget = getattr(found, 'fget', None)
                redirect.fset = getattr(found, 'fset', None)
                redirect.fdel = getattr(found, 'fdel', None)
            redirect._attr_type = kind
            redirect._cls_type = owner
            type.__setattr__(cls, name, redirect)
        else:
            type.__setattr__(cls, name, member)
        cls._member_map_[name] = member


EnumMeta = EnumType


class _MemberMaker:
    """Placeholder for a member in the new class dict; __set_name__ creates the member."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        type.__delattr__(enum_class, member_name)
        value = self.value
        args = value if isinstance(value, tuple) else (value,)
        if enum_class._member_type_ is tuple:
            args = (args,)
        if enum_class._use_args_:
            enum_member = enum_class._new_member_(enum_class, *args)
        else:
            enum_member = enum_class._new_member_(enum_class)
        if not hasattr(enum_member, '_value_'):
            if enum_class._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = enum_class._member_type_(*args)
                except Exception as exc:
                    new_exc = TypeError('_value_ not set in __new__, unable to create it')
                    new_exc.__cause__ = exc
                    raise new_exc
        value = enum_member._value_
        enum_member._name_ = member_name
        enum_member.__objclass__ = enum_class
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag and isinstance(value, int):
            type.__setattr__(enum_class, '_flag_mask_', enum_class._flag_mask_ | value)
            if _is_single_bit(value):
                type.__setattr__(enum_class, '_singles_mask_', enum_class._singles_mask_ | value)
            type.__setattr__(enum_class, '_all_bits_', 2 ** enum_class._flag_mask_.bit_length() - 1)
        # an equal value already present makes this name an alias
        canonical = _lookup_value(enum_class, value)
        if canonical is not None:
            enum_member = canonical
        elif not is_flag or (isinstance(value, int) and _is_single_bit(value)):
            enum_class._member_names_.append(member_name)
        enum_class._add_member_(member_name, enum_member)
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)
            enum_class._unhashable_values_map_.setdefault(member_name, []).append(value)


def _lookup_value(enum_class, value):
    """The member with this value, or None."""
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        for m in enum_class._member_map_.values():
            if m._value_ == value:
                return m
        return None


class Enum(metaclass=EnumType):
    """Base class of enumerations: a set of names bound to unique member objects."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for name, values in cls._unhashable_values_map_.items():
                if value in values:
                    return cls[name]
        if not cls._member_map_:
            raise TypeError("%r has no members defined" % cls)
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _add_alias_(self, name):
        self.__class__._add_member_(name, self)

    def _add_value_alias_(self, value):
        cls = self.__class__
        existing = _lookup_value(cls, value)
        if existing is not None:
            if existing is not self:
                raise ValueError('%r is already bound: %r' % (value, existing))
            return
        try:
            cls._value2member_map_.setdefault(value, self)
        except TypeError:
            cls._unhashable_values_.append(value)
            cls._unhashable_values_map_.setdefault(self.name, []).append(value)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the largest value so far."""
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last_value,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        interesting = set()
        if self.__class__._member_type_ is not object:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_' and name not in self._member_map_:
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, DynamicClassAttribute):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in self._member_map_:
                    interesting.add(name)
        return sorted({'__class__', '__doc__', '__eq__', '__hash__', '__module__'} | interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type; only repr() changes."""


class IntEnum(int, ReprEnum):
    """An enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the member's name in lower case."""
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with bits that no member has: raise (STRICT), drop them
    (CONFORM), return a plain int (EJECT) or keep them (KEEP)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """An enum whose members can be combined with |, & , ^ and ~."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the next power of two."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Make (and cache) the pseudo-member for a combination of flags."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined |= m._value_
            if aliases:
                value = member_value | aliases
                for pm in cls._member_map_.values():
                    if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                        members.append(pm)
                        combined |= pm._value_
            unknown = value ^ combined
            pseudo_member._name_ = '|'.join(m._name_ for m in members)
            if not combined:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def _binary(self, other, op, symbol):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        for flag in (self, other):
            if self._get_value(flag) is None:
                raise TypeError(f"'{flag}' cannot be combined with other flags with {symbol}")
        return self.__class__(op(self._value_, other_value))

    def __or__(self, other):
        return self._binary(other, lambda a, b: a | b, '|')

    def __and__(self, other):
        return self._binary(other, lambda a, b: a & b, '&')

    def __xor__(self, other):
        return self._binary(other, lambda a, b: a ^ b, '^')

    def __invert__(self):
        if self._get_value(self) is None:
            raise TypeError(f"'{self}' cannot be inverted")
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""


def _dataclass_repr(self):
    fields = self.__dataclass_fields__
    return ', '.join('%s=%r' % (k, getattr(self, k)) for k, f in fields.items() if f.repr)


def unique(enumeration):
    """Class decorator: raise ValueError if the enumeration has aliases."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if duplicates:
        details = ', '.join("%s -> %s" % pair for pair in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


class EnumCheck(StrEnum):
    """Constraints that verify() can check."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking the given EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            enum_type = 'flag'
        elif issubclass(enumeration, Enum):
            enum_type = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                              if name != m.name]
                if duplicates:
                    details = ', '.join("%s -> %s" % pair for pair in duplicates)
                    raise ValueError('aliases found in %r: %s' % (enumeration, details))
            elif check is CONTINUOUS:
                values = {e.value for e in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if enum_type == 'flag':
                    expected = range(_high_bit(low), _high_bit(high) + 1)
                    missing = [2 ** i for i in expected if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    raise ValueError('invalid %s %r: missing values %s'
                                     % (enum_type, cls_name, ', '.join(map(str, missing)))[:256])
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                missing_names, missing_value = [], 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names or alias._value_ < 0:
                        continue
                    values = list(_iter_bits_lsb(alias._value_))
                    missed = [v for v in values if v not in enumeration._value2member_map_]
                    if missed:
                        missing_names.append(name)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    alias = 'alias %s is missing' if len(missing_names) == 1 else 'aliases %s and %s are missing'
                    if len(missing_names) > 1:
                        alias = alias % (', '.join(missing_names[:-1]), missing_names[-1])
                    else:
                        alias = alias % missing_names[0]
                    value = 'value 0x%x' % missing_value if _is_single_bit(missing_value) \
                        else 'combined values of 0x%x' % missing_value
                    raise ValueError('invalid Flag %r: %s %s' % (cls_name, alias, value))
        return enumeration


def global_enum(cls, update_str=False):
    """Class decorator: export the members into the module's namespace."""
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


def pickle_by_global_name(self, proto):
    return self.name
