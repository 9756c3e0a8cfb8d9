x = int | str
print(x, type(x), x.__args__, x.__parameters__)
print(int | None, None | int, (int|str) | float, int | (str | float), int | int, int | str | int)
print(isinstance(3, int|str), isinstance(3.0, int|str), isinstance(None, int | None), issubclass(bool, int | str))
print(list[int] | None, dict[str, int] | list[int], int | list[int])
print((int | str) == (str | int), hash(int | str) == hash(str | int), (int | str) == (int | float))
class A: pass
print(A | None)
try: int | 3
except TypeError as e: print(e)
try: isinstance(1, int | list[int])
except TypeError as e: print(e)
def f(x: int | None = None) -> str | None: return x
print(f.__annotations__)
import sys
print(type(int | str).__module__ if hasattr(type(int|str), '__module__') else '')
try: isinstance([], int | list[int])
except TypeError as e: print(e)
