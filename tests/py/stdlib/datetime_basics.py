# datetime: constructing date, time, datetime and timedelta values; their reprs, str, fields;
# arithmetic (timedelta normalization and float rounding, date/datetime +/- timedelta, differences),
# comparisons (naive/aware, date vs datetime), hashing, ordinals, weekdays, isocalendar, replace,
# subclasses, and the errors of bad arguments.
from datetime import date, time, datetime, timedelta, timezone, MINYEAR, MAXYEAR


def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


print(MINYEAR, MAXYEAR)
print(date.min, date.max, repr(date.resolution))
print(repr(time.min), repr(time.max), repr(datetime.min), repr(datetime.max))
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))

# timedelta normalization, repr and str
for td in [timedelta(), timedelta(1), timedelta(-1), timedelta(hours=25, minutes=61),
           timedelta(microseconds=-1), timedelta(days=-2, seconds=5), timedelta(weeks=1, milliseconds=1500),
           timedelta(1.5), timedelta(seconds=0.5, microseconds=0.5), timedelta(microseconds=1.5),
           timedelta(microseconds=2.5), timedelta(0.1, 0.1, 0.1), timedelta(weeks=1.5e-7)]:
    print(repr(td), '|', str(td), '|', td.days, td.seconds, td.microseconds, td.total_seconds())

