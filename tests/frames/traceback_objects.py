import sys
def a():
    b()
def b():
    raise ValueError('in b')
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(entries)
try:
    a()
except ValueError:
    tb = sys.exc_info()[2]
    print(tb.tb_frame is sys._getframe(), type(tb).__name__)
    last = tb
    while last.tb_next:
        last = last.tb_next
    print(last.tb_frame.f_code.co_name, last.tb_frame.f_back.f_code.co_name)
def reraiser():
    try:
        a()
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name + ':' + str(tb.tb_lineno))
        tb = tb.tb_next
    print(names)
