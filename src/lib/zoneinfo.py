"""IANA time zones from the system's TZif files (Immortal's zoneinfo, following CPython 3.12).

ZoneInfo(key) finds the file `key` under one of the TZPATH folders and answers utcoffset(), dst()
and tzname() for any datetime: from the file's transitions, and after the last one from the POSIX TZ
rule at the end of the file (version 2 and later). Equal keys give the same object (a cache);
no_cache() and from_file() make fresh ones. The `tzdata` package fallback is not supported.
"""

import bisect
import os
from datetime import datetime, timedelta, tzinfo, date

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

# The compiled-in default of CPython on POSIX systems (sysconfig's TZPATH).
_DEFAULT_TZPATH = "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo"
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_ZERO = timedelta(0)


class ZoneInfoNotFoundError(KeyError):
    """No time zone file for a key."""


class InvalidTZPathWarning(RuntimeWarning):
    """A relative path in PYTHONTZPATH (it is ignored)."""


# ------------------------------------------------------------------------------------ the path

TZPATH = ()


def _relative_paths_message(paths):
    relative = [path for path in paths if not os.path.isabs(path)]
    return ("Paths should be absolute but found the following relative paths:"
            + "".join("\n    " + path for path in relative))


def reset_tzpath(to=None):
    """Set TZPATH: from `to` (a sequence of absolute paths), else from PYTHONTZPATH, else the
    default."""
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        if not all(map(os.path.isabs, to)):
            raise ValueError(_relative_paths_message(to))
        TZPATH = tuple(to)
        return
    from_env = os.environ.get("PYTHONTZPATH")
    if from_env is None:
        TZPATH = tuple(path for path in _DEFAULT_TZPATH.split(os.pathsep) if path)
        return
    paths = [path for path in from_env.split(os.pathsep) if path]
    if not all(map(os.path.isabs, paths)):
        import warnings
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      + _relative_paths_message(paths), InvalidTZPathWarning, stacklevel=2)
    TZPATH = tuple(path for path in paths if os.path.isabs(path))


def _check_key(key):
    if os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    if os.path.normpath(key) != key:
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    # Normalized and relative: it can still climb out of the folder with leading '..' parts.
    if key == os.pardir or key.startswith(os.pardir + os.sep):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def _find_file(key):
    _check_key(key)
    for root in TZPATH:
        path = os.path.join(root, key)
        if os.path.isfile(path):
            return path
    return None


def available_timezones():
    """The set of keys of the valid TZif files under the TZPATH folders."""
    found = set()
    for root in TZPATH:
        if not os.path.isdir(root):
            continue
        for folder, subfolders, files in os.walk(root):
            if folder == root:
                # 'right/' and 'posix/' hold copies of the whole database under other rules.
                for skipped in ('right', 'posix'):
                    if skipped in subfolders:
                        subfolders.remove(skipped)
            for name in files:
                path = os.path.join(folder, name)
                try:
                    with open(path, 'rb') as f:
                        if f.read(4) != b'TZif':
                            continue
                except OSError:
                    continue
                found.add(os.path.relpath(path, root).replace(os.sep, '/'))
    found.discard('posixrules')
    return found


# ---------------------------------------------------------------------------------- TZif files

class _TimeType:
    # One local time type: offsets as timedeltas (dst is the offset's daylight-saving part).
    __slots__ = ('utcoff', 'dstoff', 'tzname', 'seconds')

    def __init__(self, seconds, dst_seconds, tzname):
        self.seconds = seconds
        self.utcoff = timedelta(seconds=seconds)
        self.dstoff = timedelta(seconds=dst_seconds)
        self.tzname = tzname


def _be_int(data, start, size):
    return int.from_bytes(data[start:start + size], 'big', signed=True)


