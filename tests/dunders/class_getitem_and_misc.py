class Box:
    def __class_getitem__(cls, item):
        return 'Box[' + getattr(item, '__name__', str(item)) + ']'
print(Box[int], Box['x'])
class Sized:
    def __len__(self):
        return 3
    def __iter__(self):
        return iter('abc')
    def __reversed__(self):
        return iter('CBA')
print(list(reversed(Sized())), list(Sized()), len(Sized()))
class Idx:
    def __index__(self):
        return 1
print('abc'[Idx()], [10, 20][Idx()], hex(Idx()))
class Fmt:
    def __format__(self, spec):
        return '<' + spec + '>'
print(format(Fmt(), 'abc'), f'{Fmt():>10}', '{:x}'.format(Fmt()))
