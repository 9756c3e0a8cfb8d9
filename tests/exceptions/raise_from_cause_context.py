try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('during handling')
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise TypeError('b') from None
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
e = ValueError('fresh')
print(e.__cause__, e.__context__, e.__traceback__, e.__suppress_context__)
try:
    raise ValueError('x') from 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise ValueError('x') from KeyError
except ValueError as err:
    print(repr(err.__cause__))
try:
    try:
        raise ValueError('first')
    finally:
        print('finally runs')
except ValueError as err:
    print(err.__context__)
