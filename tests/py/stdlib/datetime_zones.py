# datetime: time zones and conversions. timezone (utc, names, min/max, tzname/str, errors, not
# subclassable), a tzinfo subclass with DST rules (utcoffset/dst/tzname, fromutc, astimezone),
# invalid tzinfo results, fixed timestamps to and from datetimes (UTC and the local zone, which the
# test runs give as UTC), the 3.12 DeprecationWarning of utcfromtimestamp/utcnow, and pickling and
# copying (the C module's byte states, fold, subclasses).
import copy
import pickle
import warnings
from datetime import date, time, datetime, timedelta, timezone, tzinfo, UTC


def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


print(repr(timezone.utc), UTC is timezone.utc, repr(timezone.min), repr(timezone.max))
print(timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0), 'UTC')), timezone(timedelta(0), 'UTC') == UTC)
for off in [timedelta(hours=1), timedelta(hours=-3), timedelta(hours=5, minutes=45), timedelta(seconds=-1),
            timedelta(hours=1, seconds=30, microseconds=5)]:
    tz = timezone(off)
    print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None), hash(tz) == hash(off))
named = timezone(timedelta(hours=-8), 'PST')
print(repr(named), str(named), named.tzname(datetime(2020, 1, 1)), named == timezone(timedelta(hours=-8)))
print(named.fromutc(datetime(2020, 1, 1, 12, tzinfo=named)), timezone.utc.__reduce__(), named.__reduce__())
attempt('offset 1 day', lambda: timezone(timedelta(1)))
attempt('offset int', lambda: timezone(1))
attempt('name int', lambda: timezone(timedelta(hours=1), 1))
attempt('no offset', lambda: timezone())
attempt('utcoffset(int)', lambda: timezone.utc.utcoffset(1))
attempt('fromutc naive', lambda: timezone.utc.fromutc(datetime(2020, 1, 1)))
attempt('fromutc int', lambda: timezone.utc.fromutc(1))
attempt('tz order', lambda: timezone(timedelta(hours=1)) < timezone.utc)
try:
    class Sub(timezone):
        pass
except TypeError as e:
    print('subclass timezone:', e)


