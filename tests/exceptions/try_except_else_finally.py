def attempt(x):
    try:
        print('try', x)
        r = 10 / x
    except ZeroDivisionError:
        print('except')
        return 'err'
    else:
        print('else', r)
        return 'ok'
    finally:
        print('finally')
print(attempt(2))
print(attempt(0))
try:
    pass
except Exception:
    print('never')
else:
    print('else with no exception')
try:
    try:
        raise ValueError('inner')
    finally:
        print('inner finally')
except ValueError as e:
    print('outer caught', e)
try:
    raise TypeError('t')
except ValueError:
    print('wrong handler')
except TypeError:
    print('right handler')
except Exception:
    print('too general')
