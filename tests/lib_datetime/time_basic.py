from datetime import time, timezone, timedelta
t = time(1, 2, 3, 400)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4, tzinfo=timezone.utc, fold=1)))
print(t.isoformat(), t.isoformat('hours'), t.isoformat('minutes'), t.isoformat('seconds'), t.isoformat('milliseconds'), t.isoformat('microseconds'))
print(time(12).isoformat(), time(12, 30, tzinfo=timezone(timedelta(hours=2))).isoformat())
print(t.replace(hour=5), t.replace(microsecond=0), repr(t.replace(fold=1)))
print(time(1) < time(2), time(1) == time(1, 0), time(3) > time(2, 59), time(1) == 1, hash(time(1)) == hash(time(1, 0)))
print(time.fromisoformat("12:34"), time.fromisoformat("12:34:56.123"), time.fromisoformat("T1234"), time.fromisoformat("12:34:56+05:30"))
print(t.strftime("%H-%M-%S.%f %p %I"), f"{t:%H}", time.min, time.max, repr(time.resolution))
print(time(10, tzinfo=timezone.utc).utcoffset(), time(10).utcoffset(), time(10, tzinfo=timezone.utc).tzname())
print(time(10, tzinfo=timezone(timedelta(hours=1))) == time(9, tzinfo=timezone.utc))
for expr in ["time(24)", "time(0, 60)", "time(0, 0, 60)", "time(0, 0, 0, 10**6)", "time(fold=2)", "time(-1)",
             "time(tzinfo=5)", "time(1) < 5", "time.fromisoformat('25:00')", "time.fromisoformat('x')",
             "t.isoformat('bad')", "time(1) < time(1, tzinfo=timezone.utc)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