class USEastern(tzinfo):
    """Eastern time with the 2007+ US rules: DST from the 2nd Sunday of March to the 1st of November."""

    def _bounds(self, year):
        start = datetime(year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(year, 11, 1, 2)
        end += timedelta(days=(6 - end.weekday()) % 7)
        return start, end

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self._bounds(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end - timedelta(hours=1):
            return timedelta(hours=1)
        if start <= naive < start + timedelta(hours=1):  # the gap
            return timedelta(hours=1) if dt.fold == 0 else timedelta(0)
        if end - timedelta(hours=1) <= naive < end:  # the fold
            return timedelta(hours=1) if dt.fold == 0 else timedelta(0)
        return timedelta(0)

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'

    def __repr__(self):
        return 'USEastern()'


ET = USEastern()
for stamp in [datetime(2024, 1, 15, 12, tzinfo=UTC), datetime(2024, 7, 4, 16, tzinfo=UTC),
              datetime(2024, 11, 3, 5, 30, tzinfo=UTC), datetime(2024, 11, 3, 6, 30, tzinfo=UTC)]:
    local = stamp.astimezone(ET)
    print(local, local.tzname(), local.fold, local.utcoffset(), local.dst(), local.astimezone(UTC) == stamp)
summer = datetime(2024, 7, 4, 12, tzinfo=ET)
print(summer.isoformat(), summer.timetuple().tm_isdst, summer.utctimetuple(), summer.strftime('%H:%M %Z %z'))
print(summer - datetime(2024, 7, 4, 16, tzinfo=UTC), summer == datetime(2024, 7, 4, 16, tzinfo=UTC))
print(datetime(2024, 11, 3, 1, 30, tzinfo=ET) == datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=ET))
print(datetime(2024, 11, 3, 1, 30, tzinfo=ET) == datetime(2024, 11, 3, 5, 30, tzinfo=UTC))
print(time(12, tzinfo=ET).utcoffset(), time(12, tzinfo=ET).tzname())


class Bad(tzinfo):
    def __init__(self, value):
        self.value = value

    def utcoffset(self, dt):
        return self.value

    def dst(self, dt):
        return self.value

    def tzname(self, dt):
        return self.value


attempt('utcoffset int', lambda: datetime(2020, 1, 1, tzinfo=Bad(1)).utcoffset())
attempt('utcoffset 1 day', lambda: datetime(2020, 1, 1, tzinfo=Bad(timedelta(1))).utcoffset())
attempt('tzname int', lambda: datetime(2020, 1, 1, tzinfo=Bad(1)).tzname())
attempt('dst int', lambda: datetime(2020, 1, 1, tzinfo=Bad(1)).dst())
attempt('time utcoffset int', lambda: time(tzinfo=Bad(1)).utcoffset())
attempt('base utcoffset', lambda: tzinfo().utcoffset(None))
attempt('base tzname', lambda: tzinfo().tzname(None))
attempt('base fromutc', lambda: tzinfo().fromutc(datetime(2020, 1, 1)))
print(datetime(2020, 1, 1, tzinfo=Bad(None)).timetuple().tm_isdst, datetime(2020, 1, 1, tzinfo=Bad(timedelta(hours=1))).timetuple().tm_isdst)

# timestamps (the test runner's local zone is UTC)
for ts in [0, 1.5, -1.5, 0.0000005, 0.0000015, 1700000000, 951782400.25, 86400 * 365]:
    print(ts, repr(datetime.fromtimestamp(ts, timezone.utc)), repr(datetime.fromtimestamp(ts, east := timezone(timedelta(hours=9)))))
print(repr(date.fromtimestamp(86400 * 365)), repr(datetime.fromtimestamp(1e9)))
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=2))).timestamp(), datetime(2020, 1, 1, tzinfo=UTC).timestamp())
print(datetime(2020, 1, 1).timestamp(), datetime.max.timestamp(), repr(datetime(2020, 1, 1).astimezone()))
print(repr(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=3))).astimezone(UTC)), repr(datetime(2020, 6, 1, tzinfo=UTC).astimezone()))
attempt('fromtimestamp 1e20', lambda: datetime.fromtimestamp(1e20))
attempt('fromtimestamp str', lambda: datetime.fromtimestamp('x'))
attempt('fromtimestamp nan', lambda: datetime.fromtimestamp(float('nan')))
attempt('astimezone int', lambda: datetime(2020, 1, 1).astimezone(1))
attempt('timestamp of year 1', lambda: datetime(1, 1, 1).timestamp())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(repr(datetime.utcfromtimestamp(0)), type(datetime.utcnow()).__name__)
for w in caught:
    print(w.category.__name__, w.message)
now = datetime.now()
print(type(now).__name__, now.tzinfo, datetime.now(UTC).tzinfo, type(date.today()).__name__, type(datetime.today()).__name__)

# pickling and copying
values = [date(2020, 1, 1), time(1, 2, 3, 4, timezone.utc), time(23, 59, fold=1), datetime(2020, 1, 1, 1, 2, 3, 4, fold=1),
          datetime(2024, 7, 4, tzinfo=named), timedelta(1, 2, 3), timezone.utc, named, date.max, datetime.min]
print(date(2020, 1, 1).__reduce__(), datetime(2020, 1, 1, 1, 2, 3, 4, fold=1).__reduce_ex__(4))
print(datetime(2020, 1, 1, 1, 2, 3, 4, fold=1).__reduce_ex__(2), time(1, 2, 3, 4, timezone.utc).__reduce__())
print(timedelta(1, 2, 3).__reduce__(), timezone.utc.__reduce__())
for v in values:
    for proto in (2, 4):
        back = pickle.loads(pickle.dumps(v, proto))
        print(proto, repr(back), back == v, getattr(back, 'fold', '-'), copy.copy(v) == v, copy.deepcopy(v) == v)
print(pickle.dumps(date(2020, 1, 1), 2), pickle.dumps(timedelta(1), 4))
print(repr(date(b'\x07\xe4\x01\x01')), repr(time(b'\x81\x02\x03\x00\x00\x04')))
print(repr(datetime(b'\x07\xe4\x01\x01\x01\x02\x03\x00\x00\x04', UTC)))


class Stamp(datetime):
    pass


s = pickle.loads(pickle.dumps(Stamp(2020, 5, 6, 7)))
print(type(s).__name__, repr(s), repr(pickle.loads(pickle.dumps(ET))), pickle.loads(pickle.dumps(datetime(2024, 7, 4, tzinfo=ET))))
