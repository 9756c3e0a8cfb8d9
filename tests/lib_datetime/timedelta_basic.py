from datetime import timedelta
import datetime
td = timedelta(1, 7384, 5)
print(td, repr(td))
print(repr(timedelta()), repr(timedelta(-1)), timedelta(-1, 5), timedelta(microseconds=-1))
print(timedelta(weeks=1, days=2, hours=3, minutes=4, seconds=5, milliseconds=6, microseconds=7))
print(repr(timedelta(2.5, 0.3)), repr(timedelta(hours=1.0000001)), repr(timedelta(seconds=0.5e-6)), repr(timedelta(seconds=1.5e-6)))
print(timedelta(days=-1.5), timedelta(minutes=-90), str(timedelta(days=2)), str(timedelta(days=-2, seconds=1)))
print(td.days, td.seconds, td.microseconds, td.total_seconds())
a, b = timedelta(hours=5), timedelta(minutes=45)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 2, 2 * a, a * 0.5, a / 4, a / b, a // b, a % b, divmod(a, b), a // 7)
print(a / 3, a / 0.7, timedelta(seconds=1) * 1.1, timedelta(microseconds=1) / 2, timedelta(microseconds=3) / 2)
print(a > b, a < b, a == timedelta(seconds=18000), a != b, a >= a, a <= b, a == 5, a != 'x')
print(hash(a) == hash(timedelta(seconds=18000)), bool(timedelta()), bool(timedelta(microseconds=1)))
print(repr(timedelta.max), repr(timedelta.min), repr(timedelta.resolution))
print(sorted([timedelta(3), timedelta(-1), timedelta(seconds=5)]))
print({timedelta(1): 'x'}[timedelta(hours=24)])
for expr in ["timedelta(days=10**9)", "a / 0", "a // 0", "a % timedelta(0)", "a + 1", "1 + a", "a - 1.5", "a / 'x'",
             "timedelta.max + timedelta(1)", "timedelta('1')"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
print(f"{a}", "%s" % b, [a])
print(timedelta(days=1, seconds=-1), timedelta(seconds=86400 * 3 + 59.999999))
