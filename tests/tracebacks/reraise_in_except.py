def risky():
    return [][0]

try:
    risky()
except IndexError as exc:
    print('logging:', exc)
    raise
