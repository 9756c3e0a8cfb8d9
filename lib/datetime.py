"""Concrete date/time and related types (minnow's own implementation)."""

import time as _time
import math as _math

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_NAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_FULL_MONTHS = (None, "January", "February", "March", "April", "May", "June",
                "July", "August", "September", "October", "November", "December")
_FULL_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
              "Saturday", "Sunday")
_MAX_ORDINAL = 3652059  # date(9999, 12, 31).toordinal()


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ord(y, m, d):
    leap = 1 if m > 2 and _is_leap(y) else 0
    return _days_before_year(y) + _DAYS_BEFORE_MONTH[m] + leap + d


def _ord_to_ymd(n):
    # Walk down through 400-, 100-, 4- and 1-year cycles of days.
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = _is_leap(year)
    month = 1
    while month < 12:
        nxt = _DAYS_BEFORE_MONTH[month + 1] + (1 if leap and month + 1 > 2 else 0)
        if n < nxt:
            break
        month += 1
    before = _DAYS_BEFORE_MONTH[month] + (1 if leap and month > 2 else 0)
    return year, month, n - before + 1


def _index(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


def _check_date(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _cls_name(obj):
    cls = type(obj)
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__qualname__
    return cls.__qualname__


def _type_name(obj):
    cls = type(obj)
    if cls.__module__ in ('datetime', 'builtins'):
        return (cls.__module__ == 'datetime' and 'datetime.' or '') + cls.__qualname__
    return cls.__qualname__


_REFLECTED = {'+': '__radd__', '-': '__rsub__', '*': '__rmul__', '/': '__rtruediv__',
              '//': '__rfloordiv__', '%': '__rmod__', 'divmod()': '__rdivmod__'}
_SEQUENCES = (str, bytes, bytearray, list, tuple)


def _binop_error(op, a, b):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (op, _type_name(a), _type_name(b)))


def _binop_fail(op, a, b):
    """What a failed forward operator a <op> b returns. Pairs whose outcome is
    known here (builtins, this module's own types) are settled directly, so
    the error names the types 'datetime.x' as CPython's do; anything else gets
    NotImplemented and its reflected method a chance."""
    mod = type(b).__module__
    if mod == 'datetime':
        rmeth = getattr(type(b), _REFLECTED[op], None)
        r = NotImplemented if rmeth is None else rmeth(b, a)
        if r is NotImplemented:
            raise _binop_error(op, a, b)
        return r
    if mod == 'builtins':
        if op == '*' and isinstance(b, _SEQUENCES):
            raise _repeat_error(a)
        raise _binop_error(op, a, b)
    return NotImplemented


def _repeat_error(x):
    return TypeError("can't multiply sequence by non-int of type '%s'" % _type_name(x))


def _rbinop_fail(op, a, b):
    """What a failed reflected operator a <op> b (called on b) returns."""
    if type(a).__module__ in ('builtins', 'datetime'):
        if op == '*' and isinstance(a, _SEQUENCES):
            raise _repeat_error(b)
        raise _binop_error(op, a, b)
    return NotImplemented


def _cmp_fail(op, a, b):
    """NotImplemented for an ordering against a foreign type, so its reflected
    method runs; for builtins and this module's types, the TypeError itself."""
    if type(b).__module__ in ('builtins', 'datetime'):
        raise _cmp_error(op, a, b)
    return NotImplemented


def _cmp_error(op, a, b):
    return TypeError("'%s' not supported between instances of '%s' and '%s'"
                     % (op, _type_name(a), _type_name(b)))


def _round_half_even(num, den):
    """Round num/den (integers, den > 0) to the nearest integer, ties to even."""
    q, r = divmod(num, den)
    r2 = r * 2
    if r2 > den or (r2 == den and q % 2 == 1):
        q += 1
    return q


def _to_ratio(x):
    if isinstance(x, int):
        return int(x), 1
    return x.as_integer_ratio()


class timedelta:
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0,
                milliseconds=0, minutes=0, hours=0, weeks=0):
        # Sum everything exactly as a fraction of microseconds.
        num, den = 0, 1
        for value, scale in ((days, 86400000000), (seconds, 1000000),
                             (microseconds, 1), (milliseconds, 1000),
                             (minutes, 60000000), (hours, 3600000000),
                             (weeks, 604800000000)):
            if isinstance(value, (int, float)):
                n, d = _to_ratio(value)
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (_TD_NAMES[scale], type(value).__name__))
            num, den = num * d + n * scale * den, den * d
        return cls._from_us(_round_half_even(num, den))

    @classmethod
    def _from_us(cls, us):
        secs, us = divmod(us, 1000000)
        days, secs = divmod(secs, 86400)
        if not -999999999 <= days <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = secs
        self._microseconds = us
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_cls_name(self), ", ".join(parts) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return _binop_fail('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _rbinop_fail('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return _binop_fail('-', self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(other._us() - self._us())
        return _rbinop_fail('-', other, self)

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return timedelta._from_us(self._us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._us() * n, d))
        return _binop_fail('*', self, other)

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        return _rbinop_fail('*', other, self)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            n, d = self._us(), other
            if d < 0:
                n, d = -n, -d
            return timedelta._from_us(_round_half_even(n, d))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError("division by zero")
            n, d = self._us() * d, n
            if d < 0:
                n, d = -n, -d
            return timedelta._from_us(_round_half_even(n, d))
        return _binop_fail('/', self, other)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._us() // other)
        return _binop_fail('//', self, other)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return timedelta._from_us(self._us() % other._us())
        return _binop_fail('%', self, other)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return _binop_fail('divmod()', self, other)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return _cmp_fail('<', self, other)

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return _cmp_fail('<=', self, other)

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return _cmp_fail('>', self, other)

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return _cmp_fail('>=', self, other)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


_TD_NAMES = {86400000000: 'days', 1000000: 'seconds', 1: 'microseconds',
             1000: 'milliseconds', 60000000: 'minutes', 3600000000: 'hours',
             604800000000: 'weeks'}

timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- formatting

def _format_offset(off, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta offset, '' for None."""
    if off is None:
        return ''
    sign = '+'
    if off._days < 0:
        sign = '-'
        off = -off
    mm, ss = divmod(off._seconds, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off._microseconds:
        s += "%s%02d" % (sep, ss)
        if off._microseconds:
            s += ".%06d" % off._microseconds
    return s


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return "%02d" % hh
    if timespec == 'minutes':
        return "%02d:%02d" % (hh, mm)
    if timespec == 'seconds':
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == 'milliseconds':
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _wrap_strftime(obj, fmt, timetuple):
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        code = fmt[i]
        i += 1
        if code == 'f':
            out.append("%06d" % getattr(obj, 'microsecond', 0))
        elif code == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, ''))
        elif code == ':' and i < n and fmt[i] == 'z':
            i += 1
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, ':'))
        elif code == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append('' if name is None else name.replace('%', '%%'))
        else:
            out.append('%' + code)
    return _time.strftime(''.join(out), timetuple)


# ---------------------------------------------------------------- ISO parsing

def _parse_int(s, what):
    if not s.isdigit() or not s.isascii():
        raise ValueError(what)
    return int(s)


def _parse_iso_date(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]
    if len(s) < 7 or not s[:4].isdigit():
        raise ValueError
    year = int(s[:4])
    rest = s[4:]
    dash = rest.startswith('-')
    if dash:
        rest = rest[1:]
    if rest.startswith('W'):
        rest = rest[1:]
        if len(rest) < 2 or not rest[:2].isdigit():
            raise ValueError
        week = int(rest[:2])
        rest = rest[2:]
        day = 1
        if rest:
            if dash:
                if not rest.startswith('-'):
                    raise ValueError
                rest = rest[1:]
            if len(rest) != 1 or not rest.isdigit():
                raise ValueError
            day = int(rest)
        return _iso_to_ymd(year, week, day)
    if dash:
        if len(rest) != 5 or rest[2] != '-':
            raise ValueError
        mm, dd = rest[:2], rest[3:]
    else:
        if len(rest) != 4:
            raise ValueError
        mm, dd = rest[:2], rest[2:]
    if not (mm.isdigit() and dd.isdigit()):
        raise ValueError
    return year, int(mm), int(dd)


def _iso_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        first = _ymd_to_ord(year, 1, 1) % 7
        if not (week == 53 and (first == 4 or (first == 3 and _is_leap(year)))):
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    start = _iso_week1_monday(year)
    return _ord_to_ymd(start + (week - 1) * 7 + day - 1)


def _iso_week1_monday(year):
    first = _ymd_to_ord(year, 1, 1)
    wd = (first + 6) % 7  # Monday == 0
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _parse_iso_time(s):
    """Returns (h, m, s, us, tzinfo-or-None)."""
    tz = None
    for i, ch in enumerate(s):
        if ch in '+-Z':
            tzpart = s[i:]
            s = s[:i].rstrip(' ')
            if tzpart == 'Z':
                tz = timezone.utc
            else:
                if tzpart[0] == 'Z':
                    raise ValueError
                sign = -1 if tzpart[0] == '-' else 1
                h, m, sec, us = _parse_hms(tzpart[1:])
                off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
                tz = timezone.utc if not off else timezone(sign * off)
            break
    h, m, sec, us = _parse_hms(s)
    return h, m, sec, us, tz


def _parse_hms(s):
    frac = ''
    for sep in '.,':
        if sep in s:
            s, frac = s.split(sep, 1)
            if not frac or not frac.isdigit():
                raise ValueError
            break
    if ':' in s:
        parts = s.split(':')
    else:
        if len(s) % 2 or not s:
            raise ValueError
        parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or frac and len(parts) != 3:
        raise ValueError
    vals = []
    for p in parts:
        if len(p) != 2 or not p.isdigit():
            raise ValueError
        vals.append(int(p))
    while len(vals) < 3:
        vals.append(0)
    us = int((frac + '000000')[:6]) if frac else 0
    return vals[0], vals[1], vals[2], us


# ---------------------------------------------------------------- date

class date:
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' (pos 3)")
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % _ord_to_ymd(n)[0])
        return cls(*_ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            ymd = _parse_iso_date(s)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % s) from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_to_ymd(year, week, day))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_cls_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[wd - 1], _MONTH_NAMES[self._month],
                                             self._day, self._year)

    def timetuple(self):
        return _make_struct(self._year, self._month, self._day, 0, 0, 0, -1)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def toordinal(self):
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        today = self.toordinal()
        week1 = _iso_week1_monday(year)
        if today < week1:
            year -= 1
            week1 = _iso_week1_monday(year)
        elif today >= _iso_week1_monday(year + 1):
            year += 1
            week1 = _iso_week1_monday(year)
        week, day = divmod(today - week1, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    __replace__ = replace

    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if isinstance(self, datetime) or not self._comparable(other):
            return NotImplemented
        return self._key() == other._key()

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        if not self._comparable(other):
            return _cmp_fail('<', self, other)
        return self._key() < other._key()

    def __le__(self, other):
        if not self._comparable(other):
            return _cmp_fail('<=', self, other)
        return self._key() <= other._key()

    def __gt__(self, other):
        if not self._comparable(other):
            return _cmp_fail('>', self, other)
        return self._key() > other._key()

    def __ge__(self, other):
        if not self._comparable(other):
            return _cmp_fail('>=', self, other)
        return self._key() >= other._key()

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if 0 < n <= _MAX_ORDINAL:
                return type(self).fromordinal(n)
            raise OverflowError("date value out of range")
        return _binop_fail('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _rbinop_fail('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return _binop_fail('-', self, other)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)

    def __reduce__(self):
        return (tuple, (tuple(self),))


def _make_struct(y, m, d, hh, mm, ss, dst):
    wday = (_ymd_to_ord(y, m, d) + 6) % 7
    yday = _ymd_to_ord(y, m, d) - _ymd_to_ord(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


# ---------------------------------------------------------------- tzinfo

class tzinfo:
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        std = off - dst
        if std:
            dt += std
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst


def _check_offset(name, off):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(off).__name__))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24), not %r." % (off,))
    return off


class timezone(tzinfo):
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        if name is None and not offset and _UTC is not None:
            return _UTC
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_cls_name(self), self._offset)
        return "%s(%r, %r)" % (_cls_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if dt is None or isinstance(dt, datetime):
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, not %s"
                            % type(dt).__name__)

    def dst(self, dt):
        if dt is None or isinstance(dt, datetime):
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, not %s"
                            % type(dt).__name__)

    def tzname(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("tzname(dt) argument must be a datetime instance or None, not %s"
                            % type(dt).__name__)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC


# ---------------------------------------------------------------- time

class time:
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold',
                 '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        t = s[1:] if s.startswith('T') else s
        try:
            h, m, sec, us, tz = _parse_iso_time(t)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % s) from None
        return cls(h, m, sec, us, tz)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def isoformat(self, timespec='auto'):
        return (_format_time(self._hour, self._minute, self._second, self._microsecond,
                             timespec) + _format_offset(self.utcoffset()))

    __str__ = isoformat

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, _time.struct_time(
            (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)))

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_cls_name(self), s)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    __replace__ = replace

    def _cmpkey(self, other, op):
        if not isinstance(other, time):
            if op in ('==', '!='):
                return None
            _cmp_fail(op, self, other)
            return None
        a = (self._hour, self._minute, self._second, self._microsecond)
        b = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is other._tzinfo:
            return a, b
        oa, ob = self.utcoffset(), other.utcoffset()
        if oa == ob:
            return a, b
        if (oa is None) != (ob is None):
            if op in ('==', '!='):
                return 'ne'
            raise TypeError("can't compare offset-naive and offset-aware times")
        ma = self._hour * 60 + self._minute - oa // timedelta(minutes=1)
        mb = other._hour * 60 + other._minute - ob // timedelta(minutes=1)
        return ((ma, self._second, self._microsecond),
                (mb, other._second, other._microsecond))

    def __eq__(self, other):
        k = self._cmpkey(other, '==')
        if k is None:
            return NotImplemented
        return k != 'ne' and k[0] == k[1]

    def __ne__(self, other):
        k = self._cmpkey(other, '!=')
        if k is None:
            return NotImplemented
        return k == 'ne' or k[0] != k[1]

    def __lt__(self, other):
        k = self._cmpkey(other, '<')
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._cmpkey(other, '<=')
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._cmpkey(other, '>')
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._cmpkey(other, '>=')
        return NotImplemented if k is None else k[0] >= k[1]

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if not off:
                self._hashcode = hash((self._hour, self._minute, self._second,
                                       self._microsecond))
            else:
                m = self._hour * 60 + self._minute - off // timedelta(minutes=1)
                self._hashcode = hash((m, self._second, self._microsecond))
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime

class datetime(date):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # -- construction

    @classmethod
    def _from_time_float(cls, t, convert, tz):
        if not isinstance(t, (int, float)):
            t = _index(t)
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            if t in (float('inf'), float('-inf')):
                raise OverflowError("timestamp out of range for platform time_t")
        n, d = _to_ratio(t)
        us_total = _round_half_even(n * 1000000, d)
        secs, us = divmod(us_total, 1000000)
        y, m, dd, hh, mm, ss = convert(secs)[:6]
        ss = min(ss, 59)
        return cls(y, m, dd, hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            dt = cls._from_time_float(t, _time.localtime, None)
            # The second of two ambiguous local times gets fold=1.
            secs = dt._naive_seconds()
            utc = _local_to_utc(secs, 1)
            if utc != _local_to_utc(secs, 0) and utc == t // 1:
                dt = dt.replace(fold=1)
            return dt
        utc = cls._from_time_float(t, _time.gmtime, tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        import warnings
        warnings.warn("datetime.datetime.utcfromtimestamp() is deprecated and scheduled "
                      "for removal in a future version. Use timezone-aware objects to "
                      "represent datetimes in UTC: datetime.datetime.fromtimestamp("
                      "timestamp, datetime.UTC).", DeprecationWarning, stacklevel=2)
        return cls._from_time_float(t, _time.gmtime, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        import warnings
        warnings.warn("datetime.datetime.utcnow() is deprecated and scheduled for removal "
                      "in a future version. Use timezone-aware objects to represent "
                      "datetimes in UTC: datetime.datetime.now(datetime.UTC).",
                      DeprecationWarning, stacklevel=2)
        return cls._from_time_float(_time.time(), _time.gmtime, None)

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour, time_.minute,
                   time_.second, time_.microsecond, tzinfo, fold=time_.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(s) <= 10 or s[4:5] != '-' and 'W' not in s[:8]:
                # Compact or plain date: the time starts after the date part.
                split = _find_date_end(s)
            else:
                split = _find_date_end(s)
            dpart = s[:split]
            y, m, d = _parse_iso_date(dpart)
            h = mi = sec = us = 0
            tz = None
            if split < len(s):
                tpart = s[split + 1:]
                h, mi, sec, us, tz = _parse_iso_time(tpart)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % s) from None
        return cls(y, m, d, h, mi, sec, us, tz)

    # -- accessors

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _make_struct(self._year, self._month, self._day, self._hour,
                            self._minute, self._second, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _make_struct(dt._year, dt._month, dt._day, dt._hour, dt._minute,
                            dt._second, 0)

    def _naive_seconds(self):
        return (self._us_naive() - _EPOCH_NAIVE_US) // 1000000

    def timestamp(self):
        if self._tzinfo is None:
            return _local_to_utc(self._naive_seconds(), self._fold) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def _local_offset(self):
        t = self._naive_seconds()
        return timedelta(seconds=t - _local_to_utc(t, self._fold))

    def astimezone(self, tz=None):
        if tz is None:
            off = self.utcoffset()
            if off is None:
                ts = self.timestamp()
            else:
                ts = (self - _EPOCH).total_seconds()
            lt = _time.localtime(int(_math.floor(ts)))
            tz = timezone(timedelta(seconds=lt.tm_gmtoff), lt.tm_zone) \
                if hasattr(lt, 'tm_gmtoff') else timezone(self._local_offset())
        else:
            _check_tzinfo(tz)
        off = self.utcoffset()
        if off is None:
            utc = self - self.replace(tzinfo=None)._local_offset()
            utc = utc.replace(tzinfo=tz)
        else:
            if tz is self._tzinfo:
                return self
            utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[wd - 1], _MONTH_NAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) +
                _format_time(self._hour, self._minute, self._second,
                             self._microsecond, timespec) +
                _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    @classmethod
    def strptime(cls, string, fmt):
        return _strptime(cls, string, fmt)

    def __repr__(self):
        s = "%d, %d, %d, %d, %d" % (self._year, self._month, self._day,
                                    self._hour, self._minute)
        if self._microsecond:
            s += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s += ", %d" % self._second
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_cls_name(self), s)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    __replace__ = replace

    # -- arithmetic

    def _us_naive(self):
        return (((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60 +
                self._second) * 1000000 + self._microsecond

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return _binop_fail('+', self, other)
        total = self._us_naive() + other._us()
        secs, us = divmod(total, 1000000)
        days, secs = divmod(secs, 86400)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord_to_ymd(days)
        mm, ss = divmod(secs, 60)
        hh, mm = divmod(mm, 60)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _rbinop_fail('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return _binop_fail('-', self, other)
        a, b = self._us_naive(), other._us_naive()
        if self._tzinfo is not other._tzinfo:
            oa, ob = self.utcoffset(), other.utcoffset()
            if (oa is None) != (ob is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if oa is not None:
                a -= oa._us()
                b -= ob._us()
        return timedelta._from_us(a - b)

    # -- comparison

    def _cmp(self, other, op):
        """Returns (a, b) keys, or None when not comparable for ==/!=."""
        if not isinstance(other, datetime):
            if op in ('==', '!='):
                return None
            _cmp_fail(op, self, other)
            return None
        a, b = self._us_naive(), other._us_naive()
        if self._tzinfo is other._tzinfo:
            return a, b
        oa, ob = self.utcoffset(), other.utcoffset()
        if (oa is None) != (ob is None):
            if op in ('==', '!='):
                return 0, 1
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if oa is not None:
            a -= oa._us()
            b -= ob._us()
        return a, b

    def __eq__(self, other):
        k = self._cmp(other, '==')
        return NotImplemented if k is None else k[0] == k[1]

    def __ne__(self, other):
        k = self._cmp(other, '!=')
        return NotImplemented if k is None else k[0] != k[1]

    def __lt__(self, other):
        k = self._cmp(other, '<')
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._cmp(other, '<=')
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._cmp(other, '>')
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._cmp(other, '>=')
        return NotImplemented if k is None else k[0] >= k[1]

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            t = self._us_naive()
            if off is not None:
                t -= off._us()
            self._hashcode = hash(t)
        return self._hashcode

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)


def _local_gmtoff(u):
    return _time.localtime(u).tm_gmtoff


def _local_to_utc(t, fold):
    """POSIX seconds for naive local seconds t; fold picks between the two
    readings of an ambiguous time (0: the earlier) and the offsets on either
    side of a gap (0: the one before)."""
    before = _local_gmtoff(t - 86400)
    after = _local_gmtoff(t + 86400)
    u1, u2 = t - before, t - after
    ok1 = _local_gmtoff(u1) == before
    ok2 = _local_gmtoff(u2) == after
    if ok1 and ok2:
        return max(u1, u2) if fold else min(u1, u2)
    if ok1:
        return u1
    if ok2:
        return u2
    return u2 if fold else u1


def _find_date_end(s):
    """Index just past the ISO date part of a datetime string."""
    if len(s) >= 8 and s[4] == '-':
        if s[5] == 'W':
            return 10 if len(s) > 8 and s[8] == '-' else 8
        return 10
    if len(s) >= 5 and s[4] == 'W':
        return 8 if len(s) > 7 and s[7].isdigit() else 7
    return 8


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
_EPOCH_NAIVE_US = datetime(1970, 1, 1)._us_naive()


# ---------------------------------------------------------------- strptime

_STRP_PATTERNS = {
    'Y': r'(?P<Y>\d{4})',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'f': r'(?P<f>[0-9]{1,6})',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'y': r'(?P<y>\d\d)',
    'b': r'(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)',
    'B': r'(?P<B>january|february|march|april|may|june|july|august|september|'
         r'october|november|december)',
    'a': r'(?P<a>mon|tue|wed|thu|fri|sat|sun)',
    'A': r'(?P<A>monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    'p': r'(?P<p>am|pm)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
}
_STRP_PATTERNS['h'] = _STRP_PATTERNS['b'].replace('<b>', '<h>')


_STRP_CACHE = {}


def _strptime_regex(fmt):
    rx = _STRP_CACHE.get(fmt)
    if rx is None:
        if len(_STRP_CACHE) > 100:
            _STRP_CACHE.clear()
        rx = _STRP_CACHE[fmt] = _build_strptime_regex(fmt)
    return rx


def _build_strptime_regex(fmt):
    import re
    out = []
    seen = set()
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch == '%' and i < n:
            code = fmt[i]
            i += 1
            if code == '%':
                out.append('%')
            elif code in _STRP_PATTERNS:
                if code in seen:
                    out.append('(?P=%s)' % code)
                else:
                    seen.add(code)
                    out.append(_STRP_PATTERNS[code])
            elif code in 'cxX':
                # The C locale's spellings.
                expand = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
                fmt = fmt[:i] .rstrip(code)[:-1] + expand[code] + fmt[i:]
                n = len(fmt)
                i -= 2
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, fmt))
        elif ch == '%':
            raise ValueError("stray %% in format '%s'" % fmt)
        elif ch.isspace():
            out.append(r'\s+')
            while i < n and fmt[i].isspace():
                i += 1
        else:
            out.append(re.escape(ch))
    return re.compile(''.join(out), re.IGNORECASE)


def _strptime(cls, string, fmt):
    if not isinstance(string, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(string).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
    m = _strptime_regex(fmt).match(string)
    if m is None:
        raise ValueError("time data %r does not match format %r" % (string, fmt))
    if m.end() != len(string):
        raise ValueError("unconverted data remains: %s" % string[m.end():])
    g = m.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = us = 0
    tz = None
    weekday = yday = None
    if g.get('Y') is not None:
        year = int(g['Y'])
    elif g.get('y') is not None:
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if g.get('m') is not None:
        month = int(g['m'])
    for key in ('b', 'h', 'B'):
        if g.get(key) is not None:
            names = _FULL_MONTHS if key == 'B' else _MONTH_NAMES
            month = [x and x.lower() for x in names].index(g[key].lower())
    if g.get('d') is not None:
        day = int(g['d'])
    if g.get('H') is not None:
        hour = int(g['H'])
    elif g.get('I') is not None:
        hour = int(g['I'])
        ampm = (g.get('p') or '').lower()
        if ampm == 'pm':
            hour = hour % 12 + 12
        else:
            hour = hour % 12
    if g.get('M') is not None:
        minute = int(g['M'])
    if g.get('S') is not None:
        second = int(g['S'])
    if g.get('f') is not None:
        us = int((g['f'] + '000000')[:6])
    if g.get('j') is not None:
        yday = int(g['j'])
    for key, names in (('a', _DAY_NAMES), ('A', _FULL_DAYS)):
        if g.get(key) is not None:
            weekday = [x.lower() for x in names].index(g[key].lower())
    if g.get('z') is not None:
        z = g['z']
        if z == 'Z':
            tz = _UTC
        else:
            sign = -1 if z[0] == '-' else 1
            body = z[1:].replace(':', '')
            hh, mm = int(body[:2]), int(body[2:4])
            ss = int(body[4:6]) if len(body) >= 6 else 0
            frac = body[7:] if len(body) > 6 else ''
            fus = int((frac + '000000')[:6]) if frac else 0
            off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=fus)
            tz = timezone(sign * off)
    if yday is not None and g.get('m') is None and g.get('b') is None \
            and g.get('B') is None:
        year, month, day = _ord_to_ymd(_ymd_to_ord(year, 1, 1) + yday - 1)
    if cls is time:
        return time(hour, minute, second, us, tz)
    if cls is date:
        return date(year, month, day)
    return cls(year, month, day, hour, minute, second, us, tz)


__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")
