import sys
print(sys.exc_info())
try:
    raise ValueError('info')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__)
    print(sys.exception() is v)
print(sys.exc_info(), sys.exception())
def f():
    raise KeyError('tb')
try:
    f()
except KeyError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
    print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
e2 = ValueError('x')
print(e2.with_traceback(None) is e2)
try:
    try:
        raise ValueError('inner')
    except ValueError:
        print(repr(sys.exception()))
        raise KeyError('outer')
except KeyError:
    print(repr(sys.exception()), repr(sys.exception().__context__))
