class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'both as str'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly()'
class StrOnly:
    def __str__(self):
        return 'str only'
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, repr(b), str(b), [b], f'{b}', f'{b!r}', '%s %r' % (b, b))
print(r, str(r), [r], (r,), {'k': r})
print(s, str(s), '%s' % s)
print(repr(s).startswith('<__main__.StrOnly object at'))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
