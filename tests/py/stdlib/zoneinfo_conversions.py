# zoneinfo: converting times between IANA zones with datetime: utcoffset/dst/tzname around DST
# transitions (gaps and folds, fold=0/1), astimezone and fromtimestamp, dates after the last
# transition of the file (the POSIX TZ rule), southern-hemisphere and negative-DST zones.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

ny = ZoneInfo('America/New_York')
for when in [datetime(2024, 3, 10, 1, 59), datetime(2024, 3, 10, 2, 30),
             datetime(2024, 3, 10, 3, 0), datetime(2024, 11, 3, 0, 59),
             datetime(2024, 11, 3, 1, 30), datetime(2024, 11, 3, 2, 0),
             datetime(1883, 1, 1), datetime(1944, 6, 6, 12), datetime(2070, 7, 4, 12)]:
    for fold in (0, 1):
        local = when.replace(tzinfo=ny, fold=fold)
        print(local.isoformat(), fold, local.utcoffset(), local.dst(), local.tzname())

# UTC -> local over the autumn fold: the repeated hour gets fold=1
start = datetime(2024, 11, 3, 4, 30, tzinfo=timezone.utc)
for step in range(4):
    local = (start + timedelta(minutes=30 * step)).astimezone(ny)
    print(local.isoformat(), local.fold, local.tzname())

for key, moment in [('Europe/London', datetime(2024, 7, 1, 12)),
                    ('Europe/Dublin', datetime(2024, 1, 15, 12)),
                    ('Europe/Dublin', datetime(2024, 7, 15, 12)),
                    ('Australia/Sydney', datetime(2024, 1, 1)),
                    ('Australia/Sydney', datetime(2024, 7, 1)),
                    ('Asia/Kolkata', datetime(2024, 5, 5)),
                    ('Pacific/Chatham', datetime(2050, 12, 25)),
                    ('America/St_Johns', datetime(2045, 6, 1)),
                    ('UTC', datetime(2000, 1, 1))]:
    zone = ZoneInfo(key)
    aware = moment.replace(tzinfo=zone)
    print(key, aware.utcoffset(), aware.dst(), aware.tzname(),
          aware.astimezone(timezone.utc).isoformat())

stamp = 1700000000
for key in ('Asia/Tokyo', 'Europe/Paris', 'America/Los_Angeles'):
    print(key, datetime.fromtimestamp(stamp, ZoneInfo(key)).isoformat())
paris = datetime(2024, 6, 1, 9, tzinfo=ZoneInfo('Europe/Paris'))
print(paris.astimezone(ZoneInfo('Asia/Tokyo')).isoformat(), paris.timestamp())
print(paris - datetime(2024, 6, 1, 9, tzinfo=ZoneInfo('America/New_York')))
print(ny.utcoffset(None), ny.dst(None), ny.tzname(None))
