def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup', type(e).__name__
    except ZeroDivisionError:
        return 'zero'
    except Exception as e:
        return 'other', str(e)
    else:
        return 'none'
    finally:
        print('finally for', type(exc).__name__)

print(classify(KeyError(1)))
print(classify(IndexError(2)))
print(classify(ZeroDivisionError()))
print(classify(ValueError('bad')))

def no_exc():
    try:
        x = 1
    except Exception:
        return 'exc'
    else:
        return 'else', x
print(no_exc())

# the name bound by `except ... as e` is deleted afterwards
def name_cleared():
    e = 'before'
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except NameError as err:
        return 'NameError: ' + str(err)
print(name_cleared())

# bare raise re-raises the handled exception, context chaining
def reraiser():
    try:
        try:
            raise ValueError('inner')
        except ValueError:
            raise
    except ValueError as e:
        return 'reraised ' + str(e)
print(reraiser())

def chained():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError('during')
    except KeyError as e:
        return repr(e.__context__), e.__suppress_context__

def from_none():
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise KeyError('x') from None
    except KeyError as e:
        return repr(e.__cause__), e.__suppress_context__
def from_cause():
    try:
        raise KeyError('x') from ValueError('cause')
    except KeyError as e:
        return repr(e.__cause__)
print(chained())
print(from_none())
print(from_cause())

# exception in handler of a nested try
def handler_raises():
    try:
        try:
            raise IndexError
        except IndexError:
            raise TypeError('from handler')
        finally:
            print('inner finally')
    except TypeError as t:
        return str(t)
print(handler_raises())

import sys
def exc_info_restored():
    try:
        raise ValueError('outer')
    except ValueError:
        try:
            raise KeyError('inner')
        except KeyError:
            pass
        return repr(sys.exc_info()[1])
print(exc_info_restored(), sys.exc_info())

# assert
def check(x):
    assert x > 0, 'x must be positive: %d' % x
    assert x < 100
    return x
print(check(5))
for v in (-1, 200):
    try:
        check(v)
    except AssertionError as e:
        print('AssertionError', e.args)

# loops with try/except and continue
out = []
for i in range(6):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        out.append(i)
    except ValueError:
        continue
    finally:
        out.append(-i)
print(out)
