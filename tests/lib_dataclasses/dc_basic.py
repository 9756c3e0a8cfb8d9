from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING
import dataclasses


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(Point(3)), Point(y=5, x=4), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print(Point.__doc__, Point.__match_args__, Point.__hash__, Point.y)
print([f.name for f in fields(p)], [f.type for f in fields(Point)], [f.default is MISSING for f in fields(Point)])
print(asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
for call in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2),
             lambda: Point(1, 2, 3, q=4)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)


@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default="s", repr=False, compare=False)
    internal: int = field(default=7, init=False)

    def total(self):
        return self.unit_price * self.quantity


a = Inventory("widget", 2.5, 4)
b = Inventory("widget", 2.5, 4, secret="other")
a.tags.append("x")
print(a, a.total(), a == b, a.tags is not b.tags, a.internal, asdict(b))
print(dataclasses.fields(a)[3].default_factory, Inventory.__doc__)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class BadOrder:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v2 >= v1, sorted([v2, v1, Version(0, 9)]), max(v1, v2), hash(v1) == hash(Version(1, 2)))
print({v1: "a"}[Version(1, 2)], v1 < (1, 3) if False else "skip")
try:
    v1.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    v1 < 3
except TypeError as e:
    print("TypeError", e)


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithPost(3, 4)
print(w, w.b, [f.name for f in fields(w)], WithPost(2))


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = field(default=3)


print(KW(1, b=5), KW.__match_args__)
try:
    KW(1, 2)
except TypeError as e:
    print("TypeError", e)


@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 1


print(AllKW(x=3))
try:
    AllKW(3)
except TypeError as e:
    print("TypeError", e)
try:
    AllKW()
except TypeError as e:
    print("TypeError", e)


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Child(Base):
    c: float = 1.5
    a: int = 10


print(Child(), Child(1, "x", 2.0), [f.name for f in fields(Child)])


@dataclass(unsafe_hash=True)
class Hashable:
    k: str


print(hash(Hashable("x")) == hash(Hashable("x")), len({Hashable("a"), Hashable("a")}))


@dataclass(eq=False)
class NoEq:
    v: int


print(NoEq(1) == NoEq(1), NoEq(1).__class__.__hash__ is object.__hash__)


@dataclass
class Custom:
    v: int

    def __repr__(self):
        return "Custom!"


print(Custom(1), Custom(1) == Custom(1))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(asdict(tree))
print(astuple(tree))
print(replace(tree, value=100).value, replace(tree).children is tree.children)
try:
    replace(w, b=3)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    fields(3)
except TypeError as e:
    print("TypeError", e)
try:
    asdict(Point)
except TypeError as e:
    print("TypeError", e)
print(repr(Point.__dataclass_params__))
print(dataclasses.fields(Point)[1].kw_only, Point.__dataclass_fields__['x'].name, MISSING is dataclasses.MISSING)
Dyn = dataclasses.make_dataclass("Dyn", [("a", int), ("b", str, field(default="z"))], order=True)
print(Dyn(1), Dyn(1) < Dyn(2), Dyn.__name__, [f.name for f in fields(Dyn)])


@dataclass
class Rec:
    me: object = None


r = Rec()
r.me = r
print(r)


@dataclass
class WithClassVar:
    import typing
    count: typing.ClassVar[int] = 0
    name: str = "n"


print(WithClassVar(), [f.name for f in fields(WithClassVar)], WithClassVar.count)
