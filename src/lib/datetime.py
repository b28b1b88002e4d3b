"""Dates, times, durations and fixed-offset time zones (Immortal's own implementation of the
datetime module's documented CPython 3.12 behaviour, which is its C module _datetime's).

The classes stand for CPython's C types: their tp_name is 'datetime.date' and so on (messages and
reprs name them so), instances have no __dict__, pickles carry the C module's compact byte states and
hashes are the C module's (the bytes of a naive value, the UTC-adjusted timedelta of an aware one).
Local time goes through the time module (localtime and its tm_gmtoff). strftime handles %z, %:z, %Z
and %f here and gives the rest to time.strftime; strptime is a parser of its own (C locale).
What differs: argument errors of the methods have Python's wording where CPython's argument parser
words them differently, and methods are Python functions."""

import time as _time
import math as _math
from operator import index as _index, itemgetter as _item

# Frames of this code are left out of tracebacks: CPython implements it in C (vm/exc.ts codeFramesHidden).
__immortal_native__ = True

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999

_new = object.__new__
_MISSING = object()

# days in each month of a common year, and the days before each month's first day
_MDAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MSTART = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MON_ABBR = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_US_PER_DAY = 86400000000
_MAX_DAYS = 999999999
_MAX_ORDINAL = 3652059  # date(9999, 12, 31).toordinal()
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()


# ---- calendar arithmetic (proleptic Gregorian, day 1 = 0001-01-01) ------------------------------------------

def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_len(y, m):
    if m == 2 and _leap(y):
        return 29
    return _MDAYS[m]


def _year_start(y):
    """The ordinal of the day before January 1 of year y."""
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


def _to_ordinal(y, m, d):
    return _year_start(y) + _MSTART[m] + (m > 2 and _leap(y)) + d


def _from_ordinal(n):
    """(year, month, day) of ordinal n, for any integer n."""
    y = n * 400 // 146097 + 1  # an estimate, off by at most one
    while _year_start(y) >= n:
        y -= 1
    while _year_start(y + 1) < n:
        y += 1
    doy = n - _year_start(y)  # 1-based day of the year
    extra = 1 if _leap(y) else 0
    m = 12
    while True:
        start = _MSTART[m] + (extra if m > 2 else 0)
        if doy > start:
            return y, m, doy - start
        m -= 1


def _iso_week1(y):
    """The ordinal of the Monday that starts ISO week 1 of year y."""
    jan1 = _year_start(y) + 1
    wd = (jan1 + 6) % 7
    first = jan1 - wd
    return first + 7 if wd > 3 else first


def _c_int(v):
    """The 'i' format of CPython's argument parser: an int through __index__, in a C int's range."""
    if type(v) is not int:
        v = _index(v)
    if not -0x80000000 <= v <= 0x7fffffff:
        if not -(1 << 63) <= v < (1 << 63):
            raise OverflowError('Python int too large to convert to C long')
        raise OverflowError('signed integer is greater than maximum' if v > 0 else 'signed integer is less than minimum')
    return v


def _check_date(y, m, d):
    y = _c_int(y)
    m = _c_int(m)
    d = _c_int(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError(f'year {y} is out of range')
    if not 1 <= m <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= d <= _month_len(y, m):
        raise ValueError('day is out of range for month')
    return y, m, d


def _check_time(h, mi, s, us, fold):
    h = _c_int(h)
    mi = _c_int(mi)
    s = _c_int(s)
    us = _c_int(us)
    fold = _c_int(fold)
    if not 0 <= h <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= mi <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= s <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= us <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold != 0 and fold != 1:
        raise ValueError('fold must be either 0 or 1')
    return h, mi, s, us, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _missing(name, pos):
    return TypeError(f"function missing required argument '{name}' (pos {pos})")


def _cname(obj, base, name):
    """The type name CPython shows for obj: the C type's dotted name, a subclass's own name."""
    t = type(obj)
    return name if t is base else t.__name__


def _offset_result(value, what):
    """Checks what a tzinfo's utcoffset()/dst() returned."""
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise TypeError(f"tzinfo.{what}() must return None or timedelta, not '{type(value).__name__}'")
    if not -_US_PER_DAY < value._us() < _US_PER_DAY:
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).')
    return value


def _zone_offset(tz, what, arg):
    """tz.utcoffset(arg) or tz.dst(arg), checked; None for a naive value."""
    if tz is None:
        return None
    return _offset_result(getattr(tz, what)(arg), what)


def _offset_operands(a, b, o1, o2, op, kind):
    """The microsecond values of two times or datetimes with offsets o1, o2 to compare by op: both moved
    to UTC when their offsets differ. A naive value meeting an aware one answers == with False and !=
    with True (returned as a bool); the ordering comparisons refuse."""
    if o1 == o2:
        return a, b
    if o1 is not None and o2 is not None:
        return a - o1._us(), b - o2._us()
    if op == 2 or op == 3:
        return op == 3
    raise TypeError(f"can't compare offset-naive and offset-aware {kind}")


def _comparison_methods():
    """__lt__ ... __ge__ for a class with _compare(other, op), op indexing _CMP."""
    def method(op, name):
        def compare(self, other):
            return self._compare(other, op)
        compare.__name__ = name
        return compare
    return [method(op, name) for op, name in enumerate(('__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'))]


