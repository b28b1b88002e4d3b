# Calendar arithmetic without the standard library: leap years, day of week (Zeller), days between
# dates, adding days, and printing a month grid.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def month_length(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def ordinal(y, m, d):
    days = d
    for year in range(1, y):
        days += 366 if is_leap(year) else 365
    for month in range(1, m):
        days += month_length(y, month)
    return days


def add_days(y, m, d, n):
    d += n
    while d > month_length(y, m):
        d -= month_length(y, m)
        m += 1
        if m == 13:
            m, y = 1, y + 1
    return y, m, d


def print_month(y, m):
    title = f"{MONTHS[m - 1]} {y}"
    print(f"{title:^20}")
    print(" ".join(DAYS))
    start = weekday(y, m, 1)
    cells = ["  "] * start + [f"{d:>2}" for d in range(1, month_length(y, m) + 1)]
    for i in range(0, len(cells), 7):
        print(" ".join(cells[i:i + 7]))


print([y for y in (1900, 2000, 2023, 2024, 2100) if is_leap(y)])
for date in [(2024, 1, 1), (1969, 7, 20), (2000, 2, 29), (1999, 12, 31)]:
    print(date, DAYS[weekday(*date)])
print("days from moon landing to Y2K:", ordinal(2000, 1, 1) - ordinal(1969, 7, 20))
print(add_days(2024, 2, 20, 10), add_days(2023, 12, 25, 400))
print_month(2024, 2)
print()
print_month(2023, 10)
fridays = [(y, m) for y in (2024, 2025) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday the 13th:", fridays)
