from enum import Enum, IntEnum, StrEnum, auto, unique, member, nonmember
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1          # alias


print(Color.RED, repr(Color.RED), str(Color.GREEN), f"{Color.BLUE}", format(Color.BLUE, ">14"))
print(Color(1), Color['GREEN'], Color.CRIMSON is Color.RED, Color(Color.RED) is Color.RED)
print(list(Color), len(Color), list(reversed(Color)))
print(Color.RED.name, Color.RED.value, Color.CRIMSON.name, type(Color.RED).__name__)
print(Color.__members__, list(Color.__members__), repr(Color.__members__))
print(repr(Color), type(Color).__name__, isinstance(Color.RED, Color), Color.RED in Color, 1 in Color, 7 in Color)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash("RED"))
print(sorted(Color, key=lambda c: c.value), {Color.RED: "r"}[Color.CRIMSON])
print(Color._member_names_, sorted(Color._value2member_map_), Color._member_type_)
for bad in (lambda: Color(7), lambda: Color["PURPLE"], lambda: Color.RED < Color.GREEN):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    Color.RED = 9
except AttributeError as e:
    print("AttributeError", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError", e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError", e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)
try:
    @unique
    class NotUnique(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError", e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

    def describe(self):
        return f"{self.name.title()} g={self.surface_gravity:.2f}"

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    DEFAULT_NOTE = nonmember("not a planet")


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.describe(), Planet.heaviest(), Planet.DEFAULT_NOTE)
print(Planet((3.303e+23, 2.4397e6)), list(Planet))


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), [m.value for m in Auto], repr(auto()))


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    X = auto()
    Y = auto()


print([m.value for m in Lower])


class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2


print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.CIRCLE + 1, Shape.SQUARE == 2, Shape(2), f"{Shape.CIRCLE:>4}|", int(Shape.SQUARE))
print(sorted([Shape.SQUARE, Shape.CIRCLE]), Shape.CIRCLE < Shape.SQUARE, isinstance(Shape.CIRCLE, int), [1, 2, 3][Shape.CIRCLE])
print(str(Shape.CIRCLE), "%s %d %r" % (Shape.CIRCLE, Shape.SQUARE, Shape.SQUARE))


class Method(StrEnum):
    GET = auto()
    POST = "post"


print(Method.GET, repr(Method.POST), Method.GET == "get", Method("post"), Method.GET.upper(), f"[{Method.POST}]", len(Method.GET))
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Pet = Enum("Pet", [("DOG", "woof"), ("CAT", "meow")])
print(list(Pet), Pet("meow"))
Num = IntEnum("Num", {"ONE": 1, "TWO": 2})
print(list(Num), Num.TWO + 0)
Start = Enum("Start", "A, B", start=10)
print([m.value for m in Start], Start.__module__)


class WithMissing(Enum):
    A = "a"
    B = "b"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(WithMissing("A"), WithMissing("b"))
try:
    WithMissing("z")
except ValueError as e:
    print("ValueError", e)


class Ordered(Enum):
    _order_ = "X Y"
    X = 1
    Y = 2


print(list(Ordered))
try:
    class BadOrder(Enum):
        _order_ = "Y X"
        X = 1
        Y = 2
except TypeError as e:
    print("TypeError", e)


class Ignored(Enum):
    _ignore_ = ["tmp"]
    tmp = 5
    A = 1


print(list(Ignored), hasattr(Ignored, "tmp"))


class HasFunc(Enum):
    A = 1
    f = member(lambda x: x)


print([m.name for m in HasFunc], len(HasFunc), HasFunc.f.value(5))
print(Color.RED.__class__ is Color, Enum.__members__ if hasattr(Enum, "__members__") else None)
print(dir(Color))
print(dir(Color.RED))


class Base(Enum):
    def hello(self):
        return "hello from " + self.name


class Derived(Base):
    ONE = 1


print(Derived.ONE.hello(), list(Derived))


class Named(Enum):
    name = 1
    value = 2


print(Named.name, Named.value, Named.name.name, Named.value.value, Named["name"].value)
