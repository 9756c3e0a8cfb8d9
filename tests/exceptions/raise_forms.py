try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == '')
try:
    raise ValueError('msg', 42)
except ValueError as e:
    print(repr(e), e.args, str(e))
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)
def reraise():
    try:
        raise KeyError('orig')
    except KeyError:
        print('handling, now re-raising')
        raise
try:
    reraise()
except KeyError as e:
    print('re-raised', repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
class MyErr(Exception):
    pass
try:
    raise MyErr
except MyErr as e:
    print(type(e).__name__, isinstance(e, Exception), repr(e))
