def level3():
    raise KeyError('deep')
def level2():
    try:
        level3()
    except ValueError:
        print('level2 wrong type')
def level1():
    try:
        level2()
    except KeyError as e:
        print('level1 caught', e)
        return 'handled'
    finally:
        print('level1 finally')
print(level1())
try:
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError as inner:
            print('inner', inner, repr(inner.__context__))
        print('back in outer handler')
        raise
except ValueError as e:
    print('outer re-raise', e)
def handler_exc():
    try:
        raise ValueError('orig')
    except ValueError:
        raise KeyError('in handler')
try:
    handler_exc()
except KeyError as e:
    print(repr(e), repr(e.__context__))
