from datetime import *
import datetime as M
exprs = ["date(year=2024, month=1, day=1)", "datetime(year=2024, month=2, day=3, hour=4)", "date.fromisoformat(5)",
 "datetime.combine(1, time())", "datetime.combine(date(2024,1,1), 1)", "datetime(2024,1,1).isoformat(sep='ab')",
 "timedelta(1) * None", "datetime(2024,1,1) + date(2024,1,1)", "date(2024,1,1) - datetime(2024,1,1)",
 "time(1) + timedelta(1)", "timedelta(1) - datetime(2024,1,1)", "date(2024,1,1).strftime(5)",
 "timedelta(days=1.5, hours=-0.25)", "timedelta(microseconds=0.5)", "timedelta(microseconds=1.5)", "timedelta(microseconds=-0.5)",
 "timedelta(seconds=1e-7)", "datetime(2024, 1, 1, 12, tzinfo=timezone.utc).astimezone(5)",
 "date(2024,1,1) == date(2024,1,1)", "datetime(2024,1,1) != 'x'", "time(1,2,3) >= time(1,2,3)",
 "hash(timezone.utc) == hash(timezone(timedelta(0), 'UTC'))", "timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'x')",
 "str(time(1, tzinfo=timezone(timedelta(hours=-3))))", "datetime(2024,5,5,tzinfo=timezone.utc).timetuple()",
 "date(2024,1,1).isoformat()", "M.date.min.toordinal()", "datetime(2024,1,1) < datetime(2024,1,2)",
 "repr(timezone(timedelta(hours=-1)))", "timezone(timedelta(hours=-1)).tzname(None)", "timezone(timedelta(hours=1)).utcoffset(5)",
 "timedelta(0) // timedelta(0)", "timedelta(1) // 0.5", "divmod(timedelta(1), 0)", "3 * timedelta(1) / 2",
 "-timedelta.max", "timedelta.min - timedelta(microseconds=1)",
 "time(5).replace(tzinfo=timezone.utc).utcoffset()", "datetime(2024,1,1,tzinfo=timezone.utc).dst()", "time(1).dst()",
 "date(2024, 1, True)", "datetime(2024,1,1).weekday()", "M.timezone.utc.fromutc(datetime(2024,1,1))",
 "datetime.fromtimestamp(float('nan'))", "datetime.fromtimestamp('x')", "time.min < time.max",
 "f'{timedelta(1)}'", "'%s' % timezone.utc", "M.datetime_CAPI if False else 1", "sorted(M.__all__)",
]
for e in exprs:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '->', type(ex).__name__, ex)
for e in ['timezone.utc.fromutc(5)','timezone.utc.fromutc(datetime(2024,1,1))', 'datetime.fromtimestamp(1e20)', 'datetime.fromtimestamp(float("inf"))', 'timedelta(1)*timedelta(1)', '[1]*timedelta(1)', 'timedelta(1)*[1]', 'datetime.fromtimestamp(1e12, timezone.utc)', '"ab" * timedelta(1)', '1 - timedelta(1)', 'None + date(2024,1,1)', '2.5 * timedelta(1)']:
  try: print(eval(e))
  except Exception as ex: print(type(ex).__name__, ex)
