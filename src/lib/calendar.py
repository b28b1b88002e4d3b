"""Calendar printing and date arithmetic helpers, like the Unix cal program.

Written for Immortal from the documented interface of CPython 3.12's calendar module. Weeks start
on Monday (0) by default; setfirstweekday(6) makes them start on Sunday.
"""

import sys
import datetime
from enum import IntEnum, global_enum
from itertools import repeat

__all__ = ("IllegalMonthError IllegalWeekdayError setfirstweekday firstweekday isleap leapdays "
           "weekday monthrange monthcalendar prmonth month prcal calendar timegm month_name "
           "month_abbr day_name day_abbr Calendar TextCalendar HTMLCalendar LocaleTextCalendar "
           "LocaleHTMLCalendar weekheader Day Month JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY "
           "AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY "
           "SATURDAY SUNDAY").split()

error = ValueError


class IllegalMonthError(ValueError):
    def __str__(self):
        return f"bad month number {self.month!r}; must be 1-12"

    def __init__(self, month):
        self.month = month


class IllegalWeekdayError(ValueError):
    def __str__(self):
        return f"bad weekday number {self.weekday!r}; must be 0 (Monday) to 6 (Sunday)"

    def __init__(self, weekday):
        self.weekday = weekday


def __getattr__(name):
    # January and February were module constants once; they still work, with a warning.
    if name in ('January', 'February'):
        import warnings
        warnings.warn(f"The '{name}' attribute is deprecated, use '{name.upper()}' instead",
                      DeprecationWarning, stacklevel=2)
        return 1 if name == 'January' else 2
    raise AttributeError(f"module '{__name__}' has no attribute '{name}'")


_MONTH_NAMES = ("JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER "
                "NOVEMBER DECEMBER").split()
_DAY_NAMES = "MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY".split()
# Both enums put their members into this module's namespace (calendar.MONDAY, ...).
Month = global_enum(IntEnum('Month', [(name, k) for k, name in enumerate(_MONTH_NAMES, 1)],
                            module=__name__))
Day = global_enum(IntEnum('Day', [(name, k) for k, name in enumerate(_DAY_NAMES)],
                          module=__name__))
del _MONTH_NAMES, _DAY_NAMES


# Days per month in a common year (index 0 unused).
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class _localized_month:
    """month_name / month_abbr: 13 entries (the first empty), in the current LC_TIME locale."""

    def __init__(self, format):
        self.format = format

    def _name(self, index):
        if index == 0:
            return ""
        return datetime.date(2001, index, 1).strftime(self.format)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._name(k) for k in list(range(13))[i]]
        return self._name(list(range(13))[i])

    def __len__(self):
        return 13


class _localized_day:
    """day_name / day_abbr: Monday first, in the current LC_TIME locale."""

    def __init__(self, format):
        self.format = format

    def _name(self, index):
        # 2001-01-01 was a Monday.
        return datetime.date(2001, 1, index + 1).strftime(self.format)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._name(k) for k in list(range(7))[i]]
        return self._name(list(range(7))[i])

    def __len__(self):
        return 7


day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')


def isleap(year):
    """Whether year is a leap year (Gregorian rules)."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """The number of leap years in range(y1, y2)."""
    def before(y):
        y -= 1
        return y // 4 - y // 100 + y // 400
    return before(y2) - before(y1)


def weekday(year, month, day):
    """The Day of the week (MONDAY is 0) of the date."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        # The Gregorian calendar repeats every 400 years.
        year = 2000 + year % 400
    return Day(datetime.date(year, month, day).weekday())


