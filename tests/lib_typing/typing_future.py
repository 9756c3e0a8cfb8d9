from __future__ import annotations

import typing
from dataclasses import dataclass, field
from typing import Any, Callable, Generic, Iterator, Optional, Protocol, TypeVar, Union, get_type_hints, overload

T = TypeVar("T")
K = TypeVar("K", bound="Comparable")


class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...


@dataclass
class TreeNode(Generic[T]):
    value: T
    left: Optional[TreeNode[T]] = None
    right: TreeNode[T] | None = None
    meta: dict[str, int] = field(default_factory=dict)

    def walk(self) -> Iterator[T]:
        if self.left:
            yield from self.left.walk()
        yield self.value
        if self.right:
            yield from self.right.walk()


def insert(node: Optional[TreeNode[int]], v: int) -> TreeNode[int]:
    if node is None:
        return TreeNode(v)
    if v < node.value:
        node.left = insert(node.left, v)
    else:
        node.right = insert(node.right, v)
    return node


root = None
for v in [5, 3, 8, 1, 4, 9]:
    root = insert(root, v)
print(list(root.walk()), root.left)
print(TreeNode.__annotations__)
print(insert.__annotations__)
print(get_type_hints(insert))
print(get_type_hints(TreeNode))


def smallest(items: list[K]) -> K:
    return min(items)


print(smallest([3, 1, 2]), get_type_hints(smallest))


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x: Union[int, str]) -> Union[int, str]:
    return x


print(parse(3), get_type_hints(parse), typing.get_overloads(parse)[0].__annotations__)
Handler = Callable[[str, int], Optional[bool]]


def register(name: str, handler: Handler, *extra: Any, **opts: Any) -> None:
    pass


print(get_type_hints(register))
print(typing.get_args(get_type_hints(register)["handler"]))
import inspect
print(inspect.signature(register), inspect.signature(TreeNode))
print(inspect.get_annotations(insert), inspect.get_annotations(insert, eval_str=True))
