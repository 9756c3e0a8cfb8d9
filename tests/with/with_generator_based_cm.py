class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        else:
            try:
                self.gen.throw(ev)
            except StopIteration:
                return True
            except BaseException as e:
                if e is ev:
                    return False
                raise
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    except KeyError as e:
        print('handled inside generator:', e)
    finally:
        print('</%s>' % name)
with GenCM(tag('p')) as t:
    print('content', t)
with GenCM(tag('div')):
    raise KeyError('k')
print('after div')
try:
    with GenCM(tag('span')):
        raise ValueError('v')
except ValueError as e:
    print('propagated', e)
