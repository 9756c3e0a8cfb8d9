from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, get_cache_token
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()} perimeter={self.perimeter()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


class Half(Shape):
    def area(self):
        return 1


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

print(Square(3).describe())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Square.__abstractmethods__))
print(type(Shape.__abstractmethods__).__name__)
print(isinstance(Square(1), Shape), issubclass(Square, Shape), issubclass(int, Shape))
print(type(Shape) is ABCMeta, isinstance(Shape, ABCMeta))
print('_abc_impl' in Shape.__dict__, sorted(k for k in Square.__dict__ if not k.startswith('__')))


class OneAbstract(ABC):
    @abstractmethod
    def only(self):
        pass


try:
    OneAbstract()
except TypeError as e:
    print(e)


# abstract property, classmethod, staticmethod
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Base.__abstractmethods__))


class Impl(Base):
    @property
    def name(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 42


i = Impl.make()
print(i.name, i.helper(), Impl.__abstractmethods__ == frozenset())
print(Base.__dict__['name'].__isabstractmethod__, Impl.__dict__['name'].__isabstractmethod__)


class Old(ABC):
    @abstractproperty
    def x(self):
        pass

    @abstractclassmethod
    def y(cls):
        pass


print(sorted(Old.__abstractmethods__))


# register / virtual subclasses
class Sized(ABC):
    @abstractmethod
    def __len__(self):
        ...


Sized.register(list)


@Sized.register
class Box:
    def __len__(self):
        return 3


print(issubclass(list, Sized), isinstance([], Sized), isinstance(Box(), Sized), issubclass(tuple, Sized))
print(Sized.register(Box) is Box)
t0 = get_cache_token()
Sized.register(tuple)
print(issubclass(tuple, Sized), get_cache_token() > t0)
try:
    Sized.register(3)
except TypeError as e:
    print("TypeError:", e)


# subclass hook
class Closeable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            return any("close" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class File:
    def close(self):
        pass


class Sub(File):
    pass


print(issubclass(File, Closeable), issubclass(Sub, Closeable), issubclass(int, Closeable), isinstance(Sub(), Closeable))


# registration on a sub-ABC is seen by the parent ABC
class Animal(ABC):
    pass


class Mammal(Animal):
    pass


class Dog:
    pass


Mammal.register(Dog)
print(issubclass(Dog, Mammal), issubclass(Dog, Animal), isinstance(Dog(), Animal))

try:
    Animal.register(Mammal)
    Mammal.register(Animal)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    issubclass(3, Animal)
except TypeError as e:
    print("TypeError:", e)


# implementing later: update_abstractmethods
class Later(ABC):
    @abstractmethod
    def go(self):
        ...


def go(self):
    return "went"


Later.go = go
abc.update_abstractmethods(Later)
print(Later().go())


# ABC with __init__ and super
class Plugin(ABC):
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)

    def __init__(self, n):
        self.n = n

    @abstractmethod
    def run(self):
        ...


class P1(Plugin):
    def run(self):
        return self.n * 2


print(P1(4).run(), Plugin.registry)
print(abc.ABC.__slots__, ABC.__abstractmethods__)
