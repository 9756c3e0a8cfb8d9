class Foo:
    pass
print(list[int], dict[str, list[int]], tuple[()], tuple[int, ...], list[Foo], list['x'], list[None])
print(set[int], frozenset[str], type(list[int]).__name__, list[int] == list[int], dict[str, int] != dict[str, int])
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__, hash(list[int]) == hash(list[int]))
def f(x: list[int], y: dict[str, tuple[int, str]]) -> set[float]:
    return set()
print(f.__annotations__)
