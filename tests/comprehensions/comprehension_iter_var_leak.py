i = 'kept'
[i for i in range(3)]
print(i)
{i: i for i in range(3)}
print(i)
{i for i in range(3)}
print(i)
list(i for i in range(3))
print(i)
for i in range(3):
    pass
print(i)
def f():
    [j for j in range(3)]
    try:
        return j
    except NameError as e:
        return 'NameError: ' + str(e)
print(f())