def _tzname_result(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")
    return name


def _format_offset(off, sep):
    """An offset as isoformat and %z write it: +HH<sep>MM[<sep>SS[.ffffff]]; '' for None."""
    if off is None:
        return ''
    us = off._us()
    sign = '+'
    if us < 0:
        sign = '-'
        us = -us
    secs, us = divmod(us, 1000000)
    mins, secs = divmod(secs, 60)
    hours, mins = divmod(mins, 60)
    text = f'{sign}{hours:02d}{sep}{mins:02d}'
    if secs or us:
        text += f'{sep}{secs:02d}'
        if us:
            text += f'.{us:06d}'
    return text


def _format_time(h, mi, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return f'{h:02d}'
    if timespec == 'minutes':
        return f'{h:02d}:{mi:02d}'
    if timespec == 'seconds':
        return f'{h:02d}:{mi:02d}:{s:02d}'
    if timespec == 'milliseconds':
        return f'{h:02d}:{mi:02d}:{s:02d}.{us // 1000:03d}'
    if timespec == 'microseconds':
        return f'{h:02d}:{mi:02d}:{s:02d}.{us:06d}'
    raise ValueError('Unknown timespec value')


def _strftime(fmt, tt, us, offset_of, tzname_of):
    """strftime with %z, %:z, %Z and %f done here, the rest by time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(fmt).__name__}')
    parts = []
    i = 0
    n = len(fmt)
    while True:
        j = fmt.find('%', i)
        if j < 0 or j + 1 >= n:
            parts.append(fmt[i:])
            break
        c = fmt[j + 1]
        if c == 'z' or (c == ':' and j + 2 < n and fmt[j + 2] == 'z'):
            parts.append(fmt[i:j])
            parts.append(_format_offset(offset_of(), '' if c == 'z' else ':'))
            i = j + (2 if c == 'z' else 3)
        elif c == 'Z':
            parts.append(fmt[i:j])
            name = tzname_of()
            parts.append('' if name is None else name.replace('%', '%%'))
            i = j + 2
        elif c == 'f':
            parts.append(fmt[i:j])
            parts.append(f'{us:06d}')
            i = j + 2
        else:
            parts.append(fmt[i:j + 2])
            i = j + 2
    return _time.strftime(''.join(parts), tt)


def _div_nearest(a, b):
    """a / b rounded to the nearest integer, ties to even."""
    q, r = divmod(a, b)
    r2 = r * 2
    if (r2 > b if b > 0 else r2 < b) or (r2 == b and q & 1):
        q += 1
    return q


# ---- timedelta --------------------------------------------------------------------------------------------------

# (keyword, microseconds per unit), in the order CPython accumulates them
_TD_UNITS = (('microseconds', 1), ('milliseconds', 1000), ('seconds', 1000000), ('minutes', 60000000),
             ('hours', 3600000000), ('days', _US_PER_DAY), ('weeks', 7 * _US_PER_DAY))


def _td(us, cls=None):
    """A timedelta of `us` microseconds (OverflowError past its range)."""
    d, rest = divmod(us, _US_PER_DAY)
    if not -_MAX_DAYS <= d <= _MAX_DAYS:
        raise OverflowError(f'days={d}; must have magnitude <= {_MAX_DAYS}')
    s, u = divmod(rest, 1000000)
    self = _new(cls or timedelta)
    self._days = d
    self._seconds = s
    self._microseconds = u
    return self


class timedelta:
    """A duration: days, seconds and microseconds, normalized."""
    __immortal_tp_name__ = 'datetime.timedelta'
    __slots__ = ('_days', '_seconds', '_microseconds')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int and type(milliseconds) is int
                and type(minutes) is int and type(hours) is int and type(weeks) is int):
            us = (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds
            return _td(us * 1000000 + milliseconds * 1000 + microseconds, cls)
        values = (microseconds, milliseconds, seconds, minutes, hours, days, weeks)
        total = 0
        left = 0.0  # the fractions of microseconds that float arguments leave
        for k in range(7):
            v = values[k]
            name, factor = _TD_UNITS[k]
            if isinstance(v, int):
                total += v * factor
            elif isinstance(v, float):
                frac, whole = _math.modf(v)
                total += int(whole) * factor
                if frac:
                    frac, whole = _math.modf(frac * factor)
                    total += int(whole)
                    left += frac
            else:
                raise TypeError(f'unsupported type for timedelta {name} component: {type(v).__name__}')
        if left:
            low = _math.floor(left)
            rest = left - low
            if rest > 0.5 or (rest == 0.5 and (total + int(low)) & 1):
                low += 1
            total += int(low)
        return _td(total, cls)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        """Whole days (may be negative)."""
        return self._days

    @property
    def seconds(self):
        """Seconds within the day, 0 to 86399."""
        return self._seconds

    @property
    def microseconds(self):
        """Microseconds within the second, 0 to 999999."""
        return self._microseconds

    def total_seconds(self):
        """The whole duration in seconds, as a float."""
        return self._us() / 1000000

    def __repr__(self):
        fields = []
        if self._days:
            fields.append(f'days={self._days}')
        if self._seconds:
            fields.append(f'seconds={self._seconds}')
        if self._microseconds:
            fields.append(f'microseconds={self._microseconds}')
        return f"{_cname(self, timedelta, 'datetime.timedelta')}({', '.join(fields) or '0'})"

    def __str__(self):
        mins, secs = divmod(self._seconds, 60)
        hours, mins = divmod(mins, 60)
        text = f'{hours}:{mins:02d}:{secs:02d}'
        if self._microseconds:
            text += f'.{self._microseconds:06d}'
        d = self._days
        if d:
            text = f"{d} day{'' if d == 1 or d == -1 else 's'}, {text}"
        return text

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

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
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __pos__(self):
        return _td(self._us())

    def __neg__(self):
        return _td(-self._us())

    def __abs__(self):
        return _td(abs(self._us()))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td(other._us() - self._us())
        return NotImplemented

    def __mul__(self, other):
        if isinstance(other, int):
            return _td(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td(_div_nearest(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td(_div_nearest(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td(_div_nearest(self._us() * b, a))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _td(self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _td(r)
        return NotImplemented


timedelta.min = _td(-_MAX_DAYS * _US_PER_DAY)
timedelta.max = _td((_MAX_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _td(1)


# ---- date ------------------------------------------------------------------------------------------------------

def _state_ok(state, size, month_at):
    """True when a one-argument constructor call carries a pickle state of `size` bytes."""
    if isinstance(state, str):
        if len(state) != size:
            return False
        try:
            state = state.encode('latin1')
        except UnicodeEncodeError:
            return False
    elif not isinstance(state, bytes) or len(state) != size:
        return False
    if month_at < 0:
        return (state[0] & 0x7f) < 24
    return 1 <= (state[month_at] & 0x7f) <= 12


def _state_bytes(state):
    return state.encode('latin1') if isinstance(state, str) else state


def _new_date(cls, y, m, d):
    if cls is date:
        self = _new(date)
        self._year = y
        self._month = m
        self._day = d
        return self
    return cls(y, m, d)


def _date_from_ordinal(cls, n):
    if not 1 <= n <= _MAX_ORDINAL:
        raise OverflowError('date value out of range')
    y, m, d = _from_ordinal(n)
    return _new_date(cls, y, m, d)


class IsoCalendarDate(tuple):
    __immortal_tp_name__ = 'datetime.IsoCalendarDate'
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(_item(0))
    week = property(_item(1))
    weekday = property(_item(2))

    def __repr__(self):
        return f'{_cname(self, IsoCalendarDate, "datetime.IsoCalendarDate")}(year={self[0]}, week={self[1]}, weekday={self[2]})'

    def __reduce__(self):
        return (tuple, (tuple(self),))


def _parse_iso_date(s):
    """(year, month, day) of an ISO 8601 date (calendar or week form); None when malformed."""
    n = len(s)
    if n < 7 or not s[:4].isdigit() or not s[:4].isascii():
        return None
    y = int(s[:4])
    ext = s[4] == '-'
    p = 5 if ext else 4
    if p < n and s[p] == 'W':
        wk = s[p + 1:p + 3]
        if len(wk) != 2 or not wk.isdigit() or not wk.isascii():
            return None
        p += 3
        day = 1
        if p < n:
            if ext:
                if s[p] != '-':
                    return None
                p += 1
            if p + 1 != n or not '1' <= s[p] <= '7':
                return None
            day = int(s[p])
        try:
            return _isocal_to_ymd(y, int(wk), day)
        except ValueError:
            return None
    body = s[p:]
    if ext:
        if len(body) != 5 or body[2] != '-':
            return None
        mm, dd = body[:2], body[3:]
    else:
        if len(body) != 4:
            return None
        mm, dd = body[:2], body[2:]
    if not (mm + dd).isdigit() or not (mm + dd).isascii():
        return None
    return y, int(mm), int(dd)


def _iso_arg(s):
    if not isinstance(s, str):
        raise TypeError('fromisoformat: argument must be str')


def _date_len(s):
    """How many characters of a datetime string are its date part (CPython's separator search)."""
    n = len(s)
    if n <= 7:
        return n
    if s[4] == '-':
        if s[5] == 'W':
            return 10 if n > 8 and s[8] == '-' else 8
        return 10
    if s[4] == 'W':
        return 8 if n > 7 and '0' <= s[7] <= '9' else 7
    return 8


def _isocal_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'Year is out of range: {year}')
    if not 0 < week < 53:
        jan1 = (_year_start(year) + 1 + 6) % 7  # weekday of January 1
        if not (week == 53 and (jan1 == 3 or (jan1 == 2 and _leap(year)))):
            raise ValueError(f'Invalid week: {week}')
    if not 0 < day < 8:
        raise ValueError(f'Invalid day: {day} (range is [1, 7])')
    return _from_ordinal(_iso_week1(year) + (week - 1) * 7 + day - 1)


class date:
    """A calendar day of the proleptic Gregorian calendar: date(year, month, day)."""
    __immortal_tp_name__ = 'datetime.date'
    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        if month is _MISSING and day is _MISSING and _state_ok(year, 4, 2):
            b = _state_bytes(year)
            self = _new(cls)
            self._year = b[0] * 256 + b[1]
            self._month = b[2]
            self._day = b[3]
            return self
        if year is _MISSING:
            raise _missing('year', 1)
        if month is _MISSING:
            raise _missing('month', 2)
        if day is _MISSING:
            raise _missing('day', 3)
        y, m, d = _check_date(year, month, day)
        self = _new(cls)
        self._year = y
        self._month = m
        self._day = d
        return self

    # -- alternate constructors
    @classmethod
    def fromtimestamp(cls, timestamp, /):
        """The local date at a POSIX time."""
        secs = _timestamp_secs(timestamp)
        tm = _time.localtime(secs)
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday)

    @classmethod
    def today(cls):
        """The local date (or datetime) now: cls.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n, /):
        """The date of a day number (1 is 0001-01-01)."""
        n = _c_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAX_ORDINAL:
            raise ValueError(f'year {_from_ordinal(n)[0]} is out of range')
        return _new_date(cls, *_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string, /):
        """Parses YYYY-MM-DD, YYYYMMDD or an ISO week date."""
        _iso_arg(date_string)
        ymd = _parse_iso_date(date_string) if len(date_string) in (7, 8, 10) else None
        if ymd is None:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO (year, week, weekday)."""
        year = _c_int(year)
        week = _c_int(week)
        day = _c_int(day)
        return cls(*_isocal_to_ymd(year, week, day))

    # -- fields
    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # -- conversions
    def __repr__(self):
        return f"{_cname(self, date, 'datetime.date')}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        """The date as YYYY-MM-DD."""
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """The value as time.ctime() writes a time."""
        wd = (self.toordinal() + 6) % 7
        return f'{_DAY_ABBR[wd]} {_MON_ABBR[self._month]} {self._day:2d} 00:00:00 {self._year:04d}'

    def strftime(self, format):
        """The value formatted by strftime directives."""
        return _strftime(format, self.timetuple(), 0, lambda: None, lambda: None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'format() argument 2 must be str, not {type(fmt).__name__}')
        if fmt == '':
            return str(self)
        return self.strftime(fmt)

    def timetuple(self):
        """The value as a time.struct_time."""
        return _make_tt(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """The day number (0001-01-01 is 1)."""
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Day of the week, 0 for Monday to 6 for Sunday."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Day of the week, 1 for Monday to 7 for Sunday."""
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self):
        """(ISO year, week, weekday) as an IsoCalendarDate."""
        y = self._year
        n = self.toordinal()
        start = _iso_week1(y)
        if n < start:
            y -= 1
            start = _iso_week1(y)
        else:
            nxt = _iso_week1(y + 1)
            if n >= nxt:
                y += 1
                start = nxt
        return IsoCalendarDate(y, (n - start) // 7 + 1, (n - start) % 7 + 1)

    def replace(self, year=None, month=None, day=None):
        """A copy with the given fields changed."""
        ymd = _check_date(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)
        return _new_date(type(self), *ymd)

    # -- comparisons and arithmetic
    def _cmp_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date):
            return date._cmp_key(self) == date._cmp_key(other)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date):
            return date._cmp_key(self) != date._cmp_key(other)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return date._cmp_key(self) < date._cmp_key(other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return date._cmp_key(self) <= date._cmp_key(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return date._cmp_key(self) > date._cmp_key(other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return date._cmp_key(self) >= date._cmp_key(other)
        return NotImplemented

    def __hash__(self):
        return hash(self._state())

    def _state(self):
        return bytes((self._year >> 8, self._year & 255, self._month, self._day))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() + other._days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() - other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._state(),))


def _make_tt(y, m, d, hh, mm, ss, dst):
    yday = _MSTART[m] + (m > 2 and _leap(y)) + d
    wd = (_to_ordinal(y, m, d) + 6) % 7
    return _time.struct_time((y, m, d, hh, mm, ss, wd, yday, dst))


def _timestamp_secs(t):
    """A POSIX timestamp as (seconds, microseconds) CPython's way: floats round half to even."""
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if not -9.2e18 < t < 9.2e18:
            raise OverflowError('timestamp out of range for platform time_t')
        return t
    t = _index(t)
    if not -(1 << 63) <= t < (1 << 63):
        raise OverflowError('timestamp out of range for platform time_t')
    return t


def _split_timestamp(t):
    if isinstance(t, float):
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        whole = int(whole)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        return whole, us
    return t, 0


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = _td(_US_PER_DAY)


# ---- tzinfo and timezone ---------------------------------------------------------------------------------------

class tzinfo:
    """The interface of time zones; subclasses give utcoffset, dst and tzname."""
    __immortal_tp_name__ = 'datetime.tzinfo'
    __slots__ = ()

    def tzname(self, dt, /):
        """The zone's name at dt."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt, /):
        """Local time minus UTC at dt, as a timedelta."""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt, /):
        """The daylight saving part of the offset at dt."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt, /):
        """Converts dt (a UTC time carrying this zone) to this zone's local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt._tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = _offset_result(self.utcoffset(dt), 'utcoffset')
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = _offset_result(self.dst(dt), 'dst')
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = off - dst
        if delta:
            dt = dt + delta
            dst = _offset_result(dt.dst(), 'dst')
            if dst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dst

    def __reduce__(self):
        init = getattr(self, '__getinitargs__', None)
        args = init() if init is not None else ()
        getstate = getattr(self, '__getstate__', None)
        return (type(self), args, getstate() if getstate is not None else None)


class timezone(tzinfo):
    """A time zone with one fixed offset from UTC and an optional name."""
    __immortal_tp_name__ = 'datetime.timezone'
    __slots__ = ('_offset', '_name')

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __new__(cls, offset=_MISSING, name=_MISSING):
        if offset is _MISSING:
            raise TypeError("timezone() missing required argument 'offset' (pos 1)")
        if not isinstance(offset, timedelta):
            raise TypeError(f'timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}')
        if name is _MISSING:
            name = None
            if not offset and _UTC is not None:
                return _UTC
        elif not isinstance(name, str):
            raise TypeError(f'timezone() argument 2 must be str, not {type(name).__name__}')
        if not -_US_PER_DAY < offset._us() < _US_PER_DAY:
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             f'timedelta(hours=24), not {offset!r}.')
        self = _new(cls)
        self._offset = offset
        self._name = name
        return self

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)

    def __getinitargs__(self):
        """The constructor arguments that rebuild this zone."""
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        return self._offset == other._offset if isinstance(other, timezone) else NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'datetime.timezone({self._offset!r})'
        return f'datetime.timezone({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f'{what}(dt) argument must be a datetime instance or None, not {type(dt).__name__}')

    def utcoffset(self, dt, /):
        """The fixed offset."""
        self._check_arg(dt, 'utcoffset')
        return self._offset

    def dst(self, dt, /):
        """Always None: fixed zones have no daylight saving."""
        self._check_arg(dt, 'dst')
        return None

    def tzname(self, dt, /):
        """The given name, else 'UTC' or UTC followed by the signed offset."""
        self._check_arg(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset, ':')

    def fromutc(self, dt, /):
        """Converts dt (a UTC time carrying this zone) to this zone's local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt._tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


_UTC = None
_UTC = timezone(_td(0))
UTC = timezone.utc = _UTC
timezone.min = timezone(_td(-(23 * 60 + 59) * 60000000))
timezone.max = timezone(_td((23 * 60 + 59) * 60000000))


# ---- time ------------------------------------------------------------------------------------------------------

def _parse_hms(s):
    """(hour, minute, second, microsecond) of HH[:MM[:SS[.ffffff]]] (or without colons); None if malformed."""
    vals = [0, 0, 0]
    n = len(s)
    p = 0
    colons = None
    for k in range(3):
        two = s[p:p + 2]
        if len(two) != 2 or not two.isdigit() or not two.isascii():
            return None
        vals[k] = int(two)
        p += 2
        if p >= n:
            return vals[0], vals[1], vals[2], 0
        c = s[p]
        if k == 0:
            colons = c == ':'
        if c == '.' or c == ',':
            p += 1
            break
        if colons:
            if c != ':' or k == 2:
                return None
            p += 1
        elif k == 2:
            return None
    digits = s[p:]
    if not digits or not digits.isdigit() or not digits.isascii():
        return None
    us = int(digits[:6].ljust(6, '0'))
    return vals[0], vals[1], vals[2], us


def _parse_iso_time(s):
    """(h, m, s, us, tzinfo) of an ISO time with an optional offset; None if malformed."""
    cut = len(s)
    for k, c in enumerate(s):
        if c in '+-Z':
            cut = k
            break
    hms = _parse_hms(s[:cut])
    if hms is None:
        return None
    tz = None
    if cut < len(s):
        if s[cut] == 'Z':
            if cut + 1 != len(s):
                return None
            tz = _UTC
        else:
            off = _parse_hms(s[cut + 1:])
            if off is None:
                return None
            us = ((off[0] * 60 + off[1]) * 60 + off[2]) * 1000000 + off[3]
            if s[cut] == '-':
                us = -us
            tz = _UTC if us == 0 else timezone(_td(us))
    return hms + (tz,)


def _time_state(h, mi, s, us, fold, proto):
    return bytes((h + (128 if fold and proto > 3 else 0), mi, s, us >> 16, (us >> 8) & 255, us & 255))


class time:
    """A time of day, optionally with a time zone."""
    __immortal_tp_name__ = 'datetime.time'
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if (type(hour) is not int and second == 0 and microsecond == 0 and tzinfo is None and fold == 0
                and _state_ok(hour, 6, -1)):
            return cls._from_state(_state_bytes(hour), None if type(minute) is int and minute == 0 else minute)
        h, mi, s, us, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = _new(cls)
        self._hour = h
        self._minute = mi
        self._second = s
        self._microsecond = us
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @classmethod
    def _from_state(cls, b, tz):
        _check_tzinfo(tz)
        self = _new(cls)
        self._hour = b[0] & 0x7f
        self._fold = b[0] >> 7
        self._minute = b[1]
        self._second = b[2]
        self._microsecond = (b[3] << 16) | (b[4] << 8) | b[5]
        self._tzinfo = tz
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, time_string, /):
        """Parses an ISO 8601 time, with an optional offset."""
        _iso_arg(time_string)
        s = time_string[1:] if time_string[:1] == 'T' else time_string
        r = _parse_iso_time(s)
        if r is None:
            raise ValueError(f'Invalid isoformat string: {time_string!r}')
        return cls(*r)

    def utcoffset(self):
        """The zone's offset (None when naive)."""
        return _zone_offset(self._tzinfo, 'utcoffset', None)

    def dst(self):
        """The zone's daylight saving adjustment (None when naive)."""
        return _zone_offset(self._tzinfo, 'dst', None)

    def tzname(self):
        """The zone's name (None when naive)."""
        return _tzname_result(self._tzinfo, None)

    def __repr__(self):
        text = f'{self._hour}, {self._minute}'
        if self._microsecond:
            text += f', {self._second}, {self._microsecond}'
        elif self._second:
            text += f', {self._second}'
        if self._tzinfo is not None:
            text += f', tzinfo={self._tzinfo!r}'
        if self._fold:
            text += ', fold=1'
        return f"{_cname(self, time, 'datetime.time')}({text})"

    def isoformat(self, timespec='auto'):
        """The time in ISO 8601 form, to the precision timespec asks."""
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """The value formatted by strftime directives."""
        tt = _time.struct_time((1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))
        return _strftime(format, tt, self._microsecond, self.utcoffset, self.tzname)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'format() argument 2 must be str, not {type(fmt).__name__}')
        if fmt == '':
            return str(self)
        return self.strftime(fmt)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        """A copy with the given fields changed."""
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            a, b = self._us(), other._us()
        else:
            operands = _offset_operands(self._us(), other._us(), self.utcoffset(), other.utcoffset(), op, 'times')
            if operands.__class__ is bool:
                return operands
            a, b = operands
        return _CMP[op](a, b)

    __lt__, __le__, __eq__, __ne__, __gt__, __ge__ = _comparison_methods()

    def __hash__(self):
        off = self.utcoffset() if self._fold == 0 else self.replace(fold=0).utcoffset()
        if off is None:
            return hash(_time_state(self._hour, self._minute, self._second, self._microsecond, 0, 4))
        return hash(_td(self._us() - off._us()))

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        state = _time_state(self._hour, self._minute, self._second, self._microsecond, self._fold, protocol)
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_CMP = (lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a == b, lambda a, b: a != b,
        lambda a, b: a > b, lambda a, b: a >= b)

