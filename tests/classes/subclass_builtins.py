class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__, isinstance(ml, list))
print(type(ml + [5]).__name__, ml[1:], type(ml[1:]).__name__)
class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
md = MyDict(a=1)
print(md['A'], md.get('A'), md)
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
s = MyStr('hi')
print(s.shout(), s + ' there', type(s + 'x').__name__, s == 'hi')
class Err(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
try:
    raise Err(5)
except Err as e:
    print(e, e.code, e.args)
