def f():
    return
x = (
