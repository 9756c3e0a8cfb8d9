e = ValueError('with note')
e.add_note('first note')
e.add_note('second note')
print(e.__notes__)
try:
    raise e
except ValueError as caught:
    print(caught.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
