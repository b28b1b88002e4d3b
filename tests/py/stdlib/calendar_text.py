# calendar: TextCalendar month and year layouts (widths, line spacing, columns, first weekday),
# the module-level month/calendar/prmonth/prcal/weekheader/monthcalendar functions,
# setfirstweekday, isleap/leapdays/weekday/monthrange/timegm, the Day and Month enums, the
# localized name sequences, and IllegalMonthError/IllegalWeekdayError.
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=2))
calendar.prmonth(2021, 8, 4)
print(calendar.calendar(2024))
calendar.prcal(2025, w=2, l=1, c=3, m=4)
sunday_first = calendar.TextCalendar(calendar.SUNDAY)
print(sunday_first.formatmonth(2024, 9, 9))
print(sunday_first.formatyear(1999, m=6, c=2))
print(repr(calendar.weekheader(2)), repr(calendar.weekheader(12)))
print(calendar.monthcalendar(2024, 3))

calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2024, 6))
calendar.setfirstweekday(0)

print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2024))
print(calendar.leapdays(1900, 2100), calendar.leapdays(2024, 2024))
print(calendar.weekday(1969, 7, 20), repr(calendar.weekday(2000, 1, 1)))
print(calendar.monthrange(2024, 2), calendar.monthrange(2100, 2))
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 23, 59, 59, 3, 60, 0)))

print(list(calendar.Month)[:3], calendar.Month(12), calendar.Month.MAY.name, repr(calendar.MAY))
print([d.name for d in calendar.Day], calendar.FRIDAY + 1, calendar.Day(6) is calendar.SUNDAY)
print(list(calendar.day_name), calendar.day_abbr[-1], calendar.month_name[1:4],
      repr(calendar.month_abbr[0]), len(calendar.month_name), len(calendar.day_abbr))

for call in (lambda: calendar.monthrange(2024, 13), lambda: calendar.month(2024, 0),
             lambda: calendar.setfirstweekday(9), lambda: calendar.weekday(2023, 2, 29),
             lambda: calendar.month_name[13]):
    try:
        call()
    except Exception as exc:
        print(type(exc).__name__, exc, isinstance(exc, ValueError), exc.args)
print(calendar.error is ValueError, calendar.EPOCH)


def busiest_weekday(events):
    """Count events per weekday name."""
    counts = {}
    for y, m, d in events:
        name = calendar.day_name[calendar.weekday(y, m, d)]
        counts[name] = counts.get(name, 0) + 1
    return counts


print(busiest_weekday([(2024, 1, 1), (2024, 1, 8), (2024, 1, 10), (2024, 7, 4)]))