def _parse_tzif(data):
    """(transition times, type index per transition, [(utoff, isdst, abbreviation)], footer)."""
    if data[:4] != b'TZif':
        raise ValueError("Invalid TZif file: magic not found")
    version = data[4:5]
    start = 0
    size = 4
    if version not in (b'\0', b''):
        # Skip the version-1 block: the 64-bit block that follows has the whole data.
        counts = [_be_int(data, 20 + 4 * i, 4) for i in range(6)]
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
        start = 44 + timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt
        if data[start:start + 4] != b'TZif':
            raise ValueError("Invalid TZif file: magic not found")
        size = 8
    counts = [_be_int(data, start + 20 + 4 * i, 4) for i in range(6)]
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    at = start + 44
    times = [_be_int(data, at + i * size, size) for i in range(timecnt)]
    at += timecnt * size
    indices = list(data[at:at + timecnt])
    at += timecnt
    raw_types = []
    for i in range(typecnt):
        base = at + 6 * i
        raw_types.append((_be_int(data, base, 4), data[base + 4], data[base + 5]))
    at += 6 * typecnt
    chars = data[at:at + charcnt]
    at += charcnt + leapcnt * (size + 4) + isstdcnt + isutcnt
    types = []
    for utoff, isdst, abbrind in raw_types:
        end = chars.find(b'\0', abbrind)
        types.append((utoff, isdst, chars[abbrind:end if end >= 0 else len(chars)].decode()))
    footer = None
    if size == 8:
        rest = data[at:]
        if rest[:1] == b'\n':
            end = rest.find(b'\n', 1)
            if end > 0:
                footer = rest[1:end].decode() or None
    return times, indices, types, footer


def _dst_offsets(indices, types):
    # TZif files only flag daylight-saving types; their dst() is the difference from a standard
    # type next to them in the transitions (the one before, else the one after).
    dst = [0] * len(types)
    for position, index in enumerate(indices):
        utoff, isdst, _ = types[index]
        if not isdst or dst[index]:
            continue
        for neighbour in (position - 1, position + 1):
            if 0 <= neighbour < len(indices):
                other = types[indices[neighbour]]
                if not other[1] and utoff != other[0]:
                    dst[index] = utoff - other[0]
                    break
    for index, (utoff, isdst, _) in enumerate(types):
        if isdst and not dst[index]:
            dst[index] = 3600
    return dst


# ------------------------------------------------------------------------------- POSIX TZ rules

def _parse_offset(text, pos, sign_allowed=True):
    # [+-]hh[:mm[:ss]] at text[pos:] -> (seconds, next position)
    sign = 1
    if pos < len(text) and text[pos] in '+-':
        if not sign_allowed:
            raise ValueError(f"Invalid TZ string: {text}")
        sign = -1 if text[pos] == '-' else 1
        pos += 1
    parts = []
    while True:
        digits_end = pos
        while digits_end < len(text) and text[digits_end].isdigit():
            digits_end += 1
        if digits_end == pos:
            raise ValueError(f"Invalid TZ string: {text}")
        parts.append(int(text[pos:digits_end]))
        pos = digits_end
        if len(parts) < 3 and pos < len(text) and text[pos] == ':':
            pos += 1
            continue
        break
    parts += [0] * (3 - len(parts))
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]), pos


def _parse_name(text, pos):
    if pos < len(text) and text[pos] == '<':
        end = text.find('>', pos)
        if end < 0:
            raise ValueError(f"Invalid TZ string: {text}")
        return text[pos + 1:end], end + 1
    end = pos
    while end < len(text) and text[end].isalpha():
        end += 1
    if end - pos < 3:
        raise ValueError(f"Invalid TZ string: {text}")
    return text[pos:end], end


def _parse_rule_date(text):
    # 'Jn', 'n' or 'Mm.w.d', optionally followed by '/time' -> (kind, values, seconds)
    spec, _, when = text.partition('/')
    seconds = _parse_offset(when, 0)[0] if when else 7200
    if spec.startswith('M'):
        month, week, weekday = (int(part) for part in spec[1:].split('.'))
        return ('M', (month, week, weekday), seconds)
    if spec.startswith('J'):
        return ('J', int(spec[1:]), seconds)
    return ('n', int(spec), seconds)


