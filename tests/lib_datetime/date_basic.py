from datetime import date, timedelta, datetime
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day)
print(d.toordinal(), date.fromordinal(738945), date.fromordinal(1), date.fromordinal(3652059))
print(d.weekday(), d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week)
for y, m, dd in [(2020, 12, 31), (2021, 1, 1), (2021, 1, 4), (2026, 12, 31), (2027, 1, 1), (2008, 12, 29), (2010, 1, 3)]:
    ic = date(y, m, dd).isocalendar()
    print(y, m, dd, ic, date.fromisocalendar(*ic))
print(d.isoformat(), str(d), d.ctime(), date(2024, 1, 5).ctime())
print(d.replace(year=2028), d.replace(day=1), d.replace(month=3, day=31))
print(d + timedelta(days=1), d - timedelta(days=60), timedelta(days=400) + d, d - date(2000, 1, 1), date(2000, 1, 1) - d)
print(d + timedelta(hours=23), d - timedelta(hours=1))
print(d < date(2024, 3, 1), d == date(2024, 2, 29), d != d, d > date.min, d >= d, d <= date.max)
print(date.min, date.max, repr(date.resolution), hash(d) == hash(date(2024, 2, 29)))
print(date.fromisoformat("2024-03-15"), date.fromisoformat("20240315"), date.fromisoformat("2024-W10-5"), date.fromisoformat("2024W105"))
print(d.strftime("%Y/%m/%d %a %A %b %B %j %U %W %w %y %%"), d.strftime("%H:%M:%S"))
print(format(d, "%d.%m.%Y"), f"{d}", f"{d:%Y}", d.timetuple())
for expr in ["date(0, 1, 1)", "date(2024, 13, 1)", "date(2023, 2, 29)", "date('x', 1, 1)", "date(2024, 1.0, 1)",
             "date.fromordinal(0)", "date(2024, 1, 1) - timedelta(days=800000)", "date(2024, 1, 1) + 1",
             "date(2024, 1, 1) < 5", "date.fromisoformat('x')", "date.fromisoformat('2024-1-1')",
             "date.fromisoformat('2024-02-30')", "date(2024,1,1).replace(month=13)", "date(2024, 1, 1) == datetime(2024, 1, 1)",
             "date.max + timedelta(1)", "date(2024, 1, 1) - 3", "3 + date(2024, 1, 1)", "date(2024)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
print(sorted([date(2024, 5, 1), date(1999, 1, 1), date(2024, 1, 31)]))
print(len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}))
for n in range(1, 800000, 12347):
    dd = date.fromordinal(n)
    assert dd.toordinal() == n
print(date(1, 1, 1).weekday(), date(1900, 3, 1).weekday(), date(2000, 2, 29).toordinal())
