# time: struct_time from gmtime, fields and tuple view, asctime/ctime-like formatting, mktime round
# trip, clocks' types and monotonicity, sleep.
import time

for secs in (0, 86399, 951782400, 1700000000, 2**31):
    t = time.gmtime(secs)
    print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
    print(time.asctime(t), tuple(t) == t[:], len(t), t.tm_zone)
t = time.gmtime(1234567890)
print(t)
print(t[0:3], t[-1], list(t)[6])
st = time.struct_time((2024, 2, 29, 12, 0, 0, 3, 60, 0))
print(st, st.tm_yday)
print(isinstance(t, tuple), type(t).__name__, time.struct_time.__module__)
a = time.monotonic(); b = time.monotonic()
print(b >= a, isinstance(time.time(), float), isinstance(time.time_ns(), int), isinstance(time.perf_counter_ns(), int))
p = time.perf_counter(); time.sleep(0.02); q = time.perf_counter()
print(0.015 < q - p < 1.0, time.process_time() >= 0)
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    time.sleep('1')
except TypeError as e:
    print('TypeError:', e)
try:
    time.asctime((2024, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print('ValueError:', e)
