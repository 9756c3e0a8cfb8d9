try:
    print(f'{1:d}', f'{"s":d}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{1.5:d}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{undefined_name}')
except NameError as e:
    print(type(e).__name__, e)
try:
    print(f'{[]:5}')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(f'{1:zz}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{"abc":,}')
except ValueError as e:
    print(type(e).__name__, e)
