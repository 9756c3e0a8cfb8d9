class Verbose:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return 'class access ' + self.name
        return 'get ' + self.name + ' ' + str(obj.__dict__.get('_' + self.name))
    def __set__(self, obj, value):
        print('set', self.name, value)
        obj.__dict__['_' + self.name] = value
class C:
    attr = Verbose()
c = C()
print(C.attr)
print(c.attr)
c.attr = 5
print(c.attr)
class NonData:
    def __get__(self, obj, t=None):
        return 'nondata'
class D:
    x = NonData()
d = D()
print(d.x)
d.__dict__['x'] = 'instance wins'
print(d.x)
