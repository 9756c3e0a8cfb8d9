import os, time; os.environ['TZ'] = 'Europe/Berlin'; time.tzset()
from datetime import datetime as DT, date, timezone, timedelta
for ts in (0, 1700000000.25, 1720000000, -86400.75, 1711846800):
    d = DT.fromtimestamp(ts)
    print(repr(d), d.timestamp(), repr(d.astimezone()), d.astimezone(timezone.utc), date.fromtimestamp(ts))
a = DT(2024, 6, 1, 12, tzinfo=timezone.utc)
print(repr(a.astimezone()), a.astimezone().tzname(), DT(2024, 1, 1).astimezone(timezone.utc))
print(DT(2024, 3, 31, 2, 30).timestamp(), DT(2024, 10, 27, 2, 30).timestamp())
print(DT.utcfromtimestamp(1700000000.5), DT(2024,6,1).timetuple())
print(repr(DT.fromtimestamp(1729989000)), repr(DT.fromtimestamp(1729992600)), repr(DT.fromtimestamp(1729992600.5)))
print(DT(2024, 10, 27, 2, 30, fold=1).timestamp(), DT(2024, 3, 31, 2, 30, fold=1).timestamp())
print(repr(DT(2024, 10, 27, 2, 30, fold=1).astimezone(timezone.utc)), repr(DT(2024, 10, 27, 2, 30).astimezone()))
print(repr(DT(2024, 11, 3, 1, 30, fold=1).astimezone(timezone.utc)), DT(2024, 3, 10, 2, 30).timestamp())
print(repr(DT(1, 1, 2).timestamp()), DT(9999, 12, 30).timestamp())
