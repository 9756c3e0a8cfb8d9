NAME = 'libmod from _lib'
def where():
    return __name__
