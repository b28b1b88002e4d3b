# time.strftime over fixed tuples (every common directive) and time.strptime parsing with errors.
import time

t = time.gmtime(1700000000)
for fmt in ['%Y-%m-%d', '%H:%M:%S', '%a %A %b %B', '%d/%m/%y', '%j %U %W %w %u', '%I:%M %p', '%c', '%x %X',
            '%%literal%%', '%e|%G-W%V', '%D %T %R %F', '%C %g']:
    print(repr(fmt), time.strftime(fmt, t))
for secs in (0, 946684800, 1104537600, 1230768000):
    print(time.strftime('%Y %j %U %W %V %G %a', time.gmtime(secs)))
midnight = time.strptime('2023-12-31 00:00:00', '%Y-%m-%d %H:%M:%S')
print(midnight)
print(time.strptime('March 7 2021 5:06 PM', '%B %d %Y %I:%M %p')[:6])
print(time.strptime('Sun Jun 20 23:21:05 1993')[:8])
print(time.strptime('99 123', '%y %j')[:3], time.strptime('05', '%y')[0])
for s, f in [('2024-02-30', '%Y-%m-%d'), ('2024-1-5x', '%Y-%m-%d'), ('12:61', '%H:%M'), ('abc', '%Y')]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print('ValueError:', e)
