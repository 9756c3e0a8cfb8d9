from datetime import *
d = date(5, 1, 1)
for fmt in ["%Y", "%y", "%C", "%G", "%F", "%f", "%z", "%Z", "%:z", "%%z", "%c", "%x", "%X", "%e", "%s" if False else "%D", "%%", "abc", "", "%", "%Q", "%-d"]:
    for obj in (d, datetime(2024, 3, 5, 6, 7, 8, 9), datetime(2024, 3, 5, tzinfo=timezone(timedelta(hours=-3, minutes=-30))), time(1, 2, 3, 4), date(1999, 12, 31)):
        try:
            print(repr(fmt), repr(obj.strftime(fmt)))
        except Exception as e:
            print(type(e).__name__, e)
print(format(timedelta(1), ""), format(datetime(2024, 1, 1), ">5") if False else "")
print(datetime(2024,1,1).__format__("%Y"), date(2024,1,1).__format__(""), str(date(2024,1,1).__format__("%B")))
