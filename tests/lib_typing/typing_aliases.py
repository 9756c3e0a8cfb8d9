from typing import *
import typing
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1)
print(type(m), m, sorted(Movie.__required_keys__), Movie.__total__, type(Movie), Movie.__mro__, Movie.__bases__)
class P(NamedTuple):
    x: int
    y: int = 0
print(P(1), P.__mro__, P._fields, P._field_defaults, P.__annotations__, type(P))
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v): self.v = v
print(Box[int], Box.__parameters__, Box.__orig_bases__, Box.__mro__, Box[int](3).__orig_class__)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str, None], Union[int], Tuple[int, ...], Tuple[()], Callable[[int], str], Callable[..., int])
print(Literal[1, 'a'], Final[int], ClassVar[int], Annotated[int, 'm'], Iterable[int], type(List[int]), List, Any, NoReturn, Self, Optional)
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), get_origin(Union[int,str]))
print(list[int], Union[list[int], None], int | str, Optional[int] == Union[int, None], type(int|str))
print(TypeVar('U', bound=int), TypeVar('V', int, str), TypeVar('C', covariant=True))
print(repr(List), repr(Dict[str, int]), repr(Type[int]), repr(typing.Deque[int]), repr(typing.DefaultDict[str, int]))
for bad in ["List()", "List[int, str]", "Dict[int]", "List[int]()", "isinstance([], List[int])", "List[int][str]",
            "Union[()]", "Optional[int, str]", "Any()", "isinstance(1, Any)", "Generic[int]", "Box[int, str]",
            "Annotated[int]", "Union[int, str]()", "ClassVar[int, str]", "Callable[int]", "Literal()"]:
    try:
        print(bad, "->", eval(bad))
    except TypeError as e:
        print(bad, "!!", e)
print(isinstance([], List), issubclass(list, List), isinstance({}, Dict), isinstance((), Tuple), issubclass(int, Type) if False else "")
print(List[T], List[T][int], Dict[str, T][int], List[T].__parameters__, Dict[T, List[T]][int])
print(Union[int, Union[str, float]], Union[int, int], Optional[Optional[int]], Union[int, None, str], Union[None, int])
print(Literal[1, 1, True], Literal['a', Literal['b']])


class X(Any):
    pass


print(X.__mro__)
try:
    class C(Generic):
        pass
except TypeError as e:
    print("TypeError", e)
print(Callable[[], int], Callable[[int, str], None], Callable, Callable[..., None].__args__, get_args(Callable[[int], str]))
print(Tuple, Tuple[int], Tuple[int, str].__args__, Type[int], Iterable[T][int], Generator[int, None, None], Generator[int])
print(Union[int, str] == (int | str), Union[int, str] == Union[str, int], hash(Union[int, str]) == hash(Union[str, int]))
print(isinstance(1, Union[int, str]), isinstance(None, Optional[int]), isinstance("s", Optional[int]))
print(List[int] | None, int | List[int], Optional[int] | str, T | None, Literal[1] | None)
print(Annotated[int, 'x'].__metadata__, Annotated[Annotated[int, 'a'], 'b'], get_args(Annotated[int, 'x', 'y']), get_origin(Annotated[int, 'x']))
N = NewType('N', int)
print(N, N(5), N.__supertype__, repr(N))
print(ForwardRef('int'), List['int'], Optional['X'])
print(cast(int, 'x'), cast('int', 3), TYPE_CHECKING, Text, AnyStr, typing.Hashable, typing.Sized)
print(get_origin(int), get_args(int), get_origin(Generic), get_origin(int | str), get_args(int | str), get_origin(Literal[1]))
print(List[int] == List[int], List[int] == List[str], Dict == Dict, List[int] == list[int], {List[int]: 1}[List[int]])
print(Box[int] == Box[int], Box[str].__args__, Box[int].__origin__ is Box)
S = TypeVar('S')


class Pair(Generic[T, S]):
    pass


class IntPair(Pair[int, S]):
    pass


print(Pair.__parameters__, IntPair.__parameters__, IntPair[str], IntPair.__orig_bases__, IntPair.__mro__)
print(Pair[T, int][str], Callable[[T], S][int, str])
