def inner():
    raise ValueError('root cause')

def middle():
    try:
        inner()
    except ValueError as e:
        raise TypeError('middle layer') from e

def outer():
    try:
        middle()
    except TypeError:
        raise RuntimeError('top layer')

outer()
