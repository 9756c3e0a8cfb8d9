def f():
    pass
print(f())
class C:
    pass
for i in range(2):
    pass
print(i)
while False:
    pass
if True:
    pass
else:
    pass
def g():
    """docstring only"""
print(g(), g.__doc__)
def h():
    ...
print(h())
try:
    pass
except Exception:
    pass
print('done')