time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = _td(1)


# ---- datetime --------------------------------------------------------------------------------------------------

def _local(secs):
    """Local wall time of POSIX time secs, in seconds since the epoch as if it were UTC."""
    tm = _time.localtime(secs)
    if not MINYEAR <= tm.tm_year <= MAXYEAR:
        raise ValueError(f'year {tm.tm_year} is out of range')
    return ((_to_ordinal(tm.tm_year, tm.tm_mon, tm.tm_mday) - _EPOCH_ORDINAL) * 86400
            + tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec)


def _local_to_seconds(y, m, d, hh, mi, ss, fold):
    """The POSIX time of a local wall time; fold picks between two readings, or how a gap resolves."""
    t = (_to_ordinal(y, m, d) - _EPOCH_ORDINAL) * 86400 + hh * 3600 + mi * 60 + ss
    a = _local(t) - t
    u1 = t - a
    t1 = _local(u1)
    if t1 == t:
        # one solution; the other side of a possible fold is up to a day away
        u2 = u1 + (86400 if fold else -86400)
        b = _local(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    t2 = _local(u2)
    if t2 == t:
        return u2
    if t1 == t:
        return u1
    return max(u1, u2) if fold else min(u1, u2)


def _local_timezone(secs):
    tm = _time.localtime(secs)
    return timezone(_td(tm.tm_gmtoff * 1000000), tm.tm_zone)


def _new_datetime(cls, y, m, d, hh, mi, ss, us, tz, fold):
    if cls is datetime:
        self = _new(datetime)
        self._year = y
        self._month = m
        self._day = d
        self._hour = hh
        self._minute = mi
        self._second = ss
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        return self
    return cls(y, m, d, hh, mi, ss, us, tz, fold=fold)


def _dt_from_us(cls, total, tz, fold=0):
    """The datetime `total` microseconds after 0001-01-01 00:00 (day 1 is ordinal 1)."""
    days, rest = divmod(total, _US_PER_DAY)
    n = days + 1
    if not 1 <= n <= _MAX_ORDINAL:
        raise OverflowError('date value out of range')
    y, m, d = _from_ordinal(n)
    secs, us = divmod(rest, 1000000)
    mins, ss = divmod(secs, 60)
    hh, mi = divmod(mins, 60)
    return _new_datetime(cls, y, m, d, hh, mi, ss, us, tz, fold)


def _from_timet(cls, secs, us, tz, utc):
    """datetime of POSIX time secs (+us): local wall time, or UTC when utc is true."""
    if utc:
        days, rest = divmod(secs, 86400)
        n = days + _EPOCH_ORDINAL
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError(f'year {_from_ordinal(n)[0]} is out of range')
        y, m, d = _from_ordinal(n)
        mins, ss = divmod(rest, 60)
        hh, mi = divmod(mins, 60)
        fold = 0
    else:
        tm = _time.localtime(secs)
        y, m, d, hh, mi, ss = tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec
        if not MINYEAR <= y <= MAXYEAR:
            raise ValueError(f'year {y} is out of range')
        ss = min(ss, 59)
        # is this the second reading of a wall time that repeats?
        fold = 0
        here = _local(secs)
        probe = _local(secs - 86400)
        shift = here - probe - 86400
        if shift < 0 and _local(secs + shift) == here:
            fold = 1
    if cls is datetime:
        return _new_datetime(datetime, y, m, d, hh, mi, ss, us, tz, fold)
    return cls(y, m, d, hh, mi, ss, us, tz, fold=fold) if fold else cls(y, m, d, hh, mi, ss, us, tz)


def _utc_warning(name, replacement):
    import warnings
    warnings.warn(f'datetime.datetime.{name}() is deprecated and scheduled for removal in a future version. '
                  'Use timezone-aware objects to represent datetimes in UTC: '
                  f'datetime.datetime.{replacement}.', DeprecationWarning, stacklevel=3)


class datetime(date):
    """A date with a time of day, optionally with a time zone."""
    __immortal_tp_name__ = 'datetime.datetime'
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        if day is _MISSING and hour == 0 and type(year) is not int and _state_ok(year, 10, 2):
            tz = None if month is _MISSING else month
            _check_tzinfo(tz)
            b = _state_bytes(year)
            self = _new(cls)
            self._year = b[0] * 256 + b[1]
            self._month = b[2] & 0x7f
            self._fold = b[2] >> 7
            self._day = b[3]
            self._hour = b[4]
            self._minute = b[5]
            self._second = b[6]
            self._microsecond = (b[7] << 16) | (b[8] << 8) | b[9]
            self._tzinfo = tz
            return self
        if year is _MISSING:
            raise _missing('year', 1)
        if month is _MISSING:
            raise _missing('month', 2)
        if day is _MISSING:
            raise _missing('day', 3)
        y, m, d = _check_date(year, month, day)
        hh, mi, ss, us, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = _new(cls)
        self._year = y
        self._month = m
        self._day = d
        self._hour = hh
        self._minute = mi
        self._second = ss
        self._microsecond = us
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # -- alternate constructors
    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        """The local time (or tz's) at a POSIX time."""
        _check_tzinfo(tz)
        secs, us = _split_timestamp(_timestamp_secs(timestamp))
        result = _from_timet(cls, secs, us, tz, tz is not None)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, timestamp, /):
        """The naive UTC datetime of a POSIX time (deprecated)."""
        _utc_warning('utcfromtimestamp', 'fromtimestamp(timestamp, datetime.UTC)')
        secs, us = _split_timestamp(_timestamp_secs(timestamp))
        return _from_timet(cls, secs, us, None, True)

    @classmethod
    def now(cls, tz=None):
        """The local time now, or the time in tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The naive UTC datetime now (deprecated)."""
        _utc_warning('utcnow', 'now(datetime.UTC)')
        secs, us = _split_timestamp(_time.time())
        return _from_timet(cls, secs, us, None, True)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """Joins a date and a time (tzinfo defaults to the time's)."""
        if not isinstance(date, _date_class):
            raise TypeError(f'combine() argument 1 must be datetime.date, not {type(date).__name__}')
        if not isinstance(time, _time_class):
            raise TypeError(f'combine() argument 2 must be datetime.time, not {type(time).__name__}')
        if tzinfo is True:
            tzinfo = time._tzinfo
        _check_tzinfo(tzinfo)
        return _new_datetime(cls, date._year, date._month, date._day, time._hour, time._minute, time._second,
                             time._microsecond, tzinfo, time._fold)

    @classmethod
    def fromisoformat(cls, date_string, /):
        """Parses an ISO 8601 date, optionally followed by any separator and a time."""
        _iso_arg(date_string)
        s = date_string
        bad = ValueError(f'Invalid isoformat string: {date_string!r}')
        k = _date_len(s)
        ymd = _parse_iso_date(s[:k])
        if ymd is None:
            raise bad
        if k < len(s):
            rest = s[k + 1:]
            if '\ud800' <= s[k] <= '\udfff':
                raise bad
            t = _parse_iso_time(rest) if rest else None
            if t is None:
                raise bad
        else:
            t = (0, 0, 0, 0, None)
        return cls(*ymd, *t)

    @classmethod
    def strptime(cls, date_string, format, /):
        """Parses date_string according to format's directives."""
        if not isinstance(date_string, str):
            raise TypeError(f'strptime() argument 1 must be str, not {type(date_string).__name__}')
        if not isinstance(format, str):
            raise TypeError(f'strptime() argument 2 must be str, not {type(format).__name__}')
        y, m, d, hh, mi, ss, us, name, off = _strptime(date_string, format)
        if off is None:
            return cls(y, m, d, hh, mi, ss, us)
        tz = timezone(off, name) if name else timezone(off)
        return cls(y, m, d, hh, mi, ss, us, tz)

    # -- conversions
    def date(self):
        """The date part."""
        return _new_date(date, self._year, self._month, self._day)

    def time(self):
        """The time part, naive."""
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """The time part with the same tzinfo."""
        return _time_class(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        """The zone's offset (None when naive)."""
        return _zone_offset(self._tzinfo, 'utcoffset', self)

    def dst(self):
        """The zone's daylight saving adjustment (None when naive)."""
        return _zone_offset(self._tzinfo, 'dst', self)

    def tzname(self):
        """The zone's name (None when naive)."""
        return _tzname_result(self._tzinfo, self)

    def timetuple(self):
        """The value as a time.struct_time."""
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _make_tt(self._year, self._month, self._day, self._hour, self._minute, self._second, flag)

    def utctimetuple(self):
        """The UTC equivalent as a time.struct_time."""
        off = self.utcoffset()
        s = self
        if off:
            s = _dt_from_us(datetime, self._total_us() - off._us(), None)
        return _make_tt(s._year, s._month, s._day, s._hour, s._minute, s._second, 0)

    def _total_us(self):
        days = _to_ordinal(self._year, self._month, self._day) - 1
        return (((days * 24 + self._hour) * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def timestamp(self):
        """Seconds since the epoch; a naive value is taken as local time."""
        off = None if self._tzinfo is None else self.utcoffset()
        if off is None:
            secs = _local_to_seconds(self._year, self._month, self._day, self._hour, self._minute,
                                     self._second, self._fold)
            return secs + self._microsecond / 1e6
        return (self._total_us() - off._us() - (_EPOCH_ORDINAL - 1) * _US_PER_DAY) / 1000000

    def _local_tz_of_naive(self):
        secs = _local_to_seconds(self._year, self._month, self._day, self._hour, self._minute, self._second,
                                 self._fold)
        if not -62135596800 <= secs:
            raise ValueError('year 0 is out of range')
        return _local_timezone(secs)

    def astimezone(self, tz=None):
        """The same instant in zone tz (the local zone when None)."""
        _check_tzinfo(tz)
        mytz = self._tzinfo
        off = None
        if mytz is None:
            mytz = self._local_tz_of_naive()
        elif tz is mytz:
            return self
        off = mytz.utcoffset(self)
        off = _offset_result(off, 'utcoffset')
        if off is None:
            mytz = self._local_tz_of_naive()
            off = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc_us = self._total_us() - off._us()
        if tz is None:
            secs = utc_us // 1000000 - (_EPOCH_ORDINAL - 1) * 86400
            tz = _local_timezone(secs)
            return _dt_from_us(type(self), utc_us + tz._offset._us(), tz)
        return tz.fromutc(_dt_from_us(type(self), utc_us, tz))

    def ctime(self):
        """The value as time.ctime() writes a time."""
        wd = (self.toordinal() + 6) % 7
        return (f'{_DAY_ABBR[wd]} {_MON_ABBR[self._month]} {self._day:2d} '
                f'{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}')

    def isoformat(self, sep='T', timespec='auto'):
        """Date, sep and time in ISO 8601 form."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError(f'isoformat() argument 1 must be a unicode character, not {type(sep).__name__}')
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return (f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}{text}'
                + _format_offset(self.utcoffset(), ':'))

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        text = f'{self._year}, {self._month}, {self._day}, {self._hour}, {self._minute}'
        if self._microsecond:
            text += f', {self._second}, {self._microsecond}'
        elif self._second:
            text += f', {self._second}'
        if self._fold:
            text += ', fold=1'
        if self._tzinfo is not None:
            text += f', tzinfo={self._tzinfo!r}'
        return f"{_cname(self, datetime, 'datetime.datetime')}({text})"

    def strftime(self, format):
        """The value formatted by strftime directives."""
        return _strftime(format, self.timetuple(), self._microsecond, self.utcoffset, self.tzname)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """A copy with the given fields changed."""
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    # -- comparisons and arithmetic
    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op == 2:
                    return False
                if op == 3:
                    return True
                raise TypeError(f"can't compare {_cname(self, datetime, 'datetime.datetime')} to "
                                f"{_cname(other, date, 'datetime.date')}")
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            a, b = self._total_us(), other._total_us()
        else:
            o1, o2 = self.utcoffset(), other.utcoffset()
            operands = _offset_operands(self._total_us(), other._total_us(), o1, o2, op, 'datetimes')
            if operands.__class__ is bool:
                return operands
            a, b = operands
            if a == b and (op == 2 or op == 3) and self._fold_matters(other, o1, o2):
                return op == 3
        return _CMP[op](a, b)

    def _fold_matters(self, other, o1, o2):
        """PEP 495: a datetime in a repeated interval never equals one in another zone."""
        if o1 is None:
            return False
        if self.replace(fold=not self._fold).utcoffset() != o1:
            return True
        return other.replace(fold=not other._fold).utcoffset() != o2

    __lt__, __le__, __eq__, __ne__, __gt__, __ge__ = _comparison_methods()

    def __hash__(self):
        off = self.utcoffset() if self._fold == 0 else self.replace(fold=0).utcoffset()
        if off is None:
            return hash(self._state(4, False))
        days = _to_ordinal(self._year, self._month, self._day)
        secs = (self._hour * 60 + self._minute) * 60 + self._second
        return hash(_td((days * 86400 + secs) * 1000000 + self._microsecond - off._us()))

    def _state(self, protocol=2, fold=True):
        m = self._month + (128 if fold and self._fold and protocol > 3 else 0)
        us = self._microsecond
        return bytes((self._year >> 8, self._year & 255, m, self._day, self._hour, self._minute, self._second,
                      us >> 16, (us >> 8) & 255, us & 255))

    def __reduce_ex__(self, protocol):
        state = self._state(protocol)
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_us(type(self), self._total_us() + other._us(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            a, b = self._total_us(), other._total_us()
            if self._tzinfo is not other._tzinfo:
                o1, o2 = self.utcoffset(), other.utcoffset()
                if (o1 is None) != (o2 is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if o1 is not None:
                    a -= o1._us()
                    b -= o2._us()
            return _td(a - b)
        if isinstance(other, timedelta):
            return _dt_from_us(type(self), self._total_us() - other._us(), self._tzinfo)
        return NotImplemented

    def __rsub__(self, other):
        return NotImplemented


_date_class = date
_time_class = time
_tzinfo_class = tzinfo

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = _td(1)


# ---- strptime ---------------------------------------------------------------------------------------------------

_FULL_DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_FULL_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
                'october', 'november', 'december')
_SP_CACHE = {}
_SP_FIELDS = None


def _sp_fields():
    """The regular expression of each directive (C locale), built on first use."""
    global _SP_FIELDS
    if _SP_FIELDS is None:
        def names(group, words):
            words = sorted(words, key=len, reverse=True)
            return f"(?P<{group}>{'|'.join(words)})"
        zones = {'utc', 'gmt'}
        for z in _time.tzname:
            zones.add(z.lower())
        _SP_FIELDS = {
            'a': names('a', [d[:3] for d in _FULL_DAYS]), 'A': names('A', _FULL_DAYS),
            'b': names('b', [m[:3] for m in _FULL_MONTHS]), 'B': names('B', _FULL_MONTHS),
            'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])', 'f': r'(?P<f>[0-9]{1,6})',
            'H': r'(?P<H>2[0-3]|[0-1]\d|\d)', 'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])', 'G': r'(?P<G>\d\d\d\d)',
            'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
            'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])', 'M': r'(?P<M>[0-5]\d|\d)', 'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
            'U': r'(?P<U>5[0-3]|[0-4]\d|\d)', 'W': r'(?P<W>5[0-3]|[0-4]\d|\d)', 'w': r'(?P<w>[0-6])',
            'u': r'(?P<u>[1-7])', 'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)', 'y': r'(?P<y>\d\d)',
            'Y': r'(?P<Y>\d\d\d\d)', 'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
            'p': '(?P<p>am|pm)', 'Z': names('Z', zones), '%': '%',
        }
    return _SP_FIELDS


# the C locale's %c, %x and %X
_SP_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _sp_regex(fmt):
    import re
    fields = _sp_fields()
    out = []
    i = 0
    n = len(fmt)
    src = fmt
    while i < n:
        c = src[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError(f"stray % in format '{fmt}'")
            k = src[i + 1]
            if k in _SP_COMPOSITE:
                src = src[:i] + _SP_COMPOSITE[k] + src[i + 2:]
                n = len(src)
                continue
            if k not in fields:
                raise ValueError(f"'{k}' is a bad directive in format '{fmt}'")
            out.append(fields[k])
            i += 2
        elif c.isspace():
            while i < n and src[i].isspace():
                i += 1
            out.append(r'\s+')
        else:
            out.append(re.escape(c))
            i += 1
    return re.compile(''.join(out), re.IGNORECASE)


def _week_julian(year, week, wday, monday_first):
    """Day of the year from a %U/%W week number and a weekday (0 = Monday)."""
    first = (_year_start(year) + 1 + 6) % 7
    if not monday_first:
        first = (first + 1) % 7
        wday = (wday + 1) % 7
    week0 = (7 - first) % 7
    if week == 0:
        return 1 + wday - first
    return 1 + week0 + 7 * (week - 1) + wday


def _strptime(data, fmt):
    rx = _SP_CACHE.get(fmt)
    if rx is None:
        rx = _sp_regex(fmt)
        if len(_SP_CACHE) > 100:
            _SP_CACHE.clear()
        _SP_CACHE[fmt] = rx
    found = rx.match(data)
    if found is None:
        raise ValueError(f'time data {data!r} does not match format {fmt!r}')
    if found.end() != len(data):
        raise ValueError(f'unconverted data remains: {data[found.end():]}')
    g = found.groupdict()
    year = iso_year = month = day = julian = weekday = week = iso_week = None
    hour = minute = second = fraction = 0
    tzname = offset = None
    monday_first = True
    for key, v in g.items():
        if v is None:
            continue
        if key == 'Y':
            year = int(v)
        elif key == 'y':
            year = int(v)
            year += 2000 if year < 69 else 1900
        elif key == 'G':
            iso_year = int(v)
        elif key == 'm':
            month = int(v)
        elif key == 'B':
            month = _FULL_MONTHS.index(v.lower()) + 1
        elif key == 'b':
            month = [m[:3] for m in _FULL_MONTHS].index(v.lower()) + 1
        elif key == 'd':
            day = int(v)
        elif key == 'H':
            hour = int(v)
        elif key == 'I':
            hour = int(v)
            ampm = (g.get('p') or '').lower()
            if ampm == 'am' and hour == 12:
                hour = 0
            elif ampm == 'pm' and hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(v)
        elif key == 'S':
            second = int(v)
        elif key == 'f':
            fraction = int(v.ljust(6, '0'))
        elif key == 'A':
            weekday = _FULL_DAYS.index(v.lower())
        elif key == 'a':
            weekday = [d[:3] for d in _FULL_DAYS].index(v.lower())
        elif key == 'w':
            weekday = (int(v) + 6) % 7
        elif key == 'u':
            weekday = int(v) - 1
        elif key == 'j':
            julian = int(v)
        elif key == 'U' or key == 'W':
            week = int(v)
            monday_first = key == 'W'
        elif key == 'V':
            iso_week = int(v)
        elif key == 'z':
            if v == 'Z' or v == 'z':
                offset = _td(0)
            else:
                body = v[1:]
                if len(body) > 2 and body[2] == ':':
                    if len(body) > 5 and body[5] != ':':
                        raise ValueError(f'Inconsistent use of : in {v}')
                    body = body.replace(':', '')
                us = 0
                if '.' in body:
                    body, frac = body.split('.')
                    us = int(frac.ljust(6, '0'))
                secs = (int(body[:2]) * 60 + int(body[2:4])) * 60 + int(body[4:6] or 0)
                total = secs * 1000000 + us
                offset = _td(-total if v[0] == '-' else total)
        elif key == 'Z':
            tzname = v
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_fix = True
        else:
            year = 1900
    if julian is None and weekday is not None:
        if week is not None:
            julian = _week_julian(year, week, weekday, monday_first)
        elif iso_year is not None:
            year, month, day = _isocal_to_ymd(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _leap(year) else 365
    if julian is not None:
        y, m, d = _from_ordinal(julian - 1 + _to_ordinal(year, 1, 1))
        year, month, day = y, m, d
    if month is None:
        month = 1
    if day is None:
        day = 1
    if leap_fix:
        year = 1900
    return year, month, day, hour, minute, second, fraction, tzname, offset
