from typing import (Protocol, runtime_checkable, NamedTuple, TypedDict, Required, NotRequired, get_type_hints,
                    overload, final, Optional, List, Dict, ClassVar, Any, Generic, TypeVar, Iterator, Callable,
                    Annotated, SupportsInt, SupportsIndex, get_overloads, is_typeddict, Self)
import typing


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        return "closed"


class NotResource:
    pass


print(isinstance(Resource(), Closable), isinstance(NotResource(), Closable), issubclass(Resource, Closable))
try:
    Closable()
except TypeError as e:
    print("TypeError", e)


class Sized2(Protocol):
    def size(self) -> int:
        ...


try:
    isinstance(3, Sized2)
except TypeError as e:
    print("TypeError", e)


class Impl(Sized2):
    def size(self):
        return 4


print(Impl().size(), isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(3, SupportsIndex))
print(typing.is_protocol(Closable), sorted(typing.get_protocol_members(Closable)), typing.is_protocol(Impl))


class Employee(NamedTuple):
    name: str
    id: int = 3

    def describe(self):
        return f"{self.name}#{self.id}"


e = Employee("ann")
print(e, e.describe(), e._replace(id=9), e._asdict(), Employee._fields, Employee._field_defaults, e[0], len(e))
print(Employee.__annotations__, isinstance(e, tuple), Employee("bob", 1) == ("bob", 1), Employee._make(["c", 2]))
a, b = e
print(a, b, e.name, e.id)
try:
    Employee()
except TypeError as err:
    print("TypeError", err)
try:
    class BadNT(NamedTuple):
        x: int = 1
        y: int
except TypeError as err:
    print("TypeError", err)
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point.__annotations__, Point._fields)


class Movie(TypedDict):
    title: str
    year: int


class Movie2(Movie, total=False):
    rating: float
    director: Required[str]


m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, sorted(Movie.__required_keys__), sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__))
print(Movie2.__total__, Movie.__total__, is_typeddict(Movie), is_typeddict(dict), sorted(Movie2.__annotations__))
try:
    isinstance(m, Movie)
except TypeError as err:
    print("TypeError", err)
Alt = TypedDict("Alt", {"a": int, "b": NotRequired[str]})
print(Alt(a=1), sorted(Alt.__required_keys__), sorted(Alt.__optional_keys__))


class Node:
    value: int
    next: Optional["Node"]
    tags: List[str]
    count: ClassVar[int] = 0


print(get_type_hints(Node))


def func(a: int, b: "str" = "x", c: Optional[List["Node"]] = None) -> Dict[str, Any]:
    return {}


print(get_type_hints(func))
print(func.__annotations__)


def annotated(x: Annotated[int, "meta"]) -> None:
    pass


print(get_type_hints(annotated), get_type_hints(annotated, include_extras=True))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double("ab"), len(get_overloads(double)))


@final
class Leaf:
    pass


print(Leaf.__final__)
T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), list(s), type(s).__name__, s.__orig_class__, Stack.__parameters__)


def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)


print(apply(lambda x: x + 1, 1), get_type_hints(apply))


class Shape:
    def set_scale(self, scale: float) -> Self:
        self.scale = scale
        return self


print(Shape().set_scale(2.0).scale, get_type_hints(Shape.set_scale))
print(typing.reveal_type(5))
