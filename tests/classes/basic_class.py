class Dog:
    species = 'canis'
    def __init__(self, name):
        self.name = name
        self.tricks = []
    def add_trick(self, t):
        self.tricks.append(t)
        return self
d = Dog('rex')
e = Dog('fido')
d.add_trick('sit').add_trick('roll')
print(d.name, d.tricks, e.tricks, d.species, Dog.species)
Dog.species = 'changed'
print(d.species, e.species)
d.species = 'own'
print(d.species, e.species, Dog.species)
print(type(d).__name__, type(d) is Dog, Dog.__name__, Dog.__qualname__, Dog.__module__)
print(sorted(vars(d)), d.__dict__['name'])
print(isinstance(d, Dog), isinstance(d, object), isinstance(Dog, type))
