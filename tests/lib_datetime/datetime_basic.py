from datetime import datetime, date, time, timedelta, timezone
import datetime as dtmod
dt = datetime(2024, 1, 2, 3, 4, 5)
print(dt, repr(dt), repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 4, 0, 7)), repr(datetime(2024, 1, 2, fold=1)))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(dt.date(), dt.time(), repr(dt.date()), repr(dt.time()), dt.weekday(), dt.isoweekday(), dt.isocalendar())
print(dt.isoformat(), dt.isoformat(' '), dt.isoformat(timespec='minutes'), dt.isoformat(sep='_', timespec='milliseconds'))
print(datetime(2024, 1, 2, 3, 4, 5, 600).isoformat(), datetime(2024, 1, 2, 3, 4, 5, 600).isoformat(timespec='seconds'))
print(datetime.combine(date(2020, 5, 6), time(7, 8, 9)), repr(datetime.combine(date(2020, 5, 6), time(7, 8), timezone.utc)))
print(dt + timedelta(days=30, hours=22), dt - timedelta(seconds=3 * 3600 + 4 * 60 + 6), timedelta(1) + dt)
print(dt - datetime(2023, 12, 25), datetime(2023, 12, 25) - dt, repr(dt - dt))
print(dt < datetime(2024, 1, 2, 3, 4, 6), dt == datetime(2024, 1, 2, 3, 4, 5), dt != dt, dt >= dt, dt > datetime.min)
print(dt == date(2024, 1, 2), dt == 5, hash(dt) == hash(datetime(2024, 1, 2, 3, 4, 5)))
print(dt.replace(year=2000, microsecond=5), dt.replace(hour=0, minute=0, second=0))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %a %b %j %p %I %y %Z|%z|"), f"{dt:%d/%m/%Y %H.%M}", format(dt, ""))
print(dt.ctime(), dt.timetuple(), dt.toordinal())
print(datetime.fromisoformat("2024-03-15T10:20:30"), datetime.fromisoformat("2024-03-15"), datetime.fromisoformat("2024-03-15 10:20"))
print(repr(datetime.fromisoformat("2024-03-15T10:20:30.123456+02:00")), repr(datetime.fromisoformat("2024-03-15T10:20:30Z")))
print(repr(datetime.fromisoformat("20240315T102030")), repr(datetime.fromisoformat("2024-03-15T10:20:30.5")))
print(datetime.min, datetime.max, repr(datetime.resolution))
print(datetime.strptime("2024-03-15 10:20:30", "%Y-%m-%d %H:%M:%S"))
print(repr(datetime.strptime("15/Mar/2024:10:20:30.25 +0530", "%d/%b/%Y:%H:%M:%S.%f %z")))
print(datetime.strptime("Friday, March 15 24 07PM", "%A, %B %d %y %I%p"), datetime.strptime("2024 075", "%Y %j"))
print(datetime.strptime("12:30", "%H:%M"), datetime.strptime("2024%", "%Y%%"), datetime.strptime("Mon Jan  5 2015", "%a %b %d %Y"))
print(repr(datetime.strptime("2024-01-01T00:00:00Z", "%Y-%m-%dT%H:%M:%S%z")))
print(sorted([datetime(2024, 1, 1, 5), datetime(2023, 12, 31), datetime(2024, 1, 1)]))
print(datetime(2024, 2, 28, 23, 59, 59, 999999) + timedelta(microseconds=1))
print(datetime(2024, 3, 1) - timedelta(microseconds=1))
for expr in ["datetime(2024, 1, 1, 24)", "datetime(2024, 2, 30)", "datetime(2024, 1, 1) + 1", "datetime(2024, 1, 1) - 1",
             "datetime(2024, 1, 1) < date(2024, 1, 1)", "datetime(2024, 1, 1) < 1",
             "datetime.fromisoformat('2024-01-01X')", "datetime.fromisoformat('nope')",
             "datetime.strptime('2024x', '%Y')", "datetime.strptime('a', '%Y')", "datetime.strptime('2024-02-30', '%Y-%m-%d')",
             "datetime.max + timedelta(1)", "datetime.min - timedelta(microseconds=1)", "datetime(2024, 1, 1).isoformat(timespec='x')"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
