class AppError(Exception):
    """Base."""
class DBError(AppError):
    def __init__(self, table, msg='db failure'):
        super().__init__(msg)
        self.table = table
class NotFound(DBError):
    pass
try:
    raise NotFound('users', 'no such row')
except AppError as e:
    print(type(e).__name__, e, e.table, isinstance(e, DBError), e.args)
errors = [AppError('a'), DBError('t'), NotFound('t2')]
for err in errors:
    try:
        raise err
    except NotFound:
        print('NotFound')
    except DBError as d:
        print('DBError', d.table)
    except AppError as a:
        print('AppError', a)
print([c.__name__ for c in NotFound.__mro__])
print(AppError.__doc__)
class ValueAndKey(ValueError, KeyError):
    pass
try:
    raise ValueAndKey('both')
except KeyError as e:
    print('caught as KeyError', repr(e), str(e))