a = timedelta(days=1, hours=2)
b = timedelta(hours=5)
print(a + b, a - b, b - a, -a, +a, abs(-a))
print(a * 2, 3 * b, a * 0.1, a * 2.5, b / 7, b // 7, a / b, a // b, a % b, divmod(a, b))
print(timedelta(hours=1) * (1 / 3), b / 2.5, timedelta(seconds=-1) // timedelta(seconds=7))
print(a == timedelta(hours=26), a != b, a > b, b <= a, a == 1, bool(timedelta(0)), bool(b))
print(hash(a) == hash(timedelta(hours=26)), hash(timedelta(0)) == hash(timedelta(seconds=0)))
print(sorted([a, b, -b, timedelta(0)]))

attempt('days=1e9', lambda: timedelta(days=1e9))
attempt('days=10**9', lambda: timedelta(days=10 ** 9))
attempt('str days', lambda: timedelta(days='a'))
attempt('neg max', lambda: -timedelta.max)
attempt('max+1', lambda: timedelta.max + timedelta(1))
attempt('td/0', lambda: timedelta(1) / 0)
attempt('td//0', lambda: timedelta(1) // 0)
attempt('td/td0', lambda: timedelta(1) / timedelta(0))
attempt('td%td0', lambda: timedelta(1) % timedelta(0))
attempt('td+1', lambda: timedelta(1) + 1)
attempt('td<1', lambda: timedelta(1) < 1)
attempt('td*inf', lambda: timedelta(1) * float('inf'))
attempt('td*nan', lambda: timedelta(1) * float('nan'))

# dates
d = date(2024, 2, 28)
print(repr(d), str(d), d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday())
print(d + timedelta(days=1), d + timedelta(days=2), d - timedelta(days=59), d - date(2023, 2, 28))
print(d + timedelta(hours=25), d - timedelta(hours=1), timedelta(3) + d)
print(date.fromordinal(1), date.fromordinal(738000), date(2020, 5, 17).toordinal())
for y, m, dd in [(2020, 1, 1), (2021, 1, 3), (2020, 12, 31), (2026, 12, 28), (1, 1, 1), (9999, 12, 31)]:
    cal = date(y, m, dd).isocalendar()
    print(cal, cal.year, cal.week, cal.weekday, tuple(cal), cal[1], date.fromisocalendar(*cal))
print(d.replace(day=1), d.replace(2023, 3), d.ctime(), d.timetuple())
print(d == date(2024, 2, 28), d < date(2024, 3, 1), d >= date(2025, 1, 1), d == '2024-02-28')
print(hash(d) == hash(date(2024, 2, 28)), len({d, date(2024, 2, 28), date(2024, 2, 29)}))
attempt('month 13', lambda: date(2020, 13, 1))
attempt('feb 30', lambda: date(2020, 2, 30))
attempt('year 0', lambda: date(0, 1, 1))
attempt('float year', lambda: date(2020.0, 1, 1))
attempt('no month', lambda: date(2020))
attempt('no args', lambda: date())
attempt('huge year', lambda: date(2 ** 31, 1, 1))
attempt('date.max+1', lambda: date.max + timedelta(1))
attempt('date.min-1', lambda: date.min - timedelta(1))
attempt('ordinal 0', lambda: date.fromordinal(0))
attempt('week 54', lambda: date.fromisocalendar(2020, 54, 1))
attempt('week 53 of 2021', lambda: date.fromisocalendar(2021, 53, 1))
attempt('day 8', lambda: date.fromisocalendar(2020, 1, 8))
attempt('iso year 0', lambda: date.fromisocalendar(0, 1, 1))
attempt('replace month 13', lambda: d.replace(month=13))
attempt('date+1', lambda: d + 1)
attempt('date<int', lambda: d < 1)

# times
for t in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(0, 0, 0, 0, timezone.utc, fold=1)]:
    print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, bool(t))
print(time(1, 2) < time(1, 3), time(12) == time(12, 0, 0, 0), time(1).replace(hour=2, second=5))
print(time(1, tzinfo=timezone(timedelta(hours=1))) == time(0, tzinfo=timezone.utc))
print(time(1) == time(1, tzinfo=timezone.utc), hash(time(1, 2)) == hash(time(1, 2, fold=1)))
attempt('hour 24', lambda: time(24))
attempt('minute 60', lambda: time(1, 60))
attempt('second 60', lambda: time(1, 1, 60))
attempt('us 1e6', lambda: time(1, 1, 1, 1000000))
attempt('fold 2', lambda: time(fold=2))
attempt('str hour', lambda: time('a'))
attempt('naive<aware', lambda: time(1) < time(1, tzinfo=timezone.utc))
attempt('time+td', lambda: time(1) + timedelta(1))

# datetimes
dt = datetime(2024, 2, 28, 23, 30, 15, 250)
print(repr(dt), str(dt), dt.date(), dt.time(), dt.timetz(), dt.hour, dt.minute, dt.second, dt.microsecond)
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, fold=1)), repr(datetime(2020, 1, 1, 5, 6, 7)))
print(dt + timedelta(minutes=45), dt - timedelta(days=366), dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt)
print(datetime(2020, 1, 1) + timedelta(microseconds=0.5), dt.replace(year=2023, microsecond=0))
print(dt.timetuple(), dt.toordinal(), dt.weekday(), dt.isocalendar(), dt.ctime())
print(datetime.combine(date(2020, 1, 1), time(1, tzinfo=timezone.utc)))
print(datetime.combine(date(2020, 1, 1), time(1), tzinfo=timezone.utc))
print(dt > datetime(2024, 1, 1), dt == datetime(2024, 2, 28, 23, 30, 15, 250), dt != d)
print(date(2020, 1, 1) == datetime(2020, 1, 1), datetime(2020, 1, 1) == date(2020, 1, 1))
print(datetime(2020, 1, 1, 1, tzinfo=timezone(timedelta(hours=1))) == datetime(2020, 1, 1, tzinfo=timezone.utc))
print(datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=timezone.utc))
print(hash(datetime(2020, 1, 1, 1, tzinfo=timezone(timedelta(hours=1)))) == hash(datetime(2020, 1, 1, tzinfo=timezone.utc)))
print(hash(dt) == hash(dt.replace(fold=1)), hash(datetime(2020, 1, 1)) == hash(date(2020, 1, 1)))
attempt('date<datetime', lambda: date(2020, 1, 1) < datetime(2020, 1, 1))
attempt('datetime<date', lambda: datetime(2020, 1, 1) < date(2020, 1, 1))
attempt('naive<aware', lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc))
attempt('naive-aware', lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc))
attempt('datetime-date', lambda: datetime(2020, 1, 1) - date(2019, 1, 1))
attempt('td-datetime', lambda: timedelta(1) - datetime(2020, 1, 1))
attempt('dt+dt', lambda: datetime(2020, 1, 1) + datetime(2020, 1, 1))
attempt('bad tzinfo', lambda: datetime(2020, 1, 1, tzinfo=1))
attempt('combine int', lambda: datetime.combine(1, time(1)))
attempt('max+1us', lambda: datetime.max + timedelta(microseconds=1))


# subclasses keep their type through arithmetic and replace
class MyDate(date):
    def describe(self):
        return f'MyDate {self.isoformat()}'


class MyDateTime(datetime):
    pass


md = MyDate(2020, 1, 31)
print(repr(md), md.describe(), type(md + timedelta(1)).__name__, type(md.replace(day=2)).__name__)
print(repr(MyDate.fromordinal(5)), repr(MyDateTime(2020, 1, 1, 12)), type(MyDateTime(2020, 1, 1) + timedelta(1)).__name__)
print(type(MyDateTime.combine(date(2020, 1, 1), time())).__name__, repr(MyDate.fromisoformat('2021-03-04')))
print(date.__module__, date.__name__, datetime.__mro__[1].__name__, type(d.isocalendar()))
print(d.isocalendar().__reduce__())
