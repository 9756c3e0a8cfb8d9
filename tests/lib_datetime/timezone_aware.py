from datetime import datetime, timedelta, timezone, tzinfo, UTC
utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
minus530 = timezone(timedelta(hours=-5, minutes=-30), "IST-ish")
print(repr(utc), str(utc), repr(plus2), str(plus2), repr(minus530), str(minus530), UTC is utc)
print(timezone(timedelta(0)) is utc, timezone(timedelta(0)) == utc, repr(timezone(timedelta(0), 'Z')))
print(timezone(timedelta(seconds=5)), timezone(timedelta(microseconds=5)), timezone.min, timezone.max, repr(timezone.max))
print(plus2.utcoffset(None), plus2.tzname(None), plus2.dst(None), utc.utcoffset(None))
a = datetime(2024, 6, 1, 12, 0, tzinfo=plus2)
print(a, repr(a), a.isoformat(), a.utcoffset(), a.tzname(), a.dst())
b = a.astimezone(utc)
print(b, repr(b), a == b, hash(a) == hash(b), a.astimezone(minus530))
print(a.strftime("%H:%M %z %Z %:z"), a.timestamp(), datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000.5, plus2))
print(datetime(2024, 1, 1, tzinfo=utc) - datetime(2024, 1, 1, tzinfo=plus2))
print(a < datetime(2024, 6, 1, 11, 0, tzinfo=utc), a > datetime(2024, 6, 1, 9, 59, tzinfo=utc))
print(a == datetime(2024, 6, 1, 12, 0), a != datetime(2024, 6, 1, 12, 0))
print(a.replace(tzinfo=None), repr(a.replace(tzinfo=utc)), a.timetz(), repr(a.timetz()))
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30, seconds=15))).isoformat())
print(a + timedelta(hours=20), (a + timedelta(hours=20)).tzinfo is plus2, a.utctimetuple())
print(repr(datetime(2024, 1, 1, tzinfo=utc).astimezone(timezone(timedelta(hours=-8)))))
class Fixed(tzinfo):
    def __init__(self, h):
        self.h = h
    def utcoffset(self, dt):
        return timedelta(hours=self.h)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return "F%+d" % self.h
    def __repr__(self):
        return "Fixed(%d)" % self.h
c = datetime(2024, 3, 3, 3, 3, tzinfo=Fixed(3))
print(c, repr(c), c.tzname(), c.astimezone(utc), c.strftime("%Z %z"), c == datetime(2024, 3, 3, 0, 3, tzinfo=utc))
print(utc.astimezone if False else utc.fromutc(datetime(2024, 1, 1, tzinfo=utc)), plus2.fromutc(datetime(2024, 1, 1, tzinfo=plus2)))
print(datetime(1970, 1, 1, tzinfo=utc).timestamp(), datetime(2038, 1, 19, 3, 14, 8, tzinfo=utc).timestamp())
print(datetime.fromtimestamp(86400 * 365.25 * 30, tz=utc), datetime.fromtimestamp(-1.5, utc))
for expr in ["timezone(timedelta(hours=24))", "timezone(5)", "timezone(timedelta(0), 5)", "datetime(2024, 1, 1, tzinfo=5)",
             "datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=utc)",
             "datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=utc)", "tzinfo().utcoffset(None)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
