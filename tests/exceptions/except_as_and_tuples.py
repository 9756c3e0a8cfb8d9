for exc in [ValueError('v'), KeyError('k'), IndexError('i'), TypeError('t')]:
    try:
        raise exc
    except (ValueError, KeyError) as e:
        print('group1', type(e).__name__, e)
    except (IndexError,) as e:
        print('group2', type(e).__name__, e)
    except Exception as e:
        print('general', type(e).__name__, e)
try:
    raise ValueError('x')
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)
catch = (ZeroDivisionError, OverflowError)
try:
    1 / 0
except catch as e:
    print('dynamic tuple', type(e).__name__)
try:
    raise LookupError('base')
except KeyError:
    print('no')
except LookupError as e:
    print('LookupError caught', e)
try:
    try:
        raise ValueError
    except 'not a class':
        pass
except TypeError as e:
    print(type(e).__name__, e)
