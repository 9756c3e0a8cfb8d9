class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '%s says %s' % (self.name, self.sound)
    def kind(self):
        return 'animal'
class Cat(Animal):
    sound = 'meow'
    def kind(self):
        return 'cat, an ' + super().kind()
class Kitten(Cat):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + ' softly'
k = Kitten('tom', 1)
print(k.speak(), k.kind(), k.age)
print(Animal('generic').speak())
print(issubclass(Kitten, Animal), issubclass(Animal, Kitten), isinstance(k, Cat))
print([c.__name__ for c in Kitten.__mro__], Kitten.__bases__[0].__name__, Animal.__bases__[0].__name__)
