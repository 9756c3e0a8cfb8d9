try:
    {}['key']
except KeyError:
    raise ValueError('replacement without context') from None
