# datetime: text formats. isoformat (timespec, sep, offsets), fromisoformat in the forms 3.12 accepts
# (calendar and week dates, basic and extended times, fractions, Z and offsets) and rejects,
# strftime with the common C-locale directives plus %f, %z, %:z and %Z, __format__ in f-strings, and
# strptime (names, 12-hour clock, %j, week numbers, ISO weeks, %z, %Z) with its error messages.
from datetime import date, time, datetime, timedelta, timezone


def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


dt = datetime(2024, 7, 4, 9, 5, 3, 120450)
east = timezone(timedelta(hours=5, minutes=30))
odd = timezone(timedelta(hours=-5, seconds=1))
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, dt.isoformat(timespec=spec), dt.replace(tzinfo=east).isoformat(' ', spec), time(1, 2, 3, 4, east).isoformat(spec))
print(datetime(2024, 7, 4).isoformat(), datetime(2024, 7, 4, tzinfo=odd).isoformat(), date(5, 6, 7).isoformat())
print(str(time(1, 2, 3, 4, timezone.utc)), str(datetime(1, 1, 1, tzinfo=timezone(timedelta(microseconds=-5)))))
attempt('bad timespec', lambda: dt.isoformat(timespec='x'))
attempt('time bad timespec', lambda: time(1).isoformat('x'))
attempt('sep xx', lambda: dt.isoformat(sep='xx'))
attempt('sep int', lambda: dt.isoformat(sep=1))

for s in ['2024-07-04', '20240704', '2024-W27-4', '2024W274', '2024-W27', '2024W27', '2020-W53-1',
          '2021-W53-1', '2024-7-4', '2024-13-01', '2024-02-30', '2024/07/04', '24-07-04', '2024-07-04T']:
    attempt('date ' + s, lambda: date.fromisoformat(s))
for s in ['01:02', '0102', '01', '01:02:03', '010203', '01:02:03.5', '01:02:03,123', '01:02:03.1234567',
          '01.5', '01:02.5', 'T01:02', '01:02:03Z', '01:02:03+00:00', '01:02:03-00:00', '01:02:03+05',
          '01:02:03+0530', '01:02:03-01:30:15.5', '01:02:03+24:00', '1:02', '0102:03', '01:0203',
          '01:02:03.', '', '01:02:03Zx', '24:00', '01:02:03 ']:
    attempt('time ' + s, lambda: time.fromisoformat(s))
for s in ['2024-07-04T01:02:03', '2024-07-04 01:02', '2024-07-04x01', '20240704T010203', '2024-07-04T0102',
          '2024-07-04T010203,5Z', '2024-07-04T01:02:03.123+05', '2024-W27-4T01', '2024W274T01', '2024W27T01',
          '2024-07-04', '2024-07', '2024-07-04T', '2024-07-04T01:02:03 ', '2024-07-0401:02',
          '2024-07-04T24:00', '2024-07-04T01:02:03.1234567+01:00']:
    attempt('datetime ' + s, lambda: datetime.fromisoformat(s))
attempt('fromisoformat int', lambda: date.fromisoformat(1))
for v in [date(2024, 7, 4), dt, dt.replace(tzinfo=east), datetime(2024, 12, 30, tzinfo=timezone.utc)]:
    print(repr(type(v).fromisoformat(v.isoformat())) == repr(v))

fmt = '%a %A %b %B %d %m %y %Y %H %I %p %M %S %f %j %U %W %w %u %G %V %%'
for v in [dt, datetime(2023, 1, 1, 23, 59, 59), datetime(2020, 12, 31, 12), datetime(1, 1, 1)]:
    print(v.strftime(fmt))
print(dt.strftime('%c | %x | %X | %D | %T | %R | %e | %h'))
print(repr(dt.strftime('%z|%:z|%Z')), dt.replace(tzinfo=east).strftime('%z|%:z|%Z'),
      dt.replace(tzinfo=odd).strftime('%z %:z %Z'), datetime(2020, 1, 1, tzinfo=timezone.utc).strftime('%Z %z %%Z'))
print(date(2024, 7, 4).strftime('%Y-%m-%d %H:%M:%S %f [%z%Z]'), time(13, 14, 15, 16).strftime('%I:%M %p %f %Y %j'))
print(repr(dt.strftime('%')), repr(dt.strftime('%:')), repr(dt.strftime('%:x')), repr(dt.strftime('%Q')))
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=2), 'a%b')).strftime('%Z!'))
print(f'{dt:%Y/%m/%d}', f'{dt}', f'{date(2024, 1, 2):%d.%m}', f'{time(7, 8):%H.%M}', format(dt, ''), f'{timedelta(3)}')
attempt('strftime int', lambda: dt.strftime(1))
attempt('format int', lambda: format(date(2020, 1, 1), 1))

cases = [('2024-07-04 09:05:03', '%Y-%m-%d %H:%M:%S'), ('Thursday, July 4 2024', '%A, %B %d %Y'),
         ('thu jul  4 09:05:03 2024', '%a %b %d %H:%M:%S %Y'), ('1:5:6 PM', '%I:%M:%S %p'), ('12:30 am', '%I:%M %p'),
         ('2024-186', '%Y-%j'), ('2020 10 3', '%Y %W %w'), ('2020 10 3', '%Y %U %w'), ('2020 0 0', '%Y %U %w'),
         ('2020 10 3', '%G %V %u'), ('12.5', '%S.%f'), ('99', '%y'), ('68', '%y'), ('2024 %', '%Y %%'),
         ('2024-07-04 +0100', '%Y-%m-%d %z'), ('2024 Z', '%Y %z'), ('2024 UTC', '%Y %Z'), ('2024 UTC +0000', '%Y %Z %z'),
         ('2024-07-04T01:02:03.5-03:30:15.25', '%Y-%m-%dT%H:%M:%S.%f%z'), ('Thu Jul  4 09:05:03 2024', '%c'),
         ('07/04/24', '%x'), ('09:05:03', '%X'), ('2024   7    4', '%Y %m %d'), ('Feb 29', '%b %d'),
         ('2024 Feb 29', '%Y %b %d'), ('x', '%Y'), ('2024x', '%Y'), ('  2024', '%Y'), ('1', '%Y'), ('x', '%Q'),
         ('x', '%'), ('2020 10', '%G %V'), ('2020 10', '%Y %V'), ('2020 10 1', '%Y %V %u'),
         ('2024-07-04 +01:0030', '%Y-%m-%d %z'), ('[2024]', '[%Y]'), ('1.2', '%d.%m')]
for text, f in cases:
    attempt(f'strptime {text!r} {f!r}', lambda: datetime.strptime(text, f))
attempt('strptime int', lambda: datetime.strptime(1, '%Y'))
attempt('strptime fmt int', lambda: datetime.strptime('1', 2))
print(hasattr(date, 'strptime'), hasattr(time, 'strptime'))
