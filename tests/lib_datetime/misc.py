import datetime, copy, time as _t
from datetime import datetime as DT, date, timedelta, timezone, time
class MyDate(date):
    pass
class MyDT(DT):
    def hello(self):
        return "hi " + self.isoformat()
m = MyDate(2024, 1, 1)
print(repr(m), type(m + timedelta(1)).__name__, type(m.replace(day=2)).__name__, type(MyDate.fromordinal(5)).__name__)
x = MyDT(2024, 1, 2, 3)
print(repr(x), x.hello(), type(x + timedelta(1)).__name__, type(MyDT.fromisoformat("2024-01-01")).__name__, type(MyDT.strptime("2024", "%Y")).__name__)
print(copy.copy(DT(2024, 1, 1, tzinfo=timezone.utc)), copy.deepcopy(timedelta(3)), copy.deepcopy(date(2024, 5, 5)))
print(timedelta(hours=1) in [timedelta(minutes=60)], max(date(2020, 1, 1), date(2021, 1, 1)))
print(datetime.MINYEAR, datetime.MAXYEAR, datetime.timedelta(1) == datetime.timedelta(days=1))
print(DT(2024, 1, 1) - DT(2024, 1, 1, tzinfo=timezone.utc) if False else "skip")
print("%s | %r" % (DT(2024, 1, 1), time(5)))
d = {DT(2024, 1, 1): 1, date(2024, 1, 1): 2}
print(len(d), DT(2024, 1, 1, tzinfo=timezone.utc) == DT(2024, 1, 1, 2, tzinfo=timezone(timedelta(hours=2))))
print(timedelta(seconds=-0.5), timedelta(days=1) / timedelta(hours=7), timedelta(days=1) * (1/3), timedelta(days=-3) // 2)
print(isinstance(DT(2024,1,1), date), issubclass(timezone, datetime.tzinfo), DT.__name__, date.__qualname__, timedelta.__module__)
print(sorted(dir(datetime.timedelta))[-6:])
print(DT(2024, 12, 30).isocalendar(), DT(2024, 1, 1).strftime("%G-W%V-%u"))
print(DT.fromisoformat("2024-01-15T08:30:00.123+05:30").astimezone(timezone.utc))
