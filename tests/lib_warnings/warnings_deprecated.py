import warnings


@warnings.deprecated("use new_func instead")
def old_func(x):
    return x * 2


@warnings.deprecated("Old is old")
class Old:
    def __init__(self, v):
        self.v = v


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    print(old_func(21), Old(3).v, old_func.__name__, old_func.__deprecated__)
print([(w.category.__name__, str(w.message)) for w in log])
print(old_func(1))
print(Old(5).v)
