import dataclasses
from dataclasses import dataclass, field, fields, replace, InitVar, FrozenInstanceError
from typing import ClassVar, List, Optional
import inspect


@dataclass(frozen=True)
class Base:
    x: int


try:
    @dataclass
    class Thawed(Base):
        y: int = 0
except TypeError as e:
    print("TypeError", e)


@dataclass(frozen=True)
class Frozen2(Base):
    y: int = 0


f = Frozen2(1, 2)
print(f, hash(f) == hash(Frozen2(1, 2)), replace(f, y=5))
try:
    f.x = 9
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)


class NotDC:
    pass


@dataclass
class WithDefaults:
    a: int = 1
    b: str = "s"
    c: List[int] = field(default_factory=lambda: [1, 2])
    d: Optional[int] = None
    e: ClassVar[str] = "class-level"
    f: int = field(default=3, metadata={"unit": "m"})


w = WithDefaults()
print(w, WithDefaults.e, fields(w)[-1].metadata["unit"], fields(w)[-1].metadata)
print(inspect.signature(WithDefaults))
print(WithDefaults.__match_args__, WithDefaults.__dataclass_fields__["e"]._field_type)
print([(f.name, f.default if f.default is not dataclasses.MISSING else "MISSING") for f in fields(WithDefaults)])


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False, compare=False)

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)
        return self


a1 = Account("ann").deposit(10).deposit(5)
a2 = Account("ann", 15.0)
print(a1, a1 == a2, a1.history, a1 != Account("bob"))


@dataclass(order=True)
class Card:
    rank: int
    suit: str = field(compare=False)


cards = [Card(10, "h"), Card(2, "s"), Card(10, "c"), Card(5, "d")]
print(sorted(cards), Card(10, "h") == Card(10, "x"), Card(3, "a") <= Card(3, "b"))


@dataclass
class Init:
    total: int = field(init=False)
    parts: List[int] = field(default_factory=list)
    factor: InitVar[int] = 2

    def __post_init__(self, factor):
        self.total = sum(self.parts) * factor


print(Init([1, 2, 3]), Init([1], factor=10), Init())
try:
    replace(Init([1]), parts=[5])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)


@dataclass
class Parent:
    name: str

    def greet(self):
        return "hi " + self.name


@dataclass
class Child(Parent):
    age: int = 0

    def greet(self):
        return super().greet() + f" ({self.age})"


print(Child("kid", 7).greet(), Child("kid") == Child("kid", 0), isinstance(Child("x"), Parent))


@dataclass(repr=False, eq=False, init=False)
class Manual:
    v: int

    def __init__(self):
        self.v = 42


print(Manual().v, Manual() == Manual(), "__repr__" in Manual.__dict__)


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, s == Slotted(1, 2))
Point3 = dataclasses.make_dataclass("Point3", ["x", ("y", int), ("z", int, field(default=0))], frozen=True)
p = Point3(1, 2)
print(p, p.z, Point3.__dataclass_params__.frozen, [f.type for f in fields(Point3)])
try:
    dataclasses.make_dataclass("Bad", ["a", "a"])
except TypeError as e:
    print("TypeError", e)
try:
    dataclasses.make_dataclass("Bad", ["not valid"])
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class NoAnn:
        x = field(default=1)
except TypeError as e:
    print("TypeError", e)
print(dataclasses.is_dataclass(Point3), dataclasses.astuple(p), dataclasses.asdict(p))