def _rule_day(rule, year):
    """The ordinal of the day a rule date falls on in a year."""
    kind, values, _ = rule
    first = date(year, 1, 1).toordinal()
    if kind == 'J':
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return first + values - 1 + (1 if leap and values >= 60 else 0)
    if kind == 'n':
        return first + values
    month, week, weekday = values
    month_start = date(year, month, 1)
    # POSIX weekdays count from Sunday = 0; Python's from Monday = 0.
    first_match = 1 + (weekday - (month_start.weekday() + 1)) % 7
    day = first_match + (week - 1) * 7
    length = ((date(year + month // 12, month % 12 + 1, 1) - month_start).days)
    while day > length:
        day -= 7
    return month_start.toordinal() + day - 1


class _PosixRule:
    """A POSIX TZ string: a standard time and optionally a daylight-saving time with its rules."""

    def __init__(self, text):
        pos = 0
        self.std_name, pos = _parse_name(text, pos)
        offset, pos = _parse_offset(text, pos)
        self.std = _TimeType(-offset, 0, self.std_name)
        self.dst = None
        if pos >= len(text):
            return
        dst_name, pos = _parse_name(text, pos)
        if pos < len(text) and text[pos] != ',':
            offset, pos = _parse_offset(text, pos)
            dst_seconds = -offset
        else:
            dst_seconds = self.std.seconds + 3600
        if text[pos:pos + 1] != ',':
            raise ValueError(f"Invalid TZ string: {text}")
        start, end = text[pos + 1:].split(',')
        self.start = _parse_rule_date(start)
        self.end = _parse_rule_date(end)
        self.dst = _TimeType(dst_seconds, dst_seconds - self.std.seconds, dst_name)

    def _transitions_utc(self, year):
        # When daylight-saving time starts and ends in a year, in seconds since the epoch (UTC).
        # The start time is given in standard time, the end time in daylight-saving time.
        start = ((_rule_day(self.start, year) - _EPOCH_ORDINAL) * 86400 + self.start[2]
                 - self.std.seconds)
        end = ((_rule_day(self.end, year) - _EPOCH_ORDINAL) * 86400 + self.end[2]
               - self.dst.seconds)
        return start, end

    def _in_dst(self, moment, start, end):
        if start <= end:
            return start <= moment < end
        return not (end <= moment < start)

    def find_local(self, seconds, fold):
        if self.dst is None:
            return self.std
        year = _year_of(seconds)
        start, end = self._transitions_utc(year)
        std, dst = self.std.seconds, self.dst.seconds
        # A local time is past a transition (utc moment T, offsets a -> b) once it reaches
        # T + max(a, b) with fold=0, T + min(a, b) with fold=1.
        pick = min if fold else max
        start_local = start + pick(std, dst)
        end_local = end + pick(std, dst)
        return self.dst if self._in_dst(seconds, start_local, end_local) else self.std

    def find_utc(self, seconds):
        # -> (time type, fold of the resulting local time)
        if self.dst is None:
            return self.std, 0
        year = _year_of(seconds + self.std.seconds)
        start, end = self._transitions_utc(year)
        in_dst = self._in_dst(seconds, start, end)
        kind = self.dst if in_dst else self.std
        # The local times repeated after an offset decreases have fold=1 the second time.
        changed_at = start if in_dst else end
        drop = (self.std.seconds - self.dst.seconds) if in_dst else (self.dst.seconds
                                                                      - self.std.seconds)
        fold = 1 if drop > 0 and 0 <= seconds - changed_at < drop else 0
        return kind, fold


def _year_of(seconds):
    return date.fromordinal(seconds // 86400 + _EPOCH_ORDINAL).year


def _local_seconds(dt):
    return ((dt.toordinal() - _EPOCH_ORDINAL) * 86400
            + dt.hour * 3600 + dt.minute * 60 + dt.second)


# ------------------------------------------------------------------------------------ ZoneInfo

class ZoneInfo(tzinfo):
    """ZoneInfo(key): the IANA time zone `key` (such as 'Europe/Paris'), as a datetime.tzinfo."""

    __immortal_tp_name__ = 'zoneinfo.ZoneInfo'
    _STRONG_CACHE_SIZE = 8

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls._weak_cache = {}
        cls._strong_cache = []

    def __new__(cls, key):
        # Every class keeps its own cache: key -> instance, plus the 8 most recently used.
        cached = cls._weak_cache.get(key)
        if cached is None:
            cached = cls._new_instance(key)
            cached._from_cache = True
            cls._weak_cache[key] = cached
        strong = cls._strong_cache
        if cached in strong:
            strong.remove(cached)
        strong.insert(0, cached)
        del strong[cls._STRONG_CACHE_SIZE:]
        return cached

    @classmethod
    def no_cache(cls, key):
        """A new ZoneInfo for `key`, bypassing (and not entering) the cache."""
        made = cls._new_instance(key)
        made._from_cache = False
        return made

    @classmethod
    def _new_instance(cls, key):
        path = _find_file(key)
        if path is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        made = super().__new__(cls)
        made._key = key
        made._file_repr = None
        with open(path, 'rb') as f:
            made._load(f.read())
        return made

    @classmethod
    def from_file(cls, file_obj, /, key=None):
        """A ZoneInfo read from a binary file object (not cached; cannot be pickled)."""
        made = super().__new__(cls)
        made._key = key
        made._file_repr = repr(file_obj)
        made._from_cache = False
        made._load(file_obj.read())
        return made

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        """Empty the cache, or remove only the given keys from it."""
        if only_keys is None:
            cls._weak_cache.clear()
            cls._strong_cache.clear()
            return
        for key in only_keys:
            cls._weak_cache.pop(key, None)
            cls._strong_cache[:] = [z for z in cls._strong_cache if z._key != key]

    @property
    def key(self):
        return self._key

    def _load(self, data):
        times, indices, raw_types, footer = _parse_tzif(data)
        dst = _dst_offsets(indices, raw_types)
        types = [_TimeType(utoff, dst[i], name) for i, (utoff, _, name) in enumerate(raw_types)]
        self._trans_utc = times
        self._trans_types = [types[i] for i in indices]
        standard = [t for t, raw in zip(types, raw_types) if not raw[1]]
        self._type_before = (standard or types or [None])[0]
        # Each transition as a local time, for fold=0 and fold=1 (see _PosixRule.find_local).
        later, earlier = [], []
        previous = self._type_before
        for moment, kind in zip(times, self._trans_types):
            before, after = previous.seconds, kind.seconds
            later.append(moment + max(before, after))
            earlier.append(moment + min(before, after))
            previous = kind
        self._trans_local = (later, earlier)
        self._rule = _PosixRule(footer) if footer else None
        if self._type_before is None:
            if self._rule is None:
                raise ValueError("Invalid TZif file: no local time types")
            self._type_before = self._rule.std

    def _find(self, dt):
        if dt is None:
            return None
        seconds = _local_seconds(dt)
        table = self._trans_local[dt.fold]
        if not table or seconds > table[-1]:
            if self._rule is not None:
                return self._rule.find_local(seconds, dt.fold)
            return self._trans_types[-1] if table else self._type_before
        position = bisect.bisect_right(table, seconds)
        return self._trans_types[position - 1] if position else self._type_before

    def utcoffset(self, dt):
        kind = self._find(dt)
        return None if kind is None else kind.utcoff

    def dst(self, dt):
        kind = self._find(dt)
        return None if kind is None else kind.dstoff

    def tzname(self, dt):
        kind = self._find(dt)
        return None if kind is None else kind.tzname

    def fromutc(self, dt):
        """The local time of `dt`, a UTC time carrying this zone as its tzinfo."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        seconds = _local_seconds(dt)
        times = self._trans_utc
        fold = 0
        if times and seconds >= times[0] and (seconds <= times[-1] or self._rule is None):
            position = bisect.bisect_right(times, seconds) - 1
            kind = self._trans_types[position]
            previous = self._trans_types[position - 1] if position else self._type_before
            drop = previous.seconds - kind.seconds
            if drop > 0 and seconds - times[position] < drop:
                fold = 1
        elif times and seconds < times[0]:
            kind = self._type_before
        elif self._rule is not None:
            kind, fold = self._rule.find_utc(seconds)
            if times and fold == 0 and seconds > times[-1]:
                # Right after the last listed transition the rule may not see the change yet.
                last_drop = (self._trans_types[-2].seconds if len(times) > 1
                             else self._type_before.seconds) - self._trans_types[-1].seconds
                if last_drop > 0 and seconds - times[-1] < last_drop:
                    fold = 1
        else:
            kind = self._type_before
        result = dt + kind.utcoff
        return result.replace(fold=1) if fold else result

    def __str__(self):
        return self._key if self._key is not None else repr(self)

    def __repr__(self):
        name = 'zoneinfo.ZoneInfo' if type(self) is ZoneInfo else type(self).__name__
        if self._key is not None:
            return f"{name}(key={self._key!r})"
        return f"{name}.from_file({self._file_repr})"

    def __reduce__(self):
        if self._file_repr is not None:
            import pickle
            raise pickle.PicklingError("Cannot pickle a ZoneInfo file from a file stream.")
        return (self.__class__._unpickle, (self._key, int(self._from_cache)))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls.no_cache(key)


ZoneInfo._weak_cache = {}
ZoneInfo._strong_cache = []
reset_tzpath()
