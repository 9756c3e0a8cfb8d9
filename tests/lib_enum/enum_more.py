import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS


class Temp(float, Enum):
    FREEZE = 0.0
    BOIL = 100.0

    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32


print(Temp.BOIL, repr(Temp.FREEZE), Temp.BOIL.fahrenheit, Temp(100.0), Temp.BOIL + 1, isinstance(Temp.BOIL, float))


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    def __str__(self):
        return self.value.upper()

    @classmethod
    def parse(cls, text):
        return cls(text.lower())


print(str(Status.ACTIVE), f"{Status.INACTIVE}", Status.parse("ACTIVE"), repr(Status.ACTIVE))
counts = {}
for s in [Status.ACTIVE, Status.INACTIVE, Status.ACTIVE]:
    counts[s] = counts.get(s, 0) + 1
print(counts, {Status.ACTIVE, Status.ACTIVE, Status.INACTIVE} == {Status.ACTIVE, Status.INACTIVE})
print(sorted(Status, key=lambda m: m.value), Status.ACTIVE is Status("active"))


class Op(Enum):
    ADD = "+"
    SUB = "-"

    def apply(self, a, b):
        if self is Op.ADD:
            return a + b
        return a - b


print([op.apply(5, 3) for op in Op], Op("+").name)
match Op.SUB:
    case Op.ADD:
        print("add")
    case Op.SUB:
        print("matched sub")


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    ERROR = 40


print(Level.INFO > Level.DEBUG, Level.ERROR >= 40, max(Level), Level(20), Level.DEBUG * 2, sum(Level))
print(list(Level)[::-1], Level["ERROR"], Level.INFO.bit_length(), int(Level.ERROR), hex(Level.ERROR))


class Color(StrEnum):
    RED = auto()
    GREEN = auto()


print(Color.RED, Color.RED.upper(), "-".join(Color), Color.RED == "red", Color("green"))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(Perm.R | Perm.W, Perm(5), repr(Perm(5)), Perm.RWX & ~Perm.W, Perm.R | 8, list(Perm(6)), Perm.RWX, repr(Perm(0)))
print(Perm.R in Perm.RWX, 6 & Perm.R, type(6 & Perm.R).__name__, bool(Perm(0)), len(Perm.RWX))


class Shape(Flag):
    CIRCLE = auto()
    SQUARE = auto()
    ROUND_ISH = CIRCLE


print(list(Shape), Shape.ROUND_ISH is Shape.CIRCLE, Shape.CIRCLE | Shape.SQUARE, Shape.__members__.keys())
try:
    @unique
    class Dupes(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    @verify(UNIQUE)
    class Dupes2(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    @verify(CONTINUOUS)
    class Gaps(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError", e)


@verify(CONTINUOUS)
class NoGaps(IntEnum):
    A = 1
    B = 2


print(list(NoGaps))
Dyn = Enum("Dyn", {"ONE": 1, "TWO": 2}, module=__name__, qualname="Dyn")
print(Dyn.ONE, Dyn(2), Dyn.__qualname__)
Seq = IntEnum("Seq", "A B C", start=0)
print([(m.name, m.value) for m in Seq])
try:
    Enum("Empty")
except TypeError as e:
    print("TypeError", e)
try:
    class Bad(Enum):
        _reserved_ = 1
except ValueError as e:
    print("ValueError", e)
try:
    class Bad2(Enum):
        mro = 1
except ValueError as e:
    print("ValueError", e)


class WithNew(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    A = (1, "first")
    B = (2, "second")


print(WithNew.A.label, WithNew(2), WithNew.B.value)


class Plain(Enum):
    X = 1

    def __repr__(self):
        return "custom repr"


print(repr(Plain.X), str(Plain.X), [Plain.X])
print(enum.EnumType is enum.EnumMeta, isinstance(Color, enum.EnumType), type(Perm).__name__)
