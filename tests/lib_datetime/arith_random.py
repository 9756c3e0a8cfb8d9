import random
from datetime import timedelta, datetime, date, timezone
r = random.Random(7)
out = []
for i in range(400):
    a = timedelta(days=r.randint(-5000, 5000), seconds=r.uniform(-1e5, 1e5), microseconds=r.randint(-10**7, 10**7))
    b = timedelta(hours=r.uniform(-100, 100), minutes=r.randint(-999, 999), milliseconds=r.uniform(-1e4, 1e4))
    f = r.uniform(-5, 5)
    k = r.randint(-9, 9) or 1
    out.append("%s %r %s %s %s %s %s %s %s %s" % (a, b, a + b, a - b, a * f, a / f, a / k, a // k, a // b if b else 0, a % b if b else 0))
    out.append("%s %s %s %s" % (divmod(a, b) if b else 0, a / b if b else 0, a.total_seconds(), abs(b)))
    d = datetime(2000, 1, 1) + timedelta(days=r.randint(-700000, 2900000), seconds=r.randint(0, 86399), microseconds=r.randint(0, 999999))
    out.append("%r %s %s %s %s %s" % (d, d.isocalendar(), d.toordinal(), d.weekday(), d.strftime("%a %b %j"), d + a if datetime.min + abs(a) < d < datetime.max - abs(a) else ''))
print("\n".join(out))
