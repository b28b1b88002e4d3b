# zoneinfo: keys and the cache (same object for equal keys, no_cache, clear_cache with only_keys),
# str/repr, from_file with and without a key, pickling by key (from_file zones refuse), key
# validation errors, ZoneInfoNotFoundError, TZPATH and reset_tzpath (available_timezones walks
# the whole database, too slow for the corpus).
import pickle
from datetime import datetime
import zoneinfo
from zoneinfo import ZoneInfo

a = ZoneInfo('Europe/Berlin')
print(a is ZoneInfo('Europe/Berlin'), a is ZoneInfo.no_cache('Europe/Berlin'))
print(str(a), repr(a), a.key)
ZoneInfo.clear_cache(only_keys=['Asia/Tokyo'])
print(a is ZoneInfo('Europe/Berlin'))
ZoneInfo.clear_cache()
b = ZoneInfo('Europe/Berlin')
print(a is b, a == b)
print(pickle.loads(pickle.dumps(b)) is b)
fresh = ZoneInfo.no_cache('Europe/Berlin')
again = pickle.loads(pickle.dumps(fresh))
print(again is fresh, again is b, again.key)

with open('/usr/share/zoneinfo/Europe/Berlin', 'rb') as f:
    loaded = ZoneInfo.from_file(f, key='Berlin (file)')
print(str(loaded), repr(loaded), loaded.key)
print(datetime(2024, 7, 1, tzinfo=loaded).tzname())
with open('/usr/share/zoneinfo/Europe/Berlin', 'rb') as f:
    anonymous = ZoneInfo.from_file(f)
print(anonymous.key, str(anonymous).startswith('zoneinfo.ZoneInfo.from_file('))
try:
    pickle.dumps(anonymous)
except pickle.PicklingError as e:
    print('PicklingError:', e)

for bad in ['Mars/Olympus_Mons', '/etc/localtime', '../etc/passwd', 'Europe/../UTC', '',
            'Europe/', 'Europe']:
    try:
        ZoneInfo(bad)
    except zoneinfo.ZoneInfoNotFoundError as e:
        print('ZoneInfoNotFoundError', e, isinstance(e, KeyError))
    except ValueError as e:
        print('ValueError', e)
try:
    ZoneInfo.from_file(__import__('io').BytesIO(b'not a tzif file'))
except ValueError as e:
    print('ValueError', e)

print(zoneinfo.TZPATH)
zoneinfo.reset_tzpath(['/nonexistent/zones'])
print(zoneinfo.TZPATH)
try:
    ZoneInfo.no_cache('Europe/Berlin')
except zoneinfo.ZoneInfoNotFoundError as e:
    print('ZoneInfoNotFoundError', e)
for bad in ('/usr/share/zoneinfo', ['relative/zones']):
    try:
        zoneinfo.reset_tzpath(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH[0])
print(zoneinfo.__all__)
