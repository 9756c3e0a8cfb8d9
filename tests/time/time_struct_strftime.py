# struct_time, gmtime, strftime/asctime, argument errors of the time functions.
import time
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone in ("GMT", "UTC"), t.tm_gmtoff)
print(len(t), t[0], t[-1], t[:3], tuple(t), list(t)[6:], isinstance(t, tuple), type(t).__name__)
print(t == (1970, 1, 1, 0, 0, 0, 3, 1, 0), hash(t) == hash(tuple(t)), type(t))
print(time.gmtime(86400 * 365.25 * 30 + 0.9))
print(time.gmtime(-1))
print(time.gmtime(1700000000).tm_yday, time.gmtime(True).tm_sec)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1234567890)))
print(time.strftime("%a %b %d %j %%", (2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(repr(time.strftime("", t)), time.strftime("%Y", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime(time.gmtime(1234567890)), time.asctime((2020, 1, 1, 0, 0, 0, 9, 1, 0)))
s = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_zone, s.tm_gmtoff)
print(time.struct_time([1] * 10).tm_zone, time.struct_time((1,) * 9, {"tm_zone": "X"}).tm_zone)
print(isinstance(time.time(), float), isinstance(time.time_ns(), int), time.time_ns() > 1600000000 * 10**9)
for name in ["perf_counter", "monotonic", "process_time", "thread_time"]:
    f = getattr(time, name)
    fn = getattr(time, name + "_ns")
    print(name, type(f()).__name__, type(fn()).__name__, f() >= 0)
calls = [
    "time.time(1)", "time.time(x=1)", "time.monotonic(1)", "time.perf_counter_ns(None)",
    "time.sleep()", "time.sleep(1, 2)", "time.sleep(x=1)", "time.sleep(-1)", "time.sleep(-0.5)",
    "time.sleep('a')", "time.sleep(float('nan'))", "time.sleep(float('inf'))", "time.sleep(2**70)",
    "time.sleep(None)", "time.sleep(0)", "time.sleep(0.001)", "time.sleep(False)",
    "time.gmtime('a')", "time.gmtime(float('nan'))", "time.gmtime(1e20)", "time.gmtime(2**70)",
    "time.gmtime(1, 2)", "time.localtime(x=1)", "time.ctime(1, 2)", "time.asctime(1, 2)", "time.mktime()",
    "time.strftime()", "time.strftime('a', 1, 2)", "time.strftime(format='a')",
    "time.struct_time()", "time.struct_time(1, 2, 3)", "time.struct_time(sequence=(1,) * 9)",
    "time.struct_time((1,) * 9, 5)", "time.struct_time(iter(range(9)))",
    "time.mktime((1e10, 1, 1, 0, 0, 0, 0, 1, 0))",
    "time.strftime(1)", "time.strftime('%Y', 1)", "time.strftime('%Y', (2020, 1, 1))",
    "time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0))", "time.strftime('%Y', (2020, 1, 32, 0, 0, 0, 0, 1, 0))",
    "time.strftime('%Y', (2020, 1, 1, 24, 0, 0, 0, 1, 0))", "time.strftime('%Y', (2020, 1, 1, 0, 60, 0, 0, 1, 0))",
    "time.strftime('%Y', (2020, 1, 1, 0, 0, 62, 0, 1, 0))", "time.strftime('%Y', (2020, 1, 1, 0, 0, 0, -9, 1, 0))",
    "time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 367, 0))", "time.strftime('%Y', (2020, 1, 1.5, 0, 0, 0, 0, 1, 0))",
    "time.strftime('%Y', (2**40, 1, 1, 0, 0, 0, 0, 1, 0))",
    "time.asctime(1)", "time.asctime((2020, 1, 1, 0, 0, 0, 0, 1))", "time.mktime(1)",
    "time.mktime((2020, 1, 1, 0, 0, 0, 0, 1))",
    "time.struct_time((1, 2, 3))", "time.struct_time([1] * 12)", "time.struct_time(5)",
    "time.ctime('a')",
]
for c in calls:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
lt = time.localtime()
print(type(lt).__name__, time.mktime(lt) == int(time.mktime(lt)), abs(time.mktime(lt) - time.time()) < 5)
print(type(time.ctime()).__name__, len(time.asctime()) >= 24, type(time.timezone).__name__, len(time.tzname))
try:
    t.tm_year = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
print(t + (1,), t.count(1), t.index(0), time.gmtime(0).__reduce__())
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.struct_time.__match_args__, time.struct_time.__name__, time.struct_time.__module__)
