import json
from dataclasses import dataclass, field
from datetime import datetime, date, timedelta, timezone, time
from collections import defaultdict

LOG = """2024-03-01 08:15:02,INFO,start
2024-03-01 08:15:09,WARN,slow
2024-03-02 23:59:59,INFO,tick
2024-03-04 00:00:01,ERROR,boom
2024-03-10 12:30:00,INFO,stop"""

entries = []
for line in LOG.splitlines():
    stamp, level, msg = line.split(",")
    entries.append((datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S"), level, msg))
span = entries[-1][0] - entries[0][0]
print("span:", span, span.total_seconds(), span.days, span // timedelta(hours=1))
by_week = defaultdict(list)
for when, level, msg in entries:
    by_week[when.isocalendar().week].append(msg)
print(dict(by_week))
gaps = [b[0] - a[0] for a, b in zip(entries, entries[1:])]
print(max(gaps), min(gaps), sum(gaps, timedelta()), sum(gaps, timedelta()) / len(gaps))

@dataclass(order=True)
class Event:
    when: datetime
    name: str = field(compare=False)
evs = sorted([Event(datetime(2024, 5, d, 9), "e%d" % d) for d in (3, 1, 2)])
print([e.name for e in evs], evs[0])
print(json.dumps({"at": datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)}, default=str))
print(json.dumps([date(2024, 1, 2).isoformat(), time(4, 5).isoformat()]))

def age(born, today):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print(age(date(1990, 6, 15), date(2024, 6, 14)), age(date(1990, 6, 15), date(2024, 6, 15)))

def month_ends(year):
    out = []
    for m in range(1, 13):
        nxt = date(year + (m == 12), m % 12 + 1, 1)
        out.append((nxt - timedelta(days=1)).day)
    return out
print(month_ends(2024), month_ends(2023))
d = date(2024, 1, 1)
print([(d + timedelta(weeks=i)).strftime("%a %d %b") for i in range(0, 52, 13)])
meeting = datetime(2024, 3, 10, 15, 0, tzinfo=timezone(timedelta(hours=-5), "EST"))
for name, off in [("UTC", 0), ("CET", 1), ("IST", 5.5), ("JST", 9)]:
    tz = timezone(timedelta(hours=off), name)
    print(name, meeting.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z (%z)"))
print(datetime.fromisoformat("2024-03-10T15:00:00-05:00") == meeting, meeting.timestamp())
business = [d for d in (date(2024, 3, 1) + timedelta(i) for i in range(31)) if d.weekday() < 5]
print(len(business), business[-1])
print(f"{datetime(2024, 7, 4, 18, 30):%A, %B %d at %I:%M %p}", "{:%Y}".format(date(1999, 1, 1)))
print(timedelta(seconds=3725).__str__(), divmod(int(timedelta(seconds=3725).total_seconds()), 60))