def monthrange(year, month):
    """(weekday of the first day, number of days) of the month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    first = weekday(year, month, 1)
    return first, mdays[month] + (month == FEBRUARY and isleap(year))


def _monthlen(year, month):
    return mdays[month] + (month == FEBRUARY and isleap(year))


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _weeks(items):
    items = list(items)
    return [items[k:k + 7] for k in range(0, len(items), 7)]


class Calendar(object):
    """Calendar computations: the weeks of a month as lists of dates or day numbers."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The weekday numbers of one week, starting with firstweekday."""
        for k in range(self.firstweekday, self.firstweekday + 7):
            yield k % 7

    def _padding(self, year, month):
        # (days shown from the previous month, days in the month, days from the next month)
        first, length = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        after = (self.firstweekday - first - length) % 7
        return before, length, after

    def itermonthdates(self, year, month):
        """datetime.date objects for the complete weeks covering the month."""
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """Day numbers of the complete weeks covering the month, 0 outside it."""
        before, length, after = self._padding(year, month)
        yield from repeat(0, before)
        yield from range(1, length + 1)
        yield from repeat(0, after)

    def itermonthdays2(self, year, month):
        """(day number, weekday) pairs, day number 0 outside the month."""
        for k, day in enumerate(self.itermonthdays(year, month), self.firstweekday):
            yield day, k % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) triples of the complete weeks covering the month."""
        before, length, after = self._padding(year, month)
        y, m = _prevmonth(year, month)
        last = _monthlen(y, m)
        for d in range(last - before + 1, last + 1):
            yield y, m, d
        for d in range(1, length + 1):
            yield year, month, d
        y, m = _nextmonth(year, month)
        for d in range(1, after + 1):
            yield y, m, d

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) tuples of the complete weeks covering the month."""
        for k, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + k) % 7

    def monthdatescalendar(self, year, month):
        """The month's weeks, each a list of seven datetime.date objects."""
        return _weeks(self.itermonthdates(year, month))

    def monthdays2calendar(self, year, month):
        """The month's weeks, each a list of seven (day number, weekday) pairs."""
        return _weeks(self.itermonthdays2(year, month))

    def monthdayscalendar(self, year, month):
        """The month's weeks, each a list of seven day numbers (0 outside the month)."""
        return _weeks(self.itermonthdays(year, month))

    def _year(self, year, width, per_month):
        months = [per_month(year, m) for m in range(JANUARY, JANUARY + 12)]
        return [months[k:k + width] for k in range(0, 12, width)]

    def yeardatescalendar(self, year, width=3):
        """The year as rows of width months, as monthdatescalendar() gives them."""
        return self._year(year, width, self.monthdatescalendar)

    def yeardays2calendar(self, year, width=3):
        """The year as rows of width months, as monthdays2calendar() gives them."""
        return self._year(year, width, self.monthdays2calendar)

    def yeardayscalendar(self, year, width=3):
        """The year as rows of width months, as monthdayscalendar() gives them."""
        return self._year(year, width, self.monthdayscalendar)


class TextCalendar(Calendar):
    """Calendars as plain text."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        return ('%2i' % day if day else '').center(width)

    def formatweek(self, theweek, width):
        return ' '.join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join([self.formatweekday(k, width) for k in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        name = month_name[themonth]
        if withyear:
            name = "%s %r" % (name, theyear)
        return name.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month's calendar; w is the width of a day column, l the lines per week."""
        w = max(2, w)
        gap = '\n' * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
                 self.formatweekheader(w).rstrip()]
        for week in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(week, w).rstrip())
        return ''.join(line + gap for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A year's calendar, m months per row, c blanks between month columns."""
        w = max(2, w)
        gap = '\n' * max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)
        for row_no, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * row_no + 1, min(m * (row_no + 1) + 1, 13))
            out.append(gap)
            names = [self.formatmonthname(theyear, k, colwidth, False) for k in months]
            out.append(formatstring(names, colwidth, c).rstrip())
            out.append(gap)
            out.append(formatstring([header for k in months], colwidth, c).rstrip())
            out.append(gap)
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else '' for cal in row]
                out.append(formatstring(weeks, colwidth, c).rstrip())
                out.append(gap)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """Calendars as HTML tables."""

    # CSS classes of the weekday cells, Monday first.
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if not day:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return '<tr>%s</tr>' % ''.join([self.formatday(d, wd) for d, wd in theweek])

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return '<tr>%s</tr>' % ''.join([self.formatweekday(k) for k in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = '%s %s' % (month_name[themonth], theyear) if withyear else month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, title)

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">'
                % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows.extend(self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth))
        rows.append('</table>')
        return ''.join(row + '\n' for row in rows)

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        out = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">\n'
               % self.cssclass_year,
               '<tr><th colspan="%d" class="%s">%s</th></tr>'
               % (width, self.cssclass_year_head, theyear)]
        for first in range(JANUARY, JANUARY + 12, width):
            out.append('<tr>')
            for m in range(first, min(first + width, 13)):
                out.append('<td>%s</td>' % self.formatmonth(theyear, m, withyear=False))
            out.append('</tr>')
        out.append('</table>')
        return ''.join(out)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """A complete XHTML page with the year's calendar, as bytes."""
        if encoding is None:
            encoding = sys.getdefaultencoding()
        parts = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                 '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                 '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                 '<html>\n<head>\n',
                 '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
                 % encoding]
        if css is not None:
            parts.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        parts.append('<title>Calendar for %d</title>\n</head>\n<body>\n' % theyear)
        parts.append(self.formatyear(theyear, width))
        parts.append('</body>\n</html>\n')
        return ''.join(parts).encode(encoding, "xmlcharrefreplace")


def _locale_module():
    try:
        import locale
        locale.setlocale
        locale.LC_TIME
    except (ImportError, AttributeError):
        raise NotImplementedError(
            "calendar: locale-aware calendars need the locale module, "
            "which Immortal does not provide yet") from None
    return locale


