x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 5
f()
def g():
    y = 1
    def h():
        try:
            y += 1
        except UnboundLocalError as e:
            print(type(e).__name__, e)
    h()
g()
def k():
    def inner():
        return free
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    free = 1
k()
print(issubclass(UnboundLocalError, NameError))
def m():
    del_me = 1
    del del_me
    try:
        del_me
    except UnboundLocalError as e:
        print(type(e).__name__, e)
m()
