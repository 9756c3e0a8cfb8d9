# Measures exception handling: try/except/else/finally in loops, raising and catching, custom exception classes.


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: " + str(key))
        self.key = key


class Invalid(AppError):
    pass


def lookup(d, key):
    if key in d:
        return d[key]
    raise NotFound(key)


def parse(s):
    if not s or not s.isdigit():
        raise Invalid(s)
    return int(s)


def deep(n):
    if n == 0:
        raise AppError("bottom")
    return deep(n - 1)


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return 0


def main():
    checksum = 0
    d = {i: i * 2 for i in range(0, 1000, 3)}

    # Raise/catch custom exceptions in a tight loop; about 2/3 of lookups fail.
    for i in range(500000):
        try:
            checksum += lookup(d, i % 1000)
        except NotFound as e:
            checksum += e.key & 7

    # Built-in exceptions: KeyError, IndexError, ZeroDivisionError, ValueError.
    lst = list(range(50))
    for i in range(320000):
        try:
            checksum += d[i % 1000]
        except KeyError:
            checksum += 1
        try:
            checksum += lst[i % 60]
        except IndexError:
            checksum += 2
        checksum += safe_div(i, i % 4)
        try:
            checksum += int("12x"[:(i % 3) + 1])
        except ValueError:
            checksum += 3

    # Exception hierarchy matching, tuple of types, else and finally.
    tokens = ["12", "", "x9", "345", "7", "abc", "0"]
    finals = 0
    for i in range(240000):
        tok = tokens[i % len(tokens)]
        try:
            v = parse(tok)
        except (NotFound, Invalid) as e:
            checksum += len(e.args[0]) if e.args else 0
        except AppError:
            checksum -= 1000
        else:
            checksum += v
        finally:
            finals += 1
    checksum += finals

    # Unwinding through several frames.
    for i in range(80000):
        try:
            deep(i % 20)
        except AppError as e:
            checksum += len(str(e))

    # Try blocks that do not raise (setup cost of the fast path).
    for i in range(1600000):
        try:
            checksum += i & 3
        except Exception:
            checksum -= 1

    # Re-raise and exception chaining.
    for i in range(80000):
        try:
            try:
                raise Invalid(i)
            except Invalid as e:
                raise AppError("wrapped") from e
        except AppError as e:
            checksum += isinstance(e.__cause__, Invalid)

    print("checksum", checksum)


main()