class different_locale:
    """Context manager: run with LC_TIME set to locale, then restore it."""

    def __init__(self, locale):
        self.locale = locale
        self.oldlocale = None

    def __enter__(self):
        _locale = _locale_module()
        self.oldlocale = _locale.setlocale(_locale.LC_TIME, None)
        _locale.setlocale(_locale.LC_TIME, self.locale)

    def __exit__(self, *args):
        _locale = _locale_module()
        _locale.setlocale(_locale.LC_TIME, self.oldlocale)


def _get_default_locale():
    _locale = _locale_module()
    current = _locale.setlocale(_locale.LC_TIME, None)
    if current == "C":
        with different_locale(""):
            current = _locale.setlocale(_locale.LC_TIME, None)
    return current


class _LocaleNames:
    # Day and month names looked up with LC_TIME switched to self.locale.

    def formatweekday(self, *args):
        with different_locale(self.locale):
            return super().formatweekday(*args)

    def formatmonthname(self, *args, **kwargs):
        with different_locale(self.locale):
            return super().formatmonthname(*args, **kwargs)


class LocaleTextCalendar(_LocaleNames, TextCalendar):
    """TextCalendar with day and month names from the given locale."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = _get_default_locale() if locale is None else locale


class LocaleHTMLCalendar(_LocaleNames, HTMLCalendar):
    """HTMLCalendar with day and month names from the given locale."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = _get_default_locale() if locale is None else locale


# The module-level functions use one shared TextCalendar.
c = TextCalendar()


def setfirstweekday(firstweekday):
    if not (MONDAY <= firstweekday and firstweekday <= SUNDAY):
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


firstweekday, monthcalendar = c.getfirstweekday, c.monthdayscalendar
prweek, week, weekheader = c.prweek, c.formatweek, c.formatweekheader
prmonth, month = c.prmonth, c.formatmonth
calendar, prcal = c.formatyear, c.pryear

_colwidth = 7 * 3 - 1     # width of a month column with two-character days
_spacing = 6              # blanks between month columns


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print the columns centered in colwidth, spacing blanks apart."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The columns centered in colwidth, spacing blanks apart."""
    return (' ' * spacing).join([col.center(colwidth) for col in cols])


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the epoch of a UTC time tuple (the inverse of time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


_TEXT_OPTIONS = (
    ("-w", "--width", 2, "width of date column (default 2)"),
    ("-l", "--lines", 1, "number of lines for each week (default 1)"),
    ("-s", "--spacing", 6, "spacing between months (default 6)"),
    ("-m", "--months", 3, "months per row (default 3)"),
)


def main(args=None):
    """The command line: python -m calendar [options] [year [month]]."""
    import argparse
    parser = argparse.ArgumentParser()
    text_only = parser.add_argument_group('text only arguments')
    html_only = parser.add_argument_group('html only arguments')
    for short, long, default, text in _TEXT_OPTIONS:
        text_only.add_argument(short, long, type=int, default=default, help=text)
    html_only.add_argument("-c", "--css", default="calendar.css", help="CSS to use for page")
    parser.add_argument("-L", "--locale", default=None,
                        help="locale to use for month and weekday names")
    parser.add_argument("-e", "--encoding", default=None, help="encoding to use for output")
    parser.add_argument("-t", "--type", default="text", choices=("text", "html"),
                        help="output type (text or html)")
    parser.add_argument("year", nargs='?', type=int, help="year number (1-9999)")
    parser.add_argument("month", nargs='?', type=int, help="month number (1-12, text only)")
    opts = parser.parse_args(args)
    if opts.locale and not opts.encoding:
        parser.error("if --locale is specified --encoding is required")
    where = (opts.locale, opts.encoding)
    year = datetime.date.today().year if opts.year is None else opts.year
    if opts.type == "html":
        cal = LocaleHTMLCalendar(locale=where) if opts.locale else HTMLCalendar()
        if opts.month is not None:
            parser.error("incorrect number of arguments")
        page = cal.formatyearpage(year, css=opts.css,
                                  encoding=opts.encoding or sys.getdefaultencoding())
        sys.stdout.buffer.write(page)
        return
    cal = LocaleTextCalendar(locale=where) if opts.locale else TextCalendar()
    if opts.month is None:
        result = cal.formatyear(year, opts.width, opts.lines, opts.spacing, opts.months)
    else:
        result = cal.formatmonth(year, opts.month, opts.width, opts.lines)
    if opts.encoding:
        sys.stdout.buffer.write(result.encode(opts.encoding))
    else:
        sys.stdout.write(result)


if __name__ == "__main__":
    main()
