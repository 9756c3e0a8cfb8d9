x: int = 5
y: list[int]
print(x)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
def f(a: int, b: 'str' = 'd') -> bool:
    return True
print(f(1), f.__annotations__)
class C:
    attr: int = 3
    other: str
print(C.attr, C.__annotations__, hasattr(C, 'other'))
print(__annotations__)
