import os

os.environ["MNWT_VAR"] = "hello"
print(os.environ["MNWT_VAR"], os.getenv("MNWT_VAR"), os.environ.get("MNWT_VAR"))
print("MNWT_VAR" in os.environ, os.getenv("MNWT_NOT_THERE"), os.getenv("MNWT_NOT_THERE", "dflt"))
del os.environ["MNWT_VAR"]
print("MNWT_VAR" in os.environ)
try:
    os.environ["MNWT_NOT_THERE"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError", e)
print(os.environ.setdefault("MNWT_SD", "a"), os.environ.setdefault("MNWT_SD", "b"))
print(os.environ.pop("MNWT_SD"), os.environ.pop("MNWT_SD", None))
print(isinstance(dict(os.environ), dict), len(os.environ) > 0, type(os.environ.copy()).__name__)
print(sorted(k for k in os.environ if k.startswith("MNWT")))
print(os.getcwd() == os.path.abspath("."), isinstance(os.getpid(), int), type(os.urandom(8)).__name__, len(os.urandom(5)))
print(os.strerror(2))
for fn, arg in [(os.listdir, "no_such_dir"), (os.stat, "no_such_file"), (os.rmdir, "no_such_dir"), (os.remove, "nope")]:
    try:
        fn(arg)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e)
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e, repr(e), e.args)
e = OSError(2, "No such", "a", None, "b")
print(e, e.args)
e = OSError("plain")
print(e.errno, e.strerror, e, e.args)
print(type(OSError(13, "Permission denied")).__name__, type(OSError(17, "x")).__name__, type(OSError(999, "x")).__name__)
print(isinstance(FileNotFoundError(2, "x"), OSError), os.error is OSError)
