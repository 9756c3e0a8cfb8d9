# ExceptionGroup: an Exception too; message, exceptions and its str
eg = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
print(str(eg), repr(eg.message), eg.exceptions)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), [c.__name__ for c in ExceptionGroup.__mro__])
try:
    raise eg
except Exception as e:
    print("caught", type(e).__name__, len(e.exceptions))
one = ExceptionGroup("single", [KeyError("k")])
print(one, one.exceptions[0])

class C:
    def undocumented(self):
        pass
    def documented(self):
        "the doc"
print(C().undocumented.__doc__, C().documented.__doc__)
