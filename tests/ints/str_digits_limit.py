# CPython 3.13 limits decimal int <-> str conversion to 4300 digits by default.
def attempt(f):
    try:
        r = f()
        print(r if len(str(r) if not isinstance(r, str) else r) < 80 else len(r))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: len(str(10**4299)))
attempt(lambda: str(10**4300))
attempt(lambda: repr(-(10**4300)))
attempt(lambda: int("1" * 4300) % 7)
attempt(lambda: int("1" * 4301))
attempt(lambda: int(" -" + "9" * 5000 + " "))
attempt(lambda: int("f" * 5000, 16) % 1000)
attempt(lambda: len(hex(10**5000)))
attempt(lambda: len(bin(10**5000)))
attempt(lambda: f"{10**5000:x}"[:10])
attempt(lambda: f"{10**5000}")
attempt(lambda: "%d" % 10**5000)
attempt(lambda: format(10**5000, ","))
