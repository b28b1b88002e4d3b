# time: clock_gettime/clock_gettime_ns/clock_getres over the Linux clock ids, get_clock_info, tzset;
# only properties of the readings are printed (types, order, agreement), never the readings.
import time

ids = ['CLOCK_REALTIME', 'CLOCK_MONOTONIC', 'CLOCK_PROCESS_CPUTIME_ID', 'CLOCK_THREAD_CPUTIME_ID',
       'CLOCK_MONOTONIC_RAW', 'CLOCK_BOOTTIME', 'CLOCK_TAI']
for name in ids:
    cid = getattr(time, name)
    a = time.clock_gettime(cid)
    b = time.clock_gettime_ns(cid)
    print(name, cid, type(a).__name__, type(b).__name__, time.clock_getres(cid), a > 0 or name.endswith('CPUTIME_ID'))

wall = time.clock_gettime(time.CLOCK_REALTIME)
print('realtime ~ time():', abs(wall - time.time()) < 5)
m1 = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
m2 = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
print('monotonic never goes back:', m2 >= m1)
print('ns ~ s:', abs(time.clock_gettime_ns(time.CLOCK_REALTIME) / 1e9 - time.clock_gettime(time.CLOCK_REALTIME)) < 5)

for bad in [(12345,), ('realtime',), (1.0,)]:
    for f in (time.clock_gettime, time.clock_gettime_ns, time.clock_getres):
        try:
            f(*bad)
        except (OSError, TypeError) as e:
            print(f.__name__, repr(bad[0]), type(e).__name__, e)

for clock in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(clock)
    print(clock, type(info).__name__, info.implementation, info.monotonic, info.adjustable, info.resolution)
    print('  ', info)
try:
    time.get_clock_info('sundial')
except ValueError as e:
    print('ValueError', e)

before = (time.timezone, time.altzone, time.daylight, time.tzname)
print('tzset:', time.tzset())
print('zone unchanged:', before == (time.timezone, time.altzone, time.daylight, time.tzname))
print(type(time.tzname).__name__, len(time.tzname), type(time.timezone).__name__)
