import sys
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


def noisy(i):
    warnings.warn("noisy warning")          # same location each call: shown once
    return i


for i in range(3):
    noisy(i)
old_api()                                   # DeprecationWarning in __main__: shown
warnings.warn("a runtime problem", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
print(warnings.filters[:2])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(2):
        noisy(i)
    old_api()
    warnings.warn("bytes!", BytesWarning)
print(len(log), [(w.category.__name__, str(w.message), w.lineno, w.filename) for w in log])
print(str(log[0]).startswith("{message : UserWarning('noisy warning')"))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    try:
        old_api()
    except DeprecationWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    warnings.simplefilter("always", RuntimeWarning)
    warnings.warn("kept", RuntimeWarning)
    warnings.warn("dropped", UserWarning)
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.filterwarnings("error", message="bad.*value")
    warnings.filterwarnings("ignore", message="quiet")
    warnings.simplefilter("always", append=True)
    try:
        warnings.warn("Bad input value here")
    except UserWarning as e:
        print("error for", e)
    warnings.warn("quiet please")
    warnings.warn("QUIET too (case-insensitive)")
    warnings.warn("loud")
    warnings.warn("not bad value")
    print(warnings.filters[0][1], warnings.filters[-1])
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
        warnings.warn("once only")
    warnings.simplefilter("module")
    for i in range(2):
        warnings.warn("per module")
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings("always", module="__ma.n__$")
    warnings.filterwarnings("ignore", module="other")
    warnings.warn("from main")
print(len(log))

with warnings.catch_warnings(action="ignore"):
    warnings.warn("silenced by action")

try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError", e)
try:
    warnings.simplefilter("bogus")
except ValueError as e:
    print("ValueError", e)
for bad in [lambda: warnings.filterwarnings("ignore", message=3), lambda: warnings.simplefilter("ignore", lineno=-1),
            lambda: warnings.filterwarnings("ignore", category=int), lambda: warnings.simplefilter("ignore", lineno="1")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(warnings.formatwarning("msg text", UserWarning, "file.py", 12, "  the line  "), end="")
print(repr(warnings.formatwarning("msg", RuntimeWarning, "nofile.py", 1)))


def my_show(message, category, filename, lineno, file=None, line=None):
    print("custom show:", category.__name__, message, lineno)


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_show
    warnings.warn("through custom hook")
warnings.warn("back to stderr after restore", FutureWarning)
warnings.warn_explicit("explicit", SyntaxWarning, "somefile.py", 42)
warnings.warn_explicit("explicit", SyntaxWarning, "somefile.py", 42)
warnings.warn("deep", stacklevel=10)
print("done")
