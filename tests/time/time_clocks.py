# clock_gettime / clock_gettime_ns / clock_getres / tzset and their errors.
import time
for e in ['time.clock_gettime("a")', 'time.clock_gettime(12345)', 'time.clock_gettime()', 'time.clock_gettime(1.5)',
          'time.clock_getres(time.CLOCK_MONOTONIC)', 'type(time.clock_gettime_ns(0))', 'time.clock_gettime(2**40)',
          'time.tzset(1)', 'time.tzset()', 'time.clock_gettime(x=1)', 'type(time.clock_gettime(True))',
          'time.clock_gettime(time.CLOCK_REALTIME) > 1e9', 'time.clock_getres(-5)']:
    try:
        print(e, '->', repr(eval(e)))
    except OSError as x:
        print(e, '!!', type(x).__name__, x, x.errno, x.strerror)
    except Exception as x:
        print(e, '!!', type(x).__name__, x)
print(time.timezone, time.altzone, time.daylight, time.tzname)
