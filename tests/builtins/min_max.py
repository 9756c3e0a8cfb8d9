print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min('b', 'a'))
print(max([1, -5, 3], key=abs), min(['aa', 'b', 'ccc'], key=len), max(['aa', 'bb'], key=len))
print(max([], default='empty'), min([], default=None), max([7], default=0))
print(max([1, 3, 3, 2], key=lambda x: x % 3), min([(1, 'b'), (1, 'a')]))
print(max({'a': 3, 'b': 1}), max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get))
for args in [(), ([],), (1,)]:
    try:
        print(max(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    min([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
print(max(1, 1.0), max(1.0, 1), min(True, 1))
