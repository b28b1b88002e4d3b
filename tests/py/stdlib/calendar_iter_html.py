# calendar: Calendar iteration (iterweekdays, itermonthdates, itermonthdays 1-4, the
# month*calendar and year*calendar matrices) with several first weekdays, including the year
# 9999 edge, and HTMLCalendar (formatmonth, formatyear, formatyearpage, CSS class attributes
# overridden in a subclass).
import calendar

for first in (0, 6, 3):
    cal = calendar.Calendar(first)
    print(first, list(cal.iterweekdays()), cal.getfirstweekday())
    dates = list(cal.itermonthdates(2024, 3))
    print(len(dates), dates[0], dates[-1])
    print(list(cal.itermonthdays(2024, 2)))
    print(list(cal.itermonthdays2(2023, 10))[:8])
    print(list(cal.itermonthdays3(2024, 1))[:3], list(cal.itermonthdays4(2024, 12))[-2:])
    print(cal.monthdayscalendar(2015, 2))
    print([[str(d) for d in week] for week in cal.monthdatescalendar(2024, 2)][0])

cal = calendar.Calendar(8)
print(cal.firstweekday, cal.getfirstweekday())
cal.setfirstweekday(2)
print(cal.firstweekday)
print(list(calendar.Calendar().itermonthdays(9999, 12))[-5:])
print(list(calendar.Calendar().itermonthdays3(9999, 12))[-1])
year = calendar.Calendar().yeardays2calendar(2024, width=4)
print(len(year), [len(row) for row in year], year[2][3][0])
print(len(calendar.Calendar().yeardatescalendar(2024, 2)), calendar.Calendar().yeardayscalendar(2024)[3][2][-1])

html = calendar.HTMLCalendar()
print(html.formatmonth(2024, 2))
print(html.formatmonth(2024, 2, withyear=False))
print(html.formatyear(2024, width=4))


class Styled(calendar.HTMLCalendar):
    cssclasses = ["wk", "wk", "wk", "wk", "wk", "we", "we"]
    cssclass_noday = "blank"
    cssclass_month = "cal-month"
    cssclass_month_head = "cal-title"
    cssclass_year = "cal-year"
    cssclass_year_head = "cal-year-title"

    def formatday(self, day, weekday):
        if day == 13 and weekday == calendar.FRIDAY:
            return '<td class="unlucky">13</td>'
        return super().formatday(day, weekday)


styled = Styled(calendar.SUNDAY)
print(styled.formatmonth(2024, 9))
print(styled.formatyear(2023, 6)[:400])
page = html.formatyearpage(2024, width=6, css="site.css", encoding="ascii")
print(type(page).__name__, len(page))
print(page.decode("ascii")[:600])
print(html.formatyearpage(2024, css=None, encoding="utf-8").decode()[:330])
